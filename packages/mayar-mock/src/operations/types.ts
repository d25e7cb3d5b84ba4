// Request bodies of the operations the mock implements, typed from the spec (src/generated/types.ts);
// bodies are validated against the same spec before they are treated as these types.
import type { components } from "../generated/types.js";

/** The operations the mock implements, by the spec's operationId. */
export type MockOperationId = "createPaymentRequest" | "generateImmutableCheckoutLink";

type Schemas = components["schemas"];

export type CreatePaymentRequestBody = Schemas["CreatePaymentRequestBody"];
export type CustomerInfo = Schemas["CustomerInfo"];
export type GenerateImmutableCheckoutLinkBody = Schemas["GenerateImmutableCheckoutLinkBody"];
