// The mock's sender starts from the events the spec describes once (its `webhooks:` section): an event the
// mock has no record of carries the spec's documented `data`, with the mock's merchant.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DOCUMENTED_WEBHOOK_DATA, WEBHOOK_EVENT_TYPES } from "../src/generated/webhook-events.js";
import { resolveOptions } from "../src/options.js";
import { MockState } from "../src/state/mock-state.js";
import { emittedPayload, MERCHANT_ID } from "../src/webhooks/payload.js";

describe("webhook payloads from the spec", () => {
  // The bundled spec, read as untyped JSON (the mock itself no longer carries a copy of it).
  // biome-ignore lint/suspicious/noExplicitAny: walked by key below.
  const webhooks: Record<string, any> = JSON.parse(
    readFileSync(new URL("../../../specs/dist/openapi.json", import.meta.url), "utf8"),
  ).webhooks;

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
