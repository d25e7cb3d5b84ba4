import type { RequestOptions } from "@org/mayar-core";

/**
 * The request options of one run (one mutation, one fetch of a query): the hook's `requestOptions`, less
 * a `signal` that had already aborted when the run started. That signal stopped an earlier run; keeping it
 * would make every later run fail at once.
 */
export function runOptions(requestOptions: RequestOptions | undefined): RequestOptions | undefined {
  if (!requestOptions?.signal?.aborted) return requestOptions;
  const { signal: _spent, ...rest } = requestOptions;
  return rest;
}

/** Aborts when either signal does (`AbortSignal.any`, with a fallback for browsers before 2024). */
function eitherSignal(a: AbortSignal, b: AbortSignal): AbortSignal {
  if (typeof AbortSignal.any === "function") return AbortSignal.any([a, b]);
  const controller = new AbortController();
  for (const signal of [a, b]) {
    signal.addEventListener("abort", () => controller.abort(signal.reason), { once: true });
  }
  return controller.signal;
}

/** {@link runOptions} for a query's fetch: TanStack's signal joins the caller's, so unmounting cancels it. */
export function queryRunOptions(
  requestOptions: RequestOptions | undefined,
  own: AbortSignal,
): RequestOptions {
  const options = runOptions(requestOptions);
  const caller = options?.signal;
  return { ...options, signal: caller ? eitherSignal(caller, own) : own };
}
