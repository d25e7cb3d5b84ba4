// The one validator: the generator compiles the spec's schemas into rules (and refuses a keyword it does not
// enforce, naming where), and problemsOf checks values against them for the client, the proxy and the mock.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { ANNOTATIONS, compileRule, ENFORCED } from "../../../tooling/generate/rules.mjs";
import { problemsOf, type Rule } from "../src/operations/rules";

const same = (node: unknown) => node;
const kinds = (rule: Rule, value: unknown) => problemsOf(rule, value).map((p) => `${p.field} ${p.type}`);

describe("the generator", () => {
  it("fails on a keyword the validator does not enforce, naming the operation, the field and the keyword", () => {
    const schema = {
      type: "object",
      properties: { amount: { oneOf: [{ type: "integer" }, { type: "string" }] } },
    };
    expect(() => compileRule(same, schema, "createPaymentRequest body")).toThrow(
      /^createPaymentRequest body\.amount: the schema keyword "oneOf" is not handled by the generated validator\./,
    );
    expect(() => compileRule(same, { const: 1 }, "x")).toThrow(/"const" is not handled/);
    expect(() => compileRule(same, { type: "string", format: "ipv4" }, "x")).toThrow(
      /format "ipv4" is not checked/,
    );
    expect(() => compileRule(same, { type: "string", pattern: "(" }, "x")).toThrow(
      /not a valid regular expression/,
    );
  });

  it("drops annotations and inlines references", () => {
    const spec = {
      components: { schemas: { Email: { type: "string", format: "email", example: "a@b.co" } } },
    };
    const resolve = (node: { $ref?: string }) =>
      node?.$ref ? spec.components.schemas[node.$ref.split("/").pop() as "Email"] : node;
    expect(
      compileRule(
        resolve,
        { type: "object", description: "d", properties: { email: { $ref: "#/components/schemas/Email" } } },
        "x",
      ),
    ).toEqual({ type: "object", properties: { email: { type: "string", format: "email" } } });
  });

  it("knows every keyword the spec's request bodies and parameters use", () => {
    const spec = JSON.parse(
      readFileSync(new URL("../../../specs/dist/openapi.json", import.meta.url), "utf8"),
    );
    const resolve = (node: { $ref?: string }) => {
      let current: unknown = node;
      while ((current as { $ref?: string })?.$ref) {
        current = ((current as { $ref: string }).$ref.slice(2).split("/") as string[]).reduce(
          (parent: Record<string, unknown>, key) =>
            parent[key.replaceAll("~1", "/")] as Record<string, unknown>,
          spec,
        );
      }
      return current as Record<string, unknown>;
    };
    const used = new Set<string>();
    const walk = (node: unknown) => {
      const schema = resolve(node as { $ref?: string });
      if (!schema || typeof schema !== "object") return;
      for (const [keyword, value] of Object.entries(schema)) {
        used.add(keyword);
        if (keyword === "properties") Object.values(value as object).forEach(walk);
        if (keyword === "items" || keyword === "additionalProperties") walk(value);
      }
    };
    for (const item of Object.values<Record<string, { parameters?: unknown[]; requestBody?: unknown }>>(
      spec.paths,
    )) {
      for (const operation of Object.values(item)) {
        for (const parameter of operation.parameters ?? [])
          walk((resolve(parameter as never) as { schema?: unknown }).schema);
        walk(
          (resolve(operation.requestBody as never) as { content?: Record<string, { schema?: unknown }> })
            ?.content?.["application/json"]?.schema,
        );
      }
    }
    const unknown = [...used].filter((keyword) => !ENFORCED.has(keyword) && !ANNOTATIONS.has(keyword));
    expect(unknown).toEqual([]);
    for (const keyword of ["pattern", "format", "enum", "minimum", "minLength", "required"])
      expect(used).toContain(keyword);
  });
});

describe("problemsOf", () => {
  it("checks formats by shape and by calendar", () => {
    const at = (format: string) => ({ type: "string", format });
    expect(kinds(at("date-time"), "2026-07-19T16:43:23.000Z")).toEqual([]);
    expect(kinds(at("date-time"), "2026-07-19T16:43:23+07:00")).toEqual([]);
    expect(kinds(at("date-time"), "tomorrow")).toEqual([" format"]);
    expect(kinds(at("date-time"), "2026-07-19")).toEqual([" format"]);
    expect(kinds(at("date-time"), "2026-13-45T10:00:00Z")).toEqual([" format"]);
    expect(kinds(at("date"), "2026-01-31")).toEqual([]);
    expect(kinds(at("email"), "siti@example.com")).toEqual([]);
    expect(kinds(at("email"), "siti@@example")).toEqual([" format"]);
    expect(kinds(at("uri"), "https://example.com/x?y=1")).toEqual([]);
    expect(kinds(at("uri"), "/relative/path")).toEqual([" format"]);
    expect(kinds(at("uuid"), "6f8c19ff-5b97-4792-aa89-d2a12797b356")).toEqual([]);
    expect(kinds(at("uuid"), "6f8c19ff")).toEqual([" format"]);
  });

  it("checks integer enums, patterns, characters (not UTF-16 units) and unknown members", () => {
    expect(kinds({ type: "integer", enum: [1, 2, 3] }, 4)).toEqual([" enum"]);
    expect(kinds({ type: "integer", enum: [1, 2, 3] }, 2)).toEqual([]);
    expect(kinds({ type: "string", pattern: "^[0-9]+$" }, "12a")).toEqual([" pattern"]);
    expect(kinds({ type: "string", maxLength: 2 }, "😀😀")).toEqual([]);
    expect(kinds({ type: ["string", "null"] }, null)).toEqual([]);
    expect(kinds({ type: "object", properties: {}, additionalProperties: false }, { x: 1 })).toEqual([
      "x additionalProperties",
    ]);
    // Members named like Object.prototype's own are members, not rules.
    expect(
      kinds({ type: "object", properties: {}, additionalProperties: false }, { constructor: 1 }),
    ).toEqual(["constructor additionalProperties"]);
  });

  it("names nested fields the way Mayar does", () => {
    const rule: Rule = {
      type: "object",
      required: ["items"],
      properties: {
        items: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["rate"],
            properties: { rate: { type: "number", exclusiveMinimum: 0 } },
          },
        },
      },
    };
    expect(kinds(rule, { items: [{ rate: 1 }, { rate: -2 }, {}] })).toEqual([
      "items[1].rate exclusiveMinimum",
      "items[2].rate required",
    ]);
    expect(kinds(rule, {})).toEqual(["items required"]);
  });
});
