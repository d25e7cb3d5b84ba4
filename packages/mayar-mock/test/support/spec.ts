// An Ajv of the tests' own over specs/dist/openapi.json, so responses are checked against the spec
// independently of the validator the mock uses.
import { readFileSync } from "node:fs";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { expect } from "vitest";

// biome-ignore lint/suspicious/noExplicitAny: walking an arbitrary JSON document
type Json = Record<string, any>;

export const specUrl = new URL("../../../../specs/dist/openapi.json", import.meta.url);
export const spec: Json = JSON.parse(readFileSync(specUrl, "utf8"));

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, "spec");

const escapePointer = (segment: string) => segment.replaceAll("~", "~0").replaceAll("/", "~1");

/** [path, method] of an operation, found in the spec. */
export function operationLocation(operationId: string): [path: string, method: string] {
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      if (operation?.operationId === operationId) return [path, method];
    }
  }
  throw new Error(`no operation ${operationId} in the spec`);
}

/** Asserts `body` is valid against the JSON schema of the operation's response for `status`. */
export function expectSpecResponse(operationId: string, status: string, body: unknown): void {
  const [path, method] = operationLocation(operationId);
  const response = spec.paths[path][method].responses[status];
  expect(response, `${operationId} documents no ${status} response`).toBeDefined();
  const base = response.$ref
    ? `spec#${response.$ref.slice(1)}`
    : `spec#/paths/${escapePointer(path)}/${method}/responses/${status}`;
  const validate = ajv.getSchema(`${base}/content/application~1json/schema`);
  expect(validate).toBeTypeOf("function");
  validate?.(body);
  expect(validate?.errors ?? []).toEqual([]);
}
