import { MayarInputError } from "../../errors/mayar-error";
import { envelopeAnswer, readBody } from "../body";
import { createSecretCheck } from "./constant-time";
import { mayarWebhookEventKey, paymentTransactionId } from "./event-key";
import type {
  MayarConfirmedWebhookEvent,
  MayarPaymentReceivedEvent,
  MayarTransaction,
  MayarWebhookEventType,
} from "./events";
import { createMemoryWebhookStore, settlesAtOnce } from "./memory-store";
import { MayarUnknownWebhookEventError, parseMayarWebhook } from "./parse-mayar-webhook";
import { countProblem, durationProblem, isWebhookStore, type MayarWebhookStore } from "./store";

/** What the handler needs from a client: a server MayarClient (`createMayarClient({ apiKey, environment })`) has it. */
export interface MayarWebhookClient {
  readonly transactions: { get(id: string): Promise<MayarTransaction> };
}

/** Told to `onError`: the answer the handler gave and, when known, the event type. */
export interface MayarWebhookErrorContext {
  status: number;
  type?: MayarWebhookEventType;
}

export interface MayarWebhookHandlerOptions {
  /** A server MayarClient: each payment.received is confirmed with `client.transactions.get(id)`. */
  client: MayarWebhookClient;
  /**
   * The shared secret in the URL registered with Mayar (`https://shop.example/api/mayar/webhook?token=...`).
   * At least 16 printable ASCII characters, no whitespace; generate one with
   * `crypto.randomBytes(32).toString("base64url")` and keep it in an environment variable.
   */
  token: string;
  /**
   * Runs once per event (see `mayarWebhookEventKey`). payment.received arrives only once Mayar confirms the
   * transaction is paid, with `event.transaction`: compare its `amount` with your order. A throw answers 500
   * and releases the event, so Mayar's next delivery runs it again.
   */
  onEvent: (event: MayarConfirmedWebhookEvent) => void | Promise<void>;
  /** Where processed events are remembered (default: createMemoryWebhookStore(), this process only). */
  store?: MayarWebhookStore;
  /**
   * The longest a store call may take, in ms (default 3000). A store that has not answered by then (a Redis
   * that stopped answering, a network that drops packets) makes the delivery answer 503, so Mayar delivers
   * again later, instead of hanging: the handler never runs `onEvent` without a claim it saw granted.
   */
  storeTimeoutMs?: number;
  /** Largest body accepted, in bytes (default 64 KiB); larger answers 413. */
  maxBodyBytes?: number;
  /**
   * Told about failures the handler answered 5xx for: `onEvent` threw, Mayar or the store could not be
   * reached. Default: `console.error`. The errors never hold the token; the client's errors never hold the
   * API key.
   */
  onError?: (error: unknown, context: MayarWebhookErrorContext) => void;
}

export const DEFAULT_WEBHOOK_MAX_BODY_BYTES = 64 * 1024;
export const MIN_WEBHOOK_TOKEN_LENGTH = 16;
export const DEFAULT_WEBHOOK_STORE_TIMEOUT_MS = 3_000;

const answer = (status: number, messages: string, headers?: Record<string, string>) =>
  envelopeAnswer(status, messages, { headers });

/** Why `token` cannot be used, or "". The message never contains the token. */
export const webhookTokenProblem = (token: unknown) =>
  typeof token !== "string" || token === ""
    ? 'token is required: a secret of at least 16 characters, e.g. crypto.randomBytes(32).toString("base64url"), read from the environment (process.env.MAYAR_WEBHOOK_TOKEN)'
    : /\s/.test(token)
      ? "token contains whitespace (a stray space or line break from an env file?): trim it, and use a token without spaces"
      : /[^\x21-\x7e]/.test(token)
        ? 'token must be printable ASCII without spaces (letters, digits, punctuation): generate one with crypto.randomBytes(32).toString("base64url")'
        : /[+&#%]/.test(token)
          ? 'token contains +, &, # or %, which cannot be sent unencoded in the webhook URL\'s query string (+ reads as a space, & and # end the token, % starts an escape): generate one with crypto.randomBytes(32).toString("base64url") (letters, digits, - and _)'
          : token.length < MIN_WEBHOOK_TOKEN_LENGTH
            ? `token is too short (it must be at least ${MIN_WEBHOOK_TOKEN_LENGTH} characters): generate one with crypto.randomBytes(32).toString("base64url")`
            : "";

function checkOptions(options: MayarWebhookHandlerOptions) {
  const fail = (problem: string): never => {
    throw new MayarInputError(`createMayarWebhookHandler: ${problem}.`);
  };
  if (typeof options !== "object" || options === null) {
    fail("pass an options object: { client, token, onEvent }");
  }
  const { client, token, onEvent, store, storeTimeoutMs, maxBodyBytes, onError } = options;
  if (typeof (client as MayarWebhookClient | undefined)?.transactions?.get !== "function") {
    fail(
      "client must be a server MayarClient with transactions.get, e.g. createMayarClient({ apiKey: process.env.MAYAR_API_KEY, environment }): each payment.received is confirmed with Mayar before onEvent runs",
    );
  }
  const tokenProblem = webhookTokenProblem(token);
  if (tokenProblem) fail(tokenProblem);
  if (typeof onEvent !== "function") {
    fail('onEvent must be a function, e.g. async (event) => { if (event.type === "payment.received") ... }');
  }
  if (store !== undefined && !isWebhookStore(store)) {
    fail(
      "store must have claim, complete and release methods: createMemoryWebhookStore() or createRedisWebhookStore(redis)",
    );
  }
  const sizeProblem =
    countProblem("maxBodyBytes", maxBodyBytes, "bytes") || durationProblem("storeTimeoutMs", storeTimeoutMs);
  if (sizeProblem) fail(sizeProblem);
  if (onError !== undefined && typeof onError !== "function") fail("onError must be a function");
}

const defaultOnError = (error: unknown, { status, type }: MayarWebhookErrorContext) => {
  console.error(`Mayar webhook${type ? ` ${type}` : ""}: answered ${status}.`, error);
};

/** Answers that make Mayar deliver again later: the failure is on our side or Mayar's, and may pass. */
const TRANSIENT = new Set(["network", "timeout", "rate_limited", "server", "request_timeout"]);

/**
 * A webhook receiver for Mayar: a standard `(request: Request) => Promise<Response>` for Hono, Next.js route
 * handlers, Remix, Bun or Deno. For each delivery it:
 * 1. answers 405 to anything but POST, and 401 unless the URL's `token` matches (compared in constant
 *    time), before reading anything else;
 * 2. reads at most `maxBodyBytes` (413) and parses the event (400 when malformed; unknown event types are
 *    answered 200 and go no further);
 * 3. claims the event in the store (409 while another delivery of it is in flight; 200 when done already);
 * 4. for payment.received, asks Mayar for the transaction: only `paid` goes on (425 not paid yet, 409
 *    expired, 422 unknown transaction, 503/502 Mayar unreachable or failing), and the event carries it;
 * 5. runs `onEvent`: 200 and the event is remembered as done; a throw answers 500 and releases the claim.
 * Every answer but 2xx makes Mayar deliver again. Answers are JSON `{ statusCode, messages }`.
 *
 * ```ts
 * const webhook = createMayarWebhookHandler({
 *   client: createMayarClient({ apiKey: process.env.MAYAR_API_KEY!, environment: "sandbox" }),
 *   token: process.env.MAYAR_WEBHOOK_TOKEN!,
 *   onEvent: async (event) => {
 *     if (event.type === "payment.received") await orders.markPaid(event.transaction.id, event.transaction.amount);
 *   },
 * });
 * app.post("/api/mayar/webhook", (c) => webhook(c.req.raw));
 * ```
 */
export function createMayarWebhookHandler(
  options: MayarWebhookHandlerOptions,
): (request: Request) => Promise<Response> {
  checkOptions(options);
  const { client, onEvent, store = createMemoryWebhookStore(), onError = defaultOnError } = options;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_WEBHOOK_MAX_BODY_BYTES;
  const storeTimeoutMs = options.storeTimeoutMs ?? DEFAULT_WEBHOOK_STORE_TIMEOUT_MS;
  const tokenMatches = createSecretCheck(options.token);
  const report = (error: unknown, context: MayarWebhookErrorContext) => {
    try {
      onError(error, context);
    } catch {}
  };

  /** A store call, or a rejection once it has taken longer than storeTimeoutMs. */
  const inTime = <T>(call: keyof MayarWebhookStore, pending: Promise<T>): Promise<T> => {
    if (settlesAtOnce.has(store)) return pending;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new Error(
              `createMayarWebhookHandler: the webhook store did not answer ${call} within ${storeTimeoutMs} ms.`,
            ),
          ),
        storeTimeoutMs,
      );
    });
    return Promise.race([pending, deadline]).finally(() => clearTimeout(timer));
  };

  /** The confirmed transaction, or the answer to give when there is none. */
  const confirm = async (
    event: MayarPaymentReceivedEvent,
    asked: string,
  ): Promise<MayarTransaction | Response> => {
    const type = event.type;
    let transaction: MayarTransaction;
    try {
      transaction = await client.transactions.get(asked);
    } catch (error) {
      const { kind, status } = (error ?? {}) as { kind?: string; status?: number };
      if (kind === "not_found" || status === 404) {
        return answer(422, "Mayar knows no such transaction: nothing was processed.");
      }
      if (error instanceof MayarInputError) {
        return answer(400, "data.transactionId is not a transaction id Mayar accepts.");
      }
      const transient =
        TRANSIENT.has(kind ?? "") || (status !== undefined && (status === 429 || status >= 500));
      const code = transient ? 503 : 502;
      report(error, { status: code, type });
      return answer(code, "Could not confirm the transaction with Mayar; deliver again later.");
    }
    // The event is claimed under the id asked for: only when Mayar answers under that very id is the claim
    // one on the confirmed transaction. Another spelling Mayar resolves (case, spaces, escapes) is refused,
    // so each transaction reaches onEvent once, under its own id.
    if (transaction?.id !== asked) {
      return answer(
        422,
        "Mayar confirms another transaction id than the delivery names (a different spelling?): nothing was processed.",
      );
    }
    const status = transaction.status;
    if (status === "paid") return transaction;
    return status === "created" || status === "unpaid"
      ? answer(425, "Mayar does not report this transaction as paid yet; deliver again later.")
      : answer(409, "Mayar does not report this transaction as paid: nothing was processed.");
  };

  return async (request) => {
    if (request.method !== "POST")
      return answer(405, "Method not allowed: Mayar delivers webhooks with POST.", { allow: "POST" });
    let token: string | null = null;
    try {
      token = new URL(request.url).searchParams.get("token");
    } catch {}
    if (!tokenMatches(token)) {
      return answer(401, "Unauthorized: the webhook URL's token is missing or wrong.");
    }

    const read = await readBody(request, maxBodyBytes);
    if ("alreadyRead" in read) {
      const error = new MayarInputError(
        "createMayarWebhookHandler: the request body was already read (a body-parsing middleware?): mount the handler before it, or pass it the untouched Request.",
      );
      report(error, { status: 500 });
      return answer(500, "The webhook receiver is misconfigured: the body was read before it.");
    }
    if ("status" in read) return answer(read.status, read.messages);

    let event: ReturnType<typeof parseMayarWebhook>;
    try {
      event = parseMayarWebhook(read.text);
    } catch (error) {
      if (error instanceof MayarUnknownWebhookEventError) {
        return answer(200, "Ignored: not an event type this receiver handles.");
      }
      return answer(400, `Bad request: ${(error as Error).message.replace(/^parseMayarWebhook: /, "")}`);
    }
    const { type } = event;

    const key = await mayarWebhookEventKey(event);
    const owner = globalThis.crypto.randomUUID();
    let claim: Awaited<ReturnType<MayarWebhookStore["claim"]>>;
    const claiming = store.claim(key, owner);
    try {
      claim = await inTime("claim", claiming);
    } catch (error) {
      // A claim the store grants after we gave up would block the event for the whole lease: release it
      // as soon as the store answers (a release only ever drops this delivery's own claim).
      claiming.then(() => store.release(key, owner)).catch(() => {});
      report(error, { status: 503, type });
      return answer(503, "The webhook store is unavailable; deliver again later.");
    }
    if (claim === "done") return answer(200, `Already processed this ${type} event.`);
    if (claim !== "claimed") {
      return answer(409, `This ${type} event is being processed by another delivery; deliver again later.`);
    }

    const release = async () => {
      try {
        await inTime("release", store.release(key, owner));
      } catch (error) {
        // The claim then lapses after the store's lease, and a later delivery processes the event.
        report(error, { status: 503, type });
      }
    };

    let confirmed = event as MayarConfirmedWebhookEvent;
    if (event.type === "payment.received") {
      const transaction = await confirm(event, paymentTransactionId(event));
      if (transaction instanceof Response) {
        await release();
        return transaction;
      }
      confirmed = { type: event.type, data: event.data, transaction };
    }

    try {
      await onEvent(confirmed);
    } catch (error) {
      await release();
      report(error, { status: 500, type });
      return answer(500, `onEvent failed for this ${type} event; deliver again later.`);
    }
    try {
      await inTime("complete", store.complete(key, owner));
    } catch (error) {
      // Processed all the same: a 5xx would make Mayar deliver it again once the claim lapses.
      report(error, { status: 200, type });
    }
    return answer(200, `Processed this ${type} event.`);
  };
}
