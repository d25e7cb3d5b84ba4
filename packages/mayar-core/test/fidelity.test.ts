// Fidelity to what Mayar documents (ISSUE-10 §6): the client lets through what Mayar's own examples send and
// types what Mayar's own examples answer. Each call goes to a fetch that records the request.
import { describe, expect, expectTypeOf, it } from "vitest";
import { createMayarClient } from "../src/index";

function recordingClient(answer: unknown = { statusCode: 200, messages: "success", data: {} }) {
  const sent: { url: string; body: string }[] = [];
  const mayar = createMayarClient({
    apiKey: "k",
    environment: "sandbox",
    fetch: async (url, init) => {
      sent.push({ url: String(url), body: String(init?.body) });
      return Response.json(answer);
    },
  });
  return { mayar, sent };
}

describe("Mayar's documented requests are accepted", () => {
  it('coupons.validate sends customerEmail: "" (Mayar\'s own example) and reads minimumPurchase: null', async () => {
    const { mayar, sent } = recordingClient({
      statusCode: 200,
      messages: "success",
      data: {
        valid: true,
        coupon: { id: "c1", code: "X", discountType: "monetary", discountValue: 1, minimumPurchase: null },
      },
    });
    const result = await mayar.coupons.validate({
      couponCode: "X",
      paymentLinkId: "p1",
      amount: 100000,
      customerEmail: "",
    });
    expect(sent).toHaveLength(1);
    expect(result.coupon?.minimumPurchase).toBeNull();
    expectTypeOf<NonNullable<typeof result.coupon>["minimumPurchase"]>().toEqualTypeOf<
      number | null | undefined
    >();
  });

  it("paymentRequests.list filters by the v2 statuses unpaid, paid and closed", async () => {
    const { mayar, sent } = recordingClient({
      statusCode: 200,
      messages: "success",
      hasMore: false,
      nextStartingAfter: null,
      data: [],
    });
    for (const status of ["unpaid", "paid", "closed", "active"] as const) {
      await mayar.paymentRequests.list({ status });
    }
    expect(sent.map(({ url }) => new URL(url).searchParams.get("status"))).toEqual([
      "unpaid",
      "paid",
      "closed",
      "active",
    ]);
  });

  it("memberships.createProduct needs only name and membershipInfo.type", async () => {
    const { mayar, sent } = recordingClient({ statusCode: 200, message: "success", data: { id: "p1" } });
    await mayar.memberships.createProduct({ name: "Kelas Premium", membershipInfo: { type: "MEMBERSHIP" } });
    expect(sent).toHaveLength(1);
  });
});

describe("credits.generateImmutableCheckoutLink", () => {
  it("answers the membership-credit shape as a success, typed as one side of a union", async () => {
    const membershipTiers = [
      { id: "tier_1", specificPaymentLinkUrl: "https://m.myr.id/m/gold?immutable=x.y" },
    ];
    const { mayar } = recordingClient({
      statusCode: 200,
      message: "success",
      data: { membershipTiers, paymentLinkUrl: "https://m.myr.id/m/gold" },
    });
    const result = await mayar.credits.generateImmutableCheckoutLink({
      productId: "p1",
      customerInfo: { name: "Budi", email: "budi@example.com", mobile: "081234567890" },
    });
    if (!("data" in result) || !result.data) throw new Error("expected the membership-credit answer");
    expect(result.data.membershipTiers).toEqual(membershipTiers);
  });
});
