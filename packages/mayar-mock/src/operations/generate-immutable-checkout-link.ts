// POST /credit/v1/credit/generate/immutable/checkout: a checkout link for a credit product whose customer
// fields and credit amount cannot be changed by the customer.
//
// Mayar's answer for an unknown productId is not documented, so the mock accepts any productId and treats
// it as a credit product of its own, with the slug `credit-<productId as a slug>`; a membership product the
// mock created (memberships.createProduct) gets the membership-credit answer instead.
import { ownFrozen } from "../state/mock-state.js";
import { base64EncodeUtf8 } from "../util/base64.js";
import { randomHex, randomUuid } from "../util/random.js";
import type { OperationHandler } from "./context.js";
import { rootResponse } from "./respond.js";
import type { GenerateImmutableCheckoutLinkBody } from "./types.js";

/** A URL-safe, stable slug for a product id (same product, same `paymentLinkUrl`). */
export function productSlug(productId: string): string {
  const slug = productId
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 64);
  return `credit-${slug || "product"}`;
}

/**
 * `<base64 of {name,email,mobile,creditAmount}>.<hex signature>`, the documented shape. Mayar signs the payload
 * (the 64 hex digits suggest HMAC-SHA256); the mock only needs tokens it can recognise, so the signature is a
 * random 256-bit tag and the mock remembers which checkout it was issued for.
 */
function immutableToken(body: GenerateImmutableCheckoutLinkBody): string {
  const { name, email, mobile } = body.customerInfo;
  const payload = base64EncodeUtf8(JSON.stringify({ name, email, mobile, creditAmount: body.creditAmount }));
  return `${payload}.${randomHex(32)}`;
}

export const generateImmutableCheckoutLink: OperationHandler<GenerateImmutableCheckoutLinkBody> = ({
  operation,
  body,
  options,
  state,
}) => {
  const slug = productSlug(body.productId);
  const tiers = state.membershipProducts.get(body.productId);
  if (tiers) {
    // A membership credit product of the mock: Mayar's second documented answer, one link per tier under
    // `data`. (The mock's hosted checkout serves /pl/ links only; these /m/ links are for the shape.)
    const membershipUrl = `${options.publicUrl}/m/${slug}`;
    return rootResponse(operation, {
      data: {
        membershipTiers: tiers.map((id) => ({
          id,
          specificPaymentLinkUrl: `${membershipUrl}?immutable=${immutableToken(body)}`,
        })),
        paymentLinkUrl: membershipUrl,
      },
    });
  }
  const paymentLinkUrl = `${options.publicUrl}/pl/${slug}`;
  const token = immutableToken(body);
  // Unencoded, as in Mayar's documented example (base64 may hold "+", "/" and "="); the hosted page reads
  // the raw query value so a "+" is not taken for a space.
  const link = `${paymentLinkUrl}?immutable=${token}`;
  state.checkouts.add({
    operationId: "generateImmutableCheckoutLink",
    id: randomUuid(),
    slug,
    link,
    status: "unpaid",
    createdAt: state.clock.stamp(),
    paidAt: null,
    productId: body.productId,
    customerInfo: { ...body.customerInfo },
    creditAmount: body.creditAmount,
    paymentLinkUrl,
    immutableToken: token,
    request: ownFrozen(body),
  });
  return rootResponse(operation, { creditUsageImmutableCheckoutUrl: link, paymentLinkUrl });
};
