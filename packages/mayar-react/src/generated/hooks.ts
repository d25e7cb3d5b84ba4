"use client";
// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.

// One thin hook per operation over its option factory (./options.ts).
import type { BodyOf, DataOf, MayarError, PageOf, PathOf, QueryOf, RootOf } from "@org/mayar-core";
import type { InfiniteData, UseInfiniteQueryResult, UseMutationResult, UseQueryResult } from "@tanstack/react-query";
import { type UseMayarMutationOptions, useMayarMutation } from "../mutations/use-mayar-mutation";
import { type UseMayarInfiniteQueryOptions, useMayarInfiniteQuery } from "../queries/use-mayar-infinite-query";
import { type UseMayarPollingOptions, type UseMayarQueryOptions, useMayarQuery } from "../queries/use-mayar-query";
import {
  activateSaasLicenseMutationOptions,
  activateSaasLicenseV2MutationOptions,
  addCreditMutationOptions,
  balanceQueryOptions,
  bundleQueryOptions,
  bundlesInfiniteQueryOptions,
  bundlesQueryOptions,
  cancelMemberMutationOptions,
  changeInvoiceStatusMutationOptions,
  changePaymentRequestStatusMutationOptions,
  changeProductStatusMutationOptions,
  checkCouponMutationOptions,
  couponQueryOptions,
  couponsInfiniteQueryOptions,
  couponsQueryOptions,
  createCouponMutationOptions,
  createCustomerMutationOptions,
  createCustomerPortalLinkMutationOptions,
  createDigitalProductMutationOptions,
  createEventMutationOptions,
  createInstallmentMutationOptions,
  createInvoiceMutationOptions,
  createMemberInvoiceMutationOptions,
  createMemberMutationOptions,
  createMembershipProductMutationOptions,
  createMembershipTierMutationOptions,
  createNameServiceMutationOptions,
  createPaymentLinkMutationOptions,
  createPaymentRequestMutationOptions,
  createProductMutationOptions,
  createQrCodeMutationOptions,
  createReviewMutationOptions,
  createWebinarMutationOptions,
  creditBalanceQueryOptions,
  creditHistoryInfiniteQueryOptions,
  creditHistoryQueryOptions,
  customerByEmailQueryOptions,
  customerProductReviewQueryOptions,
  customersInfiniteQueryOptions,
  customersQueryOptions,
  dailyTransactionsQueryOptions,
  deactivateSaasLicenseMutationOptions,
  deactivateSaasLicenseV2MutationOptions,
  generateImmutableCheckoutLinkMutationOptions,
  installmentQueryOptions,
  installmentsInfiniteQueryOptions,
  installmentsQueryOptions,
  invoiceQueryOptions,
  invoicesByEmailInfiniteQueryOptions,
  invoicesByEmailQueryOptions,
  invoicesInfiniteQueryOptions,
  invoicesQueryOptions,
  memberQueryOptions,
  membersInfiniteQueryOptions,
  membersQueryOptions,
  membershipProductQueryOptions,
  membershipTierQueryOptions,
  membershipTiersInfiniteQueryOptions,
  membershipTiersQueryOptions,
  merchantReviewStatsQueryOptions,
  paymentChannelsQueryOptions,
  paymentLinksByTypeInfiniteQueryOptions,
  paymentLinksByTypeQueryOptions,
  paymentRequestQueryOptions,
  paymentRequestsInfiniteQueryOptions,
  paymentRequestsQueryOptions,
  productQueryOptions,
  productReviewStatsQueryOptions,
  productReviewsInfiniteQueryOptions,
  productReviewsQueryOptions,
  productTransactionsInfiniteQueryOptions,
  productTransactionsQueryOptions,
  productsByTypeInfiniteQueryOptions,
  productsByTypeQueryOptions,
  productsInfiniteQueryOptions,
  productsQueryOptions,
  registerCreditCustomerMutationOptions,
  registerCreditMemberMutationOptions,
  registerWebhookMutationOptions,
  retryWebhookMutationOptions,
  reviewsInfiniteQueryOptions,
  reviewsQueryOptions,
  spendCreditMutationOptions,
  staticQrCodeQueryOptions,
  testWebhookMutationOptions,
  transactionQueryOptions,
  transactionsInfiniteQueryOptions,
  transactionsQueryOptions,
  unpaidTransactionsInfiniteQueryOptions,
  unpaidTransactionsQueryOptions,
  updateCustomerMutationOptions,
  updateDigitalProductMutationOptions,
  updateEventMutationOptions,
  updateInvoiceMutationOptions,
  updateMemberMutationOptions,
  updateNameServiceMutationOptions,
  updatePaymentLinkMutationOptions,
  updatePaymentRequestMutationOptions,
  updateProductMutationOptions,
  updateReviewMutationOptions,
  updateReviewStatusesMutationOptions,
  updateWebinarMutationOptions,
  validateCouponMutationOptions,
  verifySaasLicenseMutationOptions,
  verifySaasLicenseV2MutationOptions,
  verifySoftwareLicenseMutationOptions,
  verifySoftwareLicenseV2MutationOptions,
  webhookHistoryInfiniteQueryOptions,
  webhookHistoryQueryOptions,
  webhookNewHistoryInfiniteQueryOptions,
  webhookNewHistoryQueryOptions,
} from "./options";

/**
 * Options of {@link useActivateSaasLicense}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseActivateSaasLicenseOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"activateSaasLicense">, BodyOf<"activateSaasLicense">, TOnMutateResult>;

/**
 * Activate License (SaaS): a TanStack Query mutation over `mayar.saasLicenses.activate`, `POST /saas/v1/license/activate` (operationId `activateSaasLicense`).
 * `mutate(variables)` takes `BodyOf<"activateSaasLicense">`; `error` is the MayarError. Options: {@link activateSaasLicenseMutationOptions}.
 */
export function useActivateSaasLicense<TOnMutateResult = unknown>(
  options?: UseActivateSaasLicenseOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"activateSaasLicense">, MayarError, BodyOf<"activateSaasLicense">, TOnMutateResult> {
  return useMayarMutation("useActivateSaasLicense", "saasLicenses", activateSaasLicenseMutationOptions, options);
}

/**
 * Options of {@link useActivateSaasLicenseV2}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseActivateSaasLicenseV2Options<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"activateSaasLicenseV2">, BodyOf<"activateSaasLicenseV2">, TOnMutateResult>;

/**
 * Activate License (SaaS, v2): a TanStack Query mutation over `mayar.saasLicenses.activateV2`, `POST /saas/v2/license/activate` (operationId `activateSaasLicenseV2`).
 * `mutate(variables)` takes `BodyOf<"activateSaasLicenseV2">`; `error` is the MayarError. Options: {@link activateSaasLicenseV2MutationOptions}.
 */
export function useActivateSaasLicenseV2<TOnMutateResult = unknown>(
  options?: UseActivateSaasLicenseV2Options<TOnMutateResult>,
): UseMutationResult<RootOf<"activateSaasLicenseV2">, MayarError, BodyOf<"activateSaasLicenseV2">, TOnMutateResult> {
  return useMayarMutation("useActivateSaasLicenseV2", "saasLicenses", activateSaasLicenseV2MutationOptions, options);
}

/**
 * Options of {@link useAddCredit}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseAddCreditOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"addCredit">, BodyOf<"addCredit">, TOnMutateResult>;

/**
 * Add Customer Credit: a TanStack Query mutation over `mayar.credits.add`, `POST /credit/v1/credit/customer/add-credit` (operationId `addCredit`).
 * `mutate(variables)` takes `BodyOf<"addCredit">`; `error` is the MayarError. Options: {@link addCreditMutationOptions}.
 */
export function useAddCredit<TOnMutateResult = unknown>(
  options?: UseAddCreditOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"addCredit">, MayarError, BodyOf<"addCredit">, TOnMutateResult> {
  return useMayarMutation("useAddCredit", "credits", addCreditMutationOptions, options);
}

/**
 * Options of {@link useCancelMember}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCancelMemberOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"cancelMember">, PathOf<"cancelMember"> & { body: BodyOf<"cancelMember"> }, TOnMutateResult>;

/**
 * Cancel Membership Member: a TanStack Query mutation over `mayar.memberships.cancelMember`, `POST /hl/v2/memberships/members/{memberId}/cancel` (operationId `cancelMember`).
 * `mutate(variables)` takes `PathOf<"cancelMember"> & { body: BodyOf<"cancelMember"> }`; `error` is the MayarError. Options: {@link cancelMemberMutationOptions}.
 */
export function useCancelMember<TOnMutateResult = unknown>(
  options?: UseCancelMemberOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"cancelMember">, MayarError, PathOf<"cancelMember"> & { body: BodyOf<"cancelMember"> }, TOnMutateResult> {
  return useMayarMutation("useCancelMember", "memberships", cancelMemberMutationOptions, options);
}

/**
 * Options of {@link useChangeInvoiceStatus}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseChangeInvoiceStatusOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"changeInvoiceStatus">, PathOf<"changeInvoiceStatus">, TOnMutateResult>;

/**
 * Change Invoice Status: a TanStack Query mutation over `mayar.invoices.setStatus`, `POST /hl/v2/invoices/{id}/{action}` (operationId `changeInvoiceStatus`).
 * `mutate(variables)` takes `PathOf<"changeInvoiceStatus">`; `error` is the MayarError. Options: {@link changeInvoiceStatusMutationOptions}.
 */
export function useChangeInvoiceStatus<TOnMutateResult = unknown>(
  options?: UseChangeInvoiceStatusOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"changeInvoiceStatus">, MayarError, PathOf<"changeInvoiceStatus">, TOnMutateResult> {
  return useMayarMutation("useChangeInvoiceStatus", "invoices", changeInvoiceStatusMutationOptions, options);
}

/**
 * Options of {@link useChangePaymentRequestStatus}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseChangePaymentRequestStatusOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"changePaymentRequestStatus">, PathOf<"changePaymentRequestStatus">, TOnMutateResult>;

/**
 * Change Payment Request Status: a TanStack Query mutation over `mayar.paymentRequests.setStatus`, `POST /hl/v2/payments/{id}/{action}` (operationId `changePaymentRequestStatus`).
 * `mutate(variables)` takes `PathOf<"changePaymentRequestStatus">`; `error` is the MayarError. Options: {@link changePaymentRequestStatusMutationOptions}.
 */
export function useChangePaymentRequestStatus<TOnMutateResult = unknown>(
  options?: UseChangePaymentRequestStatusOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"changePaymentRequestStatus">, MayarError, PathOf<"changePaymentRequestStatus">, TOnMutateResult> {
  return useMayarMutation("useChangePaymentRequestStatus", "paymentRequests", changePaymentRequestStatusMutationOptions, options);
}

/**
 * Options of {@link useChangeProductStatus}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseChangeProductStatusOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"changeProductStatus">, PathOf<"changeProductStatus">, TOnMutateResult>;

/**
 * Change Product Status: a TanStack Query mutation over `mayar.products.setStatus`, `POST /hl/v2/products/{id}/{action}` (operationId `changeProductStatus`).
 * `mutate(variables)` takes `PathOf<"changeProductStatus">`; `error` is the MayarError. Options: {@link changeProductStatusMutationOptions}.
 */
export function useChangeProductStatus<TOnMutateResult = unknown>(
  options?: UseChangeProductStatusOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"changeProductStatus">, MayarError, PathOf<"changeProductStatus">, TOnMutateResult> {
  return useMayarMutation("useChangeProductStatus", "products", changeProductStatusMutationOptions, options);
}

/**
 * Options of {@link useCheckCoupon}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCheckCouponOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"checkCoupon">, BodyOf<"checkCoupon">, TOnMutateResult>;

/**
 * Check Coupon Usage: a TanStack Query mutation over `mayar.coupons.check`, `POST /hl/v2/coupons/check` (operationId `checkCoupon`).
 * `mutate(variables)` takes `BodyOf<"checkCoupon">`; `error` is the MayarError. Options: {@link checkCouponMutationOptions}.
 */
export function useCheckCoupon<TOnMutateResult = unknown>(
  options?: UseCheckCouponOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"checkCoupon">, MayarError, BodyOf<"checkCoupon">, TOnMutateResult> {
  return useMayarMutation("useCheckCoupon", "coupons", checkCouponMutationOptions, options);
}

/**
 * Options of {@link useCreateCoupon}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateCouponOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createCoupon">, BodyOf<"createCoupon">, TOnMutateResult>;

/**
 * Create Coupon: a TanStack Query mutation over `mayar.coupons.create`, `POST /hl/v2/coupons/create` (operationId `createCoupon`).
 * `mutate(variables)` takes `BodyOf<"createCoupon">`; `error` is the MayarError. Options: {@link createCouponMutationOptions}.
 */
export function useCreateCoupon<TOnMutateResult = unknown>(
  options?: UseCreateCouponOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createCoupon">, MayarError, BodyOf<"createCoupon">, TOnMutateResult> {
  return useMayarMutation("useCreateCoupon", "coupons", createCouponMutationOptions, options);
}

/**
 * Options of {@link useCreateCustomer}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateCustomerOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createCustomer">, BodyOf<"createCustomer">, TOnMutateResult>;

/**
 * Create Customer: a TanStack Query mutation over `mayar.customers.create`, `POST /hl/v2/customers/create` (operationId `createCustomer`).
 * `mutate(variables)` takes `BodyOf<"createCustomer">`; `error` is the MayarError. Options: {@link createCustomerMutationOptions}.
 */
export function useCreateCustomer<TOnMutateResult = unknown>(
  options?: UseCreateCustomerOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createCustomer">, MayarError, BodyOf<"createCustomer">, TOnMutateResult> {
  return useMayarMutation("useCreateCustomer", "customers", createCustomerMutationOptions, options);
}

/**
 * Options of {@link useCreateCustomerPortalLink}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateCustomerPortalLinkOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createCustomerPortalLink">, BodyOf<"createCustomerPortalLink">, TOnMutateResult>;

/**
 * Create Magic Link (Customer Portal Login): a TanStack Query mutation over `mayar.customers.sendPortalLink`, `POST /hl/v2/customers/portal-login` (operationId `createCustomerPortalLink`).
 * `mutate(variables)` takes `BodyOf<"createCustomerPortalLink">`; `error` is the MayarError. Options: {@link createCustomerPortalLinkMutationOptions}.
 */
export function useCreateCustomerPortalLink<TOnMutateResult = unknown>(
  options?: UseCreateCustomerPortalLinkOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createCustomerPortalLink">, MayarError, BodyOf<"createCustomerPortalLink">, TOnMutateResult> {
  return useMayarMutation("useCreateCustomerPortalLink", "customers", createCustomerPortalLinkMutationOptions, options);
}

/**
 * Options of {@link useCreateDigitalProduct}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateDigitalProductOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createDigitalProduct">, BodyOf<"createDigitalProduct">, TOnMutateResult>;

/**
 * Create Digital Product: a TanStack Query mutation over `mayar.digitalProducts.create`, `POST /hl/v2/products/digital-product/create` (operationId `createDigitalProduct`).
 * `mutate(variables)` takes `BodyOf<"createDigitalProduct">`; `error` is the MayarError. Options: {@link createDigitalProductMutationOptions}.
 */
export function useCreateDigitalProduct<TOnMutateResult = unknown>(
  options?: UseCreateDigitalProductOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createDigitalProduct">, MayarError, BodyOf<"createDigitalProduct">, TOnMutateResult> {
  return useMayarMutation("useCreateDigitalProduct", "digitalProducts", createDigitalProductMutationOptions, options);
}

/**
 * Options of {@link useCreateEvent}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateEventOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createEvent">, BodyOf<"createEvent">, TOnMutateResult>;

/**
 * Create Event: a TanStack Query mutation over `mayar.events.create`, `POST /hl/v2/products/event/create` (operationId `createEvent`).
 * `mutate(variables)` takes `BodyOf<"createEvent">`; `error` is the MayarError. Options: {@link createEventMutationOptions}.
 */
export function useCreateEvent<TOnMutateResult = unknown>(
  options?: UseCreateEventOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createEvent">, MayarError, BodyOf<"createEvent">, TOnMutateResult> {
  return useMayarMutation("useCreateEvent", "events", createEventMutationOptions, options);
}

/**
 * Options of {@link useCreateInstallment}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateInstallmentOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createInstallment">, BodyOf<"createInstallment">, TOnMutateResult>;

/**
 * Create Installment: a TanStack Query mutation over `mayar.installments.create`, `POST /hl/v2/installments/create` (operationId `createInstallment`).
 * `mutate(variables)` takes `BodyOf<"createInstallment">`; `error` is the MayarError. Options: {@link createInstallmentMutationOptions}.
 */
export function useCreateInstallment<TOnMutateResult = unknown>(
  options?: UseCreateInstallmentOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createInstallment">, MayarError, BodyOf<"createInstallment">, TOnMutateResult> {
  return useMayarMutation("useCreateInstallment", "installments", createInstallmentMutationOptions, options);
}

/**
 * Options of {@link useCreateInvoice}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateInvoiceOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createInvoice">, BodyOf<"createInvoice">, TOnMutateResult>;

/**
 * Create Invoice: a TanStack Query mutation over `mayar.invoices.create`, `POST /hl/v2/invoices/create` (operationId `createInvoice`).
 * `mutate(variables)` takes `BodyOf<"createInvoice">`; `error` is the MayarError. Options: {@link createInvoiceMutationOptions}.
 */
export function useCreateInvoice<TOnMutateResult = unknown>(
  options?: UseCreateInvoiceOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createInvoice">, MayarError, BodyOf<"createInvoice">, TOnMutateResult> {
  return useMayarMutation("useCreateInvoice", "invoices", createInvoiceMutationOptions, options);
}

/**
 * Options of {@link useCreateMember}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateMemberOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createMember">, BodyOf<"createMember">, TOnMutateResult>;

/**
 * Register Membership Member: a TanStack Query mutation over `mayar.memberships.createMember`, `POST /hl/v2/memberships/members/create` (operationId `createMember`).
 * `mutate(variables)` takes `BodyOf<"createMember">`; `error` is the MayarError. Options: {@link createMemberMutationOptions}.
 */
export function useCreateMember<TOnMutateResult = unknown>(
  options?: UseCreateMemberOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createMember">, MayarError, BodyOf<"createMember">, TOnMutateResult> {
  return useMayarMutation("useCreateMember", "memberships", createMemberMutationOptions, options);
}

/**
 * Options of {@link useCreateMemberInvoice}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateMemberInvoiceOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createMemberInvoice">, PathOf<"createMemberInvoice"> & { body: BodyOf<"createMemberInvoice"> }, TOnMutateResult>;

/**
 * Create Membership Invoice: a TanStack Query mutation over `mayar.memberships.createMemberInvoice`, `POST /hl/v2/memberships/members/{memberId}/invoice/create` (operationId `createMemberInvoice`).
 * `mutate(variables)` takes `PathOf<"createMemberInvoice"> & { body: BodyOf<"createMemberInvoice"> }`; `error` is the MayarError. Options: {@link createMemberInvoiceMutationOptions}.
 */
export function useCreateMemberInvoice<TOnMutateResult = unknown>(
  options?: UseCreateMemberInvoiceOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createMemberInvoice">, MayarError, PathOf<"createMemberInvoice"> & { body: BodyOf<"createMemberInvoice"> }, TOnMutateResult> {
  return useMayarMutation("useCreateMemberInvoice", "memberships", createMemberInvoiceMutationOptions, options);
}

/**
 * Options of {@link useCreateMembershipProduct}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateMembershipProductOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createMembershipProduct">, BodyOf<"createMembershipProduct">, TOnMutateResult>;

/**
 * Create Membership Product: a TanStack Query mutation over `mayar.memberships.createProduct`, `POST /hl/v2/memberships/products/create` (operationId `createMembershipProduct`).
 * `mutate(variables)` takes `BodyOf<"createMembershipProduct">`; `error` is the MayarError. Options: {@link createMembershipProductMutationOptions}.
 */
export function useCreateMembershipProduct<TOnMutateResult = unknown>(
  options?: UseCreateMembershipProductOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createMembershipProduct">, MayarError, BodyOf<"createMembershipProduct">, TOnMutateResult> {
  return useMayarMutation("useCreateMembershipProduct", "memberships", createMembershipProductMutationOptions, options);
}

/**
 * Options of {@link useCreateMembershipTier}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateMembershipTierOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createMembershipTier">, BodyOf<"createMembershipTier">, TOnMutateResult>;

/**
 * Create Membership Tier: a TanStack Query mutation over `mayar.memberships.createTier`, `POST /hl/v2/memberships/tiers/create` (operationId `createMembershipTier`).
 * `mutate(variables)` takes `BodyOf<"createMembershipTier">`; `error` is the MayarError. Options: {@link createMembershipTierMutationOptions}.
 */
export function useCreateMembershipTier<TOnMutateResult = unknown>(
  options?: UseCreateMembershipTierOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createMembershipTier">, MayarError, BodyOf<"createMembershipTier">, TOnMutateResult> {
  return useMayarMutation("useCreateMembershipTier", "memberships", createMembershipTierMutationOptions, options);
}

/**
 * Options of {@link useCreateNameService}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateNameServiceOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"createNameService">, BodyOf<"createNameService">, TOnMutateResult>;

/**
 * Create Name Service: a TanStack Query mutation over `mayar.nameServices.create`, `POST /hl/v2/name-services/create` (operationId `createNameService`).
 * `mutate(variables)` takes `BodyOf<"createNameService">`; `error` is the MayarError. Options: {@link createNameServiceMutationOptions}.
 */
export function useCreateNameService<TOnMutateResult = unknown>(
  options?: UseCreateNameServiceOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"createNameService">, MayarError, BodyOf<"createNameService">, TOnMutateResult> {
  return useMayarMutation("useCreateNameService", "nameServices", createNameServiceMutationOptions, options);
}

/**
 * Options of {@link useCreatePaymentLink}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreatePaymentLinkOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createPaymentLink">, BodyOf<"createPaymentLink">, TOnMutateResult>;

/**
 * Create Payment Link: a TanStack Query mutation over `mayar.paymentLinks.create`, `POST /hl/v2/products/payment-link/create` (operationId `createPaymentLink`).
 * `mutate(variables)` takes `BodyOf<"createPaymentLink">`; `error` is the MayarError. Options: {@link createPaymentLinkMutationOptions}.
 */
export function useCreatePaymentLink<TOnMutateResult = unknown>(
  options?: UseCreatePaymentLinkOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createPaymentLink">, MayarError, BodyOf<"createPaymentLink">, TOnMutateResult> {
  return useMayarMutation("useCreatePaymentLink", "paymentLinks", createPaymentLinkMutationOptions, options);
}

/**
 * Options of {@link useCreatePaymentRequest}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreatePaymentRequestOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createPaymentRequest">, BodyOf<"createPaymentRequest">, TOnMutateResult>;

/**
 * Create Single Payment Request: a TanStack Query mutation over `mayar.paymentRequests.create`, `POST /hl/v2/payments/create` (operationId `createPaymentRequest`).
 * `mutate(variables)` takes `BodyOf<"createPaymentRequest">`; `error` is the MayarError. Options: {@link createPaymentRequestMutationOptions}.
 */
export function useCreatePaymentRequest<TOnMutateResult = unknown>(
  options?: UseCreatePaymentRequestOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createPaymentRequest">, MayarError, BodyOf<"createPaymentRequest">, TOnMutateResult> {
  return useMayarMutation("useCreatePaymentRequest", "paymentRequests", createPaymentRequestMutationOptions, options);
}

/**
 * Options of {@link useCreateProduct}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateProductOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createProduct">, BodyOf<"createProduct">, TOnMutateResult>;

/**
 * Create Product: a TanStack Query mutation over `mayar.products.create`, `POST /hl/v2/products/create` (operationId `createProduct`).
 * `mutate(variables)` takes `BodyOf<"createProduct">`; `error` is the MayarError. Options: {@link createProductMutationOptions}.
 */
export function useCreateProduct<TOnMutateResult = unknown>(
  options?: UseCreateProductOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createProduct">, MayarError, BodyOf<"createProduct">, TOnMutateResult> {
  return useMayarMutation("useCreateProduct", "products", createProductMutationOptions, options);
}

/**
 * Options of {@link useCreateQrCode}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateQrCodeOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createQrCode">, BodyOf<"createQrCode">, TOnMutateResult>;

/**
 * Create Dynamic QR Code: a TanStack Query mutation over `mayar.qrCodes.create`, `POST /hl/v2/qr-codes/create` (operationId `createQrCode`).
 * `mutate(variables)` takes `BodyOf<"createQrCode">`; `error` is the MayarError. Options: {@link createQrCodeMutationOptions}.
 */
export function useCreateQrCode<TOnMutateResult = unknown>(
  options?: UseCreateQrCodeOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createQrCode">, MayarError, BodyOf<"createQrCode">, TOnMutateResult> {
  return useMayarMutation("useCreateQrCode", "qrCodes", createQrCodeMutationOptions, options);
}

/**
 * Options of {@link useCreateReview}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateReviewOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createReview">, BodyOf<"createReview">, TOnMutateResult>;

/**
 * Create Review: a TanStack Query mutation over `mayar.reviews.create`, `POST /hl/v2/reviews/create` (operationId `createReview`).
 * `mutate(variables)` takes `BodyOf<"createReview">`; `error` is the MayarError. Options: {@link createReviewMutationOptions}.
 */
export function useCreateReview<TOnMutateResult = unknown>(
  options?: UseCreateReviewOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createReview">, MayarError, BodyOf<"createReview">, TOnMutateResult> {
  return useMayarMutation("useCreateReview", "reviews", createReviewMutationOptions, options);
}

/**
 * Options of {@link useCreateWebinar}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseCreateWebinarOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"createWebinar">, BodyOf<"createWebinar">, TOnMutateResult>;

/**
 * Create Webinar: a TanStack Query mutation over `mayar.webinars.create`, `POST /hl/v2/products/webinar/create` (operationId `createWebinar`).
 * `mutate(variables)` takes `BodyOf<"createWebinar">`; `error` is the MayarError. Options: {@link createWebinarMutationOptions}.
 */
export function useCreateWebinar<TOnMutateResult = unknown>(
  options?: UseCreateWebinarOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"createWebinar">, MayarError, BodyOf<"createWebinar">, TOnMutateResult> {
  return useMayarMutation("useCreateWebinar", "webinars", createWebinarMutationOptions, options);
}

/**
 * Options of {@link useDeactivateSaasLicense}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseDeactivateSaasLicenseOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"deactivateSaasLicense">, BodyOf<"deactivateSaasLicense">, TOnMutateResult>;

/**
 * Deactivate License (SaaS): a TanStack Query mutation over `mayar.saasLicenses.deactivate`, `POST /saas/v1/license/deactivate` (operationId `deactivateSaasLicense`).
 * `mutate(variables)` takes `BodyOf<"deactivateSaasLicense">`; `error` is the MayarError. Options: {@link deactivateSaasLicenseMutationOptions}.
 */
export function useDeactivateSaasLicense<TOnMutateResult = unknown>(
  options?: UseDeactivateSaasLicenseOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"deactivateSaasLicense">, MayarError, BodyOf<"deactivateSaasLicense">, TOnMutateResult> {
  return useMayarMutation("useDeactivateSaasLicense", "saasLicenses", deactivateSaasLicenseMutationOptions, options);
}

/**
 * Options of {@link useDeactivateSaasLicenseV2}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseDeactivateSaasLicenseV2Options<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"deactivateSaasLicenseV2">, BodyOf<"deactivateSaasLicenseV2">, TOnMutateResult>;

/**
 * Deactivate License (SaaS, v2): a TanStack Query mutation over `mayar.saasLicenses.deactivateV2`, `POST /saas/v2/license/deactivate` (operationId `deactivateSaasLicenseV2`).
 * `mutate(variables)` takes `BodyOf<"deactivateSaasLicenseV2">`; `error` is the MayarError. Options: {@link deactivateSaasLicenseV2MutationOptions}.
 */
export function useDeactivateSaasLicenseV2<TOnMutateResult = unknown>(
  options?: UseDeactivateSaasLicenseV2Options<TOnMutateResult>,
): UseMutationResult<RootOf<"deactivateSaasLicenseV2">, MayarError, BodyOf<"deactivateSaasLicenseV2">, TOnMutateResult> {
  return useMayarMutation("useDeactivateSaasLicenseV2", "saasLicenses", deactivateSaasLicenseV2MutationOptions, options);
}

/**
 * Options of {@link useGenerateImmutableCheckoutLink}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseGenerateImmutableCheckoutLinkOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"generateImmutableCheckoutLink">, BodyOf<"generateImmutableCheckoutLink">, TOnMutateResult>;

/**
 * Generate Immutable Checkout Link: a TanStack Query mutation over `mayar.credits.generateImmutableCheckoutLink`, `POST /credit/v1/credit/generate/immutable/checkout` (operationId `generateImmutableCheckoutLink`).
 * `mutate(variables)` takes `BodyOf<"generateImmutableCheckoutLink">`; `error` is the MayarError. Options: {@link generateImmutableCheckoutLinkMutationOptions}.
 */
export function useGenerateImmutableCheckoutLink<TOnMutateResult = unknown>(
  options?: UseGenerateImmutableCheckoutLinkOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"generateImmutableCheckoutLink">, MayarError, BodyOf<"generateImmutableCheckoutLink">, TOnMutateResult> {
  return useMayarMutation("useGenerateImmutableCheckoutLink", "credits", generateImmutableCheckoutLinkMutationOptions, options);
}

/**
 * Options of {@link useBalance}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseBalanceOptions<TSelected = DataOf<"getBalance">> = UseMayarQueryOptions<DataOf<"getBalance">, TSelected>;

/**
 * Get Account Balance: a TanStack Query query over `mayar.balances.get`, `GET /hl/v2/balances` (operationId `getBalance`).
 * Options: {@link balanceQueryOptions}.
 */
export function useBalance<TSelected = DataOf<"getBalance">>(
  options?: UseBalanceOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useBalance",
    "balances",
    (client, requestOptions) => balanceQueryOptions(client, requestOptions),
    options,
  );
}

/**
 * Options of {@link useBundle}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseBundleOptions<TSelected = DataOf<"getBundle">> = UseMayarQueryOptions<DataOf<"getBundle">, TSelected>;

/**
 * Get Bundling Detail: a TanStack Query query over `mayar.bundles.get`, `GET /hl/v2/bundling/{id}` (operationId `getBundle`).
 * Options: {@link bundleQueryOptions}.
 */
export function useBundle<TSelected = DataOf<"getBundle">>(
  id: PathOf<"getBundle">["id"],
  options?: UseBundleOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useBundle",
    "bundles",
    (client, requestOptions) => bundleQueryOptions(client, id, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCoupon}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseCouponOptions<TSelected = DataOf<"getCoupon">> = UseMayarQueryOptions<DataOf<"getCoupon">, TSelected>;

/**
 * Get Coupon: a TanStack Query query over `mayar.coupons.get`, `GET /hl/v2/coupons/{id}` (operationId `getCoupon`).
 * Options: {@link couponQueryOptions}.
 */
export function useCoupon<TSelected = DataOf<"getCoupon">>(
  id: PathOf<"getCoupon">["id"],
  options?: UseCouponOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useCoupon",
    "coupons",
    (client, requestOptions) => couponQueryOptions(client, id, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCreditBalance}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseCreditBalanceOptions<TSelected = RootOf<"getCreditBalance">> = UseMayarQueryOptions<RootOf<"getCreditBalance">, TSelected>;

/**
 * Get Customer Balance: a TanStack Query query over `mayar.credits.getBalance`, `GET /credit/v1/credit/customer/balance` (operationId `getCreditBalance`).
 * Options: {@link creditBalanceQueryOptions}.
 */
export function useCreditBalance<TSelected = RootOf<"getCreditBalance">>(
  query: QueryOf<"getCreditBalance">,
  options?: UseCreditBalanceOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useCreditBalance",
    "credits",
    (client, requestOptions) => creditBalanceQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCustomerByEmail}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseCustomerByEmailOptions<TSelected = DataOf<"getCustomerByEmail">> = UseMayarQueryOptions<DataOf<"getCustomerByEmail">, TSelected>;

/**
 * Search Customer by Email: a TanStack Query query over `mayar.customers.getByEmail`, `GET /hl/v2/customers/detail` (operationId `getCustomerByEmail`).
 * Options: {@link customerByEmailQueryOptions}.
 */
export function useCustomerByEmail<TSelected = DataOf<"getCustomerByEmail">>(
  query: QueryOf<"getCustomerByEmail">,
  options?: UseCustomerByEmailOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useCustomerByEmail",
    "customers",
    (client, requestOptions) => customerByEmailQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCustomerProductReview}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseCustomerProductReviewOptions<TSelected = DataOf<"getCustomerProductReview">> = UseMayarQueryOptions<DataOf<"getCustomerProductReview">, TSelected>;

/**
 * Get Product Review by Customer: a TanStack Query query over `mayar.reviews.getForCustomer`, `GET /hl/v2/products/{id}/reviews/customer` (operationId `getCustomerProductReview`).
 * Options: {@link customerProductReviewQueryOptions}.
 */
export function useCustomerProductReview<TSelected = DataOf<"getCustomerProductReview">>(
  id: PathOf<"getCustomerProductReview">["id"],
  query: QueryOf<"getCustomerProductReview">,
  options?: UseCustomerProductReviewOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useCustomerProductReview",
    "reviews",
    (client, requestOptions) => customerProductReviewQueryOptions(client, id, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useDailyTransactions}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseDailyTransactionsOptions<TSelected = DataOf<"getDailyTransactions">> = UseMayarQueryOptions<DataOf<"getDailyTransactions">, TSelected>;

/**
 * Get Daily Transaction Statistics: a TanStack Query query over `mayar.transactions.getDaily`, `GET /hl/v2/transactions/daily` (operationId `getDailyTransactions`).
 * Options: {@link dailyTransactionsQueryOptions}.
 */
export function useDailyTransactions<TSelected = DataOf<"getDailyTransactions">>(
  options?: UseDailyTransactionsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useDailyTransactions",
    "transactions",
    (client, requestOptions) => dailyTransactionsQueryOptions(client, requestOptions),
    options,
  );
}

/**
 * Options of {@link useInstallment}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseInstallmentOptions<TSelected = DataOf<"getInstallment">> = UseMayarQueryOptions<DataOf<"getInstallment">, TSelected>;

/**
 * Get Installment: a TanStack Query query over `mayar.installments.get`, `GET /hl/v2/installments/{id}` (operationId `getInstallment`).
 * Options: {@link installmentQueryOptions}.
 */
export function useInstallment<TSelected = DataOf<"getInstallment">>(
  id: PathOf<"getInstallment">["id"],
  options?: UseInstallmentOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useInstallment",
    "installments",
    (client, requestOptions) => installmentQueryOptions(client, id, requestOptions),
    options,
  );
}

/**
 * Options of {@link useInvoice}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseInvoiceOptions<TSelected = DataOf<"getInvoice">> = UseMayarQueryOptions<DataOf<"getInvoice">, TSelected>;

/**
 * Get Detail Invoice: a TanStack Query query over `mayar.invoices.get`, `GET /hl/v2/invoices/{id}` (operationId `getInvoice`).
 * Options: {@link invoiceQueryOptions}.
 */
export function useInvoice<TSelected = DataOf<"getInvoice">>(
  id: PathOf<"getInvoice">["id"],
  options?: UseInvoiceOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useInvoice",
    "invoices",
    (client, requestOptions) => invoiceQueryOptions(client, id, requestOptions),
    options,
  );
}

/**
 * Options of {@link useMember}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseMemberOptions<TSelected = DataOf<"getMember">> = UseMayarQueryOptions<DataOf<"getMember">, TSelected>;

/**
 * Get Membership Member Detail: a TanStack Query query over `mayar.memberships.getMember`, `GET /hl/v2/memberships/members/{memberId}` (operationId `getMember`).
 * Options: {@link memberQueryOptions}.
 */
export function useMember<TSelected = DataOf<"getMember">>(
  memberId: PathOf<"getMember">["memberId"],
  query: QueryOf<"getMember">,
  options?: UseMemberOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useMember",
    "memberships",
    (client, requestOptions) => memberQueryOptions(client, memberId, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useMembershipProduct}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseMembershipProductOptions<TSelected = DataOf<"getMembershipProduct">> = UseMayarQueryOptions<DataOf<"getMembershipProduct">, TSelected>;

/**
 * Get Membership Product: a TanStack Query query over `mayar.memberships.getProduct`, `GET /hl/v2/memberships/products/{productId}` (operationId `getMembershipProduct`).
 * Options: {@link membershipProductQueryOptions}.
 */
export function useMembershipProduct<TSelected = DataOf<"getMembershipProduct">>(
  productId: PathOf<"getMembershipProduct">["productId"],
  options?: UseMembershipProductOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useMembershipProduct",
    "memberships",
    (client, requestOptions) => membershipProductQueryOptions(client, productId, requestOptions),
    options,
  );
}

/**
 * Options of {@link useMembershipTier}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseMembershipTierOptions<TSelected = DataOf<"getMembershipTier">> = UseMayarQueryOptions<DataOf<"getMembershipTier">, TSelected>;

/**
 * Get Membership Tier: a TanStack Query query over `mayar.memberships.getTier`, `GET /hl/v2/memberships/tiers/{tierId}` (operationId `getMembershipTier`).
 * Options: {@link membershipTierQueryOptions}.
 */
export function useMembershipTier<TSelected = DataOf<"getMembershipTier">>(
  tierId: PathOf<"getMembershipTier">["tierId"],
  query: QueryOf<"getMembershipTier">,
  options?: UseMembershipTierOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useMembershipTier",
    "memberships",
    (client, requestOptions) => membershipTierQueryOptions(client, tierId, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useMerchantReviewStats}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseMerchantReviewStatsOptions<TSelected = DataOf<"getMerchantReviewStats">> = UseMayarQueryOptions<DataOf<"getMerchantReviewStats">, TSelected>;

/**
 * Get Merchant Review Statistics: a TanStack Query query over `mayar.reviews.getMerchantStats`, `GET /hl/v2/merchants/reviews/stats` (operationId `getMerchantReviewStats`).
 * Options: {@link merchantReviewStatsQueryOptions}.
 */
export function useMerchantReviewStats<TSelected = DataOf<"getMerchantReviewStats">>(
  options?: UseMerchantReviewStatsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useMerchantReviewStats",
    "reviews",
    (client, requestOptions) => merchantReviewStatsQueryOptions(client, requestOptions),
    options,
  );
}

/**
 * Options of {@link usePaymentChannels}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UsePaymentChannelsOptions<TSelected = DataOf<"getPaymentChannels">> = UseMayarQueryOptions<DataOf<"getPaymentChannels">, TSelected>;

/**
 * Get Payment Channels: a TanStack Query query over `mayar.paymentChannels.get`, `GET /hl/v2/payment-channels` (operationId `getPaymentChannels`).
 * Options: {@link paymentChannelsQueryOptions}.
 */
export function usePaymentChannels<TSelected = DataOf<"getPaymentChannels">>(
  options?: UsePaymentChannelsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "usePaymentChannels",
    "paymentChannels",
    (client, requestOptions) => paymentChannelsQueryOptions(client, requestOptions),
    options,
  );
}

/**
 * Options of {@link usePaymentRequest}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UsePaymentRequestOptions<TSelected = DataOf<"getPaymentRequest">> = UseMayarQueryOptions<DataOf<"getPaymentRequest">, TSelected>;

/**
 * Get Payment Request: a TanStack Query query over `mayar.paymentRequests.get`, `GET /hl/v2/payments/{id}` (operationId `getPaymentRequest`).
 * Options: {@link paymentRequestQueryOptions}.
 */
export function usePaymentRequest<TSelected = DataOf<"getPaymentRequest">>(
  id: PathOf<"getPaymentRequest">["id"],
  options?: UsePaymentRequestOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "usePaymentRequest",
    "paymentRequests",
    (client, requestOptions) => paymentRequestQueryOptions(client, id, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProduct}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseProductOptions<TSelected = DataOf<"getProduct">> = UseMayarQueryOptions<DataOf<"getProduct">, TSelected>;

/**
 * Get Product Detail: a TanStack Query query over `mayar.products.get`, `GET /hl/v2/products/{id}` (operationId `getProduct`).
 * Options: {@link productQueryOptions}.
 */
export function useProduct<TSelected = DataOf<"getProduct">>(
  id: PathOf<"getProduct">["id"],
  options?: UseProductOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useProduct",
    "products",
    (client, requestOptions) => productQueryOptions(client, id, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProductReviewStats}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseProductReviewStatsOptions<TSelected = DataOf<"getProductReviewStats">> = UseMayarQueryOptions<DataOf<"getProductReviewStats">, TSelected>;

/**
 * Get Product Review Statistics: a TanStack Query query over `mayar.reviews.getProductStats`, `GET /hl/v2/products/{id}/reviews/stats` (operationId `getProductReviewStats`).
 * Options: {@link productReviewStatsQueryOptions}.
 */
export function useProductReviewStats<TSelected = DataOf<"getProductReviewStats">>(
  id: PathOf<"getProductReviewStats">["id"],
  options?: UseProductReviewStatsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useProductReviewStats",
    "reviews",
    (client, requestOptions) => productReviewStatsQueryOptions(client, id, requestOptions),
    options,
  );
}

/**
 * Options of {@link useStaticQrCode}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseStaticQrCodeOptions<TSelected = DataOf<"getStaticQrCode">> = UseMayarQueryOptions<DataOf<"getStaticQrCode">, TSelected>;

/**
 * Get Static QR Code: a TanStack Query query over `mayar.qrCodes.getStatic`, `GET /hl/v2/qr-codes/static` (operationId `getStaticQrCode`).
 * Options: {@link staticQrCodeQueryOptions}.
 */
export function useStaticQrCode<TSelected = DataOf<"getStaticQrCode">>(
  options?: UseStaticQrCodeOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useStaticQrCode",
    "qrCodes",
    (client, requestOptions) => staticQrCodeQueryOptions(client, requestOptions),
    options,
  );
}

/**
 * Options of {@link useTransaction}: `useQuery` options, plus `requestOptions` for the client call, and `until` to poll for a status.
 */
export type UseTransactionOptions<TSelected = DataOf<"getTransaction">> = UseMayarQueryOptions<DataOf<"getTransaction">, TSelected> & UseMayarPollingOptions<"created" | "unpaid" | "paid" | "expired">;

/**
 * Get Transaction: a TanStack Query query over `mayar.transactions.get`, `GET /hl/v2/transactions/{id}` (operationId `getTransaction`).
 * `{ until: "paid" }` polls (1 s doubling to 10 s) until the status is that one or final (paid, expired).
 * Options: {@link transactionQueryOptions}.
 */
export function useTransaction<TSelected = DataOf<"getTransaction">>(
  id: PathOf<"getTransaction">["id"],
  options?: UseTransactionOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useTransaction",
    "transactions",
    (client, requestOptions) => transactionQueryOptions(client, id, requestOptions),
    options,
    ["paid", "expired"],
  );
}

/**
 * Options of {@link useBundles}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseBundlesOptions<TSelected = PageOf<"listBundles">> = UseMayarQueryOptions<PageOf<"listBundles">, TSelected>;

/**
 * Get Bundling: a TanStack Query query over `mayar.bundles.list`, `GET /hl/v2/bundling` (operationId `listBundles`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link bundlesQueryOptions}.
 */
export function useBundles<TSelected = PageOf<"listBundles">>(
  query?: QueryOf<"listBundles">,
  options?: UseBundlesOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useBundles",
    "bundles",
    (client, requestOptions) => bundlesQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useBundlesInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseBundlesInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listBundles">>;

/**
 * Get Bundling, every page: a TanStack Query infinite query over `mayar.bundles.list`,
 * `GET /hl/v2/bundling` (operationId `listBundles`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link bundlesInfiniteQueryOptions}.
 */
export function useBundlesInfinite(
  query?: QueryOf<"listBundles">,
  options?: UseBundlesInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listBundles">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useBundlesInfinite",
    "bundles",
    (client, requestOptions) => bundlesInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCoupons}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseCouponsOptions<TSelected = PageOf<"listCoupons">> = UseMayarQueryOptions<PageOf<"listCoupons">, TSelected>;

/**
 * List Coupons: a TanStack Query query over `mayar.coupons.list`, `GET /hl/v2/coupons` (operationId `listCoupons`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link couponsQueryOptions}.
 */
export function useCoupons<TSelected = PageOf<"listCoupons">>(
  query?: QueryOf<"listCoupons">,
  options?: UseCouponsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useCoupons",
    "coupons",
    (client, requestOptions) => couponsQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCouponsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseCouponsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listCoupons">>;

/**
 * List Coupons, every page: a TanStack Query infinite query over `mayar.coupons.list`,
 * `GET /hl/v2/coupons` (operationId `listCoupons`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link couponsInfiniteQueryOptions}.
 */
export function useCouponsInfinite(
  query?: QueryOf<"listCoupons">,
  options?: UseCouponsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listCoupons">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useCouponsInfinite",
    "coupons",
    (client, requestOptions) => couponsInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCreditHistory}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseCreditHistoryOptions<TSelected = PageOf<"listCreditHistory">> = UseMayarQueryOptions<PageOf<"listCreditHistory">, TSelected>;

/**
 * Get Paginate Customer Credit History: a TanStack Query query over `mayar.credits.listHistory`, `GET /credit/v1/credit/customer/paginate-credit-history/{customerId}` (operationId `listCreditHistory`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link creditHistoryQueryOptions}.
 */
export function useCreditHistory<TSelected = PageOf<"listCreditHistory">>(
  customerId: PathOf<"listCreditHistory">["customerId"],
  query: QueryOf<"listCreditHistory">,
  options?: UseCreditHistoryOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useCreditHistory",
    "credits",
    (client, requestOptions) => creditHistoryQueryOptions(client, customerId, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCreditHistoryInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseCreditHistoryInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listCreditHistory">>;

/**
 * Get Paginate Customer Credit History, every page: a TanStack Query infinite query over `mayar.credits.listHistory`,
 * `GET /credit/v1/credit/customer/paginate-credit-history/{customerId}` (operationId `listCreditHistory`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link creditHistoryInfiniteQueryOptions}.
 */
export function useCreditHistoryInfinite(
  customerId: PathOf<"listCreditHistory">["customerId"],
  query: QueryOf<"listCreditHistory">,
  options?: UseCreditHistoryInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listCreditHistory">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useCreditHistoryInfinite",
    "credits",
    (client, requestOptions) => creditHistoryInfiniteQueryOptions(client, customerId, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCustomers}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseCustomersOptions<TSelected = PageOf<"listCustomers">> = UseMayarQueryOptions<PageOf<"listCustomers">, TSelected>;

/**
 * List Customers: a TanStack Query query over `mayar.customers.list`, `GET /hl/v2/customers` (operationId `listCustomers`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link customersQueryOptions}.
 */
export function useCustomers<TSelected = PageOf<"listCustomers">>(
  query?: QueryOf<"listCustomers">,
  options?: UseCustomersOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useCustomers",
    "customers",
    (client, requestOptions) => customersQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useCustomersInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseCustomersInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listCustomers">>;

/**
 * List Customers, every page: a TanStack Query infinite query over `mayar.customers.list`,
 * `GET /hl/v2/customers` (operationId `listCustomers`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link customersInfiniteQueryOptions}.
 */
export function useCustomersInfinite(
  query?: QueryOf<"listCustomers">,
  options?: UseCustomersInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listCustomers">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useCustomersInfinite",
    "customers",
    (client, requestOptions) => customersInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useInstallments}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseInstallmentsOptions<TSelected = PageOf<"listInstallments">> = UseMayarQueryOptions<PageOf<"listInstallments">, TSelected>;

/**
 * List Installments: a TanStack Query query over `mayar.installments.list`, `GET /hl/v2/installments` (operationId `listInstallments`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link installmentsQueryOptions}.
 */
export function useInstallments<TSelected = PageOf<"listInstallments">>(
  query?: QueryOf<"listInstallments">,
  options?: UseInstallmentsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useInstallments",
    "installments",
    (client, requestOptions) => installmentsQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useInstallmentsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseInstallmentsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listInstallments">>;

/**
 * List Installments, every page: a TanStack Query infinite query over `mayar.installments.list`,
 * `GET /hl/v2/installments` (operationId `listInstallments`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link installmentsInfiniteQueryOptions}.
 */
export function useInstallmentsInfinite(
  query?: QueryOf<"listInstallments">,
  options?: UseInstallmentsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listInstallments">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useInstallmentsInfinite",
    "installments",
    (client, requestOptions) => installmentsInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useInvoices}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseInvoicesOptions<TSelected = PageOf<"listInvoices">> = UseMayarQueryOptions<PageOf<"listInvoices">, TSelected>;

/**
 * Get List Invoice: a TanStack Query query over `mayar.invoices.list`, `GET /hl/v2/invoices` (operationId `listInvoices`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link invoicesQueryOptions}.
 */
export function useInvoices<TSelected = PageOf<"listInvoices">>(
  query?: QueryOf<"listInvoices">,
  options?: UseInvoicesOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useInvoices",
    "invoices",
    (client, requestOptions) => invoicesQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useInvoicesInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseInvoicesInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listInvoices">>;

/**
 * Get List Invoice, every page: a TanStack Query infinite query over `mayar.invoices.list`,
 * `GET /hl/v2/invoices` (operationId `listInvoices`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link invoicesInfiniteQueryOptions}.
 */
export function useInvoicesInfinite(
  query?: QueryOf<"listInvoices">,
  options?: UseInvoicesInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listInvoices">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useInvoicesInfinite",
    "invoices",
    (client, requestOptions) => invoicesInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useInvoicesByEmail}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseInvoicesByEmailOptions<TSelected = PageOf<"listInvoicesByEmail">> = UseMayarQueryOptions<PageOf<"listInvoicesByEmail">, TSelected>;

/**
 * Filter Invoices by Customer Email: a TanStack Query query over `mayar.invoices.listByEmail`, `GET /hl/v2/invoices/filter` (operationId `listInvoicesByEmail`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link invoicesByEmailQueryOptions}.
 */
export function useInvoicesByEmail<TSelected = PageOf<"listInvoicesByEmail">>(
  query: QueryOf<"listInvoicesByEmail">,
  options?: UseInvoicesByEmailOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useInvoicesByEmail",
    "invoices",
    (client, requestOptions) => invoicesByEmailQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useInvoicesByEmailInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseInvoicesByEmailInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listInvoicesByEmail">>;

/**
 * Filter Invoices by Customer Email, every page: a TanStack Query infinite query over `mayar.invoices.listByEmail`,
 * `GET /hl/v2/invoices/filter` (operationId `listInvoicesByEmail`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link invoicesByEmailInfiniteQueryOptions}.
 */
export function useInvoicesByEmailInfinite(
  query: QueryOf<"listInvoicesByEmail">,
  options?: UseInvoicesByEmailInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listInvoicesByEmail">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useInvoicesByEmailInfinite",
    "invoices",
    (client, requestOptions) => invoicesByEmailInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useMembers}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseMembersOptions<TSelected = PageOf<"listMembers">> = UseMayarQueryOptions<PageOf<"listMembers">, TSelected>;

/**
 * Get Membership Members: a TanStack Query query over `mayar.memberships.listMembers`, `GET /hl/v2/memberships/members` (operationId `listMembers`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link membersQueryOptions}.
 */
export function useMembers<TSelected = PageOf<"listMembers">>(
  query: QueryOf<"listMembers">,
  options?: UseMembersOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useMembers",
    "memberships",
    (client, requestOptions) => membersQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useMembersInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseMembersInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listMembers">>;

/**
 * Get Membership Members, every page: a TanStack Query infinite query over `mayar.memberships.listMembers`,
 * `GET /hl/v2/memberships/members` (operationId `listMembers`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link membersInfiniteQueryOptions}.
 */
export function useMembersInfinite(
  query: QueryOf<"listMembers">,
  options?: UseMembersInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listMembers">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useMembersInfinite",
    "memberships",
    (client, requestOptions) => membersInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useMembershipTiers}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseMembershipTiersOptions<TSelected = PageOf<"listMembershipTiers">> = UseMayarQueryOptions<PageOf<"listMembershipTiers">, TSelected>;

/**
 * Get Membership Tiers: a TanStack Query query over `mayar.memberships.listTiers`, `GET /hl/v2/memberships/tiers` (operationId `listMembershipTiers`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link membershipTiersQueryOptions}.
 */
export function useMembershipTiers<TSelected = PageOf<"listMembershipTiers">>(
  query: QueryOf<"listMembershipTiers">,
  options?: UseMembershipTiersOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useMembershipTiers",
    "memberships",
    (client, requestOptions) => membershipTiersQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useMembershipTiersInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseMembershipTiersInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listMembershipTiers">>;

/**
 * Get Membership Tiers, every page: a TanStack Query infinite query over `mayar.memberships.listTiers`,
 * `GET /hl/v2/memberships/tiers` (operationId `listMembershipTiers`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link membershipTiersInfiniteQueryOptions}.
 */
export function useMembershipTiersInfinite(
  query: QueryOf<"listMembershipTiers">,
  options?: UseMembershipTiersInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listMembershipTiers">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useMembershipTiersInfinite",
    "memberships",
    (client, requestOptions) => membershipTiersInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link usePaymentLinksByType}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UsePaymentLinksByTypeOptions<TSelected = PageOf<"listPaymentLinksByType">> = UseMayarQueryOptions<PageOf<"listPaymentLinksByType">, TSelected>;

/**
 * Sort Payment Links by Type: a TanStack Query query over `mayar.paymentLinks.listByType`, `POST /hl/v2/payment-links/sort/{type}` (operationId `listPaymentLinksByType`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link paymentLinksByTypeQueryOptions}.
 */
export function usePaymentLinksByType<TSelected = PageOf<"listPaymentLinksByType">>(
  type: PathOf<"listPaymentLinksByType">["type"],
  query?: QueryOf<"listPaymentLinksByType">,
  options?: UsePaymentLinksByTypeOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "usePaymentLinksByType",
    "paymentLinks",
    (client, requestOptions) => paymentLinksByTypeQueryOptions(client, type, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link usePaymentLinksByTypeInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UsePaymentLinksByTypeInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listPaymentLinksByType">>;

/**
 * Sort Payment Links by Type, every page: a TanStack Query infinite query over `mayar.paymentLinks.listByType`,
 * `POST /hl/v2/payment-links/sort/{type}` (operationId `listPaymentLinksByType`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link paymentLinksByTypeInfiniteQueryOptions}.
 */
export function usePaymentLinksByTypeInfinite(
  type: PathOf<"listPaymentLinksByType">["type"],
  query?: QueryOf<"listPaymentLinksByType">,
  options?: UsePaymentLinksByTypeInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listPaymentLinksByType">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "usePaymentLinksByTypeInfinite",
    "paymentLinks",
    (client, requestOptions) => paymentLinksByTypeInfiniteQueryOptions(client, type, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link usePaymentRequests}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UsePaymentRequestsOptions<TSelected = PageOf<"listPaymentRequests">> = UseMayarQueryOptions<PageOf<"listPaymentRequests">, TSelected>;

/**
 * List Payment Requests: a TanStack Query query over `mayar.paymentRequests.list`, `GET /hl/v2/payments` (operationId `listPaymentRequests`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link paymentRequestsQueryOptions}.
 */
export function usePaymentRequests<TSelected = PageOf<"listPaymentRequests">>(
  query?: QueryOf<"listPaymentRequests">,
  options?: UsePaymentRequestsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "usePaymentRequests",
    "paymentRequests",
    (client, requestOptions) => paymentRequestsQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link usePaymentRequestsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UsePaymentRequestsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listPaymentRequests">>;

/**
 * List Payment Requests, every page: a TanStack Query infinite query over `mayar.paymentRequests.list`,
 * `GET /hl/v2/payments` (operationId `listPaymentRequests`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link paymentRequestsInfiniteQueryOptions}.
 */
export function usePaymentRequestsInfinite(
  query?: QueryOf<"listPaymentRequests">,
  options?: UsePaymentRequestsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listPaymentRequests">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "usePaymentRequestsInfinite",
    "paymentRequests",
    (client, requestOptions) => paymentRequestsInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProductReviews}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseProductReviewsOptions<TSelected = PageOf<"listProductReviews">> = UseMayarQueryOptions<PageOf<"listProductReviews">, TSelected>;

/**
 * List Product Reviews: a TanStack Query query over `mayar.reviews.listForProduct`, `GET /hl/v2/products/{id}/reviews` (operationId `listProductReviews`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link productReviewsQueryOptions}.
 */
export function useProductReviews<TSelected = PageOf<"listProductReviews">>(
  id: PathOf<"listProductReviews">["id"],
  query?: QueryOf<"listProductReviews">,
  options?: UseProductReviewsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useProductReviews",
    "reviews",
    (client, requestOptions) => productReviewsQueryOptions(client, id, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProductReviewsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseProductReviewsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listProductReviews">>;

/**
 * List Product Reviews, every page: a TanStack Query infinite query over `mayar.reviews.listForProduct`,
 * `GET /hl/v2/products/{id}/reviews` (operationId `listProductReviews`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link productReviewsInfiniteQueryOptions}.
 */
export function useProductReviewsInfinite(
  id: PathOf<"listProductReviews">["id"],
  query?: QueryOf<"listProductReviews">,
  options?: UseProductReviewsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listProductReviews">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useProductReviewsInfinite",
    "reviews",
    (client, requestOptions) => productReviewsInfiniteQueryOptions(client, id, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProducts}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseProductsOptions<TSelected = PageOf<"listProducts">> = UseMayarQueryOptions<PageOf<"listProducts">, TSelected>;

/**
 * Get Product Page: a TanStack Query query over `mayar.products.list`, `GET /hl/v2/products` (operationId `listProducts`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link productsQueryOptions}.
 */
export function useProducts<TSelected = PageOf<"listProducts">>(
  query?: QueryOf<"listProducts">,
  options?: UseProductsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useProducts",
    "products",
    (client, requestOptions) => productsQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProductsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseProductsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listProducts">>;

/**
 * Get Product Page, every page: a TanStack Query infinite query over `mayar.products.list`,
 * `GET /hl/v2/products` (operationId `listProducts`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link productsInfiniteQueryOptions}.
 */
export function useProductsInfinite(
  query?: QueryOf<"listProducts">,
  options?: UseProductsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listProducts">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useProductsInfinite",
    "products",
    (client, requestOptions) => productsInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProductsByType}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseProductsByTypeOptions<TSelected = PageOf<"listProductsByType">> = UseMayarQueryOptions<PageOf<"listProductsByType">, TSelected>;

/**
 * Get Product Page with Type Filter: a TanStack Query query over `mayar.products.listByType`, `GET /hl/v2/products/types/{type}` (operationId `listProductsByType`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link productsByTypeQueryOptions}.
 */
export function useProductsByType<TSelected = PageOf<"listProductsByType">>(
  type: PathOf<"listProductsByType">["type"],
  query?: QueryOf<"listProductsByType">,
  options?: UseProductsByTypeOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useProductsByType",
    "products",
    (client, requestOptions) => productsByTypeQueryOptions(client, type, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProductsByTypeInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseProductsByTypeInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listProductsByType">>;

/**
 * Get Product Page with Type Filter, every page: a TanStack Query infinite query over `mayar.products.listByType`,
 * `GET /hl/v2/products/types/{type}` (operationId `listProductsByType`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link productsByTypeInfiniteQueryOptions}.
 */
export function useProductsByTypeInfinite(
  type: PathOf<"listProductsByType">["type"],
  query?: QueryOf<"listProductsByType">,
  options?: UseProductsByTypeInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listProductsByType">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useProductsByTypeInfinite",
    "products",
    (client, requestOptions) => productsByTypeInfiniteQueryOptions(client, type, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProductTransactions}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseProductTransactionsOptions<TSelected = PageOf<"listProductTransactions">> = UseMayarQueryOptions<PageOf<"listProductTransactions">, TSelected>;

/**
 * Get Product Transactions: a TanStack Query query over `mayar.products.listTransactions`, `GET /hl/v2/products/{id}/transactions` (operationId `listProductTransactions`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link productTransactionsQueryOptions}.
 */
export function useProductTransactions<TSelected = PageOf<"listProductTransactions">>(
  id: PathOf<"listProductTransactions">["id"],
  query?: QueryOf<"listProductTransactions">,
  options?: UseProductTransactionsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useProductTransactions",
    "products",
    (client, requestOptions) => productTransactionsQueryOptions(client, id, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useProductTransactionsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseProductTransactionsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listProductTransactions">>;

/**
 * Get Product Transactions, every page: a TanStack Query infinite query over `mayar.products.listTransactions`,
 * `GET /hl/v2/products/{id}/transactions` (operationId `listProductTransactions`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link productTransactionsInfiniteQueryOptions}.
 */
export function useProductTransactionsInfinite(
  id: PathOf<"listProductTransactions">["id"],
  query?: QueryOf<"listProductTransactions">,
  options?: UseProductTransactionsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listProductTransactions">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useProductTransactionsInfinite",
    "products",
    (client, requestOptions) => productTransactionsInfiniteQueryOptions(client, id, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useReviews}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseReviewsOptions<TSelected = PageOf<"listReviews">> = UseMayarQueryOptions<PageOf<"listReviews">, TSelected>;

/**
 * List Reviews: a TanStack Query query over `mayar.reviews.list`, `GET /hl/v2/reviews` (operationId `listReviews`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link reviewsQueryOptions}.
 */
export function useReviews<TSelected = PageOf<"listReviews">>(
  query?: QueryOf<"listReviews">,
  options?: UseReviewsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useReviews",
    "reviews",
    (client, requestOptions) => reviewsQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useReviewsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseReviewsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listReviews">>;

/**
 * List Reviews, every page: a TanStack Query infinite query over `mayar.reviews.list`,
 * `GET /hl/v2/reviews` (operationId `listReviews`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link reviewsInfiniteQueryOptions}.
 */
export function useReviewsInfinite(
  query?: QueryOf<"listReviews">,
  options?: UseReviewsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listReviews">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useReviewsInfinite",
    "reviews",
    (client, requestOptions) => reviewsInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useTransactions}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseTransactionsOptions<TSelected = PageOf<"listTransactions">> = UseMayarQueryOptions<PageOf<"listTransactions">, TSelected>;

/**
 * Get Paid Transactions (Balance History): a TanStack Query query over `mayar.transactions.list`, `GET /hl/v2/transactions` (operationId `listTransactions`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link transactionsQueryOptions}.
 */
export function useTransactions<TSelected = PageOf<"listTransactions">>(
  query?: QueryOf<"listTransactions">,
  options?: UseTransactionsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useTransactions",
    "transactions",
    (client, requestOptions) => transactionsQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useTransactionsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseTransactionsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listTransactions">>;

/**
 * Get Paid Transactions (Balance History), every page: a TanStack Query infinite query over `mayar.transactions.list`,
 * `GET /hl/v2/transactions` (operationId `listTransactions`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link transactionsInfiniteQueryOptions}.
 */
export function useTransactionsInfinite(
  query?: QueryOf<"listTransactions">,
  options?: UseTransactionsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listTransactions">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useTransactionsInfinite",
    "transactions",
    (client, requestOptions) => transactionsInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useUnpaidTransactions}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseUnpaidTransactionsOptions<TSelected = PageOf<"listUnpaidTransactions">> = UseMayarQueryOptions<PageOf<"listUnpaidTransactions">, TSelected>;

/**
 * Get Unpaid Transactions: a TanStack Query query over `mayar.transactions.listUnpaid`, `GET /hl/v2/transactions/unpaid` (operationId `listUnpaidTransactions`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link unpaidTransactionsQueryOptions}.
 */
export function useUnpaidTransactions<TSelected = PageOf<"listUnpaidTransactions">>(
  query?: QueryOf<"listUnpaidTransactions">,
  options?: UseUnpaidTransactionsOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useUnpaidTransactions",
    "transactions",
    (client, requestOptions) => unpaidTransactionsQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useUnpaidTransactionsInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseUnpaidTransactionsInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listUnpaidTransactions">>;

/**
 * Get Unpaid Transactions, every page: a TanStack Query infinite query over `mayar.transactions.listUnpaid`,
 * `GET /hl/v2/transactions/unpaid` (operationId `listUnpaidTransactions`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link unpaidTransactionsInfiniteQueryOptions}.
 */
export function useUnpaidTransactionsInfinite(
  query?: QueryOf<"listUnpaidTransactions">,
  options?: UseUnpaidTransactionsInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listUnpaidTransactions">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useUnpaidTransactionsInfinite",
    "transactions",
    (client, requestOptions) => unpaidTransactionsInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useWebhookHistory}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseWebhookHistoryOptions<TSelected = PageOf<"listWebhookHistory">> = UseMayarQueryOptions<PageOf<"listWebhookHistory">, TSelected>;

/**
 * Get History: a TanStack Query query over `mayar.webhooks.listHistory`, `GET /hl/v2/webhooks/history` (operationId `listWebhookHistory`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link webhookHistoryQueryOptions}.
 */
export function useWebhookHistory<TSelected = PageOf<"listWebhookHistory">>(
  query?: QueryOf<"listWebhookHistory">,
  options?: UseWebhookHistoryOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useWebhookHistory",
    "webhooks",
    (client, requestOptions) => webhookHistoryQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useWebhookHistoryInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseWebhookHistoryInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listWebhookHistory">>;

/**
 * Get History, every page: a TanStack Query infinite query over `mayar.webhooks.listHistory`,
 * `GET /hl/v2/webhooks/history` (operationId `listWebhookHistory`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link webhookHistoryInfiniteQueryOptions}.
 */
export function useWebhookHistoryInfinite(
  query?: QueryOf<"listWebhookHistory">,
  options?: UseWebhookHistoryInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listWebhookHistory">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useWebhookHistoryInfinite",
    "webhooks",
    (client, requestOptions) => webhookHistoryInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useWebhookNewHistory}: `useQuery` options, plus `requestOptions` for the client call.
 */
export type UseWebhookNewHistoryOptions<TSelected = PageOf<"listWebhookNewHistory">> = UseMayarQueryOptions<PageOf<"listWebhookNewHistory">, TSelected>;

/**
 * Get New History: a TanStack Query query over `mayar.webhooks.listNewHistory`, `GET /hl/v2/webhooks/new-history` (operationId `listWebhookNewHistory`).
 * One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant.
 * Options: {@link webhookNewHistoryQueryOptions}.
 */
export function useWebhookNewHistory<TSelected = PageOf<"listWebhookNewHistory">>(
  query?: QueryOf<"listWebhookNewHistory">,
  options?: UseWebhookNewHistoryOptions<TSelected>,
): UseQueryResult<TSelected, MayarError> {
  return useMayarQuery(
    "useWebhookNewHistory",
    "webhooks",
    (client, requestOptions) => webhookNewHistoryQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useWebhookNewHistoryInfinite}: `useInfiniteQuery` options, plus `requestOptions`.
 */
export type UseWebhookNewHistoryInfiniteOptions = UseMayarInfiniteQueryOptions<PageOf<"listWebhookNewHistory">>;

/**
 * Get New History, every page: a TanStack Query infinite query over `mayar.webhooks.listNewHistory`,
 * `GET /hl/v2/webhooks/new-history` (operationId `listWebhookNewHistory`). `fetchNextPage()` loads the next page while `hasNextPage`. Options: {@link webhookNewHistoryInfiniteQueryOptions}.
 */
export function useWebhookNewHistoryInfinite(
  query?: QueryOf<"listWebhookNewHistory">,
  options?: UseWebhookNewHistoryInfiniteOptions,
): UseInfiniteQueryResult<InfiniteData<PageOf<"listWebhookNewHistory">, unknown>, MayarError> {
  return useMayarInfiniteQuery(
    "useWebhookNewHistoryInfinite",
    "webhooks",
    (client, requestOptions) => webhookNewHistoryInfiniteQueryOptions(client, query, requestOptions),
    options,
  );
}

/**
 * Options of {@link useRegisterCreditCustomer}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseRegisterCreditCustomerOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"registerCreditCustomer">, BodyOf<"registerCreditCustomer">, TOnMutateResult>;

/**
 * Regist New Customer: a TanStack Query mutation over `mayar.credits.registerCustomer`, `POST /credit/v1/credit/credit-usage/customer/regist` (operationId `registerCreditCustomer`).
 * `mutate(variables)` takes `BodyOf<"registerCreditCustomer">`; `error` is the MayarError. Options: {@link registerCreditCustomerMutationOptions}.
 */
export function useRegisterCreditCustomer<TOnMutateResult = unknown>(
  options?: UseRegisterCreditCustomerOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"registerCreditCustomer">, MayarError, BodyOf<"registerCreditCustomer">, TOnMutateResult> {
  return useMayarMutation("useRegisterCreditCustomer", "credits", registerCreditCustomerMutationOptions, options);
}

/**
 * Options of {@link useRegisterCreditMember}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseRegisterCreditMemberOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"registerCreditMember">, BodyOf<"registerCreditMember">, TOnMutateResult>;

/**
 * Regist New Membership Customer: a TanStack Query mutation over `mayar.credits.registerMember`, `POST /credit/v1/credit/membership/customer/regist` (operationId `registerCreditMember`).
 * `mutate(variables)` takes `BodyOf<"registerCreditMember">`; `error` is the MayarError. Options: {@link registerCreditMemberMutationOptions}.
 */
export function useRegisterCreditMember<TOnMutateResult = unknown>(
  options?: UseRegisterCreditMemberOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"registerCreditMember">, MayarError, BodyOf<"registerCreditMember">, TOnMutateResult> {
  return useMayarMutation("useRegisterCreditMember", "credits", registerCreditMemberMutationOptions, options);
}

/**
 * Options of {@link useRegisterWebhook}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseRegisterWebhookOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"registerWebhook">, BodyOf<"registerWebhook">, TOnMutateResult>;

/**
 * Register URL Hook: a TanStack Query mutation over `mayar.webhooks.register`, `POST /hl/v2/webhooks/update` (operationId `registerWebhook`).
 * `mutate(variables)` takes `BodyOf<"registerWebhook">`; `error` is the MayarError. Options: {@link registerWebhookMutationOptions}.
 */
export function useRegisterWebhook<TOnMutateResult = unknown>(
  options?: UseRegisterWebhookOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"registerWebhook">, MayarError, BodyOf<"registerWebhook">, TOnMutateResult> {
  return useMayarMutation("useRegisterWebhook", "webhooks", registerWebhookMutationOptions, options);
}

/**
 * Options of {@link useRetryWebhook}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseRetryWebhookOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"retryWebhook">, BodyOf<"retryWebhook">, TOnMutateResult>;

/**
 * Retry History: a TanStack Query mutation over `mayar.webhooks.retry`, `POST /hl/v2/webhooks/retry` (operationId `retryWebhook`).
 * `mutate(variables)` takes `BodyOf<"retryWebhook">`; `error` is the MayarError. Options: {@link retryWebhookMutationOptions}.
 */
export function useRetryWebhook<TOnMutateResult = unknown>(
  options?: UseRetryWebhookOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"retryWebhook">, MayarError, BodyOf<"retryWebhook">, TOnMutateResult> {
  return useMayarMutation("useRetryWebhook", "webhooks", retryWebhookMutationOptions, options);
}

/**
 * Options of {@link useSpendCredit}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseSpendCreditOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"spendCredit">, BodyOf<"spendCredit">, TOnMutateResult>;

/**
 * Spend Customer Credit: a TanStack Query mutation over `mayar.credits.spend`, `POST /credit/v1/credit/customer/spend` (operationId `spendCredit`).
 * `mutate(variables)` takes `BodyOf<"spendCredit">`; `error` is the MayarError. Options: {@link spendCreditMutationOptions}.
 */
export function useSpendCredit<TOnMutateResult = unknown>(
  options?: UseSpendCreditOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"spendCredit">, MayarError, BodyOf<"spendCredit">, TOnMutateResult> {
  return useMayarMutation("useSpendCredit", "credits", spendCreditMutationOptions, options);
}

/**
 * Options of {@link useTestWebhook}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseTestWebhookOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"testWebhook">, BodyOf<"testWebhook">, TOnMutateResult>;

/**
 * Test URL Hook: a TanStack Query mutation over `mayar.webhooks.test`, `POST /hl/v2/webhooks/test` (operationId `testWebhook`).
 * `mutate(variables)` takes `BodyOf<"testWebhook">`; `error` is the MayarError. Options: {@link testWebhookMutationOptions}.
 */
export function useTestWebhook<TOnMutateResult = unknown>(
  options?: UseTestWebhookOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"testWebhook">, MayarError, BodyOf<"testWebhook">, TOnMutateResult> {
  return useMayarMutation("useTestWebhook", "webhooks", testWebhookMutationOptions, options);
}

/**
 * Options of {@link useUpdateCustomer}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateCustomerOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"updateCustomer">, BodyOf<"updateCustomer">, TOnMutateResult>;

/**
 * Update Customer Email: a TanStack Query mutation over `mayar.customers.update`, `POST /hl/v2/customers/update` (operationId `updateCustomer`).
 * `mutate(variables)` takes `BodyOf<"updateCustomer">`; `error` is the MayarError. Options: {@link updateCustomerMutationOptions}.
 */
export function useUpdateCustomer<TOnMutateResult = unknown>(
  options?: UseUpdateCustomerOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"updateCustomer">, MayarError, BodyOf<"updateCustomer">, TOnMutateResult> {
  return useMayarMutation("useUpdateCustomer", "customers", updateCustomerMutationOptions, options);
}

/**
 * Options of {@link useUpdateDigitalProduct}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateDigitalProductOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updateDigitalProduct">, BodyOf<"updateDigitalProduct">, TOnMutateResult>;

/**
 * Edit Digital Product: a TanStack Query mutation over `mayar.digitalProducts.update`, `POST /hl/v2/products/digital-product/{id}/update` (operationId `updateDigitalProduct`).
 * `mutate(variables)` takes `BodyOf<"updateDigitalProduct">`; `error` is the MayarError. Options: {@link updateDigitalProductMutationOptions}.
 */
export function useUpdateDigitalProduct<TOnMutateResult = unknown>(
  options?: UseUpdateDigitalProductOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updateDigitalProduct">, MayarError, BodyOf<"updateDigitalProduct">, TOnMutateResult> {
  return useMayarMutation("useUpdateDigitalProduct", "digitalProducts", updateDigitalProductMutationOptions, options);
}

/**
 * Options of {@link useUpdateEvent}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateEventOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updateEvent">, BodyOf<"updateEvent">, TOnMutateResult>;

/**
 * Edit Event: a TanStack Query mutation over `mayar.events.update`, `POST /hl/v2/products/event/{id}/update` (operationId `updateEvent`).
 * `mutate(variables)` takes `BodyOf<"updateEvent">`; `error` is the MayarError. Options: {@link updateEventMutationOptions}.
 */
export function useUpdateEvent<TOnMutateResult = unknown>(
  options?: UseUpdateEventOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updateEvent">, MayarError, BodyOf<"updateEvent">, TOnMutateResult> {
  return useMayarMutation("useUpdateEvent", "events", updateEventMutationOptions, options);
}

/**
 * Options of {@link useUpdateInvoice}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateInvoiceOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updateInvoice">, BodyOf<"updateInvoice">, TOnMutateResult>;

/**
 * Edit Invoice: a TanStack Query mutation over `mayar.invoices.update`, `POST /hl/v2/invoices/{id}/update` (operationId `updateInvoice`).
 * `mutate(variables)` takes `BodyOf<"updateInvoice">`; `error` is the MayarError. Options: {@link updateInvoiceMutationOptions}.
 */
export function useUpdateInvoice<TOnMutateResult = unknown>(
  options?: UseUpdateInvoiceOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updateInvoice">, MayarError, BodyOf<"updateInvoice">, TOnMutateResult> {
  return useMayarMutation("useUpdateInvoice", "invoices", updateInvoiceMutationOptions, options);
}

/**
 * Options of {@link useUpdateMember}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateMemberOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updateMember">, PathOf<"updateMember"> & { body: BodyOf<"updateMember"> }, TOnMutateResult>;

/**
 * Update Membership Member: a TanStack Query mutation over `mayar.memberships.updateMember`, `POST /hl/v2/memberships/members/{memberId}/update` (operationId `updateMember`).
 * `mutate(variables)` takes `PathOf<"updateMember"> & { body: BodyOf<"updateMember"> }`; `error` is the MayarError. Options: {@link updateMemberMutationOptions}.
 */
export function useUpdateMember<TOnMutateResult = unknown>(
  options?: UseUpdateMemberOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updateMember">, MayarError, PathOf<"updateMember"> & { body: BodyOf<"updateMember"> }, TOnMutateResult> {
  return useMayarMutation("useUpdateMember", "memberships", updateMemberMutationOptions, options);
}

/**
 * Options of {@link useUpdateNameService}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateNameServiceOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updateNameService">, BodyOf<"updateNameService">, TOnMutateResult>;

/**
 * Update Name Service: a TanStack Query mutation over `mayar.nameServices.update`, `POST /hl/v2/name-services/update` (operationId `updateNameService`).
 * `mutate(variables)` takes `BodyOf<"updateNameService">`; `error` is the MayarError. Options: {@link updateNameServiceMutationOptions}.
 */
export function useUpdateNameService<TOnMutateResult = unknown>(
  options?: UseUpdateNameServiceOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updateNameService">, MayarError, BodyOf<"updateNameService">, TOnMutateResult> {
  return useMayarMutation("useUpdateNameService", "nameServices", updateNameServiceMutationOptions, options);
}

/**
 * Options of {@link useUpdatePaymentLink}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdatePaymentLinkOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updatePaymentLink">, BodyOf<"updatePaymentLink">, TOnMutateResult>;

/**
 * Update Payment Link: a TanStack Query mutation over `mayar.paymentLinks.update`, `POST /hl/v2/payment-links/{id}/update` (operationId `updatePaymentLink`).
 * `mutate(variables)` takes `BodyOf<"updatePaymentLink">`; `error` is the MayarError. Options: {@link updatePaymentLinkMutationOptions}.
 */
export function useUpdatePaymentLink<TOnMutateResult = unknown>(
  options?: UseUpdatePaymentLinkOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updatePaymentLink">, MayarError, BodyOf<"updatePaymentLink">, TOnMutateResult> {
  return useMayarMutation("useUpdatePaymentLink", "paymentLinks", updatePaymentLinkMutationOptions, options);
}

/**
 * Options of {@link useUpdatePaymentRequest}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdatePaymentRequestOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updatePaymentRequest">, BodyOf<"updatePaymentRequest">, TOnMutateResult>;

/**
 * Update Single Payment Request: a TanStack Query mutation over `mayar.paymentRequests.update`, `POST /hl/v2/payments/{id}/update` (operationId `updatePaymentRequest`).
 * `mutate(variables)` takes `BodyOf<"updatePaymentRequest">`; `error` is the MayarError. Options: {@link updatePaymentRequestMutationOptions}.
 */
export function useUpdatePaymentRequest<TOnMutateResult = unknown>(
  options?: UseUpdatePaymentRequestOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updatePaymentRequest">, MayarError, BodyOf<"updatePaymentRequest">, TOnMutateResult> {
  return useMayarMutation("useUpdatePaymentRequest", "paymentRequests", updatePaymentRequestMutationOptions, options);
}

/**
 * Options of {@link useUpdateProduct}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateProductOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updateProduct">, BodyOf<"updateProduct">, TOnMutateResult>;

/**
 * Edit Payment Link: a TanStack Query mutation over `mayar.products.update`, `POST /hl/v2/products/payment-link/{id}/update` (operationId `updateProduct`).
 * `mutate(variables)` takes `BodyOf<"updateProduct">`; `error` is the MayarError. Options: {@link updateProductMutationOptions}.
 */
export function useUpdateProduct<TOnMutateResult = unknown>(
  options?: UseUpdateProductOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updateProduct">, MayarError, BodyOf<"updateProduct">, TOnMutateResult> {
  return useMayarMutation("useUpdateProduct", "products", updateProductMutationOptions, options);
}

/**
 * Options of {@link useUpdateReview}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateReviewOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updateReview">, BodyOf<"updateReview">, TOnMutateResult>;

/**
 * Update Review: a TanStack Query mutation over `mayar.reviews.update`, `POST /hl/v2/reviews/{id}/update` (operationId `updateReview`).
 * `mutate(variables)` takes `BodyOf<"updateReview">`; `error` is the MayarError. Options: {@link updateReviewMutationOptions}.
 */
export function useUpdateReview<TOnMutateResult = unknown>(
  options?: UseUpdateReviewOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updateReview">, MayarError, BodyOf<"updateReview">, TOnMutateResult> {
  return useMayarMutation("useUpdateReview", "reviews", updateReviewMutationOptions, options);
}

/**
 * Options of {@link useUpdateReviewStatuses}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateReviewStatusesOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"updateReviewStatuses">, BodyOf<"updateReviewStatuses">, TOnMutateResult>;

/**
 * Bulk Update Review Status: a TanStack Query mutation over `mayar.reviews.updateStatuses`, `POST /hl/v2/reviews/bulk-status/update` (operationId `updateReviewStatuses`).
 * `mutate(variables)` takes `BodyOf<"updateReviewStatuses">`; `error` is the MayarError. Options: {@link updateReviewStatusesMutationOptions}.
 */
export function useUpdateReviewStatuses<TOnMutateResult = unknown>(
  options?: UseUpdateReviewStatusesOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"updateReviewStatuses">, MayarError, BodyOf<"updateReviewStatuses">, TOnMutateResult> {
  return useMayarMutation("useUpdateReviewStatuses", "reviews", updateReviewStatusesMutationOptions, options);
}

/**
 * Options of {@link useUpdateWebinar}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseUpdateWebinarOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"updateWebinar">, BodyOf<"updateWebinar">, TOnMutateResult>;

/**
 * Edit Webinar: a TanStack Query mutation over `mayar.webinars.update`, `POST /hl/v2/products/webinar/{id}/update` (operationId `updateWebinar`).
 * `mutate(variables)` takes `BodyOf<"updateWebinar">`; `error` is the MayarError. Options: {@link updateWebinarMutationOptions}.
 */
export function useUpdateWebinar<TOnMutateResult = unknown>(
  options?: UseUpdateWebinarOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"updateWebinar">, MayarError, BodyOf<"updateWebinar">, TOnMutateResult> {
  return useMayarMutation("useUpdateWebinar", "webinars", updateWebinarMutationOptions, options);
}

/**
 * Options of {@link useValidateCoupon}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseValidateCouponOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<DataOf<"validateCoupon">, BodyOf<"validateCoupon">, TOnMutateResult>;

/**
 * Validate Coupon: a TanStack Query mutation over `mayar.coupons.validate`, `POST /hl/v2/coupons/validate` (operationId `validateCoupon`).
 * `mutate(variables)` takes `BodyOf<"validateCoupon">`; `error` is the MayarError. Options: {@link validateCouponMutationOptions}.
 */
export function useValidateCoupon<TOnMutateResult = unknown>(
  options?: UseValidateCouponOptions<TOnMutateResult>,
): UseMutationResult<DataOf<"validateCoupon">, MayarError, BodyOf<"validateCoupon">, TOnMutateResult> {
  return useMayarMutation("useValidateCoupon", "coupons", validateCouponMutationOptions, options);
}

/**
 * Options of {@link useVerifySaasLicense}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseVerifySaasLicenseOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"verifySaasLicense">, BodyOf<"verifySaasLicense">, TOnMutateResult>;

/**
 * Verify License (SaaS): a TanStack Query mutation over `mayar.saasLicenses.verify`, `POST /saas/v1/license/verify` (operationId `verifySaasLicense`).
 * `mutate(variables)` takes `BodyOf<"verifySaasLicense">`; `error` is the MayarError. Options: {@link verifySaasLicenseMutationOptions}.
 */
export function useVerifySaasLicense<TOnMutateResult = unknown>(
  options?: UseVerifySaasLicenseOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"verifySaasLicense">, MayarError, BodyOf<"verifySaasLicense">, TOnMutateResult> {
  return useMayarMutation("useVerifySaasLicense", "saasLicenses", verifySaasLicenseMutationOptions, options);
}

/**
 * Options of {@link useVerifySaasLicenseV2}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseVerifySaasLicenseV2Options<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"verifySaasLicenseV2">, BodyOf<"verifySaasLicenseV2">, TOnMutateResult>;

/**
 * Verify License (SaaS, v2): a TanStack Query mutation over `mayar.saasLicenses.verifyV2`, `POST /saas/v2/license/verify` (operationId `verifySaasLicenseV2`).
 * `mutate(variables)` takes `BodyOf<"verifySaasLicenseV2">`; `error` is the MayarError. Options: {@link verifySaasLicenseV2MutationOptions}.
 */
export function useVerifySaasLicenseV2<TOnMutateResult = unknown>(
  options?: UseVerifySaasLicenseV2Options<TOnMutateResult>,
): UseMutationResult<RootOf<"verifySaasLicenseV2">, MayarError, BodyOf<"verifySaasLicenseV2">, TOnMutateResult> {
  return useMayarMutation("useVerifySaasLicenseV2", "saasLicenses", verifySaasLicenseV2MutationOptions, options);
}

/**
 * Options of {@link useVerifySoftwareLicense}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseVerifySoftwareLicenseOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"verifySoftwareLicense">, BodyOf<"verifySoftwareLicense">, TOnMutateResult>;

/**
 * Verify License: a TanStack Query mutation over `mayar.softwareLicenses.verify`, `POST /software/v1/license/verify` (operationId `verifySoftwareLicense`).
 * `mutate(variables)` takes `BodyOf<"verifySoftwareLicense">`; `error` is the MayarError. Options: {@link verifySoftwareLicenseMutationOptions}.
 */
export function useVerifySoftwareLicense<TOnMutateResult = unknown>(
  options?: UseVerifySoftwareLicenseOptions<TOnMutateResult>,
): UseMutationResult<RootOf<"verifySoftwareLicense">, MayarError, BodyOf<"verifySoftwareLicense">, TOnMutateResult> {
  return useMayarMutation("useVerifySoftwareLicense", "softwareLicenses", verifySoftwareLicenseMutationOptions, options);
}

/**
 * Options of {@link useVerifySoftwareLicenseV2}: `useMutation` options, plus `requestOptions` for the client call.
 */
export type UseVerifySoftwareLicenseV2Options<TOnMutateResult = unknown> = UseMayarMutationOptions<RootOf<"verifySoftwareLicenseV2">, BodyOf<"verifySoftwareLicenseV2">, TOnMutateResult>;

/**
 * Verify License (v2): a TanStack Query mutation over `mayar.softwareLicenses.verifyV2`, `POST /software/v2/license/verify` (operationId `verifySoftwareLicenseV2`).
 * `mutate(variables)` takes `BodyOf<"verifySoftwareLicenseV2">`; `error` is the MayarError. Options: {@link verifySoftwareLicenseV2MutationOptions}.
 */
export function useVerifySoftwareLicenseV2<TOnMutateResult = unknown>(
  options?: UseVerifySoftwareLicenseV2Options<TOnMutateResult>,
): UseMutationResult<RootOf<"verifySoftwareLicenseV2">, MayarError, BodyOf<"verifySoftwareLicenseV2">, TOnMutateResult> {
  return useMayarMutation("useVerifySoftwareLicenseV2", "softwareLicenses", verifySoftwareLicenseV2MutationOptions, options);
}
