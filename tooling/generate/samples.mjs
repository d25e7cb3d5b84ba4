// TypeScript code samples for the API reference (specs/scripts/reference.mjs puts them in Redoc's
// `x-codeSamples`): one per operation, rendered from the same operation model as the client, so each sample
// calls the method the client really has, with its arguments in the client's order (path parameters in path
// order, then the body or the query: specs/CONVENTIONS.md), filled with the spec's own examples.

import { argumentsOf } from "./core.mjs";

/** The one-line setup every sample starts with (the sample's tab names the package, @org/mayar-core). */
export const CLIENT_SETUP =
  '// const mayar = createMayarClient({ apiKey: process.env.MAYAR_API_KEY, environment: "sandbox" });';

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
// The reference's sample panel shows about 52 characters a line at 1280 px.
const WIDTH = 52;

/**
 * A JSON value as a TypeScript literal: bare keys where possible, on one line when it fits in `room`
 * characters, else one member per line.
 */
export function literal(value, indent = "", room = WIDTH - indent.length) {
  if (value === undefined) return "undefined";
  if (value === null || typeof value !== "object") return JSON.stringify(value);
  const isArray = Array.isArray(value);
  const entries = isArray
    ? value.map((item) => [undefined, item])
    : Object.entries(value).filter(([, item]) => item !== undefined);
  if (!entries.length) return isArray ? "[]" : "{}";
  const inner = `${indent}  `;
  const parts = (nested) =>
    entries.map(([key, item]) => {
      const rendered = literal(item, nested, WIDTH - nested.length - 2 - (key?.length ?? 0));
      if (isArray) return rendered;
      return `${IDENTIFIER.test(key) ? key : JSON.stringify(key)}: ${rendered}`;
    });
  const flat = parts("").join(", ");
  const oneLine = isArray ? `[${flat}]` : `{ ${flat} }`;
  if (!oneLine.includes("\n") && oneLine.length <= room) return oneLine;
  const lines = parts(inner).map((part) => `${inner}${part},`);
  return isArray ? `[\n${lines.join("\n")}\n${indent}]` : `{\n${lines.join("\n")}\n${indent}}`;
}

const PAGE_PARAMS = { cursor: "startingAfter", page: "page" };

/**
 * The arguments a sample passes, as values: the example of each path parameter (none when the id comes from
 * the body), then the body example, or the query example when the operation has a query and no body.
 * @param {{ walk?: boolean }} [how] `walk`: for a `for await` over a list, without the page cursor.
 */
export function sampleArguments(op, { walk = false } = {}) {
  const args = [];
  // The method's own arguments (core.mjs): the samples can't drift from the client's order.
  for (const { name } of argumentsOf(op)) {
    if (name === "options") continue;
    if (name === "body") {
      if (op.examples.body === undefined && op.bodyRequired)
        throw new Error(`${op.id}: the body has no example`);
      if (op.examples.body !== undefined) args.push(op.examples.body);
    } else if (name === "query") {
      const query = { ...op.examples.query };
      if (walk) delete query[op.cursorParam ?? PAGE_PARAMS[op.pagination]];
      if (Object.keys(query).length || op.queryRequired) args.push(query);
    } else {
      const value = op.examples.params[name];
      if (value === undefined) throw new Error(`${op.id}: path parameter ${name} has no example`);
      args.push(value);
    }
  }
  return args;
}

/** `mayar.<namespace>.<method>(<arguments>)`, the last argument spread over lines when the call is long. */
function call(op, args, lead) {
  let text = `${lead}mayar.${op.namespace}.${op.method}(`;
  args.forEach((arg, i) => {
    const last = i === args.length - 1;
    text += literal(arg, "", WIDTH - text.length - (last ? 4 : 2)) + (last ? "" : ", ");
  });
  return `${text})`;
}

/** The TypeScript sample of one model operation. */
export function codeSampleOf(op) {
  const lines = [CLIENT_SETUP];
  if (op.pagination) {
    lines.push(
      "// One page:",
      `${call(op, sampleArguments(op), "const result = await ")};`,
      "// Every item of every page, each page fetched as the loop gets there:",
      `${call(op, sampleArguments(op, { walk: true }), "for await (const item of ")}) {`,
      "  console.log(item);",
      "}",
    );
  } else {
    lines.push(`${call(op, sampleArguments(op), "const result = await ")};`);
  }
  return lines.join("\n");
}

/** Redoc's `x-codeSamples` for one operation. */
export const codeSamplesOf = (op) => [
  { lang: "TypeScript", label: "@org/mayar-core", source: codeSampleOf(op) },
];
