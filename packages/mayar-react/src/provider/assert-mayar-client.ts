import type { MayarClientBase } from "@org/mayar-core";
import type { MayarClientWith, MayarNamespaceName } from "./mayar-client-with";

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
export function isMayarClient(value: unknown): value is MayarClientBase {
  const client = value as Partial<MayarClientBase> | null;
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
export function assertMayarClient(value: unknown, where: string): asserts value is MayarClientBase {
  if (isMayarClient(value)) return;
  throw new TypeError(
    `${where} must be a MayarClient from @org/mayar-core, got ${describe(value)}. ` +
      `Create one once, outside your components: const mayar = ${EXAMPLE}; ` +
      "(in a browser, point baseUrl at your createMayarProxy route; never put the API key in the browser).",
  );
}

/**
 * Throws a TypeError that names the fix when a client made by `composeMayarClient` lacks the namespace an
 * operation calls (instead of "cannot read properties of undefined" on the first call).
 * `where` is the public name the developer typed (`"useCreateInvoice()"`), `whose` says which client it was.
 */
export function assertNamespace<Namespace extends MayarNamespaceName>(
  client: MayarClientBase,
  namespace: Namespace,
  where: string,
  whose = "this client",
): asserts client is MayarClientWith<Namespace> {
  const namespaces = client as unknown as Record<string, unknown>;
  if (typeof namespaces[namespace] === "object" && namespaces[namespace] !== null) return;
  const composed = Object.keys(namespaces).filter(
    (name) => name !== "api" && typeof namespaces[name] === "object" && namespaces[name] !== null,
  );
  throw new TypeError(
    `${where} calls mayar.${namespace}, which ${whose} does not have: it was made by composeMayarClient ` +
      `without ${namespace}. Add it (composeMayarClient(options, { ${[...composed, namespace].join(", ")} })) ` +
      "or use createMayarClient.",
  );
}
