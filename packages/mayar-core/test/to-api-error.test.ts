// The pure (status, body, headers) → MayarApiError mapping, rule by rule.
import { describe, expect, it } from "vitest";
import { toApiError } from "../src/index";
import { statusMayarMeant } from "../src/transport/normalise-envelope";

/** The transport parses once and hands both the parsed body and the raw text over. */
const meant = (status: number, text: string) => {
  let body: unknown = text;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {}
  return statusMayarMeant(status, body, text);
};

describe("toApiError", () => {
  it("uses `messages`, then `message`, then says what it got", () => {
    expect(toApiError(400, { messages: "a", message: "b" }).message).toBe("a");
    expect(toApiError(400, { message: "b" }).message).toBe("b");
    expect(toApiError(400, undefined).message).toBe("Mayar answered HTTP 400 with no message");
    expect(toApiError(503, "<html/>").message).toBe("Mayar answered HTTP 503 with a non-JSON body");
  });

  it("tells a duplicate create from a rate limit by Mayar's wording", () => {
    expect(toApiError(429, { messages: "Duplicate request detected. Please wait 1 minute" }).kind).toBe(
      "duplicate_request",
    );
    expect(toApiError(429, { messages: "Too Many Requests" }).kind).toBe("rate_limited");
    expect(toApiError(429, "rate limited").kind).toBe("rate_limited");
  });

  it("maps every 5xx to server", () => {
    for (const status of [500, 502, 503, 504, 599]) expect(toApiError(status, {}).kind).toBe("server");
  });

  it("ignores a malformed Retry-After and a data member that is not a field list", () => {
    const error = toApiError(
      429,
      { messages: "slow down", data: { not: "a list" } },
      new Headers({ "retry-after": "soon" }),
    );
    expect(error.retryAfter).toBeUndefined();
    expect(error.fields).toBeUndefined();
  });
});

describe("statusMayarMeant", () => {
  it("keeps honest answers", () => {
    expect(meant(200, '{"statusCode":200,"messages":"success"}')).toBe(200);
    expect(meant(404, "not json")).toBe(404);
    expect(meant(200, "")).toBe(200);
    expect(meant(204, "")).toBe(204);
  });

  it("trusts the body's statusCode over a 2xx", () => {
    expect(meant(200, '{"statusCode":404,"messages":"Product not found"}')).toBe(404);
    expect(meant(201, '{"statusCode":500}')).toBe(500);
    expect(meant(200, '{"statusCode":999}')).toBe(200);
  });

  it('treats messages/message "failed" as a validation failure', () => {
    expect(meant(200, '{"statusCode":200,"messages":"failed"}')).toBe(400);
    expect(meant(200, '{"statusCode":200,"message":"failed"}')).toBe(400);
  });

  it("treats a non-JSON 2xx as a bad gateway", () => {
    expect(meant(200, "<html>")).toBe(502);
  });
});
