// The pre-flight check enforces every rule the spec states for a request, not just types and required
// fields: `format` (date-time, email, uri, uuid), `pattern` and enums. Before, `expiredAt: "tomorrow"` went
// through the client and the proxy and was refused by the mock (and by Mayar).
import { describe, expect, it } from "vitest";
import { createMayarClient, MayarInputError } from "../src/index";

function recordingClient() {
  const sent: string[] = [];
  const mayar = createMayarClient({
    apiKey: "k",
    environment: "sandbox",
    fetch: async (input) => {
      sent.push(String(input));
      return Response.json({
        statusCode: 200,
        messages: "success",
        data: { id: "1", transactionId: "2", link: "l" },
      });
    },
  });
  return { mayar, sent };
}

const refusal = (promise: PromiseLike<unknown>) =>
  Promise.resolve(promise).then(
    () => expect.fail("the call should have been refused"),
    (error: unknown) => error as MayarInputError,
  );

describe("pre-flight: every rule the spec states", () => {
  it('refuses expiredAt: "tomorrow" with a field message, before any request', async () => {
    const { mayar, sent } = recordingClient();
    const error = await refusal(
      mayar.paymentRequests.create({ name: "Kopi", amount: 1000, expiredAt: "tomorrow" }),
    );
    expect(error).toBeInstanceOf(MayarInputError);
    expect(error.fields).toEqual([
      {
        field: "expiredAt",
        type: "format",
        message: "expiredAt must be a date-time like 2026-01-31T23:59:59Z",
      },
    ]);
    expect(sent).toEqual([]);
  });

  it("accepts a real date-time and refuses an impossible one", async () => {
    const { mayar, sent } = recordingClient();
    await mayar.paymentRequests.create({ name: "Kopi", amount: 1000, expiredAt: "2026-07-19T16:43:23.000Z" });
    expect(sent).toHaveLength(1);
    const error = await refusal(
      mayar.paymentRequests.create({ name: "Kopi", amount: 1000, expiredAt: "2026-13-45T99:00:00Z" }),
    );
    expect(error.fields.map((f) => [f.field, f.type])).toEqual([["expiredAt", "format"]]);
  });

  it("checks patterns and enums of query and path parameters", async () => {
    const { mayar, sent } = recordingClient();
    const query = await refusal(
      // startAt is documented as a millisecond timestamp (digits only)
      mayar.customers.list({ startAt: "yesterday" }),
    );
    expect(query.fields).toEqual([
      { field: "startAt", type: "pattern", message: "startAt must match ^[0-9]+$" },
    ]);
    const path = await refusal(mayar.invoices.setStatus("inv-1", "delete" as never));
    expect(path.fields).toEqual([
      {
        field: "action",
        type: "enum",
        message: "action must be one of open, close, active, closed, unlisted",
      },
    ]);
    expect(sent).toEqual([]);
  });
});
