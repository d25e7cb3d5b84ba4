import { type MayarFieldError, MayarInputError } from "../errors/mayar-error";
import { createRedactor } from "../errors/redact";
import { type OperationId, operations } from "../generated/operations";
import { checkFields } from "../operations/check-fields";
import type { OperationDescriptor } from "../operations/descriptor";
import { createPathMatcher } from "../operations/match-path";
import { createSend } from "../transport/send";
import { answerResponse, type BufferedAnswer, declaresMoreThan, envelope, isPlainObject } from "./body";
import { INCOMING_ENTRY, type Incoming, type IncomingEntry, incomingOfRequest } from "./incoming";
import { described } from "./proxy/answer";
import {
  type MayarProxyContext,
  type MayarProxyErrorContext,
  type MayarProxyOptions,
  resolveProxyOptions,
} from "./proxy/options";
import { ownOrigin } from "./proxy/own-origin";
import {
  corsHeaders,
  declaredQuery,
  isJsonContentType,
  originAllowed,
  parseJsonBody,
  pathParamProblems,
} from "./proxy/request";
import { failedAnswer, ProxyFailure, sentAnswer, upstreamFetch } from "./proxy/upstream";

export type {
  MayarProxyContext,
  MayarProxyErrorContext,
  MayarProxyOptions,
  MayarProxyPolicy,
  MayarProxyUncheckedBody,
} from "./proxy/options";

/** A standard fetch handler: Hono, Next.js route handlers, Remix, Bun and Deno mount it as it is. */
export type MayarProxyHandler = (request: Request) => Promise<Response>;

const GENERIC_FAILURE = "The proxy could not handle this request.";

const defaultOnError = (error: unknown, { status, operationId, stage }: MayarProxyErrorContext) => {
  console.error(
    `Mayar proxy: answered ${status}${operationId ? ` for ${operationId}` : ""} (${stage}).`,
    error,
  );
};

/**
 * A server-side handler that lets a browser call the operations you allow, with your API key added on the
 * server. Each request goes through these steps in order; each refusal is a JSON answer in Mayar's shape
 * (`{ statusCode, messages }`, plus `data: [{ type, message, field }]` for validation) and nothing is
 * forwarded:
 *
 * 1. route: method and path (after `basePath`) must be an allowed operation's, read against the spec's path
 *    templates (literal segments win). Unknown path 404; known path, other method 405 with `Allow`.
 * 2. size: a declared Content-Length over `maxBodyBytes` answers 413 before anything is read.
 * 3. content type: operations with a body take `application/json` only (415).
 * 4. origin: a browser `Origin` that is neither the request's own (the URL's scheme with the Host header's
 *    host, or the X-Forwarded-* ones with `trustProxy`) nor in `origins` answers 403; requests without one
 *    (servers) pass.
 * 5. parse: at most `maxBodyBytes` read (413 the moment it is exceeded), UTF-8 JSON object at most 32 levels
 *    deep (400).
 * 6. `authorize(request)`: anything but `true` answers 403; a throw 500 (generic message).
 * 7. `prepare(body, { request })`: what it returns is what is sent; a thrown `MayarInputError` answers 400
 *    with its message and fields (a refusal the app chose), any other throw 500 (generic message).
 * 8. validate: the body (as it will be sent), the declared query parameters and the path parameters, with the
 *    same rules as the client's pre-flight check (400 with every failing field).
 * 9. forward through the core transport with the server's key: the operation's path with the request's
 *    parameters, only its declared query parameters, no browser header. No retries: the browser client
 *    already retries GETs, and a retried write could bill twice.
 *
 * The answer is Mayar's status and body, redacted like every SDK result, with only `content-type`,
 * `retry-after` and `x-request-id`, and `cache-control: no-store` on every answer. Redirects are not followed
 * (502), answers over `maxResponseBytes` (decoded: a compressed answer counts as it inflates) are not
 * passed on (502), a status outside 200-599 answers 502, Mayar unreachable or dropping the connection answers
 * 502, no answer within `timeoutMs` 504, and the browser disconnecting aborts the call.
 *
 * ```ts
 * const proxy = createMayarProxy({
 *   apiKey: process.env.MAYAR_API_KEY!,
 *   environment: "sandbox", // or "production"; required unless baseUrl is given
 *   basePath: "/api/mayar",
 *   allow: {
 *     createPaymentRequest: {
 *       authorize: async (request) => (await getSession(request)) !== null,
 *       prepare: (body) => ({ ...body, amount: priceOf(body.extraData?.sku) }),
 *     },
 *   },
 * });
 * app.all("/api/mayar/*", (c) => proxy(c.req.raw));
 * ```
 */
export function createMayarProxy(options: MayarProxyOptions): MayarProxyHandler {
  const settings = resolveProxyOptions(options);
  const { apiKey, basePath, allow, origins, maxBodyBytes, maxResponseBytes } = settings;
  const onError = settings.onError ?? defaultOnError;
  const redact = createRedactor(apiKey);
  const send = createSend({
    fetch: upstreamFetch(settings.fetch, maxResponseBytes),
    apiKey,
    timeoutMs: settings.timeoutMs,
    maxRetries: 0,
    redact,
  });
  // The key as it would appear in JSON text too: a key with a quote or backslash is escaped there.
  const secrets = [...new Set([apiKey, JSON.stringify(apiKey).slice(1, -1)])];
  // Every spec operation takes part in routing, so a path is read as Mayar reads it; only allowed ones answer.
  const matchPath = createPathMatcher(Object.values(operations) as OperationDescriptor[]);

  const report = (error: unknown, context: MayarProxyErrorContext) => {
    try {
      onError(error, context);
    } catch {}
  };
  const fail = (status: number, error: unknown, context: Omit<MayarProxyErrorContext, "status">) => {
    report(error, { status, ...context });
    return envelope(status, GENERIC_FAILURE);
  };

  // `request` is the request as the proxy reads it (incoming.ts): a web Request's fields, or Node's read
  // directly by toNodeHandler; `request.webRequest()` builds a Request only for the policy hooks.
  const handle = async (request: Incoming): Promise<BufferedAnswer> => {
    let url: URL;
    try {
      url = new URL(request.url);
    } catch {
      return envelope(400, "Bad request: this request cannot be read.");
    }
    const method = request.method;

    // 1. route
    const inside = !basePath || url.pathname.startsWith(`${basePath}/`);
    const match = inside ? matchPath(url.pathname.slice(basePath.length)) : undefined;
    const operation = match?.route;
    const policy = operation && allow[operation.id as OperationId];
    if (!match || !operation || !policy) {
      return envelope(404, `Not found: this proxy does not forward ${described(method, url.pathname)}.`);
    }
    const operationId = operation.id as OperationId;
    const origin = request.headers.get("origin");
    // Not request.url's origin: under `next start` that is always localhost (see own-origin.ts). Only browsers
    // send Origin, so nothing is derived for server-to-server calls.
    const own = origin === null ? "" : ownOrigin(request, url, settings.trustProxy);
    if (method !== operation.method) {
      if (method === "OPTIONS" && origin !== null && request.headers.has("access-control-request-method")) {
        if (!originAllowed(origin, own, origins)) {
          return envelope(403, "Forbidden: this origin may not call the proxy.");
        }
        return {
          status: 204,
          headers: {
            ...corsHeaders(origin, own),
            "access-control-allow-methods": operation.method,
            "access-control-allow-headers": "content-type",
            "access-control-max-age": "600",
            "cache-control": "no-store",
          },
          body: null,
        };
      }
      return envelope(405, `Method not allowed: ${operationId} takes ${operation.method}.`, {
        headers: { allow: operation.method },
      });
    }

    // 2. size
    if (declaresMoreThan(request.headers.get("content-length"), maxBodyBytes)) {
      return envelope(413, `Payload too large: the body may have at most ${maxBodyBytes} bytes.`);
    }

    // 3. content type
    const takesBody = operation.body !== undefined;
    if (takesBody && !isJsonContentType(request.headers.get("content-type"))) {
      return envelope(
        415,
        "Unsupported media type: send the body as JSON with content-type: application/json.",
      );
    }

    // 4. origin
    if (origin !== null && !originAllowed(origin, own, origins)) {
      return envelope(403, "Forbidden: this origin may not call the proxy.");
    }
    const cors = corsHeaders(origin, own);

    // 5. parse
    let body: Record<string, unknown> | undefined;
    if (takesBody) {
      const parsed = parseJsonBody(await request.readBody(maxBodyBytes));
      if ("alreadyRead" in parsed) {
        const error = new Error(
          "the request body was already read before the proxy: mount the proxy before body parsers",
        );
        return fail(500, error, { operationId, stage: "request" });
      }
      if ("status" in parsed) return envelope(parsed.status, parsed.messages);
      body = parsed.body;
    }
    const context: MayarProxyContext = {
      get request() {
        return request.webRequest();
      },
      operationId,
      params: match.params,
      // Most calls carry no query: url.searchParams is only built for one that does.
      query: url.search ? declaredQuery(url.searchParams, operation.query) : {},
    };

    // 6. authorize
    if (policy.authorize) {
      let allowed: unknown;
      try {
        allowed = await policy.authorize(context.request, context as never);
      } catch (error) {
        return fail(500, error, { operationId, stage: "authorize" });
      }
      if (allowed !== true) return envelope(403, `Forbidden: this request may not call ${operationId}.`);
    }

    // 7. prepare: what it returns is serialised once, and that text is both what is checked and what is sent.
    let text: string | undefined;
    if (body !== undefined) {
      let prepared: unknown = body;
      try {
        if (policy.prepare) prepared = await policy.prepare(body, context as never);
        text = JSON.stringify(prepared);
        prepared = policy.prepare ? JSON.parse(text) : prepared;
        if (!isPlainObject(prepared)) throw new TypeError("prepare must return the body as a plain object");
      } catch (error) {
        // A refusal the app chose (an unknown product, a sold-out item) is the browser's mistake, in Mayar's
        // validation shape; anything else is the server's, kept out of the answer.
        if (error instanceof MayarInputError) {
          return envelope(400, error.message, { data: error.fields });
        }
        return fail(500, error, { operationId, stage: "prepare" });
      }
      body = prepared;
    }

    // 8. validate
    const problems: MayarFieldError[] = [];
    const check = (rules: OperationDescriptor["body"], input: unknown, what: string) => {
      try {
        if (rules) checkFields(operationId, rules, input, what);
      } catch (error) {
        if (!(error instanceof MayarInputError)) throw error;
        problems.push(...error.fields);
      }
    };
    check(operation.body, body, "body");
    check(operation.query, context.query, "query");
    check(operation.pathRule, match.params, "path");
    problems.push(...pathParamProblems(match.params));
    if (operation.idFromBody && !problems.length && String(body?.id) !== match.params.id) {
      problems.push({ field: "id", type: "path", message: "id must be the same in the body and the path" });
    }
    if (problems.length) {
      const messages = `${operationId}: ${problems.map((problem) => problem.message).join("; ")}.`;
      return envelope(400, messages, { data: problems });
    }

    // 9. forward
    const path = operation.path.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(match.params[name] as string),
    );
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(context.query)) search.append(name, String(value));
    const query = search.toString();
    try {
      let sent: Awaited<ReturnType<typeof send>>;
      try {
        sent = await send(
          {
            method: operation.method,
            url: `${settings.baseUrl}${path}${query ? `?${query}` : ""}`,
            ...(text === undefined ? {} : { body: text }),
          },
          { signal: request.signal },
        );
      } catch (error) {
        if (request.signal.aborted) return envelope(499, "The client closed the request.");
        return failedAnswer(error, secrets, cors, maxResponseBytes);
      }
      return sentAnswer(sent, secrets, cors, redact.couldHold);
    } catch (error) {
      if (!(error instanceof ProxyFailure)) throw error;
      report(error.error, { status: error.status, operationId, stage: "upstream" });
      return envelope(error.status, error.message);
    }
  };

  const answer: IncomingEntry = async (request) => {
    try {
      return await handle(request);
    } catch (error) {
      return fail(500, error, { stage: "answer" });
    }
  };
  // toNodeHandler hands Node's requests to `answer` directly and writes the text it returns.
  return Object.assign(async (request: Request) => answerResponse(await answer(incomingOfRequest(request))), {
    [INCOMING_ENTRY]: answer,
  });
}
