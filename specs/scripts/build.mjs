// Builds the spec's two artefacts into dist/:
//   openapi.json  the whole spec as one document (scripts/bundle.mjs merges mayar.openapi.yaml and
//                 resources/*.yaml): what the generator, the mock's validator, lint and tests read
//   index.html    the browsable API reference (scripts/reference.mjs): one self-contained page that makes no
//                 request off its origin, with each operation's confidence and sources at the top of its
//                 description and a TypeScript sample of the client call. The samples live only there.
import { mkdirSync, writeFileSync } from "node:fs";
import { bundleSpec } from "./bundle.mjs";
import { renderReference } from "./reference.mjs";

const dist = new URL("../dist/", import.meta.url);

const document = bundleSpec();
mkdirSync(dist, { recursive: true });
writeFileSync(new URL("openapi.json", dist), `${JSON.stringify(document, null, 2)}\n`);
writeFileSync(new URL("index.html", dist), renderReference(document));
console.log(`wrote dist/openapi.json and dist/index.html (${Object.keys(document.paths).length} paths)`);
