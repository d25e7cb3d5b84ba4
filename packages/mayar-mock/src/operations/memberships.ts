// Membership products and tiers answer their documented examples (./generic.ts); the mock also remembers
// which membership products and tiers it handed out, so credits.generateImmutableCheckoutLink can answer a
// membership credit product the way Mayar documents (per-tier links under `data`).
import type { OperationContext, OperationHandler } from "./context.js";
import { exampleAnswer } from "./generic.js";

const MAX_MEMBERSHIP_PRODUCTS = 10_000;

/** The `data.id` of the documented example: the id exampleAnswer answers for a create. */
const exampleId = (context: OperationContext) => {
  const data = (context.operation.successExample as { data?: { id?: unknown } } | undefined)?.data;
  return typeof data?.id === "string" ? data.id : undefined;
};

export const createMembershipProduct: OperationHandler = (context) => {
  const id = exampleId(context);
  const { membershipProducts } = context.state;
  if (id !== undefined && !membershipProducts.has(id) && membershipProducts.size < MAX_MEMBERSHIP_PRODUCTS) {
    membershipProducts.set(id, []);
  }
  return exampleAnswer(context);
};

export const createMembershipTier: OperationHandler<{ productId: string }> = (context) => {
  const id = exampleId(context as OperationContext);
  const tiers = context.state.membershipProducts.get(context.body.productId);
  if (id !== undefined && tiers && !tiers.includes(id)) tiers.push(id);
  return exampleAnswer(context as OperationContext);
};
