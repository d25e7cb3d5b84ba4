// @org/mayar-mock: an in-memory Mayar API for tests, Storybook and demos. Runs in Node and in browsers.
export type { MockFault, MockFaultResponse } from "./faults.js";
export type { EmitWebhookOptions, MayarMock } from "./mock.js";
export { createMayarMock } from "./mock.js";
export type {
  CreateInvoiceBody,
  CreatePaymentRequestBody,
  CustomerInfo,
  GenerateImmutableCheckoutLinkBody,
  MockOperationId,
} from "./operations/types.js";
export type { MayarMockOptions, MockLanguage, WebhookFetch } from "./options.js";
export {
  DEFAULT_DUPLICATE_WINDOW_MS,
  DEFAULT_MAX_BODY_BYTES,
  DEFAULT_MAX_JSON_DEPTH,
  DEFAULT_MAX_RECORDS,
  DEFAULT_PUBLIC_URL,
  DEFAULT_SHOP_NAME,
  DEFAULT_WEBHOOK_BACKOFF_MS,
  DEFAULT_WEBHOOK_RETRIES,
  DEFAULT_WEBHOOK_TIMEOUT_MS,
  MOCK_API_KEY,
} from "./options.js";
export type {
  MockImmutableCheckout,
  MockInvoice,
  MockInvoiceItem,
  MockPayment,
  MockPaymentMethod,
  MockPaymentRequest,
  MockWebhookDelivery,
  PaymentStatus,
} from "./state/records.js";
export type { FieldError } from "./validation/field-errors.js";
export type { WebhookDeliveryResult } from "./webhooks/dispatcher.js";
export type { WebhookData, WebhookPayload } from "./webhooks/payload.js";
