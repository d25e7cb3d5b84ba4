// createMayarMock: wires options, state, the spec's operation table and the hosted pages together.
import { handleCheckout } from "./checkout/routes.js";
import { FaultQueue, type MockFault, validateFault } from "./faults.js";
import { handleOperation } from "./http/api.js";
import { mountPrefix, routedPath } from "./http/mount.js";
import { errorResponse } from "./http/responses.js";
import type { MockOperationId } from "./operations/types.js";
import { type MayarMockOptions, resolveOptions } from "./options.js";
import { findOperation, specOperations } from "./spec/operations.js";
import { Router } from "./spec/router.js";
import { MockState } from "./state/mock-state.js";
import type { MockPayment } from "./state/records.js";
import { seedFromExamples } from "./state/seed.js";

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
  /** Forgets everything created, the duplicate-create window and queued faults (and seeds again). */
  reset(): void;
}

let router: Router | undefined;

export function createMayarMock(options?: MayarMockOptions): MayarMock {
  const resolved = resolveOptions(options);
  const prefix = mountPrefix(new URL(resolved.publicUrl));
  const state = new MockState(resolved);
  const faults = new FaultQueue();
  const services = { options: resolved, state };
  const seed = () => {
    if (resolved.seed === "examples") seedFromExamples(state, resolved);
  };
  seed();

  async function route(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const path = routedPath(url, prefix);
    router ??= new Router(specOperations());
    const match = router.match(request.method.toUpperCase(), path);
    if (match) return handleOperation(request, url, match, services, faults);
    return handleCheckout(request, url, path, resolved, state) ?? errorResponse(404, "messages", "Not Found");
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
    reset() {
      state.clear();
      faults.clear();
      seed();
    },
  };
}
