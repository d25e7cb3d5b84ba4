// What an operation handler gets once routing, auth and body validation have passed.
import type { ResolvedOptions } from "../options.js";
import type { SpecOperation } from "../spec/operations.js";
import type { DuplicateGuard } from "../state/duplicate-guard.js";
import type { PaymentStore } from "../state/payments.js";

export interface OperationContext<Body> {
  operation: SpecOperation;
  /** The request body, already validated against the operation's request schema. */
  body: Body;
  options: ResolvedOptions;
  payments: PaymentStore;
  duplicates: DuplicateGuard;
}

export type OperationHandler<Body = never> = (context: OperationContext<Body>) => Response;
