/**
 * Checks a Mayar mutation hook's options: an object (or nothing) that leaves `mutationFn` and
 * `mutationKey` to the hook. Throws a TypeError naming the hook and the fix.
 */
export function checkHookOptions(hook: string, factory: string, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(
      `${hook}(options): options must be an object of useMutation options (onSuccess, onError, retry, ...) or left out, got ${
        options === null ? "null" : Array.isArray(options) ? "an array" : typeof options
      }.`,
    );
  }
  for (const owned of ["mutationFn", "mutationKey"] as const) {
    if (owned in options) {
      throw new TypeError(
        `${hook}(options): "${owned}" is set by the hook. To change it, call useMutation({ ...${factory}(client), ${owned} }) yourself.`,
      );
    }
  }
}
