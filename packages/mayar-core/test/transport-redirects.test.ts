// A Mayar API never redirects. If a host answers with one anyway (a wrong baseUrl, http instead of https,
// a hostile host), the SDK stops there: following it would hand back another host's answer as Mayar's,
// and a 307/308 would resend the body (and, same-origin, the key) to wherever it points.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createRedactor } from "../src/errors/redact";
import { createMayarClient, MayarApiError } from "../src/index";
import { createSend } from "../src/transport/send";
import { type FaultServer, startFaultServer } from "./helpers/fault-server";

const API_KEY = "sk_test_redirects_0123456789";
let redirecting: FaultServer;
let elsewhere: FaultServer;

beforeEach(async () => {
  [redirecting, elsewhere] = await Promise.all([startFaultServer(), startFaultServer()]);
});
afterEach(() => Promise.all([redirecting.close(), elsewhere.close()]));

const mayar = () => createMayarClient({ apiKey: API_KEY, baseUrl: redirecting.url });

describe("a redirect", () => {
  it.each([301, 302, 303, 307, 308])(
    "%i is a MayarApiError of kind redirect, never followed",
    async (status) => {
      redirecting.script({ status, headers: { location: `${elsewhere.url}/hl/v2/payments/create` } });
      const error = await mayar()
        .paymentRequests.create({ name: "x", amount: 1 })
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MayarApiError);
      expect(error).toMatchObject({ kind: "redirect", status });
      expect((error as Error).message).toContain("a Mayar API must not redirect");
      expect((error as Error).message).toContain(`to ${elsewhere.url}/hl/v2/payments/create`);
      expect(redirecting.arrivals).toHaveLength(1);
      expect(elsewhere.arrivals).toEqual([]);
    },
  );

  it("is not retried, even for a GET", async () => {
    redirecting.script({ status: 302, headers: { location: `${elsewhere.url}/` } });
    await expect(mayar().transactions.getDaily({ maxRetries: 3 })).rejects.toMatchObject({
      kind: "redirect",
    });
    expect(redirecting.arrivals).toHaveLength(1);
    expect(elsewhere.arrivals).toEqual([]);
  });

  it("never hands back the other host's answer through mayar.api either", async () => {
    redirecting.script({ status: 307, headers: { location: `${elsewhere.url}/hl/v2/payments/create` } });
    await expect(
      mayar().api.POST("/hl/v2/payments/create", { body: { name: "x", amount: 1 } }),
    ).rejects.toMatchObject({ kind: "redirect", status: 307 });
    expect(elsewhere.arrivals).toEqual([]);
  });

  it("asks fetch not to follow, and treats a browser's opaque redirect (status 0) the same", async () => {
    const inits: RequestInit[] = [];
    const send = createSend({
      fetch: async (_url, init) => {
        inits.push(init);
        // What a browser's fetch gives for redirect: "manual": no status, no headers, no body.
        return {
          type: "opaqueredirect",
          status: 0,
          headers: new Headers(),
          text: async () => "",
        } as Response;
      },
      apiKey: API_KEY,
      timeoutMs: 1_000,
      redact: createRedactor(API_KEY),
    });
    const error = await send({ method: "GET", url: "https://api.mayar.id/hl/v2/payments" }).catch(
      (e: unknown) => e,
    );
    expect(inits.map((init) => init.redirect)).toEqual(["manual"]);
    expect(error).toMatchObject({ kind: "redirect", status: 0 });
    expect((error as Error).message).toMatch(
      /^Mayar answered with a redirect: a Mayar API must not redirect/,
    );
  });
});
