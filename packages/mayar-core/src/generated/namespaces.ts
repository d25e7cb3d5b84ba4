// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.

import type { RequestOptions } from "../client/options";
import type { BodyOf, DataOf, ItemOf, PageCall, PageOf, PathOf, QueryOf, RootOf } from "../operations/types";
import * as operation from "./operations";

/**
 * `mayar.paymentRequests`: Single payment requests ("reqpayment"): a one-off bill with a hosted payment link.
 */
export interface PaymentRequestsNamespace {
  /**
   * Change Payment Request Status. Opens, closes or unlists a payment request. Mayar may answer HTTP 200 with `messages: "failed"`; the
   * SDK treats that as an error.
   *
   * Confidence: medium (partly documented, or from Mayar's official CLI).
   *
   * `POST /hl/v2/payments/{id}/{action}` (operationId `changePaymentRequestStatus`)
   */
  setStatus(id: PathOf<"changePaymentRequestStatus">["id"], action: PathOf<"changePaymentRequestStatus">["action"], options?: RequestOptions): Promise<RootOf<"changePaymentRequestStatus">>;
  /**
   * Create Single Payment Request. Creates a single payment request and returns its hosted payment `link`. v2 has no `redirectUrl`
   * (a sent one is dropped silently). Repeating the same create within about a minute answers 429.
   *
   * `POST /hl/v2/payments/create` (operationId `createPaymentRequest`)
   */
  create(body: BodyOf<"createPaymentRequest">, options?: RequestOptions): Promise<DataOf<"createPaymentRequest">>;
  /**
   * Get Payment Request. One payment request, with its transactions.
   *
   * `GET /hl/v2/payments/{id}` (operationId `getPaymentRequest`)
   */
  get(id: PathOf<"getPaymentRequest">["id"], options?: RequestOptions): Promise<DataOf<"getPaymentRequest">>;
  /**
   * List Payment Requests. Lists payment requests, newest first, one page at a time.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/payments` (operationId `listPaymentRequests`)
   */
  list(query?: QueryOf<"listPaymentRequests">, options?: RequestOptions): PageCall<PageOf<"listPaymentRequests">, ItemOf<"listPaymentRequests">>;
  /**
   * Update Single Payment Request. Updates a payment request. Mayar selects the record by the `id` in the body; the id in the path is
   * cosmetic and ignored. The SDK sends the body's `id` in both places.
   *
   * `POST /hl/v2/payments/{id}/update` (operationId `updatePaymentRequest`)
   */
  update(body: BodyOf<"updatePaymentRequest">, options?: RequestOptions): Promise<DataOf<"updatePaymentRequest">>;
}

/**
 * `mayar.credits`: Credit-based products and usage-based memberships (customer credit wallets).
 */
export interface CreditsNamespace {
  /**
   * Generate Immutable Checkout Link. This endpoint is used to generate immutable checkout link for membership credit product.
   *
   * Note the envelope: singular `message`, and the results at the top level (no `data` member).
   *
   * `POST /credit/v1/credit/generate/immutable/checkout` (operationId `generateImmutableCheckoutLink`)
   */
  generateImmutableCheckoutLink(body: BodyOf<"generateImmutableCheckoutLink">, options?: RequestOptions): Promise<RootOf<"generateImmutableCheckoutLink">>;
}

/** The descriptors behind `mayar.paymentRequests`, by method name. */
export const paymentRequests = { setStatus: operation.changePaymentRequestStatus, create: operation.createPaymentRequest, get: operation.getPaymentRequest, list: operation.listPaymentRequests, update: operation.updatePaymentRequest } as const;

/** The descriptors behind `mayar.credits`, by method name. */
export const credits = { generateImmutableCheckoutLink: operation.generateImmutableCheckoutLink } as const;

/** Every namespace of the client, by name. */
export interface MayarNamespaces {
  readonly paymentRequests: PaymentRequestsNamespace;
  readonly credits: CreditsNamespace;
}

/** Every namespace's descriptor table: what `createMayarClient` binds. */
export const namespaces = { paymentRequests, credits } as const;
