import type { components } from "../generated/openapi";

type Schemas = components["schemas"];

/** The body of `paymentRequests.create` (Mayar's createPaymentRequest). */
export type CreatePaymentRequestBody = Schemas["CreatePaymentRequestBody"];
/** What `paymentRequests.create` returns: `{ id, transactionId, link }`. */
export type CreatedPaymentRequest = Schemas["CreatedPaymentRequest"];
/** The body of `credits.generateImmutableCheckoutLink`. */
export type GenerateImmutableCheckoutLinkBody = Schemas["GenerateImmutableCheckoutLinkBody"];
/** What `credits.generateImmutableCheckoutLink` returns: the envelope's members less status and message. */
export type ImmutableCheckoutLink = Omit<
  Schemas["GenerateImmutableCheckoutLinkResponse"],
  "statusCode" | "message"
>;
