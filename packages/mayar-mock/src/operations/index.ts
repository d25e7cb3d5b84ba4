// Operations with behaviour of their own, by operationId. Every other operation in the spec answers its
// documented example (./generic.ts), so none is ever unanswered.
import type { OperationHandler } from "./context.js";
import {
  createCustomer,
  createCustomerPortalLink,
  getCustomerByEmail,
  listCustomers,
  updateCustomer,
} from "./customers.js";
import { generateImmutableCheckoutLink } from "./generate-immutable-checkout-link.js";
import {
  changeInvoiceStatus,
  createInvoice,
  getInvoice,
  listInvoices,
  listInvoicesByEmail,
  updateInvoice,
} from "./invoices.js";
import { createMembershipProduct, createMembershipTier } from "./memberships.js";
import {
  changePaymentRequestStatus,
  createPaymentRequest,
  getPaymentRequest,
  listPaymentRequests,
  updatePaymentRequest,
} from "./payment-requests.js";
import {
  getDailyTransactions,
  getTransaction,
  listTransactions,
  listUnpaidTransactions,
} from "./transactions.js";
import type { MockOperationId } from "./types.js";
import {
  listWebhookHistory,
  listWebhookNewHistory,
  registerWebhook,
  registerWebhookBodyError,
  retryWebhook,
  testWebhook,
  testWebhookBodyError,
} from "./webhooks.js";

// Handlers narrow their body type; the pipeline only calls them after validating against the spec.
type Handlers = Partial<Record<MockOperationId, OperationHandler<never>>>;

export const operationHandlers: Readonly<Record<string, OperationHandler<never> | undefined>> = {
  createMembershipProduct,
  createMembershipTier,
  createPaymentRequest,
  updatePaymentRequest,
  getPaymentRequest,
  listPaymentRequests,
  changePaymentRequestStatus,
  createInvoice,
  updateInvoice,
  getInvoice,
  listInvoices,
  listInvoicesByEmail,
  changeInvoiceStatus,
  createCustomer,
  getCustomerByEmail,
  updateCustomer,
  listCustomers,
  createCustomerPortalLink,
  getTransaction,
  listUnpaidTransactions,
  listTransactions,
  getDailyTransactions,
  generateImmutableCheckoutLink,
  registerWebhook,
  testWebhook,
  listWebhookHistory,
  listWebhookNewHistory,
  retryWebhook,
} satisfies Handlers as Handlers;

/**
 * Operations that document their own answer for a body that fails the spec (the webhook URL ones): the
 * answer, or undefined for the usual validator envelope.
 */
export const invalidBodyAnswers: Readonly<
  Record<string, ((body: unknown) => Response | undefined) | undefined>
> = {
  registerWebhook: registerWebhookBodyError,
  testWebhook: testWebhookBodyError,
} satisfies Partial<Record<MockOperationId, (body: unknown) => Response | undefined>>;
