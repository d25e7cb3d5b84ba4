// Builds the spec's two artefacts into dist/:
//   openapi.json  the machine-readable copy that code generators, the mock's validator and tests read
//                 (so no package needs a YAML parser at run time)
//   index.html    the browsable API reference: one self-contained page (Redoc's standalone bundle and the
//                 spec inlined), so it works offline, from file://, and under any path (the demo serves it
//                 at /docs/api). Classic Redoc 2 is used because it links sections with #anchors; the
//                 newer renderer routes to root paths like /payment-requests, which break off the root.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { parse } from "yaml";

const require = createRequire(import.meta.url);
const source = new URL("../mayar.openapi.yaml", import.meta.url);
const dist = new URL("../dist/", import.meta.url);

const document = parse(readFileSync(source, "utf8"));
mkdirSync(dist, { recursive: true });
writeFileSync(new URL("openapi.json", dist), `${JSON.stringify(document, null, 2)}\n`);

// `</script` inside inlined JSON would end the script element early.
const inlineJson = JSON.stringify(document).replaceAll("</", "<\\/");
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
<noscript>This reference needs JavaScript. The raw description is specs/mayar.openapi.yaml.</noscript>
<div id="redoc"></div>
<script>${redoc}</script>
<script>
Redoc.init(${inlineJson}, { expandResponses: "200", hideDownloadButton: false, jsonSampleExpandLevel: 3 }, document.getElementById("redoc"));
</script>
</body>
</html>
`;
writeFileSync(new URL("index.html", dist), html);
console.log("wrote dist/openapi.json and dist/index.html");
