import createClient, { type Client } from "openapi-fetch";
import { createRedactor } from "../errors/redact";
import type { paths } from "../generated/openapi";
import { type CreditsResource, creditsResource } from "../resources/credits";
import { type PaymentRequestsResource, paymentRequestsResource } from "../resources/payment-requests";
import { authMiddleware } from "../transport/auth-middleware";
import { createTransport } from "../transport/transport";
import { type MayarClientOptions, resolveOptions } from "./options";

export interface MayarClient {
  /** The URL requests go to (never holds the key). Query keys include it so two clients never collide. */
  readonly baseUrl: string;
  /** `"production"`, `"sandbox"`, or `"custom"` when `baseUrl` was given. */
  readonly environment: "production" | "sandbox" | "custom";
  readonly paymentRequests: PaymentRequestsResource;
  readonly credits: CreditsResource;
  /**
   * The typed openapi-fetch client for every path in the spec, with the same auth, timeout and envelope
   * handling. It returns `{ data, error, response }` instead of throwing for Mayar's error answers.
   */
  readonly api: Client<paths>;
}

/**
 * Creates a Mayar client.
 *
 * ```ts
 * const mayar = createMayarClient({ apiKey: process.env.MAYAR_API_KEY, environment: "sandbox" });
 * const { link } = await mayar.paymentRequests.create({ name: "Order #1", amount: 100000 });
 * ```
 */
export function createMayarClient(options: MayarClientOptions): MayarClient {
  const { apiKey, baseUrl, environment, fetch, timeoutMs, headers } = resolveOptions(options);
  const redact = createRedactor(apiKey);
  const api = createClient<paths>({ baseUrl, headers, fetch: createTransport(fetch, timeoutMs, redact) });
  if (apiKey) api.use(authMiddleware(apiKey));
  const context = { api, fetch, redact };
  return {
    baseUrl,
    environment,
    paymentRequests: paymentRequestsResource(context),
    credits: creditsResource(context),
    api,
  };
}
