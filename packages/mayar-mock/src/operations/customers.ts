// Customers: create, find by email, change email, list, portal magic link. One customer per email address
// (compared without letter case); invoices create theirs on the way.
import { errorResponse } from "../http/responses.js";
import { exampleData, exampleItem } from "../spec/examples.js";
import type { MockCustomer } from "../state/records.js";
import type { OperationHandler } from "./context.js";
import { pageOf, withinRange } from "./lists.js";
import { dataResponse, fill, notFound, pageResponse, rootResponse } from "./respond.js";
import type { CreateCustomerBody, CreateCustomerPortalLinkBody, UpdateCustomerBody } from "./types.js";

/** The customer embedded in invoices and transactions, or undefined when there is none (`fill` drops it). */
export function customerSummary(customer: MockCustomer | undefined) {
  return customer
    ? { id: customer.id, name: customer.name, email: customer.email, mobile: customer.mobile }
    : undefined;
}

/** A customer as the list shows it (or, with `detail`, as the email search does: with the merchant). */
function customerView(customer: MockCustomer, detail: boolean) {
  const template = detail ? exampleData("getCustomerByEmail") : exampleItem("listCustomers");
  return fill(template, {
    id: customer.id,
    name: customer.name,
    email: customer.email,
    mobile: customer.mobile,
    status: "active",
    createdAt: customer.createdAt,
    updatedAt: customer.updatedAt,
  });
}

/** Creating a customer whose email is known answers that customer (Mayar's answer is undocumented). */
export const createCustomer: OperationHandler<CreateCustomerBody> = (context) => {
  const customer = context.state.customerFor(context.body);
  return dataResponse(
    context.operation,
    fill(exampleData("createCustomer"), {
      customerId: customer.id,
      name: customer.name,
      email: customer.email,
      mobile: customer.mobile ?? undefined,
    }),
  );
};

export const getCustomerByEmail: OperationHandler = (context) => {
  const customer = context.state.customers.findBy("email", String(context.query.email).toLowerCase());
  if (!customer) return notFound(context.operation);
  return dataResponse(context.operation, customerView(customer, true));
};

export const updateCustomer: OperationHandler<UpdateCustomerBody> = (context) => {
  const { body, state, operation } = context;
  const customer = state.customers.findBy("email", body.fromEmail.toLowerCase());
  // Mayar's documented 404 text: "Email <fromEmail> is not registered as a customer".
  if (!customer) return notFound(operation, `Email ${body.fromEmail} tidak terdaftar sebagai customer`);
  const taken = state.customers.findBy("email", body.toEmail.toLowerCase());
  if (taken && taken !== customer) {
    // Undocumented on Mayar; the mock keeps one customer per email and refuses.
    return errorResponse(409, operation.messageKey, `Email ${body.toEmail} sudah terdaftar sebagai customer`);
  }
  const previous = customer.email.toLowerCase();
  customer.email = body.toEmail;
  customer.updatedAt = state.clock.now();
  state.customers.reindex("email", customer, previous);
  return rootResponse(operation);
};

/** `paymentLinkId` keeps the customers with a transaction on that payment request or invoice. */
export const listCustomers: OperationHandler = (context) => {
  const { query, state } = context;
  const linkId = typeof query.paymentLinkId === "string" ? query.paymentLinkId : undefined;
  const onLink =
    linkId === undefined ? undefined : (state.paymentRequests.get(linkId) ?? state.invoices.get(linkId));
  const page = pageOf(
    context,
    state.customers,
    (customer) =>
      withinRange(query, customer.createdAt) && (linkId === undefined || onLink?.customerId === customer.id),
    linkId === undefined ? undefined : { group: "id", keys: onLink?.customerId ? [onLink.customerId] : [] },
  );
  if (page instanceof Response) return page;
  return pageResponse(context.operation, page, (customer) => customerView(customer, false));
};

/** The magic link goes by email on Mayar; the answer is a sentence, for a known customer only. */
export const createCustomerPortalLink: OperationHandler<CreateCustomerPortalLinkBody> = (context) => {
  const customer = context.state.customers.findBy("email", context.body.email.toLowerCase());
  if (!customer) return notFound(context.operation, "Email tidak terdaftar");
  return dataResponse(context.operation, exampleData("createCustomerPortalLink") ?? {});
};
