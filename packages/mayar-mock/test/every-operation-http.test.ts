// Every operation of the spec is answered, table-driven from the spec: its documented request gets a 200
// that is valid against its 200 schema, a request without the key gets 401, and failNext reaches it. No
// operation is left unanswered (the 501 "not implemented" answer is gone).
import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import type { MockOperationId } from "../src/operations/types.js";
import { specOperations } from "../src/spec/operations.js";
import { exampleRequest } from "./support/examples.js";
import { expectSpecResponse, spec } from "./support/spec.js";

const operations = specOperations();

function send(
  mock: ReturnType<typeof createMayarMock>,
  operation: (typeof operations)[number],
  key?: string,
) {
  const { method, url, body } = exampleRequest(operation);
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (key) headers.authorization = `Bearer ${key}`;
  return mock.fetch(url, { method, headers, body });
}

describe("every operation of the spec", () => {
  it("is in the table (the spec has grown past the first seven)", () => {
    const inSpec = Object.values<Record<string, { operationId?: string }>>(spec.paths).flatMap((item) =>
      Object.values(item).flatMap((op) => (op?.operationId ? [op.operationId] : [])),
    );
    expect(operations.map((op) => op.operationId).sort()).toEqual(inSpec.sort());
    expect(inSpec.length).toBeGreaterThan(7);
  });

  it.each(operations.map((op) => [op.operationId, op] as const))(
    "%s answers its documented request with a 200 valid against its schema",
    async (operationId, operation) => {
      const mock = createMayarMock({ seed: "examples" });
      const response = await send(mock, operation, mock.apiKey);
      const body = await response.json();
      expect(response.status, JSON.stringify(body)).toBe(200);
      expectSpecResponse(operationId, "200", body);
      expect(body.messages ?? body.message).not.toBe("failed");
    },
  );

  it.each(operations.map((op) => [op.operationId, op] as const))(
    "%s answers 401 without the API key, in its family's envelope",
    async (_operationId, operation) => {
      const mock = createMayarMock();
      const response = await send(mock, operation);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ statusCode: 401, [operation.messageKey]: "Unauthorized" });
    },
  );

  it.each(operations.map((op) => [op.operationId, op] as const))(
    "failNext reaches %s",
    async (operationId, operation) => {
      const mock = createMayarMock();
      mock.failNext(operationId as MockOperationId, { status: 503 });
      const failed = await send(mock, operation, mock.apiKey);
      expect(failed.status).toBe(503);
      expect(await failed.json()).toEqual({ statusCode: 503, [operation.messageKey]: "Service Unavailable" });
    },
  );

  it("echoes path ids where the answer names the record", async () => {
    const mock = createMayarMock();
    const auth = { authorization: `Bearer ${mock.apiKey}` };
    const member = await mock.fetch("/hl/v2/memberships/members/MBR-TEST?productId=prod-1", {
      headers: auth,
    });
    expect((await member.json()).data.memberId).toBe("MBR-TEST");
    const tier = await mock.fetch("/hl/v2/memberships/tiers/tier-42?productId=prod-1", { headers: auth });
    expect((await tier.json()).data.id).toBe("tier-42");
  });
});
