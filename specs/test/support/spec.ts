// The bundled spec as the tests read it, and the two walks over it they share.
import { bundleSpec } from "../../scripts/bundle.mjs";

// biome-ignore lint/suspicious/noExplicitAny: the tests walk arbitrary spec JSON
export type Json = Record<string, any>;

export const spec: Json = bundleSpec();

/** Every operation of a document (the spec, or the reference's rendered copy of it), with its path and method. */
export const operationsOf = (document: Json) =>
  Object.entries<Json>(document.paths).flatMap(([path, item]) =>
    Object.entries<Json>(item).map(([method, operation]) => ({ path, method, operation })),
  );

/** Follows local `$ref`s (`#/components/...`, JSON-pointer escapes decoded) to what they name in the spec. */
export const resolveRef = (node: Json): Json =>
  node.$ref
    ? resolveRef(
        node.$ref
          .slice(2)
          .split("/")
          .reduce((n: Json, k: string) => n[k.replaceAll("~1", "/").replaceAll("~0", "~")], spec),
      )
    : node;
