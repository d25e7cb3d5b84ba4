import type { AbortLike } from "../transport/send";

/**
 * Aborts when the client goes away (toNodeHandler calls `abort` when the response closes unfinished). It is
 * what the transport reads of a signal (AbortLike) and no more, because an AbortController costs a proxied
 * call more than all its checks on Node 20; a real AbortSignal following it is made only when a web Request
 * needs one (`signal`).
 */
export class DisconnectSignal implements AbortLike {
  aborted = false;
  reason: unknown = undefined;
  #listeners: (() => void)[] = [];
  #controller?: AbortController;

  addEventListener(_type: "abort", listener: () => void): void {
    this.#listeners.push(listener);
  }

  removeEventListener(_type: "abort", listener: () => void): void {
    const at = this.#listeners.indexOf(listener);
    if (at !== -1) this.#listeners.splice(at, 1);
  }

  abort(reason: unknown): void {
    if (this.aborted) return;
    this.aborted = true;
    this.reason = reason;
    this.#controller?.abort(reason);
    for (const listener of this.#listeners.splice(0)) listener();
  }

  /** A real AbortSignal that follows this one (aborted already if this one is). */
  get signal(): AbortSignal {
    this.#controller ??= new AbortController();
    if (this.aborted) this.#controller.abort(this.reason);
    return this.#controller.signal;
  }
}
