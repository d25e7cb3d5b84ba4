// Request bodies of the operations the mock implements by hand, typed from the spec through
// @org/mayar-core's generated types; bodies are validated against the same spec before they are treated
// as these types.
import type { BodyOf, components, operations } from "@org/mayar-core";

/** Every operationId in the spec. */
export type MockOperationId = keyof operations;

type Schemas = components["schemas"];

export type CreatePaymentRequestBody = Schemas["CreatePaymentRequestBody"];
export type UpdatePaymentRequestBody = Schemas["UpdatePaymentRequestBody"];
export type CreateInvoiceBody = Schemas["InvoiceCreateBody"];
export type UpdateInvoiceBody = Schemas["InvoiceUpdateBody"];
export type CreateCustomerBody = BodyOf<"createCustomer">;
export type UpdateCustomerBody = Schemas["UpdateCustomerBody"];
export type CreateCustomerPortalLinkBody = Schemas["CreateCustomerPortalLinkBody"];
export type CustomerInfo = Schemas["CustomerInfo"];
export type GenerateImmutableCheckoutLinkBody = Schemas["GenerateImmutableCheckoutLinkBody"];
export type RegisterWebhookBody = BodyOf<"registerWebhook">;
export type TestWebhookBody = BodyOf<"testWebhook">;
export type RetryWebhookBody = BodyOf<"retryWebhook">;
