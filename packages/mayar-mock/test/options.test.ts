import { describe, expect, it } from "vitest";
import { createMayarMock, DEFAULT_PUBLIC_URL, MOCK_API_KEY } from "../src/index.js";

describe("createMayarMock options", () => {
  it("has documented defaults", () => {
    const mock = createMayarMock();
    expect(mock.apiKey).toBe(MOCK_API_KEY);
    expect(MOCK_API_KEY).toBe("mock-api-key");
    expect(mock.publicUrl).toBe(DEFAULT_PUBLIC_URL);
    expect(DEFAULT_PUBLIC_URL).toBe("http://127.0.0.1/mock-mayar");
  });

  it("drops a trailing slash from publicUrl", () => {
    expect(createMayarMock({ publicUrl: "http://localhost:3000/mock-mayar/" }).publicUrl).toBe(
      "http://localhost:3000/mock-mayar",
    );
    expect(createMayarMock({ publicUrl: "https://api.example" }).publicUrl).toBe("https://api.example");
  });

  it.each([
    ["/mock-mayar", /publicUrl must be an absolute http\(s\) URL .*got "\/mock-mayar"/],
    ["ftp://example.com/x", /publicUrl must be an absolute http\(s\) URL .*ftp:/],
    ["http://example.com/x?a=1", /publicUrl must not have a query or fragment/],
    [42, /publicUrl must be an absolute http\(s\) URL .*got 42/],
  ])("rejects publicUrl %j", (publicUrl, message) => {
    expect(() => createMayarMock({ publicUrl: publicUrl as string })).toThrow(message);
  });

  it("rejects a bad returnUrl", () => {
    expect(() => createMayarMock({ returnUrl: "/done" })).toThrow(
      /returnUrl must be an absolute http\(s\) URL/,
    );
  });

  it("rejects a bad apiKey without echoing it", () => {
    for (const apiKey of ["", "has space-secret-value", 7 as unknown as string]) {
      let message = "";
      try {
        createMayarMock({ apiKey });
      } catch (error) {
        message = (error as Error).message;
      }
      expect(message).toMatch(/apiKey must be a non-empty string without whitespace/);
      expect(message).not.toContain("secret-value");
    }
  });

  it("rejects bad now, duplicateWindowMs and unknown options", () => {
    expect(() => createMayarMock({ now: 5 as unknown as () => number })).toThrow(/now must be a function/);
    expect(() => createMayarMock({ duplicateWindowMs: -1 })).toThrow(
      /duplicateWindowMs must be a finite number/,
    );
    expect(() => createMayarMock({ duplicateWindowMs: Number.NaN })).toThrow(/duplicateWindowMs/);
    expect(() => createMayarMock({ baseUrl: "http://x" } as never)).toThrow(
      'createMayarMock: unknown option "baseUrl". Known options: apiKey, publicUrl, returnUrl, now, duplicateWindowMs, maxRecords, maxBodyBytes, maxJsonDepth, seed, webhookUrl, webhookRetries, webhookBackoffMs, webhookTimeoutMs, webhookFetch, shopName, language.',
    );
    expect(() => createMayarMock("x" as never)).toThrow(/options must be an object/);
  });

  it.each([
    ["maxBodyBytes", 0],
    ["maxJsonDepth", -3],
    ["maxBodyBytes", Number.POSITIVE_INFINITY],
  ])("rejects %s %s", (name, value) => {
    expect(() => createMayarMock({ [name]: value })).toThrow(
      new RegExp(`createMayarMock: ${name} must be a whole number >= 1 \\(default \\d+\\); got ${value}\\.`),
    );
  });

  it("rejects an unknown seed", () => {
    expect(() => createMayarMock({ seed: "demo" as never })).toThrow(
      'createMayarMock: seed must be "none" or "examples"; got "demo".',
    );
  });
});
