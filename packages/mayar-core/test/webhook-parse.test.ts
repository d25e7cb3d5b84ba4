// parseMayarWebhook: the pure parser behind the handler, for teams who write their own receiver. Bodies are
// Mayar's documented examples (REFERENCE §3.3); the event key says which deliveries count as the same event.
import { describe, expect, it } from "vitest";
import { MayarInputError } from "../src/index";
import {
  MAYAR_WEBHOOK_EVENT_TYPES,
  MayarUnknownWebhookEventError,
  type MayarWebhookEvent,
  mayarWebhookEventKey,
  parseMayarWebhook,
} from "../src/server";

const PAYMENT = {
  id: "c3d4e5f6-a7b8-4901-c234-56789abcdef0",
  transactionId: "c3d4e5f6-a7b8-4901-c234-56789abcdef0",
  status: "SUCCESS",
  transactionStatus: "paid",
  createdAt: "2025-04-29T09:35:43.635Z",
  updatedAt: "2025-04-29T09:35:43.635Z",
  merchantId: "348e083d-315a-4e5c-96b1-5a2a98c48413",
  merchantName: "Toko Mayar Demo",
  merchantEmail: "merchant@example.com",
  customerName: "Budi Santoso",
  customerEmail: "budi.santoso@example.com",
  customerMobile: "081234567890",
  amount: 150000,
  isAdminFeeBorneByCustomer: null,
  isChannelFeeBorneByCustomer: null,
  productId: "7c9d2e1f-3a4b-4c5d-8e6f-1a2b3c4d5e6f",
  productName: "Buku Digital Premium",
  productType: "ebook",
  pixelFbp: null,
  pixelFbc: null,
  qty: 1,
  couponUsed: null,
  paymentMethod: null,
};

const MEMBER = {
  merchantId: "348e083d-315a-4e5c-96b1-5a2a98c48413",
  merchantName: "Toko Mayar Demo",
  status: "INACTIVE",
  memberId: "MBR8X2QK",
  customerId: "a1b2c3d4",
  customerName: "Budi Santoso",
  customerEmail: "budi.santoso@example.com",
  customerMobile: "081234567890",
};

/** The MayarInputError a call throws (fails the test when it does not throw one). */
const thrown = (call: () => unknown): MayarInputError => {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(MayarInputError);
    return error as MayarInputError;
  }
  throw new Error("expected a MayarInputError");
};

const nested = (levels: number): unknown => (levels <= 1 ? {} : { next: nested(levels - 1) });

describe("parseMayarWebhook: the documented events", () => {
  it("types payment.received as Mayar's example sends it, keeping members it does not list", () => {
    const event = parseMayarWebhook({
      event: "payment.received",
      data: { ...PAYMENT, originalAmount: 155000 },
    });
    expect(event.type).toBe("payment.received");
    if (event.type !== "payment.received") return;
    expect(event.data.transactionId).toBe(PAYMENT.transactionId);
    expect(event.data.amount).toBe(150000);
    expect(event.data.originalAmount).toBe(155000);
    expect(event.transaction).toBeUndefined(); // only the handler confirms a payment
  });

  it("parses every documented type: payment.reminder, shipper.status and the four membership events", () => {
    const bodies: Record<string, Record<string, unknown>> = {
      "payment.received": PAYMENT,
      "payment.reminder": { ...PAYMENT, transactionStatus: "created", customerId: "a1b2" },
      "shipper.status": { transactionId: "tx_9", status: "DELIVERED", courier: "JNE" },
      "membership.memberUnsubscribed": MEMBER,
      "membership.memberExpired": MEMBER,
      "membership.changeTierMemberRegistered": { ...MEMBER, status: "ACTIVE" },
      "membership.newMemberRegistered": { ...MEMBER, status: "ACTIVE" },
    };
    expect(Object.keys(bodies)).toEqual([...MAYAR_WEBHOOK_EVENT_TYPES]);
    for (const [type, data] of Object.entries(bodies)) {
      expect(parseMayarWebhook({ event: type, data })).toEqual({ type, data });
    }
  });

  it("accepts the raw JSON text as well as the parsed body", () => {
    const text = JSON.stringify({ event: "membership.memberExpired", data: MEMBER });
    expect(parseMayarWebhook(text)).toEqual({ type: "membership.memberExpired", data: MEMBER });
  });

  it("accepts either id for a payment: transactionId alone, or id alone", () => {
    expect(parseMayarWebhook({ event: "payment.received", data: { transactionId: "tx_1" } }).type).toBe(
      "payment.received",
    );
    expect(parseMayarWebhook({ event: "payment.received", data: { id: "tx_1" } }).type).toBe(
      "payment.received",
    );
  });
});

describe("parseMayarWebhook: what it refuses, and how it says so", () => {
  it("throws MayarUnknownWebhookEventError, a MayarInputError, for an event type Mayar does not document", () => {
    const error = thrown(() => parseMayarWebhook({ event: "payment.refunded", data: {} }));
    expect(error).toBeInstanceOf(MayarUnknownWebhookEventError);
    expect((error as MayarUnknownWebhookEventError).eventType).toBe("payment.refunded");
    expect(error.message).toContain("payment.received, payment.reminder");
  });

  it.each([
    ["null", null, "got null"],
    ["an array", [{ event: "payment.received" }], "got an array"],
    ["a number", 42, "got number"],
  ])("refuses %s as the body", (_, body, says) => {
    expect(thrown(() => parseMayarWebhook(body)).message).toContain(says);
  });

  it("tells a caller who passes bytes to pass text, and says when text is not JSON", () => {
    expect(thrown(() => parseMayarWebhook(new TextEncoder().encode("{}"))).message).toContain(
      "parseMayarWebhook(await request.text())",
    );
    expect(thrown(() => parseMayarWebhook("event=payment.received")).message).toContain("not JSON");
  });

  it("names a missing or non-string event and a missing data", () => {
    expect(thrown(() => parseMayarWebhook({ data: PAYMENT })).fields).toEqual([
      { field: "event", message: "must be a non-empty string", type: "string" },
    ]);
    expect(thrown(() => parseMayarWebhook({ event: 7, data: PAYMENT })).message).toContain("got number");
    expect(thrown(() => parseMayarWebhook({ event: "payment.received" })).fields).toEqual([
      { field: "data", message: "must be an object", type: "object" },
    ]);
    expect(thrown(() => parseMayarWebhook({ event: "payment.received", data: [] })).message).toContain(
      "got an array",
    );
  });

  it("lists every member of the wrong type, by type, never quoting the values sent", () => {
    const error = thrown(() =>
      parseMayarWebhook({
        event: "payment.received",
        data: { transactionId: "  ", amount: "150000<script>", qty: Number.NaN, customerEmail: { x: 1 } },
      }),
    );
    expect(error.fields.map((field) => field.field)).toEqual([
      "data.transactionId",
      "data.customerEmail",
      "data.amount",
      "data.qty",
    ]);
    expect(error.message).toContain("data.amount that must be a finite number or null, got string");
    expect(error.message).not.toContain("<script>");
  });

  it("requires a transaction id on payment.received: there is nothing to confirm without one", () => {
    expect(
      thrown(() => parseMayarWebhook({ event: "payment.received", data: { amount: 1 } })).fields,
    ).toEqual([expect.objectContaining({ field: "data.transactionId" })]);
  });

  it("refuses bodies nested deeper than 32 levels, parsed or as text, and accepts 32", () => {
    const ok = { event: "membership.memberExpired", data: { ...MEMBER, extra: nested(30) } }; // 32 levels
    expect(parseMayarWebhook(ok).type).toBe("membership.memberExpired");
    expect(parseMayarWebhook(JSON.stringify(ok)).type).toBe("membership.memberExpired");

    const deep = { event: "membership.memberExpired", data: { ...MEMBER, extra: nested(31) } }; // 33 levels
    expect(thrown(() => parseMayarWebhook(deep)).message).toContain("deeper than 32 levels");
    expect(thrown(() => parseMayarWebhook(JSON.stringify(deep))).message).toContain("deeper than 32 levels");
    // 100 000 levels of brackets: refused by counting, before JSON.parse could recurse into them.
    expect(thrown(() => parseMayarWebhook(`${"[".repeat(100_000)}${"]".repeat(100_000)}`)).message).toContain(
      "deeper than 32",
    );
    // Brackets inside strings are text, not nesting.
    const braces = { event: "membership.memberExpired", data: { ...MEMBER, note: "[[[[{{{{".repeat(10) } };
    expect(parseMayarWebhook(JSON.stringify(braces)).type).toBe("membership.memberExpired");
  });

  it("does not loop on a cyclic object", () => {
    const data: Record<string, unknown> = { ...MEMBER };
    data.self = data;
    expect(parseMayarWebhook({ event: "membership.memberExpired", data }).type).toBe(
      "membership.memberExpired",
    );
  });
});

describe("mayarWebhookEventKey: which deliveries are the same event", () => {
  const key = (type: string, data: Record<string, unknown>) =>
    mayarWebhookEventKey(parseMayarWebhook({ event: type, data }) as MayarWebhookEvent);

  it("payment.received: the transaction id and paid, whatever else the payload says", async () => {
    expect(await key("payment.received", PAYMENT)).toBe(`payment.received:${PAYMENT.transactionId}:paid`);
    expect(await key("payment.received", { ...PAYMENT, amount: 1, transactionStatus: "unpaid" })).toBe(
      `payment.received:${PAYMENT.transactionId}:paid`,
    );
    expect(await key("payment.received", { id: "tx_2" })).toBe("payment.received:tx_2:paid");
  });

  it("payment.reminder: the id and the status it reports", async () => {
    expect(await key("payment.reminder", { transactionId: "tx_1", transactionStatus: "created" })).toBe(
      "payment.reminder:tx_1:created",
    );
  });

  it("shipper.status: the id, the status and a digest of the update, so each tracking change counts", async () => {
    const update = {
      transactionId: "tx_1",
      status: "ON_PROCESS",
      trackingCode: "JNE1",
      description: "Jakarta",
    };
    const first = await key("shipper.status", update);
    expect(first).toMatch(/^shipper\.status:tx_1:ON_PROCESS:sha256-[0-9a-f]{64}$/);
    expect(await key("shipper.status", { ...update })).toBe(first);
    expect(await key("shipper.status", { ...update, description: "Bandung" })).not.toBe(first);
    expect(await key("shipper.status", { ...update, trackingCode: "JNE2" })).not.toBe(first);
  });

  it("membership: the member id (else the customer id) and the status; a tier change adds the tier", async () => {
    expect(await key("membership.memberExpired", MEMBER)).toBe("membership.memberExpired:MBR8X2QK:INACTIVE");
    expect(await key("membership.newMemberRegistered", { customerId: "c_1", status: "ACTIVE" })).toBe(
      "membership.newMemberRegistered:c_1:ACTIVE",
    );
    expect(
      await key("membership.changeTierMemberRegistered", {
        ...MEMBER,
        status: "ACTIVE",
        membershipTierId: "gold",
      }),
    ).toBe("membership.changeTierMemberRegistered:MBR8X2QK:ACTIVE:gold");
  });

  it("encodes each part, so an id holding ':' cannot pose as another key", async () => {
    expect(await key("payment.reminder", { transactionId: "a:b", transactionStatus: "c" })).toBe(
      "payment.reminder:a%3Ab:c",
    );
  });

  it("without an id: a digest of the data, equal for equal data whatever the member order", async () => {
    const one = await key("shipper.status", { status: "DELIVERED", awb: "JX1" });
    expect(one).toMatch(/^shipper\.status:sha256-[0-9a-f]{64}$/);
    expect(await key("shipper.status", { awb: "JX1", status: "DELIVERED" })).toBe(one);
    expect(await key("shipper.status", { awb: "JX2", status: "DELIVERED" })).not.toBe(one);
  });
});
