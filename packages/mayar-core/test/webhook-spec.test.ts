// The webhook events are described once, in the spec's `webhooks:` section: the parser knows exactly those
// event types, checks each documented member as the spec types it, and accepts each documented example.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { MayarInputError } from "../src";
import { MAYAR_WEBHOOK_EVENT_TYPES, parseMayarWebhook } from "../src/server";

// biome-ignore lint/suspicious/noExplicitAny: the spec is read as untyped JSON and walked by key.
type Json = Record<string, any>;
const spec: Json = JSON.parse(
  readFileSync(new URL("../../../specs/dist/openapi.json", import.meta.url), "utf8"),
);
const resolve = (node: Json): Json =>
  node?.$ref
    ? resolve(
        node.$ref
          .slice(2)
          .split("/")
          .reduce((at: Json, key: string) => at[key], spec),
      )
    : node;

describe("webhook events from the spec's webhooks: section", () => {
  const events = Object.entries(spec.webhooks as Json);

  it("the parser knows exactly the spec's event types, in its order", () => {
    expect(MAYAR_WEBHOOK_EVENT_TYPES).toEqual(events.map(([type]) => type));
  });

  it.each(events)(
    "%s: the documented example parses, and each typed member refuses a wrong type",
    (type, item) => {
      const body = item.post.requestBody.content["application/json"];
      const example = Object.values((body.examples ?? {}) as Json)[0]?.value;
      if (example) expect(parseMayarWebhook(example)).toEqual({ type, data: example.data });
      const data = resolve(resolve(body.schema).properties.data);
      for (const [name, member] of Object.entries(data.properties as Json)) {
        if (member.type === undefined) continue; // untyped: anything goes
        const wrong = [member.type].flat().includes("string") ? { nested: true } : "not-a-number";
        expect(() =>
          parseMayarWebhook({ event: type, data: { transactionId: "tx_1", [name]: wrong } }),
        ).toThrow(MayarInputError);
      }
    },
  );
});
