// Builds the spec's two artefacts into dist/:
//   openapi.json  the whole spec as one document (scripts/bundle.mjs merges mayar.openapi.yaml and
//                 resources/*.yaml): what the generator, the mock's validator, lint and tests read
//   index.html    the browsable API reference: one self-contained page (Redoc's standalone bundle and the
//                 spec inlined), so it works offline, from file://, and under any path (the demo serves it
//                 at /docs/api). Classic Redoc 2 is used because it links sections with #anchors; the
//                 newer renderer routes to root paths like /payment-requests, which break off the root.
//                 Each operation's description there starts with how sure we are of it (x-mayar-confidence).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { bundleSpec } from "./bundle.mjs";

const require = createRequire(import.meta.url);
const dist = new URL("../dist/", import.meta.url);

const CONFIDENCE = {
  high: "**Confidence: high.** Read on Mayar's documentation page.",
  medium: "**Confidence: medium.** Partly documented, or taken from Mayar's official CLI or several SDKs.",
  low: "**Confidence: low.** A single source, or contradicted by live reports: check before relying on it.",
};

/** The rendered copy: the confidence and source of each operation shown at the top of its description. */
function forReaders(document) {
  const copy = structuredClone(document);
  for (const item of Object.values(copy.paths)) {
    for (const operation of Object.values(item)) {
      const confidence = CONFIDENCE[operation["x-mayar-confidence"]];
      if (!confidence) continue;
      const source = operation["x-mayar-source"] ? ` Source: ${operation["x-mayar-source"]}.` : "";
      operation.description = `> ${confidence}${source}\n\n${operation.description ?? ""}`;
    }
  }
  return copy;
}

const document = bundleSpec();
mkdirSync(dist, { recursive: true });
writeFileSync(new URL("openapi.json", dist), `${JSON.stringify(document, null, 2)}\n`);

// `</script` inside inlined JSON would end the script element early.
const inlineJson = JSON.stringify(forReaders(document)).replaceAll("</", "<\\/");
const redoc = readFileSync(require.resolve("redoc/bundles/redoc.standalone.js"), "utf8");
const title = `${document.info.title} ${document.info.version} reference`;
const html = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title}</title>
<style>body { margin: 0; }</style>
</head>
<body>
<noscript>This reference needs JavaScript. The raw description is specs/mayar.openapi.yaml with specs/resources/.</noscript>
<div id="redoc"></div>
<script>${redoc}</script>
<script>
Redoc.init(${inlineJson}, { expandResponses: "200", hideDownloadButton: false, jsonSampleExpandLevel: 3 }, document.getElementById("redoc"));
</script>
</body>
</html>
`;
writeFileSync(new URL("index.html", dist), html);
console.log(`wrote dist/openapi.json and dist/index.html (${Object.keys(document.paths).length} paths)`);
