// Compiles the spec's JSON Schemas into the validation rules every runtime shares: the client's pre-flight
// check, the proxy (which calls it) and the mock all run @org/mayar-core's one interpreter
// (packages/mayar-core/src/operations/rules.ts) over these rules, so the three accept and refuse the same
// inputs. A rule is the schema itself with `$ref`s inlined, annotations dropped and nothing else changed:
// the JSON Schema keywords the interpreter implements, and only those.
//
// Any other keyword fails the generation, naming where it is: a keyword the interpreter does not know would
// otherwise be skipped silently, and the client would forward what the mock (and Mayar) refuse.

/** Keywords the interpreter enforces (packages/mayar-core/src/operations/rules.ts). */
export const ENFORCED = new Set([
  "type",
  "required",
  "properties",
  "additionalProperties",
  "items",
  "enum",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "pattern",
  "format",
]);

/** Keywords that describe and never constrain: dropped from the rules. */
export const ANNOTATIONS = new Set([
  "description",
  "title",
  "example",
  "examples",
  "default",
  "deprecated",
  "readOnly",
  "writeOnly",
  "contentMediaType",
  "$comment",
]);

/** `format` values the interpreter checks. */
export const FORMATS = new Set(["email", "uuid", "date-time", "date", "uri"]);

const TYPES = new Set(["string", "integer", "number", "boolean", "object", "array", "null"]);

/**
 * The rule for `schema` (resolving `$ref`s with `resolve`), or throws naming `where` and the keyword.
 * @param {(node: unknown) => any} resolve
 * @param {unknown} schema
 * @param {string} where e.g. `createPaymentRequest body.expiredAt`
 */
export function compileRule(resolve, schema, where, seen = new Set()) {
  const node = resolve(schema);
  if (node === true || node === undefined) return {};
  if (typeof node !== "object" || node === null || Array.isArray(node)) {
    throw new Error(`${where}: a schema must be an object, got ${JSON.stringify(node)}`);
  }
  if (seen.has(node)) throw new Error(`${where}: the schema refers to itself; rules cannot be recursive`);
  const inside = new Set(seen).add(node);
  const rule = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(keyword) || keyword.startsWith("x-")) continue;
    if (!ENFORCED.has(keyword)) {
      throw new Error(
        `${where}: the schema keyword "${keyword}" is not handled by the generated validator. ` +
          "Implement it in tooling/generate/rules.mjs and packages/mayar-core/src/operations/rules.ts, " +
          "or express the rule with the keywords they handle.",
      );
    }
    if (keyword === "properties") {
      rule.properties = Object.fromEntries(
        Object.entries(value).map(([name, child]) => [
          name,
          compileRule(resolve, child, `${where}.${name}`, inside),
        ]),
      );
    } else if (keyword === "items" || (keyword === "additionalProperties" && typeof value === "object")) {
      rule[keyword] = compileRule(resolve, value, `${where}${keyword === "items" ? "[]" : ".*"}`, inside);
    } else if (keyword === "format") {
      if (!FORMATS.has(value)) {
        throw new Error(
          `${where}: format "${value}" is not checked by the generated validator (known: ${[...FORMATS].join(", ")})`,
        );
      }
      rule.format = value;
    } else if (keyword === "type") {
      const types = Array.isArray(value) ? value : [value];
      const unknown = types.find((type) => !TYPES.has(type));
      if (unknown) throw new Error(`${where}: unknown type "${unknown}"`);
      rule.type = value;
    } else if (keyword === "pattern") {
      try {
        new RegExp(value, "u");
      } catch (error) {
        throw new Error(
          `${where}: pattern ${JSON.stringify(value)} is not a valid regular expression (${error.message})`,
        );
      }
      rule.pattern = value;
    } else {
      rule[keyword] = value;
    }
  }
  // A description-only schema (`{}` once annotations are gone) still accepts anything, as JSON Schema says.
  return rule;
}

/**
 * The rule for a set of named parameters (query or path): an object whose members are the parameters'
 * schemas, with the required ones listed.
 * @param {Array<{ name: string, required?: boolean, schema?: unknown }>} parameters
 */
export function parametersRule(resolve, parameters, where) {
  const required = parameters.filter((p) => p.required).map((p) => p.name);
  return {
    type: "object",
    ...(required.length ? { required } : {}),
    properties: Object.fromEntries(
      parameters.map((p) => [p.name, compileRule(resolve, p.schema, `${where}.${p.name}`)]),
    ),
  };
}
