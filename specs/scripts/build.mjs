// Turns the hand-written YAML into dist/openapi.json, the machine-readable copy that code generators,
// the mock's validator and tests read (so no package needs a YAML parser at run time).
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { parse } from "yaml";

const source = new URL("../mayar.openapi.yaml", import.meta.url);
const target = new URL("../dist/openapi.json", import.meta.url);

const document = parse(readFileSync(source, "utf8"));
mkdirSync(new URL("../dist/", import.meta.url), { recursive: true });
writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
console.log(`wrote ${target.pathname}`);
