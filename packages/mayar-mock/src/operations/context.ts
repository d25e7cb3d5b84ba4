// What an operation handler gets once routing, auth and validation have passed.
import type { ResolvedOptions } from "../options.js";
import type { SpecOperation } from "../spec/operations.js";
import type { MockState } from "../state/mock-state.js";
import type { WebhookDispatcher } from "../webhooks/dispatcher.js";

export interface OperationContext<Body = unknown> {
  operation: SpecOperation;
  /** Path parameters, percent-decoded and validated against their schemas. */
  params: Readonly<Record<string, string>>;
  /** Query parameters the spec lists, converted to their schema types and validated. */
  query: Readonly<Record<string, unknown>>;
  /** The request body, already validated against the operation's request schema (undefined without one). */
  body: Body;
  options: ResolvedOptions;
  state: MockState;
  /** Sends webhooks in the background. */
  webhooks: WebhookDispatcher;
}

export type OperationHandler<Body = never> = (context: OperationContext<Body>) => Response;
