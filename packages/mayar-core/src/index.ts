export { createMayarClient, type MayarClient } from "./client/create-mayar-client";
export type { MayarClientOptions, MayarEnvironment, RequestOptions } from "./client/options";
export type {
  CreatedPaymentRequest,
  CreatePaymentRequestBody,
  GenerateImmutableCheckoutLinkBody,
  ImmutableCheckoutLink,
} from "./client/types";
export {
  isMayarError,
  MayarApiError,
  type MayarApiErrorKind,
  MayarError,
  type MayarErrorKind,
  type MayarFieldError,
  MayarInputError,
  MayarNetworkError,
  MayarTimeoutError,
} from "./errors/mayar-error";
export { toApiError } from "./errors/to-api-error";
export type { components, operations, paths } from "./generated/openapi";
export type { OperationId } from "./generated/operations";
export type { CreditsResource } from "./resources/credits";
export type { PaymentRequestsResource } from "./resources/payment-requests";
