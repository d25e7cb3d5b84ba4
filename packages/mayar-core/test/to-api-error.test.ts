// The pure (status, body, headers) → MayarApiError mapping, rule by rule.
import { describe, expect, it } from "vitest";
import { retryAfterSeconds } from "../src/errors/to-api-error";
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

describe("toApiError kinds, request id and headers", () => {
  it.each([
    [402, "payment_required"],
    [405, "method_not_allowed"],
    [408, "request_timeout"],
    [413, "payload_too_large"],
    [422, "unprocessable"],
    [418, "unknown"],
  ])("%i → %s", (status, kind) => {
    expect(toApiError(status, { messages: "m" }).kind).toBe(kind);
  });

  it("calls every 3xx, and a browser's opaque redirect (0), a redirect, without quoting its body", () => {
    const error = toApiError(
      302,
      { messages: "Welcome to another host" },
      { Location: "https://evil.test/x" },
    );
    expect(error.kind).toBe("redirect");
    expect(error.message).toBe(
      "Mayar answered HTTP 302 to https://evil.test/x: a Mayar API must not redirect, so it was not followed (check baseUrl)",
    );
    expect(toApiError(0, undefined).kind).toBe("redirect");
    expect(toApiError(0, undefined).message).toMatch(
      /^Mayar answered with a redirect: a Mayar API must not redirect/,
    );
  });

  it("keeps the request id: x-request-id, else cf-ray", () => {
    expect(toApiError(500, {}, { "X-Request-Id": "a", "cf-ray": "c" }).requestId).toBe("a");
    expect(toApiError(500, {}, new Headers({ "x-amzn-requestid": "b", "cf-ray": "c" })).requestId).toBe("c");
    expect(toApiError(500, {}, { "cf-ray": "c" }).requestId).toBe("c");
    expect(toApiError(500, {}).requestId).toBeUndefined();
  });

  it("keeps the headers as a plain object with lower-case names", () => {
    const error = toApiError(500, {}, new Headers({ "Content-Type": "text/html", "Retry-After": "3" }));
    expect(error.headers).toEqual({ "content-type": "text/html", "retry-after": "3" });
    expect(error.retryAfter).toBe(3);
    expect(toApiError(500, {}).headers).toEqual({});
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ headers: error.headers, kind: "server" });
  });
});

describe("retryAfterSeconds", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it("reads integer seconds and HTTP dates", () => {
    expect(retryAfterSeconds("0", now)).toBe(0);
    expect(retryAfterSeconds(" 17 ", now)).toBe(17);
    expect(retryAfterSeconds("Thu, 01 Jan 2026 00:00:30 GMT", now)).toBe(30);
    expect(retryAfterSeconds("Thu, 01 Jan 2026 00:00:00 GMT", now + 400)).toBe(0);
  });

  it("reads a date in the past as now", () => {
    expect(retryAfterSeconds("Wed, 31 Dec 2025 23:00:00 GMT", now)).toBe(0);
  });

  it("ignores negative, fractional, non-numeric, empty and absurd values", () => {
    for (const value of [
      "-1",
      "1.5",
      "1e3",
      "soon",
      "",
      "   ",
      undefined,
      null,
      "86401",
      "99999999999999999999",
    ]) {
      expect(retryAfterSeconds(value, now)).toBeUndefined();
    }
    expect(retryAfterSeconds("Sat, 01 Jan 2028 00:00:00 GMT", now)).toBeUndefined();
    expect(retryAfterSeconds("86400", now)).toBe(86_400);
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
