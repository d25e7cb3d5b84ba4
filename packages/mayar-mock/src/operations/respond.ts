// Answers in Mayar's envelope, spelled the way the operation's documented 200 example spells it: the same
// statusCode (201 for member registration) and message member and text (`messages: "success"`,
// `message: "success"`, none at all for the daily totals).
import { errorResponse, jsonResponse } from "../http/responses.js";
import type { SpecOperation } from "../spec/operations.js";
import type { Page } from "../state/record-store.js";

const ENVELOPE_KEYS = ["statusCode", "messages", "message"] as const;

function envelopeOf(operation: SpecOperation): Record<string, unknown> {
  const example = operation.successExample;
  if (!example) return { statusCode: 200, [operation.messageKey]: "success" };
  const envelope: Record<string, unknown> = {};
  for (const key of ENVELOPE_KEYS) if (key in example) envelope[key] = example[key];
  envelope.statusCode ??= 200;
  return envelope;
}

/** `{ statusCode, messages, data }` for `x-mayar-result: data`. */
export function dataResponse(operation: SpecOperation, data: unknown): Response {
  return jsonResponse(200, { ...envelopeOf(operation), data });
}

/** The envelope plus top-level members, for `x-mayar-result: root` (and success-only answers). */
export function rootResponse(operation: SpecOperation, members: Record<string, unknown> = {}): Response {
  return jsonResponse(200, { ...envelopeOf(operation), ...members });
}

/** One cursor page: `{ statusCode, messages, hasMore, nextStartingAfter, data }`. */
export function pageResponse<T>(
  operation: SpecOperation,
  page: Page<T>,
  view: (item: T) => unknown,
): Response {
  return rootResponse(operation, {
    hasMore: page.hasMore,
    nextStartingAfter: page.nextStartingAfter,
    data: page.items.map(view),
  });
}

export function notFound(operation: SpecOperation, text = "Not Found"): Response {
  return errorResponse(404, operation.messageKey, text);
}

/** A copy of `template` with `values` written over it; an `undefined` value removes the member. */
export function fill(
  template: Readonly<Record<string, unknown>> | undefined,
  values: Record<string, unknown>,
): Record<string, unknown> {
  const out: Record<string, unknown> = template ? jsonCopy(template) : {};
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out;
}

/** A deep copy of documented JSON (faster than structuredClone for plain JSON). */
export function jsonCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value));
}
