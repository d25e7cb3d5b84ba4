// One-shot fault injection: the next request routed to an operation gets the queued fault instead of the
// mock's own answer. Faults stand for what sits between the client and Mayar (gateway pages, outages,
// refused connections), so they are served before authentication and validation.
import { errorEnvelope, jsonResponse, mergeHeaders, reasonPhrase } from "./http/responses.js";
import type { MockOperationId } from "./operations/types.js";
import type { MessageKey } from "./spec/operations.js";

export interface MockFaultResponse {
  /** HTTP status, 200-599. */
  status: number;
  /**
   * A string is sent as is (e.g. an HTML 502 page; content type text/plain unless `headers` say otherwise);
   * anything else is sent as JSON. Omitted: Mayar's envelope `{ statusCode, messages | message }`.
   */
  body?: unknown;
  headers?: Record<string, string>;
}

/** A response to serve, or "network-error" to make the call reject with a TypeError like a refused connection. */
export type MockFault = MockFaultResponse | "network-error";

export function validateFault(operationId: string, fault: MockFault): MockFault {
  const where = `failNext("${operationId}", ...)`;
  if (fault === "network-error") return fault;
  if (fault === null || typeof fault !== "object") {
    throw new TypeError(`${where}: the fault must be "network-error" or { status, body?, headers? }.`);
  }
  if (!Number.isInteger(fault.status) || fault.status < 200 || fault.status > 599) {
    throw new TypeError(`${where}: status must be an integer from 200 to 599; got ${String(fault.status)}.`);
  }
  if (fault.headers !== undefined) {
    const entries =
      typeof fault.headers === "object" && fault.headers !== null ? Object.values(fault.headers) : [0];
    if (entries.some((value) => typeof value !== "string")) {
      throw new TypeError(`${where}: headers must be an object of string values.`);
    }
  }
  // Copy, so a caller reusing the object cannot change a queued fault.
  return {
    status: fault.status,
    body: fault.body,
    headers: fault.headers ? { ...fault.headers } : undefined,
  };
}

export class FaultQueue {
  readonly #queued = new Map<MockOperationId, MockFault[]>();

  push(operationId: MockOperationId, fault: MockFault): void {
    const queue = this.#queued.get(operationId) ?? [];
    queue.push(fault);
    this.#queued.set(operationId, queue);
  }

  /** Removes and returns the oldest fault queued for the operation. */
  take(operationId: MockOperationId): MockFault | undefined {
    return this.#queued.get(operationId)?.shift();
  }

  clear(): void {
    this.#queued.clear();
  }
}

/** The response for a fault, or a rejection for "network-error". */
export function serveFault(fault: MockFault, messageKey: MessageKey): Response {
  if (fault === "network-error") {
    // What undici's fetch throws when the connection is refused (browsers say "Failed to fetch").
    throw new TypeError("fetch failed", {
      cause: new Error("connect ECONNREFUSED (simulated by @org/mayar-mock failNext)"),
    });
  }
  if (typeof fault.body === "string") {
    return new Response(fault.body, {
      status: fault.status,
      headers: mergeHeaders({ "content-type": "text/plain; charset=utf-8" }, fault.headers),
    });
  }
  const body =
    fault.body === undefined
      ? errorEnvelope(fault.status, messageKey, reasonPhrase(fault.status))
      : fault.body;
  return jsonResponse(fault.status, body, fault.headers);
}
