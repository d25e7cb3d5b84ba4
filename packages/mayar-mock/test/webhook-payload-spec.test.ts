// The mock's sender starts from the events the spec describes once (its `webhooks:` section): an event the
// mock has no record of carries the spec's documented `data`, with the mock's merchant.
import { describe, expect, it } from "vitest";
import { openapiDocument } from "../src/generated/openapi.js";
import { DOCUMENTED_WEBHOOK_DATA, WEBHOOK_EVENT_TYPES } from "../src/generated/webhook-events.js";
import { resolveOptions } from "../src/options.js";
import { MockState } from "../src/state/mock-state.js";
import { emittedPayload, MERCHANT_ID } from "../src/webhooks/payload.js";

describe("webhook payloads from the spec", () => {
  const webhooks = (openapiDocument as { webhooks: Record<string, any> }).webhooks;

  it("the sender knows the spec's event types and their documented data", () => {
    expect(WEBHOOK_EVENT_TYPES).toEqual(Object.keys(webhooks));
    const example =
      webhooks["membership.memberExpired"].post.requestBody.content["application/json"].examples.documented
        .value;
    expect(DOCUMENTED_WEBHOOK_DATA["membership.memberExpired"]).toEqual(example.data);
  });

  it("membership.memberExpired: the documented data, the mock's merchant, then the caller's data over it", () => {
    const options = resolveOptions({ shopName: "Toko Uji" });
    const state = new MockState({ now: () => 0, maxRecords: 10 });
    const payload = emittedPayload(state, options, "membership.memberExpired", { memberId: "MBR1" });
    expect(payload).toEqual({
      event: "membership.memberExpired",
      data: {
        ...DOCUMENTED_WEBHOOK_DATA["membership.memberExpired"],
        merchantId: MERCHANT_ID,
        merchantName: "Toko Uji",
        memberId: "MBR1",
      },
    });
  });
});
