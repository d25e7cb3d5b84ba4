// createMayarMock: wires options, state, the spec's operation table and the hosted pages together.
import { handleCheckout } from "./checkout/routes.js";
import { FaultQueue, type MockFault, validateFault } from "./faults.js";
import { handleOperation } from "./http/api.js";
import { mountPrefix, routedPath } from "./http/mount.js";
import { errorResponse } from "./http/responses.js";
import { isMockOperationId, operationHandlers } from "./operations/index.js";
import type { MockOperationId } from "./operations/types.js";
import { type MayarMockOptions, resolveOptions } from "./options.js";
import { specOperations } from "./spec/operations.js";
import { DuplicateGuard } from "./state/duplicate-guard.js";
import { type MockPayment, PaymentStore } from "./state/payments.js";

export interface MayarMock {
  /** The API key the mock accepts. */
  readonly apiKey: string;
  /** The normalised publicUrl (no trailing slash): pass it as the client's baseUrl. */
  readonly publicUrl: string;
  /**
   * Answers one request. Only the path is routed (host ignored); a leading publicUrl path (e.g. `/mock-mayar`)
   * is stripped first, so the handler works mounted under that prefix and as a fake API host at the root.
   * Rejects with a TypeError only for an injected "network-error".
   */
  handle(request: Request): Promise<Response>;
  /**
   * `fetch`-compatible: `(input, init) => handle(new Request(input, init))`. Relative string URLs resolve
   * against publicUrl. Redirects are returned, never followed.
   */
  readonly fetch: typeof fetch;
  /** Snapshot of everything created so far, oldest first. */
  readonly payments: ReadonlyArray<MockPayment>;
  /** Queues a one-shot fault for the next request to `operationId` (several calls queue in order). */
  failNext(operationId: MockOperationId, response: MockFault): void;
  /** Forgets payments, the duplicate-create window and queued faults. */
  reset(): void;
}

export function createMayarMock(options?: MayarMockOptions): MayarMock {
  const resolved = resolveOptions(options);
  const prefix = mountPrefix(new URL(resolved.publicUrl));
  const payments = new PaymentStore();
  const duplicates = new DuplicateGuard();
  const faults = new FaultQueue();
  const services = { options: resolved, payments, duplicates };

  async function handle(request: Request): Promise<Response> {
    // Duck-typed: server adapters (e.g. @hono/node-server) hand over their own Request implementations.
    if (typeof request?.url !== "string" || typeof request.method !== "string") {
      throw new TypeError(
        "MayarMock.handle expects a Request; use mock.fetch(url, init) for fetch-style calls.",
      );
    }
    request.signal?.throwIfAborted();
    const url = new URL(request.url);
    const path = routedPath(url, prefix);
    const method = request.method.toUpperCase();

    const operation = specOperations().find((op) => op.method === method && op.pattern.test(path));
    if (operation) return handleOperation(request, operation, services, faults);

    const page = handleCheckout(request, url, path, resolved, payments);
    if (page) return page;

    return errorResponse(404, "messages", "Not Found");
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
      return payments.snapshot();
    },
    failNext(operationId, response) {
      if (typeof operationId !== "string" || !isMockOperationId(operationId)) {
        throw new TypeError(
          `failNext: unknown operationId ${JSON.stringify(operationId)}; expected one of ${Object.keys(operationHandlers).join(", ")}.`,
        );
      }
      faults.push(operationId, validateFault(operationId, response));
    },
    reset() {
      payments.clear();
      duplicates.clear();
      faults.clear();
    },
  };
}
