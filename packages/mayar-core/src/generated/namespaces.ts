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
 * `mayar.invoices`: Itemised bills sent to a customer, with a hosted invoice page.
 */
export interface InvoicesNamespace {
  /**
   * Change Invoice Status. Opens, closes or unlists an invoice. Mayar may answer HTTP 200 with `messages: "failed"`; the SDK
   * treats that as an error.
   *
   * Confidence: medium (partly documented, or from Mayar's official CLI).
   *
   * `POST /hl/v2/invoices/{id}/{action}` (operationId `changeInvoiceStatus`)
   */
  setStatus(id: PathOf<"changeInvoiceStatus">["id"], action: PathOf<"changeInvoiceStatus">["action"], options?: RequestOptions): Promise<RootOf<"changeInvoiceStatus">>;
  /**
   * Create Invoice. Creates an itemised invoice for a customer and returns its hosted invoice `link`. The invoice's amount
   * is the sum of `quantity × rate` over `items`. `extraData` is echoed back as sent. Repeating the same
   * create (one customer, one amount) within about a minute answers 429.
   *
   * `POST /hl/v2/invoices/create` (operationId `createInvoice`)
   */
  create(body: BodyOf<"createInvoice">, options?: RequestOptions): Promise<DataOf<"createInvoice">>;
  /**
   * Get Detail Invoice. One invoice with its status, customer, transactions and payment URL. It carries no `paymentDetail`
   * (mayarid/skills).
   *
   * `GET /hl/v2/invoices/{id}` (operationId `getInvoice`)
   */
  get(id: PathOf<"getInvoice">["id"], options?: RequestOptions): Promise<DataOf<"getInvoice">>;
  /**
   * Get List Invoice. Lists invoices, newest first, one page at a time.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/invoices` (operationId `listInvoices`)
   */
  list(query?: QueryOf<"listInvoices">, options?: RequestOptions): PageCall<PageOf<"listInvoices">, ItemOf<"listInvoices">>;
  /**
   * Filter Invoices by Customer Email. Lists the invoices of one customer, found by email, newest first, one page at a time.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/invoices/filter` (operationId `listInvoicesByEmail`)
   */
  listByEmail(query: QueryOf<"listInvoicesByEmail">, options?: RequestOptions): PageCall<PageOf<"listInvoicesByEmail">, ItemOf<"listInvoicesByEmail">>;
  /**
   * Edit Invoice. Updates an invoice. Mayar selects the invoice by the `id` in the body; the id in the path is cosmetic
   * and ignored. The SDK sends the body's `id` in both places.
   *
   * `POST /hl/v2/invoices/{id}/update` (operationId `updateInvoice`)
   */
  update(body: BodyOf<"updateInvoice">, options?: RequestOptions): Promise<DataOf<"updateInvoice">>;
}

/**
 * `mayar.products`: The catalogue (payment links, digital products, events, webinars, ...) and its transactions.
 */
export interface ProductsNamespace {
  /**
   * Change Product Status. Opens, closes or unlists a product. Mayar may answer HTTP 200 with `messages: "failed"` (documented);
   * the SDK treats that as an error. An unsupported action answers 400, an unknown product 404.
   *
   * `POST /hl/v2/products/{id}/{action}` (operationId `changeProductStatus`)
   */
  setStatus(id: PathOf<"changeProductStatus">["id"], action: PathOf<"changeProductStatus">["action"], options?: RequestOptions): Promise<RootOf<"changeProductStatus">>;
  /**
   * Create Product. Creates a generic payment link (`generic_link` product) and returns its id and hosted `link`. Same
   * handler and body as `paymentLinks.create` (`POST /hl/v2/products/payment-link/create`).
   *
   * `POST /hl/v2/products/create` (operationId `createProduct`)
   */
  create(body: BodyOf<"createProduct">, options?: RequestOptions): Promise<DataOf<"createProduct">>;
  /**
   * Get Product Detail. One product with its images, variants and transactions. `variant` is the variants serialised as a JSON
   * string (or null); `variants` is the same list parsed.
   *
   * `GET /hl/v2/products/{id}` (operationId `getProduct`)
   */
  get(id: PathOf<"getProduct">["id"], options?: RequestOptions): Promise<DataOf<"getProduct">>;
  /**
   * Get Product Page. Lists the merchant's products of every type, newest first, one page at a time.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/products` (operationId `listProducts`)
   */
  list(query?: QueryOf<"listProducts">, options?: RequestOptions): PageCall<PageOf<"listProducts">, ItemOf<"listProducts">>;
  /**
   * Get Product Page with Type Filter. Lists the merchant's products of one type, newest first, one page at a time. Note the plural `types` (v1 has `type`).
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/products/types/{type}` (operationId `listProductsByType`)
   */
  listByType(type: PathOf<"listProductsByType">["type"], query?: QueryOf<"listProductsByType">, options?: RequestOptions): PageCall<PageOf<"listProductsByType">, ItemOf<"listProductsByType">>;
  /**
   * Get Product Transactions. Lists the transactions made on one product, newest first, one page at a time. Each row's custom form
   * fields are in `customeField`: Mayar's spelling, kept as the API sends it.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/products/{id}/transactions` (operationId `listProductTransactions`)
   */
  listTransactions(id: PathOf<"listProductTransactions">["id"], query?: QueryOf<"listProductTransactions">, options?: RequestOptions): PageCall<PageOf<"listProductTransactions">, ItemOf<"listProductTransactions">>;
  /**
   * Edit Payment Link. Updates a generic payment link. Mayar selects the product by the `id` in the body; the id in the path
   * is cosmetic. Same handler as `paymentLinks.update` (`POST /hl/v2/payment-links/{id}/update`).
   *
   * A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's field
   * list in `data` (documented as "200 OK (validation failed)"); the SDK treats that as an error. Live
   * reports (third-party) say `name` is required in practice, `amount` too for membership products, and
   * that an undocumented `link` field changes the public slug.
   *
   * `POST /hl/v2/products/payment-link/{id}/update` (operationId `updateProduct`)
   */
  update(body: BodyOf<"updateProduct">, options?: RequestOptions): Promise<DataOf<"updateProduct">>;
}

/**
 * `mayar.paymentLinks`: Generic payment links (`generic_link` products).
 */
export interface PaymentLinksNamespace {
  /**
   * Create Payment Link. Creates a generic payment link (`generic_link` product) and returns its id and hosted `link`. Same
   * handler and body as `products.create` (`POST /hl/v2/products/create`).
   *
   * `POST /hl/v2/products/payment-link/create` (operationId `createPaymentLink`)
   */
  create(body: BodyOf<"createPaymentLink">, options?: RequestOptions): Promise<DataOf<"createPaymentLink">>;
  /**
   * Sort Payment Links by Type. Lists the active products of one type, one page at a time. A read done with POST and no body; the
   * cursor is the snake_case `starting_after` (not `startingAfter`).
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `POST /hl/v2/payment-links/sort/{type}` (operationId `listPaymentLinksByType`)
   */
  listByType(type: PathOf<"listPaymentLinksByType">["type"], query?: QueryOf<"listPaymentLinksByType">, options?: RequestOptions): PageCall<PageOf<"listPaymentLinksByType">, ItemOf<"listPaymentLinksByType">>;
  /**
   * Update Payment Link. Updates a generic payment link. Mayar selects the product by the `id` in the body; the id in the path
   * is cosmetic. Same handler as `products.update` (`POST /hl/v2/products/payment-link/{id}/update`).
   *
   * A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's field
   * list in `data` (documented as "200 OK (validation failed)"); the SDK treats that as an error. Live
   * reports (third-party) say `name` is required in practice, and that `redirectUrl` is ignored on
   * `payment_request` links.
   *
   * `POST /hl/v2/payment-links/{id}/update` (operationId `updatePaymentLink`)
   */
  update(body: BodyOf<"updatePaymentLink">, options?: RequestOptions): Promise<DataOf<"updatePaymentLink">>;
}

/**
 * `mayar.digitalProducts`: Downloadable products.
 */
export interface DigitalProductsNamespace {
  /**
   * Create Digital Product. Creates a downloadable product and returns its id and catalogue `link`. Which fields the page marks
   * required was not visible; `name` is required here, as on every other product create.
   *
   * `POST /hl/v2/products/digital-product/create` (operationId `createDigitalProduct`)
   */
  create(body: BodyOf<"createDigitalProduct">, options?: RequestOptions): Promise<DataOf<"createDigitalProduct">>;
  /**
   * Edit Digital Product. Updates a digital product. Mayar selects the product by the `id` in the body; the id in the path is
   * cosmetic. A body that fails validation is answered with HTTP 200, `messages: "failed"` and the
   * validator's field list in `data`; the SDK treats that as an error.
   *
   * `POST /hl/v2/products/digital-product/{id}/update` (operationId `updateDigitalProduct`)
   */
  update(body: BodyOf<"updateDigitalProduct">, options?: RequestOptions): Promise<DataOf<"updateDigitalProduct">>;
}

/**
 * `mayar.webinars`: Paid or free online sessions.
 */
export interface WebinarsNamespace {
  /**
   * Create Webinar. Creates a webinar product and returns its id and hosted `link`. All dates are ISO-8601 strings:
   * `startAt` opens sales, `eventStartAt`/`eventEndAt` frame the session, `expiredAt` closes the product.
   *
   * `POST /hl/v2/products/webinar/create` (operationId `createWebinar`)
   */
  create(body: BodyOf<"createWebinar">, options?: RequestOptions): Promise<DataOf<"createWebinar">>;
  /**
   * Edit Webinar. Updates a webinar. Mayar selects the product by the `id` in the body; the id in the path is cosmetic.
   * A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's field
   * list in `data`; the SDK treats that as an error.
   *
   * `POST /hl/v2/products/webinar/{id}/update` (operationId `updateWebinar`)
   */
  update(body: BodyOf<"updateWebinar">, options?: RequestOptions): Promise<DataOf<"updateWebinar">>;
}

/**
 * `mayar.events`: Online or offline events with tickets.
 */
export interface EventsNamespace {
  /**
   * Create Event. Creates an event product (online or offline, with tickets) and returns its id and hosted `link`. The
   * v2 path comes from the official CLI; the body is the v1 event create page's (a v2 create page repeats
   * its example; the v2 edit page matches it). All dates are ISO-8601 strings.
   *
   * Confidence: medium (partly documented, or from Mayar's official CLI).
   *
   * `POST /hl/v2/products/event/create` (operationId `createEvent`)
   */
  create(body: BodyOf<"createEvent">, options?: RequestOptions): Promise<DataOf<"createEvent">>;
  /**
   * Edit Event. Updates an event. Mayar selects the product by the `id` in the body; the id in the path is cosmetic.
   * A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's field
   * list in `data`; the SDK treats that as an error.
   *
   * `POST /hl/v2/products/event/{id}/update` (operationId `updateEvent`)
   */
  update(body: BodyOf<"updateEvent">, options?: RequestOptions): Promise<DataOf<"updateEvent">>;
}

/**
 * `mayar.bundles`: Bundles of several products sold as one ("bundling").
 */
export interface BundlesNamespace {
  /**
   * Get Bundling Detail. One bundle with its products and owner. The detail also carries the product attributes every product
   * type shares (`subType`, `tax`, `items`, `limit`, `expiredAt`, `terms`, ...), all null for bundles.
   *
   * `GET /hl/v2/bundling/{id}` (operationId `getBundle`)
   */
  get(id: PathOf<"getBundle">["id"], options?: RequestOptions): Promise<DataOf<"getBundle">>;
  /**
   * Get Bundling. Lists the merchant's bundles (several products sold as one), one page at a time.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/bundling` (operationId `listBundles`)
   */
  list(query?: QueryOf<"listBundles">, options?: RequestOptions): PageCall<PageOf<"listBundles">, ItemOf<"listBundles">>;
}

/**
 * `mayar.customers`: The merchant's customers.
 */
export interface CustomersNamespace {
  /**
   * Create Customer. Creates a customer. The answer names the new record `customerId` (there is no `id` member).
   *
   * `POST /hl/v2/customers/create` (operationId `createCustomer`)
   */
  create(body: BodyOf<"createCustomer">, options?: RequestOptions): Promise<DataOf<"createCustomer">>;
  /**
   * Create Magic Link (Customer Portal Login). Emails the customer a magic link to the customer portal. The link itself is never returned:
   * `data.url` holds an Indonesian sentence, "Sudah kami kirim ke email anda" ("we have sent it to your
   * email"), not a URL.
   *
   * `POST /hl/v2/customers/portal-login` (operationId `createCustomerPortalLink`)
   */
  sendPortalLink(body: BodyOf<"createCustomerPortalLink">, options?: RequestOptions): Promise<DataOf<"createCustomerPortalLink">>;
  /**
   * Search Customer by Email. Finds one customer by email address. The answer also carries the merchant's own account as `user`,
   * including `urlHook`, the webhook URL registered for the merchant.
   *
   * `GET /hl/v2/customers/detail` (operationId `getCustomerByEmail`)
   */
  getByEmail(query: QueryOf<"getCustomerByEmail">, options?: RequestOptions): Promise<DataOf<"getCustomerByEmail">>;
  /**
   * List Customers. Lists the merchant's customers, newest first, one page at a time. Optionally only the customers of
   * one payment link, or those created between `startAt` and `endAt` (millisecond timestamps as strings).
   * The documentation page cuts off the name of the payment-link filter ("Filter customers by a specific
   * payment link ID"); `paymentLinkId` is the name the other v2 lists use.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/customers` (operationId `listCustomers`)
   */
  list(query?: QueryOf<"listCustomers">, options?: RequestOptions): PageCall<PageOf<"listCustomers">, ItemOf<"listCustomers">>;
  /**
   * Update Customer Email. Changes a customer's email address from `fromEmail` to `toEmail`. The answer has no `data`.
   *
   * `POST /hl/v2/customers/update` (operationId `updateCustomer`)
   */
  update(body: BodyOf<"updateCustomer">, options?: RequestOptions): Promise<RootOf<"updateCustomer">>;
}

/**
 * `mayar.transactions`: Paid transactions (balance history), unpaid transactions, one transaction's status, daily totals.
 */
export interface TransactionsNamespace {
  /**
   * Get Daily Transaction Statistics. One day's totals (`date`): the total payment volume (`tpvCount`, in rupiah) and the number of
   * transactions (`trxCount`). The known body (an SDK's test fixture) carries no `messages` member.
   *
   * Confidence: medium (partly documented, or from Mayar's official CLI).
   *
   * `GET /hl/v2/transactions/daily` (operationId `getDailyTransactions`)
   */
  getDaily(options?: RequestOptions): Promise<DataOf<"getDailyTransactions">>;
  /**
   * Get Transaction. One transaction and its status: **the authoritative proof of payment.** Webhooks are unsigned, so
   * fulfil an order only once this answers `status: "paid"`. The id is the transaction id (the
   * `paymentLinkTransactionId` of a paid-list row, the `id` of an unpaid-list row, the `transactionId` of
   * a created payment request), never a balance-history row's `id`.
   *
   * Confidence: medium (partly documented, or from Mayar's official CLI).
   *
   * `GET /hl/v2/transactions/{id}` (operationId `getTransaction`)
   */
  get(id: PathOf<"getTransaction">["id"], options?: RequestOptions): Promise<DataOf<"getTransaction">>;
  /**
   * Get Paid Transactions (Balance History). **The rows are balance-history rows, not transactions.** Each row is a credit to the merchant's
   * balance caused by a payment:
   * - `id` is the balance-history row's id, **not** the transaction id. The transaction id is
   *   `paymentLinkTransactionId`: pass that to `getTransaction`.
   * - The amount credited is `credit`; there is no `amount` member. The fees taken from it are listed in
   *   `fee[]` (each with a `debit`).
   *
   * Live reports (third-party) add: `startAt`/`endAt` had no visible effect, and without `status=paid`
   * recent payments did not appear on the first page. One report saw `limit=50` return a stale, shorter
   * page where `limit=40` did not.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/transactions` (operationId `listTransactions`)
   */
  list(query?: QueryOf<"listTransactions">, options?: RequestOptions): PageCall<PageOf<"listTransactions">, ItemOf<"listTransactions">>;
  /**
   * Get Unpaid Transactions. Lists transactions not paid yet (open payment requests and invoices), one page at a time. Unlike the
   * paid list, `id` here is the transaction id and the amount is `amount`. `paymentUrl` opens the
   * payment-channel choice for the transaction.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/transactions/unpaid` (operationId `listUnpaidTransactions`)
   */
  listUnpaid(query?: QueryOf<"listUnpaidTransactions">, options?: RequestOptions): PageCall<PageOf<"listUnpaidTransactions">, ItemOf<"listUnpaidTransactions">>;
}

/**
 * `mayar.balances`: The merchant's account balance.
 */
export interface BalancesNamespace {
  /**
   * Get Account Balance. The merchant's balance in rupiah: `balanceActive` can be withdrawn, `balancePending` cannot yet, and
   * `balance` is their sum.
   *
   * `GET /hl/v2/balances` (operationId `getBalance`)
   */
  get(options?: RequestOptions): Promise<DataOf<"getBalance">>;
}

/**
 * `mayar.qrCodes`: Dynamic and static QRIS codes.
 */
export interface QrCodesNamespace {
  /**
   * Create Dynamic QR Code. Creates a dynamic QRIS code for a fixed amount and returns the URL of its image. The answer carries
   * **no transaction id**, so a payment made with the code cannot be looked up from it; watch the webhook
   * or the paid-transactions list instead.
   *
   * `POST /hl/v2/qr-codes/create` (operationId `createQrCode`)
   */
  create(body: BodyOf<"createQrCode">, options?: RequestOptions): Promise<DataOf<"createQrCode">>;
  /**
   * Get Static QR Code. The merchant's static QRIS code (the customer enters the amount), as an image URL. An unofficial SDK
   * notes the v1 equivalent is only available to merchants who joined before 8 May 2023.
   *
   * Confidence: medium (partly documented, or from Mayar's official CLI).
   *
   * `GET /hl/v2/qr-codes/static` (operationId `getStaticQrCode`)
   */
  getStatic(options?: RequestOptions): Promise<DataOf<"getStaticQrCode">>;
}

/**
 * `mayar.paymentChannels`: The payment channels enabled for the merchant.
 */
export interface PaymentChannelsNamespace {
  /**
   * Get Payment Channels. The merchant's payment settings: which channels are enabled (`config[]`, one entry per channel with
   * `status`), which approvals the merchant has, who bears the fees, and whether rate limiting is active
   * for the merchant.
   *
   * `GET /hl/v2/payment-channels` (operationId `getPaymentChannels`)
   */
  get(options?: RequestOptions): Promise<DataOf<"getPaymentChannels">>;
}

/**
 * `mayar.coupons`: Discounts and their coupon codes.
 */
export interface CouponsNamespace {
  /**
   * Check Coupon Usage. How much a coupon code has been used. `isUsed` is true when `totalUsed` has reached `limit` and
   * `limit` is above 0; a `limit` of 0 means no limit.
   *
   * `POST /hl/v2/coupons/check` (operationId `checkCoupon`)
   */
  check(body: BodyOf<"checkCoupon">, options?: RequestOptions): Promise<DataOf<"checkCoupon">>;
  /**
   * Create Coupon. Creates a discount with one coupon code. Without `expiredAt` the discount never expires. `products`
   * limits it to at most 2 of the merchant's products (empty: every product); each item is an object
   * `{ id }`, not a bare id string.
   *
   * Note the timestamps: this answer sends ISO-8601 strings (`createdAt`, `expiredAt`), while
   * `getCoupon` sends epoch milliseconds for the same fields.
   *
   * `POST /hl/v2/coupons/create` (operationId `createCoupon`)
   */
  create(body: BodyOf<"createCoupon">, options?: RequestOptions): Promise<DataOf<"createCoupon">>;
  /**
   * Get Coupon. One discount with its coupon codes. Timestamps here are epoch milliseconds (the create answer sends
   * ISO-8601 strings for the same fields).
   *
   * `GET /hl/v2/coupons/{id}` (operationId `getCoupon`)
   */
  get(id: PathOf<"getCoupon">["id"], options?: RequestOptions): Promise<DataOf<"getCoupon">>;
  /**
   * List Coupons. Lists discounts, newest first, one page at a time, with their coupon codes and total usage. Only
   * planned in Mayar's documentation repository when this was written: check before relying on it.
   * Timestamps are ISO-8601 strings, as in the create answer.
   *
   * Confidence: low (one source, or contradicted by live reports): check before relying on it.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/coupons` (operationId `listCoupons`)
   */
  list(query?: QueryOf<"listCoupons">, options?: RequestOptions): PageCall<PageOf<"listCoupons">, ItemOf<"listCoupons">>;
  /**
   * Validate Coupon. Checks that a coupon code applies to a purchase (product, amount for the minimum-purchase rule,
   * customer for new/old-customer coupons) and returns the discount. Validating does not use the coupon
   * up. An unknown code, or one bound to another product, answers 404 (observed live, third-party).
   *
   * `POST /hl/v2/coupons/validate` (operationId `validateCoupon`)
   */
  validate(body: BodyOf<"validateCoupon">, options?: RequestOptions): Promise<DataOf<"validateCoupon">>;
}

/**
 * `mayar.installments`: Bills paid in monthly instalments.
 */
export interface InstallmentsNamespace {
  /**
   * Create Installment. Creates a bill paid in monthly instalments: `tenure` months (3 to 24), each due on day `dueDate` of
   * the month (1 to 28), with `interest` added flat. The answer lists the generated invoices.
   * `invoices[].link` is a bare slug, not a URL.
   *
   * `POST /hl/v2/installments/create` (operationId `createInstallment`)
   */
  create(body: BodyOf<"createInstallment">, options?: RequestOptions): Promise<DataOf<"createInstallment">>;
  /**
   * Get Installment. One installment with its invoices (ISO-8601 timestamps). `invoices[].link` is a bare slug, not a
   * URL.
   *
   * `GET /hl/v2/installments/{id}` (operationId `getInstallment`)
   */
  get(id: PathOf<"getInstallment">["id"], options?: RequestOptions): Promise<DataOf<"getInstallment">>;
  /**
   * List Installments. Lists installments, newest first, one page at a time. Each item is the installment's payment link
   * (`type: "installment"`); its `installmentId` is what `getInstallment` takes. `nextStartingAfter` is
   * null on the last page.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/installments` (operationId `listInstallments`)
   */
  list(query?: QueryOf<"listInstallments">, options?: RequestOptions): PageCall<PageOf<"listInstallments">, ItemOf<"listInstallments">>;
}

/**
 * `mayar.memberships`: Membership products, their tiers, members and member invoices.
 */
export interface MembershipsNamespace {
  /**
   * Cancel Membership Member. Cancels a membership: the member's status becomes `stopped`. Mayar also accepts `productId` as a
   * `?productId=` query parameter instead of the body; the SDK always sends it in the body. Answers with
   * the singular `message` key.
   *
   * `POST /hl/v2/memberships/members/{memberId}/cancel` (operationId `cancelMember`)
   */
  cancelMember(memberId: PathOf<"cancelMember">["memberId"], body: BodyOf<"cancelMember">, options?: RequestOptions): Promise<DataOf<"cancelMember">>;
  /**
   * Register Membership Member. Registers a customer as a member of a membership tier. Mayar answers with `statusCode: 201` in the
   * body and the singular `message` key (errors use `{ statusCode, message }` too).
   *
   * The documented `data` wraps the member in `membershipCustomer`. A third-party live test
   * (mayarid/mayar-superapp) reports the member flat under `data`, with no wrapper; the schema accepts both
   * shapes, so read `data.membershipCustomer ?? data`. Registering an email that is already on the tier is
   * refused with "Email sudah terdaftar pada tier ini." (same report; the status code is not documented).
   *
   * `POST /hl/v2/memberships/members/create` (operationId `createMember`)
   */
  createMember(body: BodyOf<"createMember">, options?: RequestOptions): Promise<DataOf<"createMember">>;
  /**
   * Create Membership Invoice. Creates the invoice for the member's current billing term and returns its `membershipBillUrl`.
   * Invoices are idempotent per billing term: while an unpaid invoice for the current period exists,
   * Mayar returns it again instead of creating another. `productId` may also go in the `?productId=`
   * query; the SDK sends it in the body. Answers with the singular `message` key.
   *
   * A third-party live test (mayarid/mayar-superapp) saw `name` and `term`
   * (`membershipInvoice:<id>:<month>:<year>`) in the answer and no `transactionId`.
   *
   * `POST /hl/v2/memberships/members/{memberId}/invoice/create` (operationId `createMemberInvoice`)
   */
  createMemberInvoice(memberId: PathOf<"createMemberInvoice">["memberId"], body: BodyOf<"createMemberInvoice">, options?: RequestOptions): Promise<DataOf<"createMemberInvoice">>;
  /**
   * Create Membership Product. Creates a membership product (`MEMBERSHIP`, `SAAS` or `CREDIT`). Only the official CLI uses this path,
   * as a contract for a backend wrapper that was still to be built (the CLI answered 404 until then). The
   * body is the CLI's contract; the answer is only specified as "the new product, at least its `id`"
   * (write envelope, singular `message`).
   *
   * Confidence: low (one source, or contradicted by live reports): check before relying on it.
   *
   * `POST /hl/v2/memberships/products/create` (operationId `createMembershipProduct`)
   */
  createProduct(body: BodyOf<"createMembershipProduct">, options?: RequestOptions): Promise<DataOf<"createMembershipProduct">>;
  /**
   * Create Membership Tier. Creates a tier (with its billing periods) under a membership product. Only the official CLI uses this
   * path, as a contract for a backend wrapper that was still to be built (the CLI answered 404 until
   * then). The body is the CLI's contract; the answer is only specified as "the new tier, at least its
   * `id`", modelled here like a tier-list row in the write envelope (singular `message`).
   *
   * Confidence: low (one source, or contradicted by live reports): check before relying on it.
   *
   * `POST /hl/v2/memberships/tiers/create` (operationId `createMembershipTier`)
   */
  createTier(body: BodyOf<"createMembershipTier">, options?: RequestOptions): Promise<DataOf<"createMembershipTier">>;
  /**
   * Get Membership Member Detail. One member, by its public member code, with its payment link, customer and tier nested (the list
   * flattens the same data into dotted keys).
   *
   * `GET /hl/v2/memberships/members/{memberId}` (operationId `getMember`)
   */
  getMember(memberId: PathOf<"getMember">["memberId"], query: QueryOf<"getMember">, options?: RequestOptions): Promise<DataOf<"getMember">>;
  /**
   * Get Membership Product. One membership product. Only the official CLI uses this path, as a contract for a backend wrapper that
   * was still to be built (the CLI answered 404 until then); the answer is only specified as "the
   * product". No query parameters.
   *
   * Confidence: low (one source, or contradicted by live reports): check before relying on it.
   *
   * `GET /hl/v2/memberships/products/{productId}` (operationId `getMembershipProduct`)
   */
  getProduct(productId: PathOf<"getMembershipProduct">["productId"], options?: RequestOptions): Promise<DataOf<"getMembershipProduct">>;
  /**
   * Get Membership Tier. One tier of a membership product. Only the official CLI uses this path; its own backend spec says it
   * was still to be built (the CLI answered 404 until then), and no documentation page describes the
   * answer. The tier is modelled like a row of the tier list.
   *
   * Confidence: low (one source, or contradicted by live reports): check before relying on it.
   *
   * `GET /hl/v2/memberships/tiers/{tierId}` (operationId `getMembershipTier`)
   */
  getTier(tierId: PathOf<"getMembershipTier">["tierId"], query: QueryOf<"getMembershipTier">, options?: RequestOptions): Promise<DataOf<"getMembershipTier">>;
  /**
   * Get Membership Members. Lists the members of one membership product, one page at a time. Rows use flattened dotted keys
   * (`"customer.email"`, `"membershipTier.name"`, ...): these are literal key names, not nested objects
   * (the member detail nests the same data). `"membershipTier.gracePeriodInDays"` is a string (`"0"`).
   * With `isChurnedMember` the envelope also carries `totalMember`.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/memberships/members` (operationId `listMembers`)
   */
  listMembers(query: QueryOf<"listMembers">, options?: RequestOptions): PageCall<PageOf<"listMembers">, ItemOf<"listMembers">>;
  /**
   * Get Membership Tiers. Lists the tiers of one membership product, one page at a time.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/memberships/tiers` (operationId `listMembershipTiers`)
   */
  listTiers(query: QueryOf<"listMembershipTiers">, options?: RequestOptions): PageCall<PageOf<"listMembershipTiers">, ItemOf<"listMembershipTiers">>;
  /**
   * Update Membership Member. Changes a member's tier, billing period, status, next payment or expiry. The member is selected by the
   * member code in the path (it is not cosmetic here); `productId` is the only required body field.
   * Answers with the singular `message` key.
   *
   * `POST /hl/v2/memberships/members/{memberId}/update` (operationId `updateMember`)
   */
  updateMember(memberId: PathOf<"updateMember">["memberId"], body: BodyOf<"updateMember">, options?: RequestOptions): Promise<DataOf<"updateMember">>;
}

/**
 * `mayar.credits`: Credit-based products and usage-based memberships (customer credit wallets).
 */
export interface CreditsNamespace {
  /**
   * Add Customer Credit. Adds credit to a customer's (credit-based product) or member's (usage-based membership) wallet.
   * Identify the wallet by `customerId` or `memberId` (at least one); usage-based memberships also need
   * `membershipTierId`.
   *
   * The one URL has two documented answers: the credit-based page wraps the result in `data`, the
   * usage-based-membership page puts the same fields at the top level. The schema allows both; read
   * `data ?? envelope`.
   *
   * `POST /credit/v1/credit/customer/add-credit` (operationId `addCredit`)
   */
  add(body: BodyOf<"addCredit">, options?: RequestOptions): Promise<RootOf<"addCredit">>;
  /**
   * Generate Immutable Checkout Link. This endpoint is used to generate immutable checkout link for membership credit product.
   *
   * Note the envelope: singular `message`. Two documented answers, both successes: for a credit-based
   * product the links are at the top level (`creditUsageImmutableCheckoutUrl`, `paymentLinkUrl`); for a
   * membership credit product they are under `data` (`membershipTiers[{ id, specificPaymentLinkUrl }]`,
   * one immutable link per tier, and `paymentLinkUrl`). Tell them apart with `"data" in result`.
   *
   * `POST /credit/v1/credit/generate/immutable/checkout` (operationId `generateImmutableCheckoutLink`)
   */
  generateImmutableCheckoutLink(body: BodyOf<"generateImmutableCheckoutLink">, options?: RequestOptions): Promise<RootOf<"generateImmutableCheckoutLink">>;
  /**
   * Get Customer Balance. A customer's credit balance for a credit-based product, or a member's for a usage-based membership
   * (then also send `membershipTierId`, and `memberId` or `customerId`). The balances are at the top level
   * of the answer (no `data` member); the envelope uses the singular `message`.
   *
   * The field table names the main-wallet balance `customerBalanceMain`, while the documented example
   * sends `customerMainBalance`; the spec models the example's name. The usage-based-membership variant
   * sends `customerBalanceMembership` instead.
   *
   * `GET /credit/v1/credit/customer/balance` (operationId `getCreditBalance`)
   */
  getBalance(query: QueryOf<"getCreditBalance">, options?: RequestOptions): Promise<RootOf<"getCreditBalance">>;
  /**
   * Get Paginate Customer Credit History. A customer's (or member's) credit movements, one page at a time (`page`/`limit` → `totalPages`).
   * The path segment is the customer id, or the member code for usage-based memberships (the
   * documentation's example uses `PQVS4KGY`). `createdAt` is an ISO-8601 string; entry ids are 24-hex
   * strings.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /credit/v1/credit/customer/paginate-credit-history/{customerId}` (operationId `listCreditHistory`)
   */
  listHistory(customerId: PathOf<"listCreditHistory">["customerId"], query: QueryOf<"listCreditHistory">, options?: RequestOptions): PageCall<PageOf<"listCreditHistory">, ItemOf<"listCreditHistory">>;
  /**
   * Regist New Customer. Registers a customer on a credit-based (credit-usage) product, optionally with trial credit, and
   * returns the customer's id and the product's payment link id. (One stored copy of this page shows the
   * membership URL and a malformed example instead; this follows the other copy.)
   *
   * `POST /credit/v1/credit/credit-usage/customer/regist` (operationId `registerCreditCustomer`)
   */
  registerCustomer(body: BodyOf<"registerCreditCustomer">, options?: RequestOptions): Promise<DataOf<"registerCreditCustomer">>;
  /**
   * Regist New Membership Customer. Registers a customer as a member of a usage-based membership tier, optionally with trial credit. The
   * new member comes back as a top-level `membershipCustomer` (no `data` member); its `createdAt` and
   * `nextPayment` are epoch milliseconds.
   *
   * `POST /credit/v1/credit/membership/customer/regist` (operationId `registerCreditMember`)
   */
  registerMember(body: BodyOf<"registerCreditMember">, options?: RequestOptions): Promise<RootOf<"registerCreditMember">>;
  /**
   * Spend Customer Credit. Spends credit from a customer's or member's wallets (same body rules as adding credit). The answer
   * carries no data: the singular `message` says how much was taken from each wallet, e.g.
   * "Successfully spent 10. MAIN: 10, ADD_ON: 0" (usage-based memberships: `MEMBERSHIP` instead of
   * `MAIN`).
   *
   * `POST /credit/v1/credit/customer/spend` (operationId `spendCredit`)
   */
  spend(body: BodyOf<"spendCredit">, options?: RequestOptions): Promise<RootOf<"spendCredit">>;
}

/**
 * `mayar.saasLicenses`: Licence codes of SaaS memberships.
 */
export interface SaasLicensesNamespace {
  /**
   * Activate License (SaaS). Sets the licence code's status to `ACTIVE`. The answer carries only the singular `message` (the field
   * table says `messages`; the example sends `message`).
   *
   * `POST /saas/v1/license/activate` (operationId `activateSaasLicense`)
   */
  activate(body: BodyOf<"activateSaasLicense">, options?: RequestOptions): Promise<RootOf<"activateSaasLicense">>;
  /**
   * Activate License (SaaS, v2). The v2 path of licence activation, used by the official CLI. Only the CLI documents it, and a
   * third-party live test got 401 on `/saas/v2` for a key that `/hl/v2` accepted: prefer `activate` (v1)
   * until this is confirmed. Modelled like v1 (singular `message`).
   *
   * Confidence: low (one source, or contradicted by live reports): check before relying on it.
   *
   * `POST /saas/v2/license/activate` (operationId `activateSaasLicenseV2`)
   */
  activateV2(body: BodyOf<"activateSaasLicenseV2">, options?: RequestOptions): Promise<RootOf<"activateSaasLicenseV2">>;
  /**
   * Deactivate License (SaaS). Sets the licence code's status to `INACTIVE`. The answer carries only the singular `message`.
   *
   * `POST /saas/v1/license/deactivate` (operationId `deactivateSaasLicense`)
   */
  deactivate(body: BodyOf<"deactivateSaasLicense">, options?: RequestOptions): Promise<RootOf<"deactivateSaasLicense">>;
  /**
   * Deactivate License (SaaS, v2). The v2 path of licence deactivation, used by the official CLI. Only the CLI documents it, and a
   * third-party live test got 401 on `/saas/v2` for a key that `/hl/v2` accepted: prefer `deactivate` (v1)
   * until this is confirmed. Modelled like v1 (singular `message`).
   *
   * Confidence: low (one source, or contradicted by live reports): check before relying on it.
   *
   * `POST /saas/v2/license/deactivate` (operationId `deactivateSaasLicenseV2`)
   */
  deactivateV2(body: BodyOf<"deactivateSaasLicenseV2">, options?: RequestOptions): Promise<RootOf<"deactivateSaasLicenseV2">>;
  /**
   * Verify License (SaaS). Checks a SaaS membership's licence code. The answer has no `messages`/`message` at all: `isLicenseActive`
   * and the `licenseCode` object sit at the top level. The field table calls `licenseCode` an "array of
   * object"; the example (modelled here) is an object. `activationLimit` is a number, or the string
   * "Tidak terbatas" ("unlimited").
   *
   * `POST /saas/v1/license/verify` (operationId `verifySaasLicense`)
   */
  verify(body: BodyOf<"verifySaasLicense">, options?: RequestOptions): Promise<RootOf<"verifySaasLicense">>;
  /**
   * Verify License (SaaS, v2). The v2 path of the SaaS licence check, used by the official CLI. Only the CLI documents it, and a
   * third-party live test got 401 "Failed authentication! Please check your token authorization." here
   * for a key that `/hl/v2` accepted: prefer `verify` (v1) until this is confirmed. Modelled like v1 (no
   * message key); a stored copy of a v2 page adds `memberStatus` and `licenseCode.memberPaymentLink`.
   *
   * Confidence: low (one source, or contradicted by live reports): check before relying on it.
   *
   * `POST /saas/v2/license/verify` (operationId `verifySaasLicenseV2`)
   */
  verifyV2(body: BodyOf<"verifySaasLicenseV2">, options?: RequestOptions): Promise<RootOf<"verifySaasLicenseV2">>;
}

/**
 * `mayar.softwareLicenses`: Licence codes of software products.
 */
export interface SoftwareLicensesNamespace {
  /**
   * Verify License. Checks a software product's licence code. The answer has no `messages`/`message` at all:
   * `isLicenseActive` and the `licenseCode` object sit at the top level (the field table calls it an
   * "array of object"; the example, modelled here, is an object). `activationLimit` is a number, or the
   * string "Tidak terbatas" ("unlimited").
   *
   * `POST /software/v1/license/verify` (operationId `verifySoftwareLicense`)
   */
  verify(body: BodyOf<"verifySoftwareLicense">, options?: RequestOptions): Promise<RootOf<"verifySoftwareLicense">>;
  /**
   * Verify License (v2). The v2 path of the software licence check, used by the official CLI; a third-party live test reached
   * it with the same key as `/hl/v2`. Same body and answer as v1. An unknown code answers 400 "There's no
   * license with code X and product id Y registered in user …" (same report).
   *
   * Confidence: medium (partly documented, or from Mayar's official CLI).
   *
   * `POST /software/v2/license/verify` (operationId `verifySoftwareLicenseV2`)
   */
  verifyV2(body: BodyOf<"verifySoftwareLicenseV2">, options?: RequestOptions): Promise<RootOf<"verifySoftwareLicenseV2">>;
}

/**
 * `mayar.reviews`: Customer reviews of products.
 */
export interface ReviewsNamespace {
  /**
   * Create Review. Adds a customer's review of a product. `customerEmail` must belong to a customer who paid for the
   * product. Up to 10 images or videos (`contentReview`) can be attached by their uploaded file ids.
   *
   * `POST /hl/v2/reviews/create` (operationId `createReview`)
   */
  create(body: BodyOf<"createReview">, options?: RequestOptions): Promise<DataOf<"createReview">>;
  /**
   * Get Product Review by Customer. The review one customer wrote for one product, or `null` (in `data`) when the customer has not
   * reviewed it.
   *
   * `GET /hl/v2/products/{id}/reviews/customer` (operationId `getCustomerProductReview`)
   */
  getForCustomer(id: PathOf<"getCustomerProductReview">["id"], query: QueryOf<"getCustomerProductReview">, options?: RequestOptions): Promise<DataOf<"getCustomerProductReview">>;
  /**
   * Get Merchant Review Statistics. The rating summary over all the merchant's products, counting active reviews only: the total, the
   * average (one decimal) and one entry per rating from 5 down to 1. `data` is `{}` when there are no
   * reviews.
   *
   * `GET /hl/v2/merchants/reviews/stats` (operationId `getMerchantReviewStats`)
   */
  getMerchantStats(options?: RequestOptions): Promise<DataOf<"getMerchantReviewStats">>;
  /**
   * Get Product Review Statistics. One product's rating summary, counting active reviews only: the total, the average (one decimal) and
   * one entry per rating from 5 down to 1. `data` is `{}` when the product has no reviews.
   *
   * `GET /hl/v2/products/{id}/reviews/stats` (operationId `getProductReviewStats`)
   */
  getProductStats(id: PathOf<"getProductReviewStats">["id"], options?: RequestOptions): Promise<DataOf<"getProductReviewStats">>;
  /**
   * List Product Reviews. Lists the active reviews of one product, one page at a time, with their attached images and videos
   * in `content`.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/products/{id}/reviews` (operationId `listProductReviews`)
   */
  listForProduct(id: PathOf<"listProductReviews">["id"], query?: QueryOf<"listProductReviews">, options?: RequestOptions): PageCall<PageOf<"listProductReviews">, ItemOf<"listProductReviews">>;
  /**
   * List Reviews. Lists the reviews of all the merchant's products, newest first, one page at a time, optionally
   * filtered by status, product and rating.
   *
   * Confidence: medium (partly documented, or from Mayar's official CLI).
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/reviews` (operationId `listReviews`)
   */
  list(query?: QueryOf<"listReviews">, options?: RequestOptions): PageCall<PageOf<"listReviews">, ItemOf<"listReviews">>;
  /**
   * Update Review. Changes a review. Mayar selects the review by the `id` in the body; the id in the path is cosmetic
   * and ignored. The SDK sends the body's `id` in both places. `contentReview` adds images or videos,
   * `deleteContentReview` removes attached ones.
   *
   * A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's
   * list in `data` (the `2XX` response); the SDK treats it as an error.
   *
   * `POST /hl/v2/reviews/{id}/update` (operationId `updateReview`)
   */
  update(body: BodyOf<"updateReview">, options?: RequestOptions): Promise<DataOf<"updateReview">>;
  /**
   * Bulk Update Review Status. Sets the status of 1 to 50 reviews at once (`ACTIVE` shows a review, `ARCHIVED` and `INACTIVE` hide
   * it). The answer has no `data`. A failure may come back as HTTP 200 with `messages: "failed"` (see the
   * `failed` example; Mayar may add the validator's list in `data`); the SDK treats it as an error.
   *
   * `POST /hl/v2/reviews/bulk-status/update` (operationId `updateReviewStatuses`)
   */
  updateStatuses(body: BodyOf<"updateReviewStatuses">, options?: RequestOptions): Promise<RootOf<"updateReviewStatuses">>;
}

/**
 * `mayar.webhooks`: The merchant's webhook URL, test deliveries and delivery history.
 */
export interface WebhooksNamespace {
  /**
   * Get History. Past webhook deliveries, newest first, one page at a time. Each row's `payload` is the delivered body
   * as a JSON string (`{"event": ..., "data": {...}}`): parse it yourself. `createdAt` and `updatedAt`
   * are epoch milliseconds. The filters come from the official CLI and the reactmore SDK; the
   * documentation page shows only `limit`.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/webhooks/history` (operationId `listWebhookHistory`)
   */
  listHistory(query?: QueryOf<"listWebhookHistory">, options?: RequestOptions): PageCall<PageOf<"listWebhookHistory">, ItemOf<"listWebhookHistory">>;
  /**
   * Get New History. Deliveries from Mayar's new webhook history store, one page at a time. Unlike `listHistory`, the
   * timestamps (`createdAt`, `updatedAt`, `nextDelivery`) are ISO-8601 strings, and rows carry the literal
   * key `Webhooktype` (capital W, as Mayar spells it). `payload` is the delivered body as a JSON string.
   *
   * `await` it for one page; `for await (const item of ...)` walks every item of every page.
   *
   * `GET /hl/v2/webhooks/new-history` (operationId `listWebhookNewHistory`)
   */
  listNewHistory(query?: QueryOf<"listWebhookNewHistory">, options?: RequestOptions): PageCall<PageOf<"listWebhookNewHistory">, ItemOf<"listWebhookNewHistory">>;
  /**
   * Register URL Hook. Sets the merchant's webhook URL (one per account), where Mayar POSTs events such as
   * `payment.received` as JSON. `webhookConfig` is stored alongside the URL; its shape is not documented.
   * The answer carries no data.
   *
   * Mayar does not sign deliveries: treat a webhook as a notification and confirm a payment with
   * `GET /hl/v2/transactions/{id}` before fulfilling.
   *
   * `POST /hl/v2/webhooks/update` (operationId `registerWebhook`)
   */
  register(body: BodyOf<"registerWebhook">, options?: RequestOptions): Promise<RootOf<"registerWebhook">>;
  /**
   * Retry History. Delivers a past webhook again, to the merchant's registered URL. Answers 400 when no URL is registered
   * and 404 when the history id is unknown. The answer carries no data.
   *
   * `POST /hl/v2/webhooks/retry` (operationId `retryWebhook`)
   */
  retry(body: BodyOf<"retryWebhook">, options?: RequestOptions): Promise<RootOf<"retryWebhook">>;
  /**
   * Test URL Hook. Sends a test delivery to the given URL. The answer carries no data.
   *
   * `POST /hl/v2/webhooks/test` (operationId `testWebhook`)
   */
  test(body: BodyOf<"testWebhook">, options?: RequestOptions): Promise<RootOf<"testWebhook">>;
}

/**
 * `mayar.nameServices`: Services of the power-up store ("name services").
 */
export interface NameServicesNamespace {
  /**
   * Create Name Service. Creates a name service (a power-up store entry); Mayar derives its slug from `name`. `payload` is
   * stored serialised. The answer only says it succeeded: no `data`, so the new entry's id is not
   * returned. A failure (e.g. a missing `name`) may come back as a 500 with the error's description.
   *
   * `POST /hl/v2/name-services/create` (operationId `createNameService`)
   */
  create(body: BodyOf<"createNameService">, options?: RequestOptions): Promise<RootOf<"createNameService">>;
  /**
   * Update Name Service. Updates a name service. The record is selected by the `id` in the body (this path has no id segment).
   * The answer's `payload`, `credential` and `event` come back as JSON strings (serialised), although
   * they are sent as objects.
   *
   * `POST /hl/v2/name-services/update` (operationId `updateNameService`)
   */
  update(body: BodyOf<"updateNameService">, options?: RequestOptions): Promise<DataOf<"updateNameService">>;
}

/** The descriptors behind `mayar.paymentRequests`, by method name. */
export const paymentRequests = { setStatus: operation.changePaymentRequestStatus, create: operation.createPaymentRequest, get: operation.getPaymentRequest, list: operation.listPaymentRequests, update: operation.updatePaymentRequest } as const;

/** The descriptors behind `mayar.invoices`, by method name. */
export const invoices = { setStatus: operation.changeInvoiceStatus, create: operation.createInvoice, get: operation.getInvoice, list: operation.listInvoices, listByEmail: operation.listInvoicesByEmail, update: operation.updateInvoice } as const;

/** The descriptors behind `mayar.products`, by method name. */
export const products = { setStatus: operation.changeProductStatus, create: operation.createProduct, get: operation.getProduct, list: operation.listProducts, listByType: operation.listProductsByType, listTransactions: operation.listProductTransactions, update: operation.updateProduct } as const;

/** The descriptors behind `mayar.paymentLinks`, by method name. */
export const paymentLinks = { create: operation.createPaymentLink, listByType: operation.listPaymentLinksByType, update: operation.updatePaymentLink } as const;

/** The descriptors behind `mayar.digitalProducts`, by method name. */
export const digitalProducts = { create: operation.createDigitalProduct, update: operation.updateDigitalProduct } as const;

/** The descriptors behind `mayar.webinars`, by method name. */
export const webinars = { create: operation.createWebinar, update: operation.updateWebinar } as const;

/** The descriptors behind `mayar.events`, by method name. */
export const events = { create: operation.createEvent, update: operation.updateEvent } as const;

/** The descriptors behind `mayar.bundles`, by method name. */
export const bundles = { get: operation.getBundle, list: operation.listBundles } as const;

/** The descriptors behind `mayar.customers`, by method name. */
export const customers = { create: operation.createCustomer, sendPortalLink: operation.createCustomerPortalLink, getByEmail: operation.getCustomerByEmail, list: operation.listCustomers, update: operation.updateCustomer } as const;

/** The descriptors behind `mayar.transactions`, by method name. */
export const transactions = { getDaily: operation.getDailyTransactions, get: operation.getTransaction, list: operation.listTransactions, listUnpaid: operation.listUnpaidTransactions } as const;

/** The descriptors behind `mayar.balances`, by method name. */
export const balances = { get: operation.getBalance } as const;

/** The descriptors behind `mayar.qrCodes`, by method name. */
export const qrCodes = { create: operation.createQrCode, getStatic: operation.getStaticQrCode } as const;

/** The descriptors behind `mayar.paymentChannels`, by method name. */
export const paymentChannels = { get: operation.getPaymentChannels } as const;

/** The descriptors behind `mayar.coupons`, by method name. */
export const coupons = { check: operation.checkCoupon, create: operation.createCoupon, get: operation.getCoupon, list: operation.listCoupons, validate: operation.validateCoupon } as const;

/** The descriptors behind `mayar.installments`, by method name. */
export const installments = { create: operation.createInstallment, get: operation.getInstallment, list: operation.listInstallments } as const;

/** The descriptors behind `mayar.memberships`, by method name. */
export const memberships = { cancelMember: operation.cancelMember, createMember: operation.createMember, createMemberInvoice: operation.createMemberInvoice, createProduct: operation.createMembershipProduct, createTier: operation.createMembershipTier, getMember: operation.getMember, getProduct: operation.getMembershipProduct, getTier: operation.getMembershipTier, listMembers: operation.listMembers, listTiers: operation.listMembershipTiers, updateMember: operation.updateMember } as const;

/** The descriptors behind `mayar.credits`, by method name. */
export const credits = { add: operation.addCredit, generateImmutableCheckoutLink: operation.generateImmutableCheckoutLink, getBalance: operation.getCreditBalance, listHistory: operation.listCreditHistory, registerCustomer: operation.registerCreditCustomer, registerMember: operation.registerCreditMember, spend: operation.spendCredit } as const;

/** The descriptors behind `mayar.saasLicenses`, by method name. */
export const saasLicenses = { activate: operation.activateSaasLicense, activateV2: operation.activateSaasLicenseV2, deactivate: operation.deactivateSaasLicense, deactivateV2: operation.deactivateSaasLicenseV2, verify: operation.verifySaasLicense, verifyV2: operation.verifySaasLicenseV2 } as const;

/** The descriptors behind `mayar.softwareLicenses`, by method name. */
export const softwareLicenses = { verify: operation.verifySoftwareLicense, verifyV2: operation.verifySoftwareLicenseV2 } as const;

/** The descriptors behind `mayar.reviews`, by method name. */
export const reviews = { create: operation.createReview, getForCustomer: operation.getCustomerProductReview, getMerchantStats: operation.getMerchantReviewStats, getProductStats: operation.getProductReviewStats, listForProduct: operation.listProductReviews, list: operation.listReviews, update: operation.updateReview, updateStatuses: operation.updateReviewStatuses } as const;

/** The descriptors behind `mayar.webhooks`, by method name. */
export const webhooks = { listHistory: operation.listWebhookHistory, listNewHistory: operation.listWebhookNewHistory, register: operation.registerWebhook, retry: operation.retryWebhook, test: operation.testWebhook } as const;

/** The descriptors behind `mayar.nameServices`, by method name. */
export const nameServices = { create: operation.createNameService, update: operation.updateNameService } as const;

/** Every namespace of the client, by name. */
export interface MayarNamespaces {
  readonly paymentRequests: PaymentRequestsNamespace;
  readonly invoices: InvoicesNamespace;
  readonly products: ProductsNamespace;
  readonly paymentLinks: PaymentLinksNamespace;
  readonly digitalProducts: DigitalProductsNamespace;
  readonly webinars: WebinarsNamespace;
  readonly events: EventsNamespace;
  readonly bundles: BundlesNamespace;
  readonly customers: CustomersNamespace;
  readonly transactions: TransactionsNamespace;
  readonly balances: BalancesNamespace;
  readonly qrCodes: QrCodesNamespace;
  readonly paymentChannels: PaymentChannelsNamespace;
  readonly coupons: CouponsNamespace;
  readonly installments: InstallmentsNamespace;
  readonly memberships: MembershipsNamespace;
  readonly credits: CreditsNamespace;
  readonly saasLicenses: SaasLicensesNamespace;
  readonly softwareLicenses: SoftwareLicensesNamespace;
  readonly reviews: ReviewsNamespace;
  readonly webhooks: WebhooksNamespace;
  readonly nameServices: NameServicesNamespace;
}

/** Every namespace's descriptor table: what `createMayarClient` binds. */
export const namespaces = { paymentRequests, invoices, products, paymentLinks, digitalProducts, webinars, events, bundles, customers, transactions, balances, qrCodes, paymentChannels, coupons, installments, memberships, credits, saasLicenses, softwareLicenses, reviews, webhooks, nameServices } as const;
