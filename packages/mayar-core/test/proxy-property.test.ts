// Property-based: 3,000 generated requests thrown at the proxy (methods, paths with odd encodings,
// dot segments and long parameters, odd Origins and content types, lying Content-Lengths, bodies that are
// valid, broken, deep, huge, binary or not JSON), with an upstream that answers in every way Mayar could
// (success, errors, 204/205/304, redirects, text, oversized, unreachable) and echoes the key wherever it can.
// For every request:
// - the answer is Mayar-shaped, `cache-control: no-store`, and a 5xx only when the upstream was called and
//   its answer was a 5xx or unusable (each upstream behaviour maps to exactly one proxy status);
// - the key is in no response header or body;
// - the upstream, which checks what it gets on its own (method and path of an allowed operation, canonical
//   path parameters, only declared query parameters, the server's key, a body that passes Mayar's rules,
//   the server's price), never sees an invalid request.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type OperationId, operations } from "../src/generated/operations";
import { checkFields } from "../src/operations/check-fields";
import type { Rule } from "../src/operations/rules";
import { createMayarProxy } from "../src/server";

const KEY = "sk_live_property_KEY_0123456789";
const BASE = "https://mayar.upstream.test";
const SITE = "https://shop.example";
const PRICES: Record<string, number> = { "sku-1": 150_000, "sku-2": 75_000 };
const ALLOWED: OperationId[] = [
  "createPaymentRequest",
  "generateImmutableCheckoutLink",
  "getPaymentRequest",
  "listTransactions",
  "updatePaymentRequest",
  "changePaymentRequestStatus",
];
// Sized to finish well inside the test's timeout on a machine 10x slower than a developer's laptop (about 1 s
// there); PROXY_PROPERTY_RUNS raises it for a deeper search by hand.
const RUNS = Number(process.env.PROXY_PROPERTY_RUNS ?? 3_000);
/** The answer cap the proxy runs with: small, so the oversized answer costs little to build and refuse. */
const MAX_RESPONSE_BYTES = 64 * 1024;

type Behaviour = keyof typeof EXPECTED_STATUS;
/** What the proxy must answer for each upstream behaviour, once it forwarded. */
const EXPECTED_STATUS = {
  ok: 200,
  okWithKeyHeaders: 200,
  innerNotFound: 404,
  validation: 400,
  unauthorized: 401,
  rateLimited: 429,
  serverError: 500,
  htmlOutage: 503,
  noContent: 204,
  resetContent: 205,
  notModified: 304,
  redirect: 502,
  notJson: 502,
  keyAsObjectKey: 502,
  huge: 502,
  unreachable: 502,
};

const HUGE = JSON.stringify({
  statusCode: 200,
  messages: "success",
  data: { blob: "x".repeat(MAX_RESPONSE_BYTES + 10) },
});

function upstreamAnswer(behaviour: Behaviour): Response {
  const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
    new Response(JSON.stringify(body), {
      status,
      headers: { "content-type": "application/json", ...headers },
    });
  switch (behaviour) {
    case "ok":
      return json(200, { statusCode: 200, messages: `success for ${KEY}`, data: { id: "p-1", link: KEY } });
    case "okWithKeyHeaders":
      return json(
        200,
        { statusCode: 200, messages: "success", data: { id: "p-1" } },
        { "x-request-id": `r-${KEY}`, "retry-after": KEY, "set-cookie": `k=${KEY}`, "x-auth": KEY },
      );
    case "innerNotFound":
      return json(200, { statusCode: 404, messages: `no such thing (${KEY})` });
    case "validation":
      return json(400, {
        statusCode: 400,
        messages: "Validation Error",
        data: [{ field: "name", message: KEY }],
      });
    case "unauthorized":
      return json(401, { statusCode: 401, messages: `Invalid token Bearer ${KEY}` });
    case "rateLimited":
      return json(429, { statusCode: 429, messages: "Too many requests" }, { "retry-after": "5" });
    case "serverError":
      return json(500, { statusCode: 500, messages: `Internal error near ${KEY}` });
    case "htmlOutage":
      return new Response(`<html>down ${KEY}</html>`, {
        status: 503,
        headers: { "content-type": "text/html" },
      });
    case "noContent":
      return new Response(null, { status: 204, headers: { "x-request-id": "r-204" } });
    case "resetContent":
      return new Response(null, { status: 205 });
    case "notModified":
      return new Response(null, { status: 304, headers: { etag: KEY } });
    case "redirect":
      return new Response(`moved ${KEY}`, {
        status: 302,
        headers: { location: `https://evil.example/?k=${KEY}` },
      });
    case "notJson":
      return new Response(`ok ${KEY}`, { status: 200, headers: { "content-type": "text/plain" } });
    case "keyAsObjectKey":
      return json(200, { statusCode: 200, messages: "success", data: { [KEY]: true } });
    case "huge":
      return new Response(HUGE, { status: 200, headers: { "content-type": "application/json" } });
    case "unreachable":
      throw new TypeError(`fetch failed: connect ECONNREFUSED (Bearer ${KEY})`);
  }
}

// --- what the upstream checks, on its own -----------------------------------------------------------------

const templates = ALLOWED.map((id) => ({
  id,
  operation: operations[id] as (typeof operations)[OperationId] & {
    query?: Record<string, string>;
    body?: Record<string, string>;
    idFromBody?: boolean;
  },
  pattern: new RegExp(`^${operations[id].path.replace(/\{[^}]+\}/g, "([^/]+)")}$`),
}));

/** Everything wrong with what arrived upstream; empty when it is a request Mayar would accept as valid. */
async function violationsOf(request: Request): Promise<string[]> {
  const problems: string[] = [];
  const url = new URL(request.url);
  if (url.origin !== BASE) problems.push(`sent to ${url.origin}`);
  const template = templates.find(
    ({ operation, pattern }) => operation.method === request.method && pattern.test(url.pathname),
  );
  if (!template) return [`${request.method} ${url.pathname} is not an allowed operation`];
  // Literal templates win: a parameter never equals the literal that would have matched another template.
  const { operation, pattern } = template;
  const segments = pattern.exec(url.pathname)?.slice(1) ?? [];
  for (const segment of segments) {
    let decoded = "";
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      problems.push(`undecodable segment ${segment}`);
    }
    if (encodeURIComponent(decoded) !== segment) problems.push(`non-canonical segment ${segment}`);
    if (!decoded.trim() || decoded === "." || decoded === ".." || /[/\\]/.test(decoded)) {
      problems.push(`unsafe segment ${segment}`);
    }
  }
  if (request.headers.get("authorization") !== `Bearer ${KEY}`) problems.push("wrong authorization");
  for (const name of ["cookie", "origin", "x-session"]) {
    if (request.headers.has(name)) problems.push(`forwarded ${name}`);
  }
  for (const name of url.searchParams.keys()) {
    const declared: Readonly<Record<string, unknown>> =
      (operation.query as Rule | undefined)?.properties ?? {};
    if (!Object.hasOwn(declared, name)) {
      problems.push(`undeclared query ${name}`);
    }
  }
  if (operation.query) {
    const query = Object.fromEntries(
      [...url.searchParams].map(([name, value]) => [
        name,
        /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value,
      ]),
    );
    try {
      checkFields(template.id, operation.query, query, "query");
    } catch (error) {
      problems.push(`invalid query: ${(error as Error).message}`);
    }
  }
  const text = await request.text();
  if (!operation.body) {
    if (text) problems.push("a body for a body-less operation");
    return problems;
  }
  if (request.headers.get("content-type") !== "application/json") problems.push("content-type not JSON");
  let body: Record<string, unknown> = {};
  try {
    body = JSON.parse(text);
    checkFields(template.id, operation.body, body);
  } catch (error) {
    problems.push(`invalid body: ${(error as Error).message}`);
  }
  if (template.id === "createPaymentRequest") {
    const sku = (body.extraData as { sku?: string } | undefined)?.sku ?? "";
    if (body.amount !== PRICES[sku])
      problems.push(`amount ${String(body.amount)} is not the price of ${sku}`);
  }
  if (operation.idFromBody && encodeURIComponent(String(body.id)) !== segments[0]) {
    problems.push("body id differs from the path id");
  }
  return problems;
}

// --- the generated requests -----------------------------------------------------------------------------

const segment = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom("p-1", "abc123", "6f8c19ff-5b97", "close", "reopen", "update") },
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      "create",
      "..",
      ".",
      "%2e%2e",
      "%2E",
      "%2F",
      "..%2F..%2Fbalances",
      "%5C",
      "%zz",
      "%00",
      "%0A",
      "a%20b",
      "ü",
      "%C3%BC",
      "%E0%A4%A",
      "",
      " ",
      "%20",
      "a;b",
      "a?b",
      "a#b",
      "%252F",
      "\\",
      "a/b",
    ),
  },
  { weight: 3, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1000, maxLength: 5000 }) },
);

const anyOperation = fc.constantFrom(...Object.values(operations));
const allowedOperation = fc.constantFrom(...ALLOWED.map((id) => operations[id]));
/** A template's path with generated parameters, and its own method most of the time. */
const target = fc
  .record({
    operation: fc.oneof({ weight: 6, arbitrary: allowedOperation }, { weight: 1, arbitrary: anyOperation }),
    params: fc.array(segment, { minLength: 2, maxLength: 2 }),
    ownMethod: fc.oneof(
      { weight: 4, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
  })
  .map(({ operation, params: [first = "", second = ""], ownMethod }) => {
    let i = 0;
    const path = operation.path.replace(/\{[^}]+\}/g, () => (i++ === 0 ? first : second));
    return { path, method: ownMethod ? operation.method : undefined };
  });
const path = fc.oneof(
  { weight: 10, arbitrary: target },
  { weight: 1, arbitrary: fc.webPath().map((text) => ({ path: text, method: undefined })) },
  {
    weight: 1,
    arbitrary: fc.string({ maxLength: 40 }).map((text) => ({ path: `/${text}`, method: undefined })),
  },
);
/** `usual` four times in five, else one of `odd`. */
const mostly = <T>(usual: T, ...odd: T[]) =>
  fc.oneof({ weight: 4, arbitrary: fc.constant(usual) }, { weight: 1, arbitrary: fc.constantFrom(...odd) });

const prefix = mostly(
  "/api/mayar",
  "",
  "/api/mayarx",
  "/api/mayar/..",
  "/API/mayar",
  "/api/mayar/",
  "/api/mayar/./",
  "/api/%6dayar",
);
const query = fc.oneof(
  fc.constant(""),
  fc.constantFrom(
    "?limit=10",
    "?limit=010&status=paid",
    "?limit=500",
    "?status=weird",
    "?startingAfter=x&apiKey=y",
    "?a=1&a=2",
    "?limit=",
  ),
  fc
    .dictionary(fc.string({ maxLength: 8 }), fc.string({ maxLength: 8 }), { maxKeys: 4 })
    .map((params) => `?${new URLSearchParams(params)}`),
);

const payment = fc.record(
  {
    name: fc.oneof(fc.constantFrom("Order 1", "Budi"), fc.string({ maxLength: 20 })),
    amount: fc.oneof(fc.integer({ min: 1, max: 10_000_000 }), fc.integer(), fc.double(), fc.constant("100")),
    email: fc.oneof(fc.constant("budi@example.com"), fc.string({ maxLength: 12 }), fc.constant(null)),
    extraData: fc.oneof(
      fc.record({ sku: fc.constantFrom("sku-1", "sku-2", "nope") }),
      fc.constant("sku-1"),
      fc.constant(null),
    ),
    id: fc.constantFrom("p-1", "abc123", "other", ""),
  },
  { requiredKeys: [] },
);
const checkout = fc.record(
  {
    productId: fc.constantFrom("prod-1", ""),
    creditAmount: fc.oneof(fc.integer({ min: 1, max: 1000 }), fc.string({ maxLength: 4 })),
    customerInfo: fc.oneof(
      fc.record({
        name: fc.constantFrom("Budi", ""),
        email: fc.constantFrom("budi@example.com", "nope"),
        mobile: fc.constantFrom("0812", ""),
      }),
      fc.constant([]),
    ),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(payment, checkout).map((value) => JSON.stringify(value)) },
  { weight: 2, arbitrary: fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)) },
  { weight: 1, arbitrary: fc.string({ maxLength: 50 }) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 64 }) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 30, max: 40_000 })
      .map((depth) => `${"[".repeat(depth)}${"]".repeat(depth)}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 60_000, max: 70_000 })
      .map((size) => JSON.stringify({ name: "x".repeat(size), amount: 1 })),
  },
  { weight: 1, arbitrary: fc.constant(undefined) },
);

const requestSpec = fc.record({
  method: fc.constantFrom(
    "GET",
    "GET",
    "POST",
    "POST",
    "POST",
    "PUT",
    "DELETE",
    "PATCH",
    "OPTIONS",
    "HEAD",
    "post",
    "FOO",
  ),
  prefix,
  path,
  query,
  origin: mostly<string | undefined>(
    undefined,
    SITE,
    "https://allowed.example",
    "https://evil.example",
    "null",
    "http://shop.example",
    "garbage",
  ),
  contentType: mostly<string | undefined>(
    "application/json",
    "application/json; charset=utf-8",
    "APPLICATION/JSON",
    "application/json; charset=latin1",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    undefined,
  ),
  contentLength: mostly<string | undefined>(undefined, "0", "100000000", "abc", "-1", "65537"),
  preflight: mostly(false, true),
  session: mostly<string | undefined>("ok", undefined, "expired"),
  body,
  behaviour: fc.constantFrom(...(Object.keys(EXPECTED_STATUS) as Behaviour[])),
});

const ALLOWED_ANSWER_HEADERS = new Set([
  "content-type",
  "cache-control",
  "retry-after",
  "x-request-id",
  "allow",
  "vary",
  "access-control-allow-origin",
  "access-control-expose-headers",
  "access-control-allow-methods",
  "access-control-allow-headers",
  "access-control-max-age",
]);

describe("createMayarProxy under generated requests", () => {
  it(`answers ${RUNS} generated requests safely`, { timeout: 60_000 }, async () => {
    let behaviour: Behaviour = "ok";
    let forwarded = 0;
    const violations: string[] = [];
    const proxy = createMayarProxy({
      apiKey: KEY,
      baseUrl: BASE,
      basePath: "/api/mayar",
      origins: [SITE, "https://allowed.example"],
      timeoutMs: 2_000,
      maxResponseBytes: MAX_RESPONSE_BYTES,
      onError: () => {},
      fetch: async (request) => {
        forwarded++;
        violations.push(
          ...(await violationsOf(request)).map((problem) => `${request.method} ${request.url}: ${problem}`),
        );
        return upstreamAnswer(behaviour);
      },
      allow: {
        createPaymentRequest: {
          authorize: (request) => request.headers.get("x-session") === "ok",
          prepare: (sent) => ({ ...sent, amount: PRICES[String(sent.extraData?.sku)] ?? 0 }),
        },
        generateImmutableCheckoutLink: {},
        getPaymentRequest: { authorize: (request) => request.headers.get("x-session") !== "expired" },
        listTransactions: {},
        updatePaymentRequest: {},
        changePaymentRequestStatus: {},
      },
    });

    let sent = 0;
    const statuses = new Map<number, number>();
    const started = performance.now();
    await fc.assert(
      fc.asyncProperty(requestSpec, async (spec) => {
        const headers = new Headers();
        if (spec.origin) headers.set("origin", spec.origin);
        if (spec.contentType) headers.set("content-type", spec.contentType);
        if (spec.contentLength) headers.set("content-length", spec.contentLength);
        if (spec.session) headers.set("x-session", spec.session);
        if (spec.preflight) headers.set("access-control-request-method", "POST");
        headers.set("cookie", `session=${spec.session}`);
        const method = (spec.path.method ?? spec.method).toUpperCase();
        let request: Request;
        try {
          request = new Request(`${SITE}${spec.prefix}${spec.path.path}${spec.query}`, {
            method: spec.path.method ?? spec.method,
            headers,
            ...(method === "GET" || method === "HEAD" || spec.body === undefined ? {} : { body: spec.body }),
          });
        } catch {
          return; // not a request anyone can send (a URL or method fetch refuses): nothing to test
        }
        behaviour = spec.behaviour;
        const before = forwarded;
        sent++;
        const response = await proxy(request);
        const text = await response.text();
        const wasForwarded = forwarded > before;
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);

        expect(response.headers.get("cache-control")).toBe("no-store");
        for (const [name, value] of response.headers) {
          expect(ALLOWED_ANSWER_HEADERS.has(name), name).toBe(true);
          expect(value).not.toContain(KEY);
        }
        expect(text).not.toContain(KEY);
        if (wasForwarded) {
          expect(response.status).toBe(EXPECTED_STATUS[spec.behaviour]);
        } else {
          expect([204, 400, 403, 404, 405, 413, 415]).toContain(response.status);
        }
        if (text) expect(JSON.parse(text)).toHaveProperty("statusCode", response.status);
      }),
      { numRuns: RUNS, seed: Number(process.env.PROXY_PROPERTY_SEED ?? 20_250_101) },
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `proxy property test: ${sent} requests in ${seconds.toFixed(1)} s, ${forwarded} forwarded; answers ${JSON.stringify(Object.fromEntries([...statuses].sort(([a], [b]) => a - b)))}`,
    );
    expect(violations).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(RUNS * 0.95);
    // Enough of each kind: the generators reach the upstream, and refuse in every way.
    expect(forwarded).toBeGreaterThan(RUNS / 20);
    for (const status of [200, 400, 403, 404, 405, 413, 415, 502])
      expect(statuses.get(status), String(status)).toBeGreaterThan(0);
  });
});
