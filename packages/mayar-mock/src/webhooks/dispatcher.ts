// Sends webhooks the way Mayar does: POST, `content-type: application/json`, `{ event, data }`. A delivery
// runs in the background (never delaying the answer that caused it); a non-2xx answer, a network error or
// a timeout is retried `webhookRetries` times, waiting `webhookBackoffMs`, then twice that, and so on. Every
// attempt is a row of the webhook history. `idle()` resolves once nothing is queued, sent or waiting.
// Waiting retries keep Node's event loop alive (a script awaiting `idle()` must not exit early);
// `cancelAll()` (called by `mock.reset()`) stops them.
import type { ResolvedOptions, WebhookFetch } from "../options.js";
import type { MockState } from "../state/mock-state.js";
import type { MockWebhookDelivery } from "../state/records.js";
import { randomUuid } from "../util/random.js";
import type { WebhookPayload } from "./payload.js";

/** How much of a receiver's answer is kept (in the history's `responsePayload` and the result's `body`). */
const MAX_RESPONSE_CHARS = 2_000;

/** What one delivery came to: its last attempt. */
export interface WebhookDeliveryResult {
  /** True when the receiver answered 2xx. */
  readonly ok: boolean;
  /** The receiver's HTTP status, or null when it could not be reached (network error, timeout). */
  readonly status: number | null;
  /** The receiver's answer as text (at most 2 000 characters; "" when it could not be reached). */
  readonly body: string;
  /** Why the receiver could not be reached, when it could not. */
  readonly error?: string;
  /** How many attempts were made (1 + retries). */
  readonly attempts: number;
  /** The history row of the last attempt: pass it to `webhooks.retry({ webhookHistoryId })`. */
  readonly historyId: string;
  /** Where it was sent. */
  readonly url: string;
  /** What was sent (the JSON body, parsed). */
  readonly payload: WebhookPayload;
}

export interface DeliveryJob {
  url: string;
  /** The event name (`type` in the history). */
  event: string;
  /** The JSON body, sent as is. */
  body: string;
  source: MockWebhookDelivery["source"];
  /** Retries after the first attempt. */
  retries: number;
  paymentLinkId?: string | null;
  transactionId?: string | null;
}

interface Outcome {
  status: number | null;
  body: string;
  error?: string;
}

/** Up to MAX_RESPONSE_CHARS of the body, read as it streams in: a huge answer is not buffered. */
async function readSome(response: Response): Promise<string> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = "";
  try {
    while (text.length < MAX_RESPONSE_CHARS) {
      const { done, value } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } finally {
    reader.cancel().catch(() => {});
  }
  return text.slice(0, MAX_RESPONSE_CHARS);
}

function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = (error as { cause?: { code?: unknown; message?: unknown } }).cause;
  const detail =
    typeof cause?.code === "string" ? cause.code : typeof cause?.message === "string" ? cause.message : "";
  return detail && !error.message.includes(detail) ? `${error.message} (${detail})` : error.message;
}

export class WebhookDispatcher {
  readonly #options: ResolvedOptions;
  readonly #state: MockState;
  readonly #pending = new Set<Promise<unknown>>();
  readonly #controllers = new Set<AbortController>();
  readonly #sleepers = new Set<() => void>();
  /** Bumped by cancelAll(): deliveries started before stop and record nothing more. */
  #generation = 0;

  constructor(options: ResolvedOptions, state: MockState) {
    this.#options = options;
    this.#state = state;
  }

  /** Starts delivering `payload` in the background (see `send`). */
  deliver(
    url: string,
    payload: WebhookPayload,
    details: Omit<DeliveryJob, "url" | "event" | "body">,
  ): Promise<WebhookDeliveryResult> {
    return this.send({ ...details, url, event: payload.event, body: JSON.stringify(payload) });
  }

  /** Starts a delivery in the background; the promise resolves (never rejects) with its last attempt. */
  send(job: DeliveryJob): Promise<WebhookDeliveryResult> {
    const run = this.#run(job);
    this.#pending.add(run);
    run.finally(() => this.#pending.delete(run));
    return run;
  }

  /** Resolves once every delivery, including those started meanwhile and their retries, has finished. */
  async idle(): Promise<void> {
    while (this.#pending.size > 0) await Promise.allSettled([...this.#pending]);
  }

  /** Stops every delivery: requests in flight are aborted, waiting retries dropped, nothing more recorded. */
  cancelAll(): void {
    this.#generation++;
    for (const controller of this.#controllers) controller.abort(new Error("cancelled by reset()"));
    for (const wake of this.#sleepers) wake();
  }

  async #run(job: DeliveryJob): Promise<WebhookDeliveryResult> {
    const generation = this.#generation;
    const text = job.body;
    for (let attempt = 1; ; attempt++) {
      const outcome = await this.#attempt(job.url, text);
      const ok = outcome.status !== null && outcome.status >= 200 && outcome.status < 300;
      const again = !ok && attempt <= job.retries && generation === this.#generation;
      const delay = this.#options.webhookBackoffMs * 2 ** (attempt - 1);
      const historyId = randomUuid();
      if (generation === this.#generation) {
        this.#state.webhookDeliveries.add({
          id: historyId,
          createdAt: this.#state.clock.stamp(),
          event: job.event,
          payload: text,
          status: ok ? "SUCCESS" : "FAILED",
          urlDestination: job.url,
          nextDelivery: again ? Math.floor(this.#state.clock.now() + delay) : null,
          paymentLinkId: job.paymentLinkId ?? null,
          paymentLinkTransactionId: job.transactionId ?? null,
          responsePayload: outcome.error ?? (outcome.body === "" ? null : outcome.body),
          responseStatus: outcome.status,
          source: attempt === 1 ? job.source : "AUTOMATIC",
          attempt,
        });
      }
      const result: WebhookDeliveryResult = {
        ok,
        status: outcome.status,
        body: outcome.body,
        ...(outcome.error === undefined ? {} : { error: outcome.error }),
        attempts: attempt,
        historyId,
        url: job.url,
        payload: JSON.parse(text) as WebhookPayload,
      };
      if (!again) return result;
      await this.#sleep(delay);
      if (generation !== this.#generation) return result;
    }
  }

  async #attempt(url: string, body: string): Promise<Outcome> {
    const send: WebhookFetch | undefined = this.#options.webhookFetch ?? globalThis.fetch;
    if (typeof send !== "function") return { status: null, body: "", error: "no fetch to deliver with" };
    const controller = new AbortController();
    const timeoutMs = this.#options.webhookTimeoutMs;
    const timer = setTimeout(
      () => controller.abort(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    this.#controllers.add(controller);
    try {
      const response = await send(url, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body,
        signal: controller.signal,
      });
      return { status: response.status, body: await readSome(response) };
    } catch (error) {
      const reason = controller.signal.aborted ? controller.signal.reason : error;
      return { status: null, body: "", error: describeError(reason) };
    } finally {
      clearTimeout(timer);
      this.#controllers.delete(controller);
    }
  }

  #sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.#sleepers.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.#sleepers.add(wake);
    });
  }
}
