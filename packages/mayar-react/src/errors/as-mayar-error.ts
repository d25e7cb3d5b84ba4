import { isAbortError, isMayarError, MayarError } from "@org/mayar-core";

/**
 * The hooks promise `error: MayarError`. The client throws MayarErrors, except for a caller's abort, which
 * it rethrows as the signal's own reason (an `AbortError`, or whatever was passed to `abort()`): that
 * becomes a MayarError of kind `"aborted"`, so a UI can stay quiet about it. Anything else that slips
 * through (a bug in a custom `fetch`, say) is wrapped as kind `"unknown"`. The original is the `cause`.
 *
 * @param signal - the signal the call ran with: when it has aborted, the failure is that abort.
 */
export function asMayarError(error: unknown, signal?: AbortSignal): MayarError {
  if (isMayarError(error)) return error;
  if (signal?.aborted || isAbortError(error)) {
    return new MayarError("Aborted by the caller", "aborted", { cause: error });
  }
  const message = error instanceof Error ? error.message : String(error);
  return new MayarError(`Unexpected error calling Mayar: ${message}`, "unknown", { cause: error });
}
