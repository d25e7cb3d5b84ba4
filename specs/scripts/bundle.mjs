// Merges the spec's files into one OpenAPI document: mayar.openapi.yaml (info, servers, tags, the shared
// components) plus resources/*.yaml (one file per tag: its paths and its own components). References stay
// local (`#/components/...`), so every file reads like a fragment of the one document it becomes.
// Two files defining the same operation or the same component name is an error, never a silent overwrite.
import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";

const ROOT = new URL("../mayar.openapi.yaml", import.meta.url);
const RESOURCES = new URL("../resources/", import.meta.url);

/** @returns {Record<string, any>} the whole spec as one document */
export function bundleSpec() {
  const document = parse(readFileSync(ROOT, "utf8"));
  document.paths ??= {};
  document.components ??= {};
  const files = readdirSync(RESOURCES)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
  for (const file of files) {
    const part = parse(readFileSync(new URL(file, RESOURCES), "utf8")) ?? {};
    for (const [path, item] of Object.entries(part.paths ?? {})) {
      document.paths[path] ??= {};
      const target = document.paths[path];
      for (const [method, operation] of Object.entries(item)) {
        if (target[method]) throw new Error(`${file}: ${method.toUpperCase()} ${path} is defined twice`);
        target[method] = operation;
      }
    }
    for (const [name, item] of Object.entries(part.webhooks ?? {})) {
      document.webhooks ??= {};
      if (document.webhooks[name]) throw new Error(`${file}: webhook ${name} is defined twice`);
      document.webhooks[name] = item;
    }
    for (const [section, entries] of Object.entries(part.components ?? {})) {
      document.components[section] ??= {};
      const target = document.components[section];
      for (const [name, value] of Object.entries(entries)) {
        if (target[name]) throw new Error(`${file}: components.${section}.${name} is defined twice`);
        target[name] = value;
      }
    }
  }
  return document;
}
