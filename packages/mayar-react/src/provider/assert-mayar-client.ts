import type { MayarClient } from "@org/mayar-core";

const EXAMPLE = 'createMayarClient({ baseUrl: "/api/mayar" })';

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "object") return `an object with keys [${Object.keys(value).join(", ")}]`;
  return typeof value === "string" ? `the string ${JSON.stringify(value)}` : String(value);
}

/**
 * True when `value` looks like what `createMayarClient()` or `composeMayarClient()` returns (duck-typed:
 * two copies of core still match).
 */
export function isMayarClient(value: unknown): value is MayarClient {
  const client = value as Partial<MayarClient> | null;
  return (
    typeof client === "object" &&
    client !== null &&
    typeof client.baseUrl === "string" &&
    typeof client.environment === "string"
  );
}

/**
 * Throws a TypeError that names the caller and the fix when `value` is not a MayarClient.
 * `where` is the public name the developer typed, e.g. `"<MayarProvider client>"`.
 */
export function assertMayarClient(value: unknown, where: string): asserts value is MayarClient {
  if (isMayarClient(value)) return;
  throw new TypeError(
    `${where} must be a MayarClient from @org/mayar-core, got ${describe(value)}. ` +
      `Create one once, outside your components: const mayar = ${EXAMPLE}; ` +
      "(in a browser, point baseUrl at your createMayarProxy route; never put the API key in the browser).",
  );
}
