// credits.generateImmutableCheckoutLink answers in one of Mayar's two documented shapes: top-level links for a
// credit-based product, per-tier links under `data` for a membership credit product the mock knows (one
// created with memberships.createProduct, its tiers with memberships.createTier).
import { createMayarClient } from "@org/mayar-core";
import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index";

const customerInfo = { name: "Budi", email: "budi@example.com", mobile: "081234567890" };

function setup() {
  const mock = createMayarMock();
  const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });
  return { mock, mayar };
}

describe("credits.generateImmutableCheckoutLink in the mock", () => {
  it("a credit-based product: creditUsageImmutableCheckoutUrl and paymentLinkUrl at the top level", async () => {
    const { mayar } = setup();
    const result = await mayar.credits.generateImmutableCheckoutLink({
      productId: "credit-product-1",
      creditAmount: 1000,
      customerInfo,
    });
    expect("creditUsageImmutableCheckoutUrl" in result && result.creditUsageImmutableCheckoutUrl).toMatch(
      /\?immutable=/,
    );
  });

  it("a membership credit product: data.membershipTiers with one immutable link per tier, a success", async () => {
    const { mock, mayar } = setup();
    const product = await mayar.memberships.createProduct({
      name: "Kelas Premium",
      membershipInfo: { type: "CREDIT" },
    });
    const tier = await mayar.memberships.createTier({
      productId: product.id,
      name: "Gold",
      description: "Gold tier",
      periods: [{ monthPeriod: 1, amount: 100000 }],
    });
    const result = await mayar.credits.generateImmutableCheckoutLink({ productId: product.id, customerInfo });
    if (!("data" in result)) throw new Error("expected the membership-credit answer");
    expect(result.data.membershipTiers).toEqual([
      {
        id: tier.id,
        specificPaymentLinkUrl: expect.stringMatching(
          new RegExp(`^${mock.publicUrl}/m/[^?]+\\?immutable=.+\\..+$`),
        ),
      },
    ]);
    expect(result.data.paymentLinkUrl).toMatch(new RegExp(`^${mock.publicUrl}/m/`));
  });
});
