// The browsable API reference (dist/index.html): one self-contained page, Redoc's standalone bundle and the
// spec inlined, so it works offline, from file://, and under any path (the demo serves it at /docs/api).
// Classic Redoc 2 is used because it links sections with #anchors; the newer renderer routes to root paths
// like /payment-requests, which break off the root.
//
// Offline means no request leaves the page's origin (test/offline.test.ts opens the page in Chromium and
// records every request):
// - Redoc's sidebar footer loads a logo from cdn.redoc.ly: the URL is blanked, so the image is never fetched
//   (an empty src fetches nothing; the footer keeps its text link).
// - Fonts: Redoc loads none itself, but names Roboto/Montserrat; the theme names system font stacks instead.
// - The spec has no `x-logo`; `forReaders` refuses one.
// - No favicon request (`data:` icon), and a Content-Security-Policy in the page stops anything a future
//   description might load (a markdown image, say) from another origin.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { buildModel } from "../../tooling/generate/model.mjs";
import { codeSamplesOf } from "../../tooling/generate/samples.mjs";

export { buildModel };

const require = createRequire(import.meta.url);

const CONFIDENCE = {
  high: "**Confidence: high.** Read on Mayar's documentation page.",
  medium: "**Confidence: medium.** Partly documented, or taken from Mayar's official CLI or several SDKs.",
  low: "**Confidence: low.** A single source, or contradicted by live reports: check before relying on it.",
};

const DOCS = "https://docs.mayar.id/";
const GITHUB = "https://github.com/";
const CLI = "mayarid/mayar-cli";

/**
 * Text the spec writes that points at files outside this repository (the research notes the spec was
 * written from), and what readers see instead: the public sources those notes cite. The test
 * (test/reference.test.ts) fails on any other path that is not in the repository.
 */
const OUTSIDE_REPOSITORY = [
  [
    /the official CLI\s+\(see\s+`shared\/mayar-api\/REFERENCE\.md`\)/g,
    `the official CLI ([${CLI}](${GITHUB}${CLI})), as read on [docs.mayar.id](${DOCS})`,
  ],
  [/\s+\(see\s+`shared\/[^`]*`\)/g, ""],
  [/\s+in\s+REFERENCE\.md/g, ""],
];

const withoutOutsidePaths = (text) =>
  OUTSIDE_REPOSITORY.reduce((current, [pattern, replacement]) => current.replace(pattern, replacement), text);

const link = (text, url) => `[${text}](${url})`;

/**
 * An operation's `x-mayar-source` as markdown, each place it names linked where it lives: Mayar's documentation
 * pages (`docs.mayar.id/<page>`, or a page path such as `api-reference-v2/event/create.md`), the official
 * CLI's files (`src/commands/product.js`: its repository on GitHub) and `mayarid/*` repositories.
 */
export function sourceMarkdown(source) {
  const fromCli = /official CLI/.test(source);
  return withoutOutsidePaths(source).replace(
    /(?<![\w./-])(docs\.mayar\.id\/)?((?:api-reference(?:-v2)?\/|usagebasedmembership\/|transaction\/|src\/|docs\/|mayarid\/)[\w./-]*[\w])/g,
    (match, host, path) => {
      if (host) return link(match, DOCS + path);
      if (/^(src|docs)\//.test(path) && fromCli)
        return link(`\`${path}\``, `${GITHUB}${CLI}/blob/HEAD/${path}`);
      if (path.startsWith("mayarid/")) return link(path, GITHUB + path);
      // `.mdx`: a source file in Mayar's docs repository, of a page not published (so nothing to link to):
      // named by the page path it would have.
      if (path.endsWith(".mdx")) return `page \`${path.replace(/(\/index)?\.mdx$/, "")}\``;
      // A page path on Mayar's docs; `usagebasedmembership/...` and `transaction/...` are under api-reference/.
      return link(path, DOCS + (/^api-reference/.test(path) ? path : `api-reference/${path}`));
    },
  );
}

/**
 * The rendered copy of the spec: each operation's description starts with how sure we are of it
 * (x-mayar-confidence) and its sources, linked; each operation gets a TypeScript sample (`x-codeSamples`)
 * rendered from the client's operation model. dist/openapi.json (what the generator reads) stays without them.
 */
export function forReaders(document) {
  const copy = structuredClone(document);
  if (copy.info?.["x-logo"])
    throw new Error("info.x-logo would load an image: the reference must work offline");
  copy.info.description = withoutOutsidePaths(copy.info.description ?? "");
  const model = buildModel(document);
  const byId = new Map(model.operations.map((op) => [op.id, op]));
  for (const item of Object.values(copy.paths)) {
    for (const operation of Object.values(item)) {
      const confidence = CONFIDENCE[operation["x-mayar-confidence"]];
      if (confidence) {
        const source = operation["x-mayar-source"]
          ? ` Source: ${sourceMarkdown(operation["x-mayar-source"])}.`
          : "";
        operation.description = `> ${confidence}${source}\n\n${operation.description ?? ""}`;
      }
      operation.description = withoutOutsidePaths(operation.description ?? "");
      const op = byId.get(operation.operationId);
      if (!op) throw new Error(`${operation.operationId} is not in the client's operation model`);
      operation["x-codeSamples"] = codeSamplesOf(op);
    }
  }
  return copy;
}

/** System fonts only: nothing to download, and the page reads the same offline. */
const SANS = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif';
const MONO =
  'ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", "DejaVu Sans Mono", monospace';

export const REDOC_OPTIONS = {
  expandResponses: "200",
  hideDownloadButton: false,
  jsonSampleExpandLevel: 3,
  // The TypeScript sample is the request sample's first tab, the JSON payload the second.
  payloadSampleIdx: 1,
  theme: {
    typography: {
      fontFamily: SANS,
      headings: { fontFamily: SANS },
      // Samples wrap rather than hide the end of a long line behind a scrollbar.
      code: { fontFamily: MONO, fontSize: "12px", wrap: true },
    },
    // Wide enough for a sample's call line at 1280 px (about 54 characters).
    rightPanel: { width: "50%" },
  },
};

/**
 * Nothing from another origin: scripts and styles inline (Redoc's bundle and its styled-components), Redoc's
 * search index in a blob: worker, images from the page or data: URLs. A server that sends its own CSP for
 * this page must allow at least the same (both apply).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline' blob:",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

const LOGO = '"https://cdn.redoc.ly/redoc/logo-mini.svg"';

/** Redoc's standalone bundle, without the one request it makes to another origin (the footer's logo). */
export function redocBundle() {
  const bundle = readFileSync(require.resolve("redoc/bundles/redoc.standalone.js"), "utf8");
  const at = bundle.indexOf(LOGO);
  if (at < 0 || bundle.indexOf(LOGO, at + 1) >= 0) {
    throw new Error(`Redoc's bundle no longer names its logo as ${LOGO} once: check what it loads now`);
  }
  return bundle.replace(LOGO, '""');
}

const escapeHtml = (text) =>
  text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** The whole page. */
export function renderReference(document, redoc = redocBundle()) {
  // `</script` inside inlined JSON would end the script element early.
  const inlineJson = JSON.stringify(forReaders(document)).replaceAll("</", "<\\/");
  const title = escapeHtml(`${document.info.title} ${document.info.version} reference`);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />
<title>${title}</title>
<link rel="icon" href="data:," />
<style>body { margin: 0; }</style>
</head>
<body>
<noscript>This reference needs JavaScript. The description it shows is written in specs/mayar.openapi.yaml and specs/resources/ of the repository, and published bundled as @org/mayar-spec/openapi.json.</noscript>
<div id="redoc"></div>
<script>${redoc}</script>
<script>
Redoc.init(${inlineJson}, ${JSON.stringify(REDOC_OPTIONS)}, document.getElementById("redoc"));
</script>
</body>
</html>
`;
}
