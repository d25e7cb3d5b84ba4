// Request bodies of the operations the mock implements, typed from the spec (src/generated/types.ts);
// bodies are validated against the same spec before they are treated as these types.
import type { components, operations } from "@org/mayar-core";

/**
 * Every operationId in the spec. The handler table is keyed by it, so an operation added to the spec and
 * regenerated fails the mock's type check until it has a handler.
 */
export type MockOperationId = keyof operations;

type Schemas = components["schemas"];

export type CreatePaymentRequestBody = Schemas["CreatePaymentRequestBody"];
export type CustomerInfo = Schemas["CustomerInfo"];
export type GenerateImmutableCheckoutLinkBody = Schemas["GenerateImmutableCheckoutLinkBody"];
