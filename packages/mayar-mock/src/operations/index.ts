// The mock's implementation of each spec operation, by operationId.
import type { OperationHandler } from "./context.js";
import { createPaymentRequest } from "./create-payment-request.js";
import { generateImmutableCheckoutLink } from "./generate-immutable-checkout-link.js";
import type { MockOperationId } from "./types.js";

// Handlers narrow their body type; the dispatcher only calls them after validating against the spec.
export const operationHandlers: Record<MockOperationId, OperationHandler<never>> = {
  createPaymentRequest: createPaymentRequest as OperationHandler<never>,
  generateImmutableCheckoutLink: generateImmutableCheckoutLink as OperationHandler<never>,
};

export function isMockOperationId(value: string): value is MockOperationId {
  return Object.hasOwn(operationHandlers, value);
}
