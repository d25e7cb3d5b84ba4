// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.

// Pure option factories, one per operation (no React state here: importable from Server Components).
import type { BodyOf, DataOf, PageOf, PathOf, QueryOf, RequestOptions, RootOf } from "@org/mayar-core";
import { mayarMutationOptions } from "../mutations/mayar-mutation-options";
import { mayarInfiniteQueryOptions } from "../queries/mayar-infinite-query-options";
import type { MayarClientWith } from "../provider/mayar-client-with";
import { mayarQueryOptions } from "../queries/mayar-query-options";

/**
 * Mutation options for `mayar.saasLicenses.activate`: Activate License (SaaS). `POST /saas/v1/license/activate` (operationId `activateSaasLicense`).
 * `mutate(variables)` takes `BodyOf<"activateSaasLicense">`. On success it invalidates this client's
 * saasLicenses queries. Key: `[{ operationId: "activateSaasLicense", baseUrl }]`.
 */
export function activateSaasLicenseMutationOptions(client: MayarClientWith<"saasLicenses">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "activateSaasLicense", namespace: "saasLicenses", invalidates: ["saasLicenses"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"activateSaasLicense">, options): Promise<RootOf<"activateSaasLicense">> =>
      mayar.saasLicenses.activate(body, options),
  );
}

/**
 * Mutation options for `mayar.saasLicenses.activateV2`: Activate License (SaaS, v2). `POST /saas/v2/license/activate` (operationId `activateSaasLicenseV2`).
 * `mutate(variables)` takes `BodyOf<"activateSaasLicenseV2">`. On success it invalidates this client's
 * saasLicenses queries. Key: `[{ operationId: "activateSaasLicenseV2", baseUrl }]`.
 */
export function activateSaasLicenseV2MutationOptions(client: MayarClientWith<"saasLicenses">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "activateSaasLicenseV2", namespace: "saasLicenses", invalidates: ["saasLicenses"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"activateSaasLicenseV2">, options): Promise<RootOf<"activateSaasLicenseV2">> =>
      mayar.saasLicenses.activateV2(body, options),
  );
}

/**
 * Mutation options for `mayar.credits.add`: Add Customer Credit. `POST /credit/v1/credit/customer/add-credit` (operationId `addCredit`).
 * `mutate(variables)` takes `BodyOf<"addCredit">`. On success it invalidates this client's
 * credits queries. Key: `[{ operationId: "addCredit", baseUrl }]`.
 */
export function addCreditMutationOptions(client: MayarClientWith<"credits">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "addCredit", namespace: "credits", invalidates: ["credits"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"addCredit">, options): Promise<RootOf<"addCredit">> =>
      mayar.credits.add(body, options),
  );
}

/**
 * Mutation options for `mayar.memberships.cancelMember`: Cancel Membership Member. `POST /hl/v2/memberships/members/{memberId}/cancel` (operationId `cancelMember`).
 * `mutate(variables)` takes `PathOf<"cancelMember"> & { body: BodyOf<"cancelMember"> }`. On success it invalidates this client's
 * memberships queries. Key: `[{ operationId: "cancelMember", baseUrl }]`.
 */
export function cancelMemberMutationOptions(client: MayarClientWith<"memberships">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "cancelMember", namespace: "memberships", invalidates: ["memberships"] },
    client,
    requestOptions,
    (mayar, { memberId, body }: PathOf<"cancelMember"> & { body: BodyOf<"cancelMember"> }, options): Promise<DataOf<"cancelMember">> =>
      mayar.memberships.cancelMember(memberId, body, options),
  );
}

/**
 * Mutation options for `mayar.invoices.setStatus`: Change Invoice Status. `POST /hl/v2/invoices/{id}/{action}` (operationId `changeInvoiceStatus`).
 * `mutate(variables)` takes `PathOf<"changeInvoiceStatus">`. On success it invalidates this client's
 * invoices, transactions and balances queries. Key: `[{ operationId: "changeInvoiceStatus", baseUrl }]`.
 */
export function changeInvoiceStatusMutationOptions(client: MayarClientWith<"invoices">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "changeInvoiceStatus", namespace: "invoices", invalidates: ["invoices", "transactions", "balances"] },
    client,
    requestOptions,
    (mayar, { id, action }: PathOf<"changeInvoiceStatus">, options): Promise<RootOf<"changeInvoiceStatus">> =>
      mayar.invoices.setStatus(id, action, options),
  );
}

/**
 * Mutation options for `mayar.paymentRequests.setStatus`: Change Payment Request Status. `POST /hl/v2/payments/{id}/{action}` (operationId `changePaymentRequestStatus`).
 * `mutate(variables)` takes `PathOf<"changePaymentRequestStatus">`. On success it invalidates this client's
 * paymentRequests, transactions and balances queries. Key: `[{ operationId: "changePaymentRequestStatus", baseUrl }]`.
 */
export function changePaymentRequestStatusMutationOptions(client: MayarClientWith<"paymentRequests">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "changePaymentRequestStatus", namespace: "paymentRequests", invalidates: ["paymentRequests", "transactions", "balances"] },
    client,
    requestOptions,
    (mayar, { id, action }: PathOf<"changePaymentRequestStatus">, options): Promise<RootOf<"changePaymentRequestStatus">> =>
      mayar.paymentRequests.setStatus(id, action, options),
  );
}

/**
 * Mutation options for `mayar.products.setStatus`: Change Product Status. `POST /hl/v2/products/{id}/{action}` (operationId `changeProductStatus`).
 * `mutate(variables)` takes `PathOf<"changeProductStatus">`. On success it invalidates this client's
 * products queries. Key: `[{ operationId: "changeProductStatus", baseUrl }]`.
 */
export function changeProductStatusMutationOptions(client: MayarClientWith<"products">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "changeProductStatus", namespace: "products", invalidates: ["products"] },
    client,
    requestOptions,
    (mayar, { id, action }: PathOf<"changeProductStatus">, options): Promise<RootOf<"changeProductStatus">> =>
      mayar.products.setStatus(id, action, options),
  );
}

/**
 * Mutation options for `mayar.coupons.check`: Check Coupon Usage. `POST /hl/v2/coupons/check` (operationId `checkCoupon`).
 * `mutate(variables)` takes `BodyOf<"checkCoupon">`. On success it invalidates this client's
 * coupons queries. Key: `[{ operationId: "checkCoupon", baseUrl }]`.
 */
export function checkCouponMutationOptions(client: MayarClientWith<"coupons">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "checkCoupon", namespace: "coupons", invalidates: ["coupons"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"checkCoupon">, options): Promise<DataOf<"checkCoupon">> =>
      mayar.coupons.check(body, options),
  );
}

/**
 * Mutation options for `mayar.coupons.create`: Create Coupon. `POST /hl/v2/coupons/create` (operationId `createCoupon`).
 * `mutate(variables)` takes `BodyOf<"createCoupon">`. On success it invalidates this client's
 * coupons queries. Key: `[{ operationId: "createCoupon", baseUrl }]`.
 */
export function createCouponMutationOptions(client: MayarClientWith<"coupons">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createCoupon", namespace: "coupons", invalidates: ["coupons"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createCoupon">, options): Promise<DataOf<"createCoupon">> =>
      mayar.coupons.create(body, options),
  );
}

/**
 * Mutation options for `mayar.customers.create`: Create Customer. `POST /hl/v2/customers/create` (operationId `createCustomer`).
 * `mutate(variables)` takes `BodyOf<"createCustomer">`. On success it invalidates this client's
 * customers queries. Key: `[{ operationId: "createCustomer", baseUrl }]`.
 */
export function createCustomerMutationOptions(client: MayarClientWith<"customers">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createCustomer", namespace: "customers", invalidates: ["customers"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createCustomer">, options): Promise<DataOf<"createCustomer">> =>
      mayar.customers.create(body, options),
  );
}

/**
 * Mutation options for `mayar.customers.sendPortalLink`: Create Magic Link (Customer Portal Login). `POST /hl/v2/customers/portal-login` (operationId `createCustomerPortalLink`).
 * `mutate(variables)` takes `BodyOf<"createCustomerPortalLink">`. On success it invalidates this client's
 * customers queries. Key: `[{ operationId: "createCustomerPortalLink", baseUrl }]`.
 */
export function createCustomerPortalLinkMutationOptions(client: MayarClientWith<"customers">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createCustomerPortalLink", namespace: "customers", invalidates: ["customers"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createCustomerPortalLink">, options): Promise<DataOf<"createCustomerPortalLink">> =>
      mayar.customers.sendPortalLink(body, options),
  );
}

/**
 * Mutation options for `mayar.digitalProducts.create`: Create Digital Product. `POST /hl/v2/products/digital-product/create` (operationId `createDigitalProduct`).
 * `mutate(variables)` takes `BodyOf<"createDigitalProduct">`. On success it invalidates this client's
 * digitalProducts queries. Key: `[{ operationId: "createDigitalProduct", baseUrl }]`.
 */
export function createDigitalProductMutationOptions(client: MayarClientWith<"digitalProducts">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createDigitalProduct", namespace: "digitalProducts", invalidates: ["digitalProducts"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createDigitalProduct">, options): Promise<DataOf<"createDigitalProduct">> =>
      mayar.digitalProducts.create(body, options),
  );
}

/**
 * Mutation options for `mayar.events.create`: Create Event. `POST /hl/v2/products/event/create` (operationId `createEvent`).
 * `mutate(variables)` takes `BodyOf<"createEvent">`. On success it invalidates this client's
 * events queries. Key: `[{ operationId: "createEvent", baseUrl }]`.
 */
export function createEventMutationOptions(client: MayarClientWith<"events">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createEvent", namespace: "events", invalidates: ["events"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createEvent">, options): Promise<DataOf<"createEvent">> =>
      mayar.events.create(body, options),
  );
}

/**
 * Mutation options for `mayar.installments.create`: Create Installment. `POST /hl/v2/installments/create` (operationId `createInstallment`).
 * `mutate(variables)` takes `BodyOf<"createInstallment">`. On success it invalidates this client's
 * installments queries. Key: `[{ operationId: "createInstallment", baseUrl }]`.
 */
export function createInstallmentMutationOptions(client: MayarClientWith<"installments">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createInstallment", namespace: "installments", invalidates: ["installments"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createInstallment">, options): Promise<DataOf<"createInstallment">> =>
      mayar.installments.create(body, options),
  );
}

/**
 * Mutation options for `mayar.invoices.create`: Create Invoice. `POST /hl/v2/invoices/create` (operationId `createInvoice`).
 * `mutate(variables)` takes `BodyOf<"createInvoice">`. On success it invalidates this client's
 * invoices, transactions and balances queries. Key: `[{ operationId: "createInvoice", baseUrl }]`.
 */
export function createInvoiceMutationOptions(client: MayarClientWith<"invoices">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createInvoice", namespace: "invoices", invalidates: ["invoices", "transactions", "balances"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createInvoice">, options): Promise<DataOf<"createInvoice">> =>
      mayar.invoices.create(body, options),
  );
}

/**
 * Mutation options for `mayar.memberships.createMember`: Register Membership Member. `POST /hl/v2/memberships/members/create` (operationId `createMember`).
 * `mutate(variables)` takes `BodyOf<"createMember">`. On success it invalidates this client's
 * memberships queries. Key: `[{ operationId: "createMember", baseUrl }]`.
 */
export function createMemberMutationOptions(client: MayarClientWith<"memberships">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createMember", namespace: "memberships", invalidates: ["memberships"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createMember">, options): Promise<DataOf<"createMember">> =>
      mayar.memberships.createMember(body, options),
  );
}

/**
 * Mutation options for `mayar.memberships.createMemberInvoice`: Create Membership Invoice. `POST /hl/v2/memberships/members/{memberId}/invoice/create` (operationId `createMemberInvoice`).
 * `mutate(variables)` takes `PathOf<"createMemberInvoice"> & { body: BodyOf<"createMemberInvoice"> }`. On success it invalidates this client's
 * memberships queries. Key: `[{ operationId: "createMemberInvoice", baseUrl }]`.
 */
export function createMemberInvoiceMutationOptions(client: MayarClientWith<"memberships">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createMemberInvoice", namespace: "memberships", invalidates: ["memberships"] },
    client,
    requestOptions,
    (mayar, { memberId, body }: PathOf<"createMemberInvoice"> & { body: BodyOf<"createMemberInvoice"> }, options): Promise<DataOf<"createMemberInvoice">> =>
      mayar.memberships.createMemberInvoice(memberId, body, options),
  );
}

/**
 * Mutation options for `mayar.memberships.createProduct`: Create Membership Product. `POST /hl/v2/memberships/products/create` (operationId `createMembershipProduct`).
 * `mutate(variables)` takes `BodyOf<"createMembershipProduct">`. On success it invalidates this client's
 * memberships queries. Key: `[{ operationId: "createMembershipProduct", baseUrl }]`.
 */
export function createMembershipProductMutationOptions(client: MayarClientWith<"memberships">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createMembershipProduct", namespace: "memberships", invalidates: ["memberships"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createMembershipProduct">, options): Promise<DataOf<"createMembershipProduct">> =>
      mayar.memberships.createProduct(body, options),
  );
}

/**
 * Mutation options for `mayar.memberships.createTier`: Create Membership Tier. `POST /hl/v2/memberships/tiers/create` (operationId `createMembershipTier`).
 * `mutate(variables)` takes `BodyOf<"createMembershipTier">`. On success it invalidates this client's
 * memberships queries. Key: `[{ operationId: "createMembershipTier", baseUrl }]`.
 */
export function createMembershipTierMutationOptions(client: MayarClientWith<"memberships">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createMembershipTier", namespace: "memberships", invalidates: ["memberships"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createMembershipTier">, options): Promise<DataOf<"createMembershipTier">> =>
      mayar.memberships.createTier(body, options),
  );
}

/**
 * Mutation options for `mayar.nameServices.create`: Create Name Service. `POST /hl/v2/name-services/create` (operationId `createNameService`).
 * `mutate(variables)` takes `BodyOf<"createNameService">`. On success it invalidates this client's
 * nameServices queries. Key: `[{ operationId: "createNameService", baseUrl }]`.
 */
export function createNameServiceMutationOptions(client: MayarClientWith<"nameServices">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createNameService", namespace: "nameServices", invalidates: ["nameServices"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createNameService">, options): Promise<RootOf<"createNameService">> =>
      mayar.nameServices.create(body, options),
  );
}

/**
 * Mutation options for `mayar.paymentLinks.create`: Create Payment Link. `POST /hl/v2/products/payment-link/create` (operationId `createPaymentLink`).
 * `mutate(variables)` takes `BodyOf<"createPaymentLink">`. On success it invalidates this client's
 * paymentLinks queries. Key: `[{ operationId: "createPaymentLink", baseUrl }]`.
 */
export function createPaymentLinkMutationOptions(client: MayarClientWith<"paymentLinks">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createPaymentLink", namespace: "paymentLinks", invalidates: ["paymentLinks"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createPaymentLink">, options): Promise<DataOf<"createPaymentLink">> =>
      mayar.paymentLinks.create(body, options),
  );
}

/**
 * Mutation options for `mayar.paymentRequests.create`: Create Single Payment Request. `POST /hl/v2/payments/create` (operationId `createPaymentRequest`).
 * `mutate(variables)` takes `BodyOf<"createPaymentRequest">`. On success it invalidates this client's
 * paymentRequests, transactions and balances queries. Key: `[{ operationId: "createPaymentRequest", baseUrl }]`.
 */
export function createPaymentRequestMutationOptions(client: MayarClientWith<"paymentRequests">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createPaymentRequest", namespace: "paymentRequests", invalidates: ["paymentRequests", "transactions", "balances"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createPaymentRequest">, options): Promise<DataOf<"createPaymentRequest">> =>
      mayar.paymentRequests.create(body, options),
  );
}

/**
 * Mutation options for `mayar.products.create`: Create Product. `POST /hl/v2/products/create` (operationId `createProduct`).
 * `mutate(variables)` takes `BodyOf<"createProduct">`. On success it invalidates this client's
 * products queries. Key: `[{ operationId: "createProduct", baseUrl }]`.
 */
export function createProductMutationOptions(client: MayarClientWith<"products">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createProduct", namespace: "products", invalidates: ["products"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createProduct">, options): Promise<DataOf<"createProduct">> =>
      mayar.products.create(body, options),
  );
}

/**
 * Mutation options for `mayar.qrCodes.create`: Create Dynamic QR Code. `POST /hl/v2/qr-codes/create` (operationId `createQrCode`).
 * `mutate(variables)` takes `BodyOf<"createQrCode">`. On success it invalidates this client's
 * qrCodes queries. Key: `[{ operationId: "createQrCode", baseUrl }]`.
 */
export function createQrCodeMutationOptions(client: MayarClientWith<"qrCodes">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createQrCode", namespace: "qrCodes", invalidates: ["qrCodes"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createQrCode">, options): Promise<DataOf<"createQrCode">> =>
      mayar.qrCodes.create(body, options),
  );
}

/**
 * Mutation options for `mayar.reviews.create`: Create Review. `POST /hl/v2/reviews/create` (operationId `createReview`).
 * `mutate(variables)` takes `BodyOf<"createReview">`. On success it invalidates this client's
 * reviews queries. Key: `[{ operationId: "createReview", baseUrl }]`.
 */
export function createReviewMutationOptions(client: MayarClientWith<"reviews">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createReview", namespace: "reviews", invalidates: ["reviews"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createReview">, options): Promise<DataOf<"createReview">> =>
      mayar.reviews.create(body, options),
  );
}

/**
 * Mutation options for `mayar.webinars.create`: Create Webinar. `POST /hl/v2/products/webinar/create` (operationId `createWebinar`).
 * `mutate(variables)` takes `BodyOf<"createWebinar">`. On success it invalidates this client's
 * webinars queries. Key: `[{ operationId: "createWebinar", baseUrl }]`.
 */
export function createWebinarMutationOptions(client: MayarClientWith<"webinars">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "createWebinar", namespace: "webinars", invalidates: ["webinars"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"createWebinar">, options): Promise<DataOf<"createWebinar">> =>
      mayar.webinars.create(body, options),
  );
}

/**
 * Mutation options for `mayar.saasLicenses.deactivate`: Deactivate License (SaaS). `POST /saas/v1/license/deactivate` (operationId `deactivateSaasLicense`).
 * `mutate(variables)` takes `BodyOf<"deactivateSaasLicense">`. On success it invalidates this client's
 * saasLicenses queries. Key: `[{ operationId: "deactivateSaasLicense", baseUrl }]`.
 */
export function deactivateSaasLicenseMutationOptions(client: MayarClientWith<"saasLicenses">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "deactivateSaasLicense", namespace: "saasLicenses", invalidates: ["saasLicenses"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"deactivateSaasLicense">, options): Promise<RootOf<"deactivateSaasLicense">> =>
      mayar.saasLicenses.deactivate(body, options),
  );
}

/**
 * Mutation options for `mayar.saasLicenses.deactivateV2`: Deactivate License (SaaS, v2). `POST /saas/v2/license/deactivate` (operationId `deactivateSaasLicenseV2`).
 * `mutate(variables)` takes `BodyOf<"deactivateSaasLicenseV2">`. On success it invalidates this client's
 * saasLicenses queries. Key: `[{ operationId: "deactivateSaasLicenseV2", baseUrl }]`.
 */
export function deactivateSaasLicenseV2MutationOptions(client: MayarClientWith<"saasLicenses">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "deactivateSaasLicenseV2", namespace: "saasLicenses", invalidates: ["saasLicenses"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"deactivateSaasLicenseV2">, options): Promise<RootOf<"deactivateSaasLicenseV2">> =>
      mayar.saasLicenses.deactivateV2(body, options),
  );
}

/**
 * Mutation options for `mayar.credits.generateImmutableCheckoutLink`: Generate Immutable Checkout Link. `POST /credit/v1/credit/generate/immutable/checkout` (operationId `generateImmutableCheckoutLink`).
 * `mutate(variables)` takes `BodyOf<"generateImmutableCheckoutLink">`. On success it invalidates this client's
 * credits queries. Key: `[{ operationId: "generateImmutableCheckoutLink", baseUrl }]`.
 */
export function generateImmutableCheckoutLinkMutationOptions(client: MayarClientWith<"credits">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "generateImmutableCheckoutLink", namespace: "credits", invalidates: ["credits"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"generateImmutableCheckoutLink">, options): Promise<RootOf<"generateImmutableCheckoutLink">> =>
      mayar.credits.generateImmutableCheckoutLink(body, options),
  );
}

/**
 * Query options for `mayar.balances.get`: Get Account Balance. `GET /hl/v2/balances` (operationId `getBalance`).
 * Key: `[{ scope: "mayar", namespace: "balances", operationId: "getBalance", baseUrl, params: {  } }]`.
 */
export function balanceQueryOptions(client: MayarClientWith<"balances">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "balance", id: "getBalance", namespace: "balances" },
    client,
    {  },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getBalance">> => mayar.balances.get(options),
  );
}

/**
 * Query options for `mayar.bundles.get`: Get Bundling Detail. `GET /hl/v2/bundling/{id}` (operationId `getBundle`).
 * Key: `[{ scope: "mayar", namespace: "bundles", operationId: "getBundle", baseUrl, params: { id } }]`.
 */
export function bundleQueryOptions(client: MayarClientWith<"bundles">, id: PathOf<"getBundle">["id"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "bundle", id: "getBundle", namespace: "bundles" },
    client,
    { id },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getBundle">> => mayar.bundles.get(id, options),
  );
}

/**
 * Query options for `mayar.coupons.get`: Get Coupon. `GET /hl/v2/coupons/{id}` (operationId `getCoupon`).
 * Key: `[{ scope: "mayar", namespace: "coupons", operationId: "getCoupon", baseUrl, params: { id } }]`.
 */
export function couponQueryOptions(client: MayarClientWith<"coupons">, id: PathOf<"getCoupon">["id"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "coupon", id: "getCoupon", namespace: "coupons" },
    client,
    { id },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getCoupon">> => mayar.coupons.get(id, options),
  );
}

/**
 * Query options for `mayar.credits.getBalance`: Get Customer Balance. `GET /credit/v1/credit/customer/balance` (operationId `getCreditBalance`).
 * Key: `[{ scope: "mayar", namespace: "credits", operationId: "getCreditBalance", baseUrl, params: { query } }]`.
 */
export function creditBalanceQueryOptions(client: MayarClientWith<"credits">, query: QueryOf<"getCreditBalance">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "creditBalance", id: "getCreditBalance", namespace: "credits" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<RootOf<"getCreditBalance">> => mayar.credits.getBalance(query, options),
  );
}

/**
 * Query options for `mayar.customers.getByEmail`: Search Customer by Email. `GET /hl/v2/customers/detail` (operationId `getCustomerByEmail`).
 * Key: `[{ scope: "mayar", namespace: "customers", operationId: "getCustomerByEmail", baseUrl, params: { query } }]`.
 */
export function customerByEmailQueryOptions(client: MayarClientWith<"customers">, query: QueryOf<"getCustomerByEmail">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "customerByEmail", id: "getCustomerByEmail", namespace: "customers" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getCustomerByEmail">> => mayar.customers.getByEmail(query, options),
  );
}

/**
 * Query options for `mayar.reviews.getForCustomer`: Get Product Review by Customer. `GET /hl/v2/products/{id}/reviews/customer` (operationId `getCustomerProductReview`).
 * Key: `[{ scope: "mayar", namespace: "reviews", operationId: "getCustomerProductReview", baseUrl, params: { id, query } }]`.
 */
export function customerProductReviewQueryOptions(client: MayarClientWith<"reviews">, id: PathOf<"getCustomerProductReview">["id"], query: QueryOf<"getCustomerProductReview">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "customerProductReview", id: "getCustomerProductReview", namespace: "reviews" },
    client,
    { id, query },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getCustomerProductReview">> => mayar.reviews.getForCustomer(id, query, options),
  );
}

/**
 * Query options for `mayar.transactions.getDaily`: Get Daily Transaction Statistics. `GET /hl/v2/transactions/daily` (operationId `getDailyTransactions`).
 * Key: `[{ scope: "mayar", namespace: "transactions", operationId: "getDailyTransactions", baseUrl, params: {  } }]`.
 */
export function dailyTransactionsQueryOptions(client: MayarClientWith<"transactions">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "dailyTransactions", id: "getDailyTransactions", namespace: "transactions" },
    client,
    {  },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getDailyTransactions">> => mayar.transactions.getDaily(options),
  );
}

/**
 * Query options for `mayar.installments.get`: Get Installment. `GET /hl/v2/installments/{id}` (operationId `getInstallment`).
 * Key: `[{ scope: "mayar", namespace: "installments", operationId: "getInstallment", baseUrl, params: { id } }]`.
 */
export function installmentQueryOptions(client: MayarClientWith<"installments">, id: PathOf<"getInstallment">["id"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "installment", id: "getInstallment", namespace: "installments" },
    client,
    { id },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getInstallment">> => mayar.installments.get(id, options),
  );
}

/**
 * Query options for `mayar.invoices.get`: Get Detail Invoice. `GET /hl/v2/invoices/{id}` (operationId `getInvoice`).
 * Key: `[{ scope: "mayar", namespace: "invoices", operationId: "getInvoice", baseUrl, params: { id } }]`.
 */
export function invoiceQueryOptions(client: MayarClientWith<"invoices">, id: PathOf<"getInvoice">["id"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "invoice", id: "getInvoice", namespace: "invoices" },
    client,
    { id },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getInvoice">> => mayar.invoices.get(id, options),
  );
}

/**
 * Query options for `mayar.memberships.getMember`: Get Membership Member Detail. `GET /hl/v2/memberships/members/{memberId}` (operationId `getMember`).
 * Key: `[{ scope: "mayar", namespace: "memberships", operationId: "getMember", baseUrl, params: { memberId, query } }]`.
 */
export function memberQueryOptions(client: MayarClientWith<"memberships">, memberId: PathOf<"getMember">["memberId"], query: QueryOf<"getMember">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "member", id: "getMember", namespace: "memberships" },
    client,
    { memberId, query },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getMember">> => mayar.memberships.getMember(memberId, query, options),
  );
}

/**
 * Query options for `mayar.memberships.getProduct`: Get Membership Product. `GET /hl/v2/memberships/products/{productId}` (operationId `getMembershipProduct`).
 * Key: `[{ scope: "mayar", namespace: "memberships", operationId: "getMembershipProduct", baseUrl, params: { productId } }]`.
 */
export function membershipProductQueryOptions(client: MayarClientWith<"memberships">, productId: PathOf<"getMembershipProduct">["productId"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "membershipProduct", id: "getMembershipProduct", namespace: "memberships" },
    client,
    { productId },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getMembershipProduct">> => mayar.memberships.getProduct(productId, options),
  );
}

/**
 * Query options for `mayar.memberships.getTier`: Get Membership Tier. `GET /hl/v2/memberships/tiers/{tierId}` (operationId `getMembershipTier`).
 * Key: `[{ scope: "mayar", namespace: "memberships", operationId: "getMembershipTier", baseUrl, params: { tierId, query } }]`.
 */
export function membershipTierQueryOptions(client: MayarClientWith<"memberships">, tierId: PathOf<"getMembershipTier">["tierId"], query: QueryOf<"getMembershipTier">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "membershipTier", id: "getMembershipTier", namespace: "memberships" },
    client,
    { tierId, query },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getMembershipTier">> => mayar.memberships.getTier(tierId, query, options),
  );
}

/**
 * Query options for `mayar.reviews.getMerchantStats`: Get Merchant Review Statistics. `GET /hl/v2/merchants/reviews/stats` (operationId `getMerchantReviewStats`).
 * Key: `[{ scope: "mayar", namespace: "reviews", operationId: "getMerchantReviewStats", baseUrl, params: {  } }]`.
 */
export function merchantReviewStatsQueryOptions(client: MayarClientWith<"reviews">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "merchantReviewStats", id: "getMerchantReviewStats", namespace: "reviews" },
    client,
    {  },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getMerchantReviewStats">> => mayar.reviews.getMerchantStats(options),
  );
}

/**
 * Query options for `mayar.paymentChannels.get`: Get Payment Channels. `GET /hl/v2/payment-channels` (operationId `getPaymentChannels`).
 * Key: `[{ scope: "mayar", namespace: "paymentChannels", operationId: "getPaymentChannels", baseUrl, params: {  } }]`.
 */
export function paymentChannelsQueryOptions(client: MayarClientWith<"paymentChannels">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "paymentChannels", id: "getPaymentChannels", namespace: "paymentChannels" },
    client,
    {  },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getPaymentChannels">> => mayar.paymentChannels.get(options),
  );
}

/**
 * Query options for `mayar.paymentRequests.get`: Get Payment Request. `GET /hl/v2/payments/{id}` (operationId `getPaymentRequest`).
 * Key: `[{ scope: "mayar", namespace: "paymentRequests", operationId: "getPaymentRequest", baseUrl, params: { id } }]`.
 */
export function paymentRequestQueryOptions(client: MayarClientWith<"paymentRequests">, id: PathOf<"getPaymentRequest">["id"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "paymentRequest", id: "getPaymentRequest", namespace: "paymentRequests" },
    client,
    { id },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getPaymentRequest">> => mayar.paymentRequests.get(id, options),
  );
}

/**
 * Query options for `mayar.products.get`: Get Product Detail. `GET /hl/v2/products/{id}` (operationId `getProduct`).
 * Key: `[{ scope: "mayar", namespace: "products", operationId: "getProduct", baseUrl, params: { id } }]`.
 */
export function productQueryOptions(client: MayarClientWith<"products">, id: PathOf<"getProduct">["id"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "product", id: "getProduct", namespace: "products" },
    client,
    { id },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getProduct">> => mayar.products.get(id, options),
  );
}

/**
 * Query options for `mayar.reviews.getProductStats`: Get Product Review Statistics. `GET /hl/v2/products/{id}/reviews/stats` (operationId `getProductReviewStats`).
 * Key: `[{ scope: "mayar", namespace: "reviews", operationId: "getProductReviewStats", baseUrl, params: { id } }]`.
 */
export function productReviewStatsQueryOptions(client: MayarClientWith<"reviews">, id: PathOf<"getProductReviewStats">["id"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "productReviewStats", id: "getProductReviewStats", namespace: "reviews" },
    client,
    { id },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getProductReviewStats">> => mayar.reviews.getProductStats(id, options),
  );
}

/**
 * Query options for `mayar.qrCodes.getStatic`: Get Static QR Code. `GET /hl/v2/qr-codes/static` (operationId `getStaticQrCode`).
 * Key: `[{ scope: "mayar", namespace: "qrCodes", operationId: "getStaticQrCode", baseUrl, params: {  } }]`.
 */
export function staticQrCodeQueryOptions(client: MayarClientWith<"qrCodes">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "staticQrCode", id: "getStaticQrCode", namespace: "qrCodes" },
    client,
    {  },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getStaticQrCode">> => mayar.qrCodes.getStatic(options),
  );
}

/**
 * Query options for `mayar.transactions.get`: Get Transaction. `GET /hl/v2/transactions/{id}` (operationId `getTransaction`).
 * Key: `[{ scope: "mayar", namespace: "transactions", operationId: "getTransaction", baseUrl, params: { id } }]`.
 */
export function transactionQueryOptions(client: MayarClientWith<"transactions">, id: PathOf<"getTransaction">["id"], requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "transaction", id: "getTransaction", namespace: "transactions" },
    client,
    { id },
    requestOptions,
    (mayar, options): PromiseLike<DataOf<"getTransaction">> => mayar.transactions.get(id, options),
  );
}

/**
 * Query options for `mayar.bundles.list`: Get Bundling. `GET /hl/v2/bundling` (operationId `listBundles`).
 * Key: `[{ scope: "mayar", namespace: "bundles", operationId: "listBundles", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function bundlesQueryOptions(client: MayarClientWith<"bundles">, query?: QueryOf<"listBundles">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "bundles", id: "listBundles", namespace: "bundles" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listBundles">> => mayar.bundles.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.bundles.list`: Get Bundling, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/bundling` (operationId `listBundles`). Key: as the one-page key, with `infinite: true`.
 */
export function bundlesInfiniteQueryOptions(client: MayarClientWith<"bundles">, query?: QueryOf<"listBundles">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "bundlesInfinite", id: "listBundles", namespace: "bundles", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listBundles"> | undefined, options): PromiseLike<PageOf<"listBundles">> =>
      mayar.bundles.list(input, options),
  );
}

/**
 * Query options for `mayar.coupons.list`: List Coupons. `GET /hl/v2/coupons` (operationId `listCoupons`).
 * Key: `[{ scope: "mayar", namespace: "coupons", operationId: "listCoupons", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function couponsQueryOptions(client: MayarClientWith<"coupons">, query?: QueryOf<"listCoupons">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "coupons", id: "listCoupons", namespace: "coupons" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listCoupons">> => mayar.coupons.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.coupons.list`: List Coupons, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/coupons` (operationId `listCoupons`). Key: as the one-page key, with `infinite: true`.
 */
export function couponsInfiniteQueryOptions(client: MayarClientWith<"coupons">, query?: QueryOf<"listCoupons">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "couponsInfinite", id: "listCoupons", namespace: "coupons", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listCoupons"> | undefined, options): PromiseLike<PageOf<"listCoupons">> =>
      mayar.coupons.list(input, options),
  );
}

/**
 * Query options for `mayar.credits.listHistory`: Get Paginate Customer Credit History. `GET /credit/v1/credit/customer/paginate-credit-history/{customerId}` (operationId `listCreditHistory`).
 * Key: `[{ scope: "mayar", namespace: "credits", operationId: "listCreditHistory", baseUrl, params: { customerId, query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function creditHistoryQueryOptions(client: MayarClientWith<"credits">, customerId: PathOf<"listCreditHistory">["customerId"], query: QueryOf<"listCreditHistory">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "creditHistory", id: "listCreditHistory", namespace: "credits" },
    client,
    { customerId, query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listCreditHistory">> => mayar.credits.listHistory(customerId, query, options),
  );
}

/**
 * Infinite query options for `mayar.credits.listHistory`: Get Paginate Customer Credit History, every page.
 * Follows the page number (`page`) while `hasMore`.
 * `GET /credit/v1/credit/customer/paginate-credit-history/{customerId}` (operationId `listCreditHistory`). Key: as the one-page key, with `infinite: true`.
 */
export function creditHistoryInfiniteQueryOptions(client: MayarClientWith<"credits">, customerId: PathOf<"listCreditHistory">["customerId"], query: QueryOf<"listCreditHistory">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "creditHistoryInfinite", id: "listCreditHistory", namespace: "credits", page: "page", cursor: "page" },
    client,
    { customerId, query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listCreditHistory">, options): PromiseLike<PageOf<"listCreditHistory">> =>
      mayar.credits.listHistory(customerId, input, options),
  );
}

/**
 * Query options for `mayar.customers.list`: List Customers. `GET /hl/v2/customers` (operationId `listCustomers`).
 * Key: `[{ scope: "mayar", namespace: "customers", operationId: "listCustomers", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function customersQueryOptions(client: MayarClientWith<"customers">, query?: QueryOf<"listCustomers">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "customers", id: "listCustomers", namespace: "customers" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listCustomers">> => mayar.customers.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.customers.list`: List Customers, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/customers` (operationId `listCustomers`). Key: as the one-page key, with `infinite: true`.
 */
export function customersInfiniteQueryOptions(client: MayarClientWith<"customers">, query?: QueryOf<"listCustomers">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "customersInfinite", id: "listCustomers", namespace: "customers", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listCustomers"> | undefined, options): PromiseLike<PageOf<"listCustomers">> =>
      mayar.customers.list(input, options),
  );
}

/**
 * Query options for `mayar.installments.list`: List Installments. `GET /hl/v2/installments` (operationId `listInstallments`).
 * Key: `[{ scope: "mayar", namespace: "installments", operationId: "listInstallments", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function installmentsQueryOptions(client: MayarClientWith<"installments">, query?: QueryOf<"listInstallments">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "installments", id: "listInstallments", namespace: "installments" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listInstallments">> => mayar.installments.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.installments.list`: List Installments, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/installments` (operationId `listInstallments`). Key: as the one-page key, with `infinite: true`.
 */
export function installmentsInfiniteQueryOptions(client: MayarClientWith<"installments">, query?: QueryOf<"listInstallments">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "installmentsInfinite", id: "listInstallments", namespace: "installments", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listInstallments"> | undefined, options): PromiseLike<PageOf<"listInstallments">> =>
      mayar.installments.list(input, options),
  );
}

/**
 * Query options for `mayar.invoices.list`: Get List Invoice. `GET /hl/v2/invoices` (operationId `listInvoices`).
 * Key: `[{ scope: "mayar", namespace: "invoices", operationId: "listInvoices", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function invoicesQueryOptions(client: MayarClientWith<"invoices">, query?: QueryOf<"listInvoices">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "invoices", id: "listInvoices", namespace: "invoices" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listInvoices">> => mayar.invoices.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.invoices.list`: Get List Invoice, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/invoices` (operationId `listInvoices`). Key: as the one-page key, with `infinite: true`.
 */
export function invoicesInfiniteQueryOptions(client: MayarClientWith<"invoices">, query?: QueryOf<"listInvoices">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "invoicesInfinite", id: "listInvoices", namespace: "invoices", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listInvoices"> | undefined, options): PromiseLike<PageOf<"listInvoices">> =>
      mayar.invoices.list(input, options),
  );
}

/**
 * Query options for `mayar.invoices.listByEmail`: Filter Invoices by Customer Email. `GET /hl/v2/invoices/filter` (operationId `listInvoicesByEmail`).
 * Key: `[{ scope: "mayar", namespace: "invoices", operationId: "listInvoicesByEmail", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function invoicesByEmailQueryOptions(client: MayarClientWith<"invoices">, query: QueryOf<"listInvoicesByEmail">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "invoicesByEmail", id: "listInvoicesByEmail", namespace: "invoices" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listInvoicesByEmail">> => mayar.invoices.listByEmail(query, options),
  );
}

/**
 * Infinite query options for `mayar.invoices.listByEmail`: Filter Invoices by Customer Email, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/invoices/filter` (operationId `listInvoicesByEmail`). Key: as the one-page key, with `infinite: true`.
 */
export function invoicesByEmailInfiniteQueryOptions(client: MayarClientWith<"invoices">, query: QueryOf<"listInvoicesByEmail">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "invoicesByEmailInfinite", id: "listInvoicesByEmail", namespace: "invoices", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listInvoicesByEmail">, options): PromiseLike<PageOf<"listInvoicesByEmail">> =>
      mayar.invoices.listByEmail(input, options),
  );
}

/**
 * Query options for `mayar.memberships.listMembers`: Get Membership Members. `GET /hl/v2/memberships/members` (operationId `listMembers`).
 * Key: `[{ scope: "mayar", namespace: "memberships", operationId: "listMembers", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function membersQueryOptions(client: MayarClientWith<"memberships">, query: QueryOf<"listMembers">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "members", id: "listMembers", namespace: "memberships" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listMembers">> => mayar.memberships.listMembers(query, options),
  );
}

/**
 * Infinite query options for `mayar.memberships.listMembers`: Get Membership Members, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/memberships/members` (operationId `listMembers`). Key: as the one-page key, with `infinite: true`.
 */
export function membersInfiniteQueryOptions(client: MayarClientWith<"memberships">, query: QueryOf<"listMembers">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "membersInfinite", id: "listMembers", namespace: "memberships", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listMembers">, options): PromiseLike<PageOf<"listMembers">> =>
      mayar.memberships.listMembers(input, options),
  );
}

/**
 * Query options for `mayar.memberships.listTiers`: Get Membership Tiers. `GET /hl/v2/memberships/tiers` (operationId `listMembershipTiers`).
 * Key: `[{ scope: "mayar", namespace: "memberships", operationId: "listMembershipTiers", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function membershipTiersQueryOptions(client: MayarClientWith<"memberships">, query: QueryOf<"listMembershipTiers">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "membershipTiers", id: "listMembershipTiers", namespace: "memberships" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listMembershipTiers">> => mayar.memberships.listTiers(query, options),
  );
}

/**
 * Infinite query options for `mayar.memberships.listTiers`: Get Membership Tiers, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/memberships/tiers` (operationId `listMembershipTiers`). Key: as the one-page key, with `infinite: true`.
 */
export function membershipTiersInfiniteQueryOptions(client: MayarClientWith<"memberships">, query: QueryOf<"listMembershipTiers">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "membershipTiersInfinite", id: "listMembershipTiers", namespace: "memberships", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listMembershipTiers">, options): PromiseLike<PageOf<"listMembershipTiers">> =>
      mayar.memberships.listTiers(input, options),
  );
}

/**
 * Query options for `mayar.paymentLinks.listByType`: Sort Payment Links by Type. `POST /hl/v2/payment-links/sort/{type}` (operationId `listPaymentLinksByType`).
 * Key: `[{ scope: "mayar", namespace: "paymentLinks", operationId: "listPaymentLinksByType", baseUrl, params: { type, query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function paymentLinksByTypeQueryOptions(client: MayarClientWith<"paymentLinks">, type: PathOf<"listPaymentLinksByType">["type"], query?: QueryOf<"listPaymentLinksByType">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "paymentLinksByType", id: "listPaymentLinksByType", namespace: "paymentLinks" },
    client,
    { type, query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listPaymentLinksByType">> => mayar.paymentLinks.listByType(type, query, options),
  );
}

/**
 * Infinite query options for `mayar.paymentLinks.listByType`: Sort Payment Links by Type, every page.
 * Follows `nextStartingAfter` (sent as `starting_after`) while `hasMore`.
 * `POST /hl/v2/payment-links/sort/{type}` (operationId `listPaymentLinksByType`). Key: as the one-page key, with `infinite: true`.
 */
export function paymentLinksByTypeInfiniteQueryOptions(client: MayarClientWith<"paymentLinks">, type: PathOf<"listPaymentLinksByType">["type"], query?: QueryOf<"listPaymentLinksByType">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "paymentLinksByTypeInfinite", id: "listPaymentLinksByType", namespace: "paymentLinks", page: "cursor", cursor: "starting_after" },
    client,
    { type, query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listPaymentLinksByType"> | undefined, options): PromiseLike<PageOf<"listPaymentLinksByType">> =>
      mayar.paymentLinks.listByType(type, input, options),
  );
}

/**
 * Query options for `mayar.paymentRequests.list`: List Payment Requests. `GET /hl/v2/payments` (operationId `listPaymentRequests`).
 * Key: `[{ scope: "mayar", namespace: "paymentRequests", operationId: "listPaymentRequests", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function paymentRequestsQueryOptions(client: MayarClientWith<"paymentRequests">, query?: QueryOf<"listPaymentRequests">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "paymentRequests", id: "listPaymentRequests", namespace: "paymentRequests" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listPaymentRequests">> => mayar.paymentRequests.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.paymentRequests.list`: List Payment Requests, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/payments` (operationId `listPaymentRequests`). Key: as the one-page key, with `infinite: true`.
 */
export function paymentRequestsInfiniteQueryOptions(client: MayarClientWith<"paymentRequests">, query?: QueryOf<"listPaymentRequests">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "paymentRequestsInfinite", id: "listPaymentRequests", namespace: "paymentRequests", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listPaymentRequests"> | undefined, options): PromiseLike<PageOf<"listPaymentRequests">> =>
      mayar.paymentRequests.list(input, options),
  );
}

/**
 * Query options for `mayar.reviews.listForProduct`: List Product Reviews. `GET /hl/v2/products/{id}/reviews` (operationId `listProductReviews`).
 * Key: `[{ scope: "mayar", namespace: "reviews", operationId: "listProductReviews", baseUrl, params: { id, query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function productReviewsQueryOptions(client: MayarClientWith<"reviews">, id: PathOf<"listProductReviews">["id"], query?: QueryOf<"listProductReviews">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "productReviews", id: "listProductReviews", namespace: "reviews" },
    client,
    { id, query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listProductReviews">> => mayar.reviews.listForProduct(id, query, options),
  );
}

/**
 * Infinite query options for `mayar.reviews.listForProduct`: List Product Reviews, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/products/{id}/reviews` (operationId `listProductReviews`). Key: as the one-page key, with `infinite: true`.
 */
export function productReviewsInfiniteQueryOptions(client: MayarClientWith<"reviews">, id: PathOf<"listProductReviews">["id"], query?: QueryOf<"listProductReviews">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "productReviewsInfinite", id: "listProductReviews", namespace: "reviews", page: "cursor", cursor: "startingAfter" },
    client,
    { id, query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listProductReviews"> | undefined, options): PromiseLike<PageOf<"listProductReviews">> =>
      mayar.reviews.listForProduct(id, input, options),
  );
}

/**
 * Query options for `mayar.products.list`: Get Product Page. `GET /hl/v2/products` (operationId `listProducts`).
 * Key: `[{ scope: "mayar", namespace: "products", operationId: "listProducts", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function productsQueryOptions(client: MayarClientWith<"products">, query?: QueryOf<"listProducts">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "products", id: "listProducts", namespace: "products" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listProducts">> => mayar.products.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.products.list`: Get Product Page, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/products` (operationId `listProducts`). Key: as the one-page key, with `infinite: true`.
 */
export function productsInfiniteQueryOptions(client: MayarClientWith<"products">, query?: QueryOf<"listProducts">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "productsInfinite", id: "listProducts", namespace: "products", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listProducts"> | undefined, options): PromiseLike<PageOf<"listProducts">> =>
      mayar.products.list(input, options),
  );
}

/**
 * Query options for `mayar.products.listByType`: Get Product Page with Type Filter. `GET /hl/v2/products/types/{type}` (operationId `listProductsByType`).
 * Key: `[{ scope: "mayar", namespace: "products", operationId: "listProductsByType", baseUrl, params: { type, query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function productsByTypeQueryOptions(client: MayarClientWith<"products">, type: PathOf<"listProductsByType">["type"], query?: QueryOf<"listProductsByType">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "productsByType", id: "listProductsByType", namespace: "products" },
    client,
    { type, query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listProductsByType">> => mayar.products.listByType(type, query, options),
  );
}

/**
 * Infinite query options for `mayar.products.listByType`: Get Product Page with Type Filter, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/products/types/{type}` (operationId `listProductsByType`). Key: as the one-page key, with `infinite: true`.
 */
export function productsByTypeInfiniteQueryOptions(client: MayarClientWith<"products">, type: PathOf<"listProductsByType">["type"], query?: QueryOf<"listProductsByType">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "productsByTypeInfinite", id: "listProductsByType", namespace: "products", page: "cursor", cursor: "startingAfter" },
    client,
    { type, query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listProductsByType"> | undefined, options): PromiseLike<PageOf<"listProductsByType">> =>
      mayar.products.listByType(type, input, options),
  );
}

/**
 * Query options for `mayar.products.listTransactions`: Get Product Transactions. `GET /hl/v2/products/{id}/transactions` (operationId `listProductTransactions`).
 * Key: `[{ scope: "mayar", namespace: "products", operationId: "listProductTransactions", baseUrl, params: { id, query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function productTransactionsQueryOptions(client: MayarClientWith<"products">, id: PathOf<"listProductTransactions">["id"], query?: QueryOf<"listProductTransactions">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "productTransactions", id: "listProductTransactions", namespace: "products" },
    client,
    { id, query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listProductTransactions">> => mayar.products.listTransactions(id, query, options),
  );
}

/**
 * Infinite query options for `mayar.products.listTransactions`: Get Product Transactions, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/products/{id}/transactions` (operationId `listProductTransactions`). Key: as the one-page key, with `infinite: true`.
 */
export function productTransactionsInfiniteQueryOptions(client: MayarClientWith<"products">, id: PathOf<"listProductTransactions">["id"], query?: QueryOf<"listProductTransactions">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "productTransactionsInfinite", id: "listProductTransactions", namespace: "products", page: "cursor", cursor: "startingAfter" },
    client,
    { id, query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listProductTransactions"> | undefined, options): PromiseLike<PageOf<"listProductTransactions">> =>
      mayar.products.listTransactions(id, input, options),
  );
}

/**
 * Query options for `mayar.reviews.list`: List Reviews. `GET /hl/v2/reviews` (operationId `listReviews`).
 * Key: `[{ scope: "mayar", namespace: "reviews", operationId: "listReviews", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function reviewsQueryOptions(client: MayarClientWith<"reviews">, query?: QueryOf<"listReviews">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "reviews", id: "listReviews", namespace: "reviews" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listReviews">> => mayar.reviews.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.reviews.list`: List Reviews, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/reviews` (operationId `listReviews`). Key: as the one-page key, with `infinite: true`.
 */
export function reviewsInfiniteQueryOptions(client: MayarClientWith<"reviews">, query?: QueryOf<"listReviews">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "reviewsInfinite", id: "listReviews", namespace: "reviews", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listReviews"> | undefined, options): PromiseLike<PageOf<"listReviews">> =>
      mayar.reviews.list(input, options),
  );
}

/**
 * Query options for `mayar.transactions.list`: Get Paid Transactions (Balance History). `GET /hl/v2/transactions` (operationId `listTransactions`).
 * Key: `[{ scope: "mayar", namespace: "transactions", operationId: "listTransactions", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function transactionsQueryOptions(client: MayarClientWith<"transactions">, query?: QueryOf<"listTransactions">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "transactions", id: "listTransactions", namespace: "transactions" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listTransactions">> => mayar.transactions.list(query, options),
  );
}

/**
 * Infinite query options for `mayar.transactions.list`: Get Paid Transactions (Balance History), every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/transactions` (operationId `listTransactions`). Key: as the one-page key, with `infinite: true`.
 */
export function transactionsInfiniteQueryOptions(client: MayarClientWith<"transactions">, query?: QueryOf<"listTransactions">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "transactionsInfinite", id: "listTransactions", namespace: "transactions", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listTransactions"> | undefined, options): PromiseLike<PageOf<"listTransactions">> =>
      mayar.transactions.list(input, options),
  );
}

/**
 * Query options for `mayar.transactions.listUnpaid`: Get Unpaid Transactions. `GET /hl/v2/transactions/unpaid` (operationId `listUnpaidTransactions`).
 * Key: `[{ scope: "mayar", namespace: "transactions", operationId: "listUnpaidTransactions", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function unpaidTransactionsQueryOptions(client: MayarClientWith<"transactions">, query?: QueryOf<"listUnpaidTransactions">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "unpaidTransactions", id: "listUnpaidTransactions", namespace: "transactions" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listUnpaidTransactions">> => mayar.transactions.listUnpaid(query, options),
  );
}

/**
 * Infinite query options for `mayar.transactions.listUnpaid`: Get Unpaid Transactions, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/transactions/unpaid` (operationId `listUnpaidTransactions`). Key: as the one-page key, with `infinite: true`.
 */
export function unpaidTransactionsInfiniteQueryOptions(client: MayarClientWith<"transactions">, query?: QueryOf<"listUnpaidTransactions">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "unpaidTransactionsInfinite", id: "listUnpaidTransactions", namespace: "transactions", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listUnpaidTransactions"> | undefined, options): PromiseLike<PageOf<"listUnpaidTransactions">> =>
      mayar.transactions.listUnpaid(input, options),
  );
}

/**
 * Query options for `mayar.webhooks.listHistory`: Get History. `GET /hl/v2/webhooks/history` (operationId `listWebhookHistory`).
 * Key: `[{ scope: "mayar", namespace: "webhooks", operationId: "listWebhookHistory", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function webhookHistoryQueryOptions(client: MayarClientWith<"webhooks">, query?: QueryOf<"listWebhookHistory">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "webhookHistory", id: "listWebhookHistory", namespace: "webhooks" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listWebhookHistory">> => mayar.webhooks.listHistory(query, options),
  );
}

/**
 * Infinite query options for `mayar.webhooks.listHistory`: Get History, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/webhooks/history` (operationId `listWebhookHistory`). Key: as the one-page key, with `infinite: true`.
 */
export function webhookHistoryInfiniteQueryOptions(client: MayarClientWith<"webhooks">, query?: QueryOf<"listWebhookHistory">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "webhookHistoryInfinite", id: "listWebhookHistory", namespace: "webhooks", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listWebhookHistory"> | undefined, options): PromiseLike<PageOf<"listWebhookHistory">> =>
      mayar.webhooks.listHistory(input, options),
  );
}

/**
 * Query options for `mayar.webhooks.listNewHistory`: Get New History. `GET /hl/v2/webhooks/new-history` (operationId `listWebhookNewHistory`).
 * Key: `[{ scope: "mayar", namespace: "webhooks", operationId: "listWebhookNewHistory", baseUrl, params: { query } }]`.
 * One page; see the infinite variant to follow the pages.
 */
export function webhookNewHistoryQueryOptions(client: MayarClientWith<"webhooks">, query?: QueryOf<"listWebhookNewHistory">, requestOptions?: RequestOptions) {
  return mayarQueryOptions(
    { name: "webhookNewHistory", id: "listWebhookNewHistory", namespace: "webhooks" },
    client,
    { query },
    requestOptions,
    (mayar, options): PromiseLike<PageOf<"listWebhookNewHistory">> => mayar.webhooks.listNewHistory(query, options),
  );
}

/**
 * Infinite query options for `mayar.webhooks.listNewHistory`: Get New History, every page.
 * Follows `nextStartingAfter` (sent as `startingAfter`) while `hasMore`.
 * `GET /hl/v2/webhooks/new-history` (operationId `listWebhookNewHistory`). Key: as the one-page key, with `infinite: true`.
 */
export function webhookNewHistoryInfiniteQueryOptions(client: MayarClientWith<"webhooks">, query?: QueryOf<"listWebhookNewHistory">, requestOptions?: RequestOptions) {
  return mayarInfiniteQueryOptions(
    { name: "webhookNewHistoryInfinite", id: "listWebhookNewHistory", namespace: "webhooks", page: "cursor", cursor: "startingAfter" },
    client,
    { query },
    query,
    requestOptions,
    (mayar, input: QueryOf<"listWebhookNewHistory"> | undefined, options): PromiseLike<PageOf<"listWebhookNewHistory">> =>
      mayar.webhooks.listNewHistory(input, options),
  );
}

/**
 * Mutation options for `mayar.credits.registerCustomer`: Regist New Customer. `POST /credit/v1/credit/credit-usage/customer/regist` (operationId `registerCreditCustomer`).
 * `mutate(variables)` takes `BodyOf<"registerCreditCustomer">`. On success it invalidates this client's
 * credits queries. Key: `[{ operationId: "registerCreditCustomer", baseUrl }]`.
 */
export function registerCreditCustomerMutationOptions(client: MayarClientWith<"credits">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "registerCreditCustomer", namespace: "credits", invalidates: ["credits"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"registerCreditCustomer">, options): Promise<DataOf<"registerCreditCustomer">> =>
      mayar.credits.registerCustomer(body, options),
  );
}

/**
 * Mutation options for `mayar.credits.registerMember`: Regist New Membership Customer. `POST /credit/v1/credit/membership/customer/regist` (operationId `registerCreditMember`).
 * `mutate(variables)` takes `BodyOf<"registerCreditMember">`. On success it invalidates this client's
 * credits queries. Key: `[{ operationId: "registerCreditMember", baseUrl }]`.
 */
export function registerCreditMemberMutationOptions(client: MayarClientWith<"credits">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "registerCreditMember", namespace: "credits", invalidates: ["credits"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"registerCreditMember">, options): Promise<RootOf<"registerCreditMember">> =>
      mayar.credits.registerMember(body, options),
  );
}

/**
 * Mutation options for `mayar.webhooks.register`: Register URL Hook. `POST /hl/v2/webhooks/update` (operationId `registerWebhook`).
 * `mutate(variables)` takes `BodyOf<"registerWebhook">`. On success it invalidates this client's
 * webhooks queries. Key: `[{ operationId: "registerWebhook", baseUrl }]`.
 */
export function registerWebhookMutationOptions(client: MayarClientWith<"webhooks">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "registerWebhook", namespace: "webhooks", invalidates: ["webhooks"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"registerWebhook">, options): Promise<RootOf<"registerWebhook">> =>
      mayar.webhooks.register(body, options),
  );
}

/**
 * Mutation options for `mayar.webhooks.retry`: Retry History. `POST /hl/v2/webhooks/retry` (operationId `retryWebhook`).
 * `mutate(variables)` takes `BodyOf<"retryWebhook">`. On success it invalidates this client's
 * webhooks queries. Key: `[{ operationId: "retryWebhook", baseUrl }]`.
 */
export function retryWebhookMutationOptions(client: MayarClientWith<"webhooks">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "retryWebhook", namespace: "webhooks", invalidates: ["webhooks"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"retryWebhook">, options): Promise<RootOf<"retryWebhook">> =>
      mayar.webhooks.retry(body, options),
  );
}

/**
 * Mutation options for `mayar.credits.spend`: Spend Customer Credit. `POST /credit/v1/credit/customer/spend` (operationId `spendCredit`).
 * `mutate(variables)` takes `BodyOf<"spendCredit">`. On success it invalidates this client's
 * credits queries. Key: `[{ operationId: "spendCredit", baseUrl }]`.
 */
export function spendCreditMutationOptions(client: MayarClientWith<"credits">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "spendCredit", namespace: "credits", invalidates: ["credits"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"spendCredit">, options): Promise<RootOf<"spendCredit">> =>
      mayar.credits.spend(body, options),
  );
}

/**
 * Mutation options for `mayar.webhooks.test`: Test URL Hook. `POST /hl/v2/webhooks/test` (operationId `testWebhook`).
 * `mutate(variables)` takes `BodyOf<"testWebhook">`. On success it invalidates this client's
 * webhooks queries. Key: `[{ operationId: "testWebhook", baseUrl }]`.
 */
export function testWebhookMutationOptions(client: MayarClientWith<"webhooks">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "testWebhook", namespace: "webhooks", invalidates: ["webhooks"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"testWebhook">, options): Promise<RootOf<"testWebhook">> =>
      mayar.webhooks.test(body, options),
  );
}

/**
 * Mutation options for `mayar.customers.update`: Update Customer Email. `POST /hl/v2/customers/update` (operationId `updateCustomer`).
 * `mutate(variables)` takes `BodyOf<"updateCustomer">`. On success it invalidates this client's
 * customers queries. Key: `[{ operationId: "updateCustomer", baseUrl }]`.
 */
export function updateCustomerMutationOptions(client: MayarClientWith<"customers">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateCustomer", namespace: "customers", invalidates: ["customers"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateCustomer">, options): Promise<RootOf<"updateCustomer">> =>
      mayar.customers.update(body, options),
  );
}

/**
 * Mutation options for `mayar.digitalProducts.update`: Edit Digital Product. `POST /hl/v2/products/digital-product/{id}/update` (operationId `updateDigitalProduct`).
 * `mutate(variables)` takes `BodyOf<"updateDigitalProduct">`. On success it invalidates this client's
 * digitalProducts queries. Key: `[{ operationId: "updateDigitalProduct", baseUrl }]`.
 */
export function updateDigitalProductMutationOptions(client: MayarClientWith<"digitalProducts">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateDigitalProduct", namespace: "digitalProducts", invalidates: ["digitalProducts"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateDigitalProduct">, options): Promise<DataOf<"updateDigitalProduct">> =>
      mayar.digitalProducts.update(body, options),
  );
}

/**
 * Mutation options for `mayar.events.update`: Edit Event. `POST /hl/v2/products/event/{id}/update` (operationId `updateEvent`).
 * `mutate(variables)` takes `BodyOf<"updateEvent">`. On success it invalidates this client's
 * events queries. Key: `[{ operationId: "updateEvent", baseUrl }]`.
 */
export function updateEventMutationOptions(client: MayarClientWith<"events">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateEvent", namespace: "events", invalidates: ["events"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateEvent">, options): Promise<DataOf<"updateEvent">> =>
      mayar.events.update(body, options),
  );
}

/**
 * Mutation options for `mayar.invoices.update`: Edit Invoice. `POST /hl/v2/invoices/{id}/update` (operationId `updateInvoice`).
 * `mutate(variables)` takes `BodyOf<"updateInvoice">`. On success it invalidates this client's
 * invoices, transactions and balances queries. Key: `[{ operationId: "updateInvoice", baseUrl }]`.
 */
export function updateInvoiceMutationOptions(client: MayarClientWith<"invoices">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateInvoice", namespace: "invoices", invalidates: ["invoices", "transactions", "balances"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateInvoice">, options): Promise<DataOf<"updateInvoice">> =>
      mayar.invoices.update(body, options),
  );
}

/**
 * Mutation options for `mayar.memberships.updateMember`: Update Membership Member. `POST /hl/v2/memberships/members/{memberId}/update` (operationId `updateMember`).
 * `mutate(variables)` takes `PathOf<"updateMember"> & { body: BodyOf<"updateMember"> }`. On success it invalidates this client's
 * memberships queries. Key: `[{ operationId: "updateMember", baseUrl }]`.
 */
export function updateMemberMutationOptions(client: MayarClientWith<"memberships">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateMember", namespace: "memberships", invalidates: ["memberships"] },
    client,
    requestOptions,
    (mayar, { memberId, body }: PathOf<"updateMember"> & { body: BodyOf<"updateMember"> }, options): Promise<DataOf<"updateMember">> =>
      mayar.memberships.updateMember(memberId, body, options),
  );
}

/**
 * Mutation options for `mayar.nameServices.update`: Update Name Service. `POST /hl/v2/name-services/update` (operationId `updateNameService`).
 * `mutate(variables)` takes `BodyOf<"updateNameService">`. On success it invalidates this client's
 * nameServices queries. Key: `[{ operationId: "updateNameService", baseUrl }]`.
 */
export function updateNameServiceMutationOptions(client: MayarClientWith<"nameServices">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateNameService", namespace: "nameServices", invalidates: ["nameServices"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateNameService">, options): Promise<DataOf<"updateNameService">> =>
      mayar.nameServices.update(body, options),
  );
}

/**
 * Mutation options for `mayar.paymentLinks.update`: Update Payment Link. `POST /hl/v2/payment-links/{id}/update` (operationId `updatePaymentLink`).
 * `mutate(variables)` takes `BodyOf<"updatePaymentLink">`. On success it invalidates this client's
 * paymentLinks queries. Key: `[{ operationId: "updatePaymentLink", baseUrl }]`.
 */
export function updatePaymentLinkMutationOptions(client: MayarClientWith<"paymentLinks">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updatePaymentLink", namespace: "paymentLinks", invalidates: ["paymentLinks"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updatePaymentLink">, options): Promise<DataOf<"updatePaymentLink">> =>
      mayar.paymentLinks.update(body, options),
  );
}

/**
 * Mutation options for `mayar.paymentRequests.update`: Update Single Payment Request. `POST /hl/v2/payments/{id}/update` (operationId `updatePaymentRequest`).
 * `mutate(variables)` takes `BodyOf<"updatePaymentRequest">`. On success it invalidates this client's
 * paymentRequests, transactions and balances queries. Key: `[{ operationId: "updatePaymentRequest", baseUrl }]`.
 */
export function updatePaymentRequestMutationOptions(client: MayarClientWith<"paymentRequests">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updatePaymentRequest", namespace: "paymentRequests", invalidates: ["paymentRequests", "transactions", "balances"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updatePaymentRequest">, options): Promise<DataOf<"updatePaymentRequest">> =>
      mayar.paymentRequests.update(body, options),
  );
}

/**
 * Mutation options for `mayar.products.update`: Edit Payment Link. `POST /hl/v2/products/payment-link/{id}/update` (operationId `updateProduct`).
 * `mutate(variables)` takes `BodyOf<"updateProduct">`. On success it invalidates this client's
 * products queries. Key: `[{ operationId: "updateProduct", baseUrl }]`.
 */
export function updateProductMutationOptions(client: MayarClientWith<"products">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateProduct", namespace: "products", invalidates: ["products"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateProduct">, options): Promise<DataOf<"updateProduct">> =>
      mayar.products.update(body, options),
  );
}

/**
 * Mutation options for `mayar.reviews.update`: Update Review. `POST /hl/v2/reviews/{id}/update` (operationId `updateReview`).
 * `mutate(variables)` takes `BodyOf<"updateReview">`. On success it invalidates this client's
 * reviews queries. Key: `[{ operationId: "updateReview", baseUrl }]`.
 */
export function updateReviewMutationOptions(client: MayarClientWith<"reviews">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateReview", namespace: "reviews", invalidates: ["reviews"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateReview">, options): Promise<DataOf<"updateReview">> =>
      mayar.reviews.update(body, options),
  );
}

/**
 * Mutation options for `mayar.reviews.updateStatuses`: Bulk Update Review Status. `POST /hl/v2/reviews/bulk-status/update` (operationId `updateReviewStatuses`).
 * `mutate(variables)` takes `BodyOf<"updateReviewStatuses">`. On success it invalidates this client's
 * reviews queries. Key: `[{ operationId: "updateReviewStatuses", baseUrl }]`.
 */
export function updateReviewStatusesMutationOptions(client: MayarClientWith<"reviews">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateReviewStatuses", namespace: "reviews", invalidates: ["reviews"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateReviewStatuses">, options): Promise<RootOf<"updateReviewStatuses">> =>
      mayar.reviews.updateStatuses(body, options),
  );
}

/**
 * Mutation options for `mayar.webinars.update`: Edit Webinar. `POST /hl/v2/products/webinar/{id}/update` (operationId `updateWebinar`).
 * `mutate(variables)` takes `BodyOf<"updateWebinar">`. On success it invalidates this client's
 * webinars queries. Key: `[{ operationId: "updateWebinar", baseUrl }]`.
 */
export function updateWebinarMutationOptions(client: MayarClientWith<"webinars">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "updateWebinar", namespace: "webinars", invalidates: ["webinars"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"updateWebinar">, options): Promise<DataOf<"updateWebinar">> =>
      mayar.webinars.update(body, options),
  );
}

/**
 * Mutation options for `mayar.coupons.validate`: Validate Coupon. `POST /hl/v2/coupons/validate` (operationId `validateCoupon`).
 * `mutate(variables)` takes `BodyOf<"validateCoupon">`. On success it invalidates this client's
 * coupons queries. Key: `[{ operationId: "validateCoupon", baseUrl }]`.
 */
export function validateCouponMutationOptions(client: MayarClientWith<"coupons">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "validateCoupon", namespace: "coupons", invalidates: ["coupons"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"validateCoupon">, options): Promise<DataOf<"validateCoupon">> =>
      mayar.coupons.validate(body, options),
  );
}

/**
 * Mutation options for `mayar.saasLicenses.verify`: Verify License (SaaS). `POST /saas/v1/license/verify` (operationId `verifySaasLicense`).
 * `mutate(variables)` takes `BodyOf<"verifySaasLicense">`. On success it invalidates this client's
 * saasLicenses queries. Key: `[{ operationId: "verifySaasLicense", baseUrl }]`.
 */
export function verifySaasLicenseMutationOptions(client: MayarClientWith<"saasLicenses">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "verifySaasLicense", namespace: "saasLicenses", invalidates: ["saasLicenses"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"verifySaasLicense">, options): Promise<RootOf<"verifySaasLicense">> =>
      mayar.saasLicenses.verify(body, options),
  );
}

/**
 * Mutation options for `mayar.saasLicenses.verifyV2`: Verify License (SaaS, v2). `POST /saas/v2/license/verify` (operationId `verifySaasLicenseV2`).
 * `mutate(variables)` takes `BodyOf<"verifySaasLicenseV2">`. On success it invalidates this client's
 * saasLicenses queries. Key: `[{ operationId: "verifySaasLicenseV2", baseUrl }]`.
 */
export function verifySaasLicenseV2MutationOptions(client: MayarClientWith<"saasLicenses">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "verifySaasLicenseV2", namespace: "saasLicenses", invalidates: ["saasLicenses"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"verifySaasLicenseV2">, options): Promise<RootOf<"verifySaasLicenseV2">> =>
      mayar.saasLicenses.verifyV2(body, options),
  );
}

/**
 * Mutation options for `mayar.softwareLicenses.verify`: Verify License. `POST /software/v1/license/verify` (operationId `verifySoftwareLicense`).
 * `mutate(variables)` takes `BodyOf<"verifySoftwareLicense">`. On success it invalidates this client's
 * softwareLicenses queries. Key: `[{ operationId: "verifySoftwareLicense", baseUrl }]`.
 */
export function verifySoftwareLicenseMutationOptions(client: MayarClientWith<"softwareLicenses">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "verifySoftwareLicense", namespace: "softwareLicenses", invalidates: ["softwareLicenses"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"verifySoftwareLicense">, options): Promise<RootOf<"verifySoftwareLicense">> =>
      mayar.softwareLicenses.verify(body, options),
  );
}

/**
 * Mutation options for `mayar.softwareLicenses.verifyV2`: Verify License (v2). `POST /software/v2/license/verify` (operationId `verifySoftwareLicenseV2`).
 * `mutate(variables)` takes `BodyOf<"verifySoftwareLicenseV2">`. On success it invalidates this client's
 * softwareLicenses queries. Key: `[{ operationId: "verifySoftwareLicenseV2", baseUrl }]`.
 */
export function verifySoftwareLicenseV2MutationOptions(client: MayarClientWith<"softwareLicenses">, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    { id: "verifySoftwareLicenseV2", namespace: "softwareLicenses", invalidates: ["softwareLicenses"] },
    client,
    requestOptions,
    (mayar, body: BodyOf<"verifySoftwareLicenseV2">, options): Promise<RootOf<"verifySoftwareLicenseV2">> =>
      mayar.softwareLicenses.verifyV2(body, options),
  );
}
