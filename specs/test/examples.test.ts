// Every example written in the spec must be valid against the schema it illustrates: an example that
// drifts from its schema documents a shape Mayar does not send, and the generated types would lie.
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { type Json, spec } from "./support/spec";

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, "mayar");

const pointer = (...segments: string[]) =>
  `mayar#/${segments.map((s) => s.replaceAll("~", "~0").replaceAll("/", "~1")).join("/")}`;

interface ExampleCase {
  name: string;
  schemaRef: string;
  value: unknown;
}

/** Walks the operations and collects each media-type example with the pointer of its schema. */
function collectExamples(): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const fromContent = (label: string, content: Json | undefined, base: string[]) => {
    for (const [mediaType, media] of Object.entries<Json>(content ?? {})) {
      for (const [exampleName, example] of Object.entries<Json>(media.examples ?? {})) {
        cases.push({
          name: `${label} ${mediaType} example "${exampleName}"`,
          schemaRef: pointer(...base, "content", mediaType, "schema"),
          value: example.value,
        });
      }
    }
  };
  for (const [path, item] of Object.entries<Json>(spec.paths)) {
    for (const [method, operation] of Object.entries<Json>(item)) {
      const label = `${operation.operationId}`;
      fromContent(`${label} request`, operation.requestBody?.content, ["paths", path, method, "requestBody"]);
      for (const [status, response] of Object.entries<Json>(operation.responses)) {
        const ref: string | undefined = response.$ref;
        const base = ref ? ref.replace(/^#\//, "").split("/") : ["paths", path, method, "responses", status];
        const resolved = ref ? base.reduce<Json>((node, key) => node[key], spec) : response;
        fromContent(`${label} ${status}`, resolved.content, base);
      }
    }
  }
  return cases;
}

const cases = collectExamples();

describe("spec examples", () => {
  it("documents both launch operations with request and response examples", () => {
    const names = cases.map((c) => c.name);
    for (const operationId of ["createPaymentRequest", "generateImmutableCheckoutLink"]) {
      expect(names.some((n) => n.startsWith(`${operationId} request`))).toBe(true);
      expect(names.some((n) => n.startsWith(`${operationId} 200`))).toBe(true);
    }
    expect(cases.length).toBeGreaterThanOrEqual(10);
  });

  it.each(cases)("$name matches its schema", ({ schemaRef, value }) => {
    const validate = ajv.getSchema(schemaRef);
    expect(validate, `no schema at ${schemaRef}`).toBeTypeOf("function");
    const valid = validate?.(value);
    expect(validate?.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("rejects an example that breaks its schema (the check can fail)", () => {
    const validate = ajv.getSchema(pointer("components", "schemas", "CreatePaymentRequestBody"));
    expect(validate?.({ name: "Penagihan", amount: "100000" })).toBe(false);
    expect(validate?.({ amount: 100000 })).toBe(false);
  });
});
