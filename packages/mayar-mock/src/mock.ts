// createMayarMock: wires options, state, the spec's operation table and the hosted pages together.
import { handleCheckout } from "./checkout/routes.js";
import { FaultQueue, type MockFault, validateFault } from "./faults.js";
import { handleOperation } from "./http/api.js";
import { mountPrefix, routedPath } from "./http/mount.js";
import { errorResponse } from "./http/responses.js";
import type { MockOperationId } from "./operations/types.js";
import { httpUrl } from "./operations/webhooks.js";
import { type MayarMockOptions, resolveOptions } from "./options.js";
import { findOperation, matchOperation } from "./spec/operations.js";
import { MockState } from "./state/mock-state.js";
import type { MockPayment, MockWebhookDelivery } from "./state/records.js";
import { seedFromExamples } from "./state/seed.js";
import { type WebhookDeliveryResult, WebhookDispatcher } from "./webhooks/dispatcher.js";
import { emittedPayload, type WebhookData } from "./webhooks/payload.js";

/** Options of `mock.emitWebhook`. */
export interface EmitWebhookOptions {
  /** Where to send it instead of the registered URL (absolute http(s)). */
  url?: string;
  /** How many times to send it again if it fails, with the mock's backoff. Default 0: one attempt. */
  retries?: number;
}

export interface MayarMock {
  /** The API key the mock accepts. */
  readonly apiKey: string;
  /** The normalised publicUrl (no trailing slash): pass it as the client's baseUrl. */
  readonly publicUrl: string;
  /**
   * Answers one request. Only the path is routed (host ignored); a leading publicUrl path (e.g. `/mock-mayar`)
   * is stripped first, so the handler works mounted under that prefix and as a fake API host at the root.
   * Rejects with a TypeError only for an injected "network-error" (and, like fetch, for an aborted signal).
   */
  handle(request: Request): Promise<Response>;
  /**
   * `fetch`-compatible: `(input, init) => handle(new Request(input, init))`. Relative string URLs resolve
   * against publicUrl. Redirects are returned, never followed.
   */
  readonly fetch: typeof fetch;
  /** Snapshot of every payment request, invoice and credit checkout kept, oldest first. */
  readonly payments: ReadonlyArray<MockPayment>;
  /** Queues a one-shot fault for the next request to `operationId` (several calls queue in order). */
  failNext(operationId: MockOperationId, response: MockFault): void;
  /**
   * The merchant's webhook URL: set by `webhooks.register` (POST /hl/v2/webhooks/update) or the
   * `webhookUrl` option; null when none is registered.
   */
  readonly webhookUrl: string | null;
  /**
   * Snapshot of every webhook delivery attempt kept, oldest first: the rows of `webhooks.history`, with the
   * receiver's HTTP status (`responseStatus`) and the attempt number besides.
   */
  readonly webhookDeliveries: ReadonlyArray<MockWebhookDelivery>;
  /**
   * Sends a webhook now, to the registered URL (or `options.url`), whatever the mock's state: forged
   * events included, such as payment.received for a transaction that is not paid. For payment.received
   * and payment.reminder naming a transaction of the mock (`data.transactionId`), the payload is the one a
   * real delivery carries, with `data` written over it; other events start from Mayar's documented
   * sample, if any. Recorded in the webhook history; resolves with the (last) attempt's result, never
   * rejects for a failed delivery (only for bad arguments or when there is no URL to send to).
   */
  emitWebhook(
    event: string,
    data?: WebhookData,
    options?: EmitWebhookOptions,
  ): Promise<WebhookDeliveryResult>;
  /**
   * Resolves once every webhook delivery (from paying, `webhooks.test`, `webhooks.retry`, `emitWebhook`),
   * including its retries, has finished: await it instead of sleeping.
   */
  webhooksIdle(): Promise<void>;
  /**
   * Forgets everything created, the duplicate-create window, queued faults and the registered webhook URL
   * (the `webhookUrl` option's comes back), stops webhook deliveries in flight (and seeds again).
   */
  reset(): void;
}

export function createMayarMock(options?: MayarMockOptions): MayarMock {
  const resolved = resolveOptions(options);
  const prefix = mountPrefix(new URL(resolved.publicUrl));
  const state = new MockState(resolved);
  const faults = new FaultQueue();
  const webhooks = new WebhookDispatcher(resolved, state);
  const services = { options: resolved, state, webhooks };
  const seed = () => {
    if (resolved.seed === "examples") seedFromExamples(state, resolved);
    if (resolved.webhookUrl !== undefined) state.webhookUrl = resolved.webhookUrl;
  };
  seed();

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = routedPath(url, prefix);
    const match = matchOperation(request.method.toUpperCase(), path);
    if (match) return handleOperation(request, url, match, services, faults);
    return (
      (await handleCheckout(request, url, path, resolved, state, webhooks)) ??
      errorResponse(404, "messages", "Not Found")
    );
  }

  async function handle(request: Request): Promise<Response> {
    // Duck-typed: server adapters (e.g. @hono/node-server) hand over their own Request implementations.
    if (typeof request?.url !== "string" || typeof request.method !== "string") {
      throw new TypeError(
        "MayarMock.handle expects a Request; use mock.fetch(url, init) for fetch-style calls.",
      );
    }
    request.signal?.throwIfAborted();
    try {
      return await route(request);
    } catch (error) {
      // An injected network error and an abort reject, as fetch does; anything else is a bug in the mock,
      // answered like Mayar's own failures rather than crashing the caller's server.
      if (error instanceof TypeError && error.message === "fetch failed") throw error;
      if (request.signal?.aborted) throw request.signal.reason;
      return errorResponse(500, "messages", "Internal Server Error");
    }
  }

  const mockFetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    try {
      // A string like "/hl/v2/payments/create" has no origin outside a browser page; give it publicUrl's.
      const target = typeof input === "string" ? new URL(input, `${resolved.publicUrl}/`) : input;
      return handle(new Request(target, init));
    } catch (error) {
      return Promise.reject(error);
    }
  };

  return {
    apiKey: resolved.apiKey,
    publicUrl: resolved.publicUrl,
    handle,
    fetch: mockFetch as typeof fetch,
    get payments() {
      return state.snapshot();
    },
    failNext(operationId, response) {
      if (typeof operationId !== "string" || !findOperation(operationId)) {
        throw new TypeError(
          `failNext: unknown operationId ${JSON.stringify(operationId)}; expected an operationId of the spec, such as createPaymentRequest or listInvoices.`,
        );
      }
      faults.push(operationId, validateFault(operationId, response));
    },
    get webhookUrl() {
      return state.webhookUrl;
    },
    get webhookDeliveries() {
      return Object.freeze(state.webhookDeliveries.values().map((row) => Object.freeze({ ...row })));
    },
    emitWebhook(event, data, options) {
      try {
        const { url, retries } = checkEmit(event, data, options, state.webhookUrl);
        return webhooks.deliver(url, emittedPayload(state, resolved, event, data ?? {}), {
          source: "AUTOMATIC",
          retries,
          paymentLinkId: null,
          transactionId: null,
        });
      } catch (error) {
        return Promise.reject(error);
      }
    },
    webhooksIdle: () => webhooks.idle(),
    reset() {
      webhooks.cancelAll();
      state.clear();
      faults.clear();
      seed();
    },
  };
}

function checkEmit(
  event: unknown,
  data: unknown,
  options: EmitWebhookOptions | undefined,
  registered: string | null,
): { url: string; retries: number } {
  const fail = (message: string): never => {
    throw new TypeError(`emitWebhook: ${message}`);
  };
  if (typeof event !== "string" || event === "") {
    fail(`event must be an event name such as "payment.received"; got ${JSON.stringify(event)}.`);
  }
  if (data !== undefined && (data === null || typeof data !== "object" || Array.isArray(data))) {
    fail("data must be an object (Mayar's `data` member), or omitted.");
  }
  const url = options?.url ?? registered;
  if (url === null) {
    fail(
      "no webhook URL is registered: register one (webhooks.register, or the webhookUrl option) or pass { url }.",
    );
  }
  if (!httpUrl(url)) fail(`url must be an absolute http(s) URL; got ${JSON.stringify(url)}.`);
  const retries = options?.retries ?? 0;
  if (!Number.isSafeInteger(retries) || retries < 0) {
    fail(`retries must be a whole number >= 0; got ${JSON.stringify(retries)}.`);
  }
  return { url: url as string, retries };
}
