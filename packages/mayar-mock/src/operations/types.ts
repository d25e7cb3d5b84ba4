// Request bodies of the operations the mock implements. They mirror the spec's schemas
// (components/schemas/*Body); bodies are validated against the spec before they are typed this way.

/** The operations the mock implements, by the spec's operationId. */
export type MockOperationId = "createPaymentRequest" | "generateImmutableCheckoutLink";

export interface CreatePaymentRequestBody {
  name: string;
  amount: number;
  email?: string;
  mobile?: string;
  description?: string;
  notes?: string;
  expiredAt?: string;
  paymentMethod?: string;
  cashtag?: string;
  extraData?: Record<string, unknown>;
}

export interface CustomerInfo {
  name: string;
  email: string;
  mobile: string;
}

export interface GenerateImmutableCheckoutLinkBody {
  productId: string;
  creditAmount?: number;
  customerInfo: CustomerInfo;
}
