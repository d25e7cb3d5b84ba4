import createClient, { type Client } from "openapi-fetch";
import { MayarInputError } from "../errors/mayar-error";
import { createRedactor } from "../errors/redact";
import { type MayarNamespaces, namespaces } from "../generated/namespaces";
import type { paths } from "../generated/openapi";
import type { OperationDescriptor } from "../operations/descriptor";
import { fillPath } from "../operations/path-param";
import { createSend, fetchOverSend } from "../transport/send";
import { bindNamespace } from "./bind-namespace";
import { type MayarClientOptions, resolveOptions } from "./options";

/** What every client has, whichever namespaces it carries. */
export interface MayarClientBase {
  /** The URL requests go to (never holds the key). Query keys include it so two clients never collide. */
  readonly baseUrl: string;
  /** `"production"`, `"sandbox"`, or `"custom"` when `baseUrl` was given. */
  readonly environment: "production" | "sandbox" | "custom";
}

/** The whole Mayar API: a namespace per resource (`mayar.invoices.list()`), and the raw typed client. */
export interface MayarClient extends MayarClientBase, MayarNamespaces {
  /**
   * The typed openapi-fetch client for every path in the spec, over the same transport (auth, deadline,
   * retries, envelope, redaction). It returns `{ data, error, response }` instead of throwing for Mayar's
   * error answers.
   */
  readonly api: Client<paths>;
}

type Tables = Readonly<Record<string, Readonly<Record<string, OperationDescriptor>>>>;
// Only the namespaces picked: keyof Picked, not keyof (Picked & Tables), which is `string` and would claim all.
type Bound<Picked> = MayarClientBase & {
  readonly [Name in keyof Picked & keyof MayarNamespaces]: MayarNamespaces[Name];
};

function bindAll(options: MayarClientOptions, tables: Tables) {
  const resolved = resolveOptions(options);
  const send = createSend({ ...resolved, redact: createRedactor(resolved.apiKey) });
  const context = { send, baseUrl: resolved.baseUrl };
  const client: Record<string, unknown> = { baseUrl: resolved.baseUrl, environment: resolved.environment };
  for (const [name, table] of Object.entries(tables)) client[name] = bindNamespace(context, table);
  return { client, send, baseUrl: resolved.baseUrl };
}

/**
 * Creates a Mayar client with every namespace.
 *
 * ```ts
 * const mayar = createMayarClient({ apiKey: process.env.MAYAR_API_KEY, environment: "sandbox" });
 * const { link } = await mayar.paymentRequests.create({ name: "Order #1", amount: 100000 });
 * for await (const invoice of mayar.invoices.list({ status: "paid" })) console.log(invoice.id);
 * ```
 */
export function createMayarClient(options: MayarClientOptions): MayarClient {
  const { client, send, baseUrl } = bindAll(options, namespaces);
  client.api = createClient<paths>({
    baseUrl,
    fetch: fetchOverSend(send),
    // openapi-fetch's own serializer encodes but lets ".." through; ours applies the methods' rule.
    pathSerializer: (url, params) =>
      fillPath(
        url,
        (name) => (params as Record<string, unknown>)[name],
        (problem) =>
          new MayarInputError(
            `mayar.api ${url.startsWith(baseUrl) ? url.slice(baseUrl.length) : url}: ${problem}.`,
          ),
      ),
  });
  return client as unknown as MayarClient;
}

/**
 * Creates a client with only the namespaces you pass: for browser bundles that call one or two resources.
 * A bundler keeps just those namespaces' operations (an object's properties can't be tree-shaken, so
 * `createMayarClient` carries all of them). Same options, same behaviour, no `api`.
 *
 * ```ts
 * import { composeMayarClient, paymentRequests } from "@org/mayar-core";
 * const mayar = composeMayarClient({ baseUrl: "/api/mayar" }, { paymentRequests });
 * await mayar.paymentRequests.create({ name: "Order #1", amount: 100000 });
 * ```
 */
export function composeMayarClient<Picked extends Partial<typeof namespaces>>(
  options: MayarClientOptions,
  picked: Picked,
): Bound<Picked> {
  return bindAll(options, picked as Tables).client as Bound<Picked>;
}
