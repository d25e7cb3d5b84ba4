import {
  MayarApiError,
  type MayarErrorKind,
  MayarInputError,
  MayarNetworkError,
  MayarTimeoutError,
} from "@org/mayar-core";
import { describe, expect, test } from "vitest";
import {
  mayarErrorMessage,
  PAY_BUTTON_ERROR_MESSAGES,
  type PayButtonMessageKey,
  PENDING_LABEL,
} from "../src/pay-button/messages";

const KINDS: PayButtonMessageKey[] = [
  "validation",
  "unsafe_link",
  "invalid_input",
  "unauthorized",
  "forbidden",
  "not_found",
  "conflict",
  "duplicate_request",
  "rate_limited",
  "server",
  "network",
  "timeout",
  "unknown",
];

describe("the message table", () => {
  test.each(["id", "en"] as const)("%s has a distinct, non-empty message for every kind", (locale) => {
    const table = PAY_BUTTON_ERROR_MESSAGES[locale];
    expect(Object.keys(table).sort()).toEqual([...KINDS].sort());
    const messages = KINDS.map((kind) => table[kind]);
    for (const message of messages) expect(message.length).toBeGreaterThan(10);
    expect(new Set(messages).size).toBe(KINDS.length);
  });

  test("the duplicate-create message tells the customer how long to wait", () => {
    expect(PAY_BUTTON_ERROR_MESSAGES.id.duplicate_request).toBe(
      "Permintaan yang sama baru saja dikirim. Tunggu 1 menit lalu coba lagi.",
    );
    expect(PAY_BUTTON_ERROR_MESSAGES.en.duplicate_request).toBe(
      "The same request was just sent. Wait 1 minute, then try again.",
    );
  });

  test("messages are for customers: no status codes or jargon", () => {
    for (const locale of ["id", "en"] as const) {
      for (const message of Object.values(PAY_BUTTON_ERROR_MESSAGES[locale])) {
        expect(message).not.toMatch(/\d{3}|HTTP|API|kind/);
      }
    }
  });

  test("pending labels", () => {
    expect(PENDING_LABEL).toEqual({ id: "Memproses…", en: "Processing…" });
  });
});

describe("mayarErrorMessage", () => {
  test("picks the message by the error's kind and locale", () => {
    expect(mayarErrorMessage(new MayarNetworkError("refused"), "id")).toBe(
      PAY_BUTTON_ERROR_MESSAGES.id.network,
    );
    expect(mayarErrorMessage(new MayarTimeoutError("late", 50), "en")).toBe(
      PAY_BUTTON_ERROR_MESSAGES.en.timeout,
    );
    expect(mayarErrorMessage(new MayarInputError("name is required"), "en")).toBe(
      PAY_BUTTON_ERROR_MESSAGES.en.invalid_input,
    );
    const conflict = new MayarApiError({
      message: "already exist",
      kind: "conflict",
      status: 409,
      body: null,
    });
    expect(mayarErrorMessage(conflict, "id")).toBe(PAY_BUTTON_ERROR_MESSAGES.id.conflict);
  });

  test.each([
    ["payment_required", "forbidden"],
    ["method_not_allowed", "unknown"],
    ["request_timeout", "timeout"],
    ["payload_too_large", "invalid_input"],
    ["unprocessable", "validation"],
    ["redirect", "server"],
    ["aborted", "unknown"],
  ] satisfies Array<[MayarErrorKind, PayButtonMessageKey]>)("the rarer kind %s reads as %s", (kind, key) => {
    expect(mayarErrorMessage({ kind }, "en")).toBe(PAY_BUTTON_ERROR_MESSAGES.en[key]);
    expect(mayarErrorMessage({ kind }, "id")).toBe(PAY_BUTTON_ERROR_MESSAGES.id[key]);
  });

  test("Indonesian by default", () => {
    expect(mayarErrorMessage({ kind: "server" })).toBe(PAY_BUTTON_ERROR_MESSAGES.id.server);
  });

  test("a rate limit with Retry-After says how many seconds to wait", () => {
    const error = new MayarApiError({
      message: "Too Many Requests",
      kind: "rate_limited",
      status: 429,
      body: null,
      retryAfter: 30,
    });
    expect(mayarErrorMessage(error, "id")).toBe("Terlalu banyak permintaan. Tunggu 30 detik lalu coba lagi.");
    expect(mayarErrorMessage(error, "en")).toBe("Too many requests. Wait 30 seconds, then try again.");
    expect(mayarErrorMessage({ kind: "rate_limited", retryAfter: 1 }, "en")).toBe(
      "Too many requests. Wait 1 second, then try again.",
    );
  });

  test("an unrecognised kind (a newer core) falls back to the generic message", () => {
    expect(mayarErrorMessage({ kind: "brand_new" as MayarErrorKind }, "en")).toBe(
      PAY_BUTTON_ERROR_MESSAGES.en.unknown,
    );
    expect(mayarErrorMessage({ kind: "toString" as MayarErrorKind }, "id")).toBe(
      PAY_BUTTON_ERROR_MESSAGES.id.unknown,
    );
  });
});
