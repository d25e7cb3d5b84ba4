import type { RequestOptions } from "../client/options";
import type { CreatedPaymentRequest, CreatePaymentRequestBody } from "../client/types";
import { createPaymentRequest } from "../generated/operations";
import { callOperation, type OperationContext } from "../operations/call-operation";

export interface PaymentRequestsResource {
  /**
   * Creates a single payment request and returns its hosted payment `link`.
   * Repeating the same create within about a minute fails with kind `"duplicate_request"`.
   */
  create(body: CreatePaymentRequestBody, options?: RequestOptions): Promise<CreatedPaymentRequest>;
}

export const paymentRequestsResource = (context: OperationContext): PaymentRequestsResource => ({
  create: (body, options) => callOperation(context, createPaymentRequest, body, options),
});
