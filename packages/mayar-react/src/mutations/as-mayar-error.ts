import { isMayarError, MayarError } from "@org/mayar-core";

/**
 * Mutations promise `error: MayarError`. The client only throws MayarErrors, but anything else that slips
 * through (a bug in a custom `fetch`, say) is wrapped as kind "unknown" with the original as `cause`, so
 * that promise holds and UIs always have a `kind` to switch on.
 */
export function asMayarError(error: unknown): MayarError {
  if (isMayarError(error)) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new MayarError(`Unexpected error calling Mayar: ${message}`, "unknown", { cause: error });
}

/** `promise.catch(throwAsMayarError)`: rethrows whatever was thrown as a MayarError. */
export const throwAsMayarError = (error: unknown): never => {
  throw asMayarError(error);
};
