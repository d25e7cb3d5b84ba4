/** The TanStack hook a Mayar hook extends: what its options are checked against. */
export type HookKind = "useMutation" | "useQuery" | "useInfiniteQuery";

/** What the hook owns: its options must not set these. */
const OWNED: Record<HookKind, readonly string[]> = {
  useMutation: ["mutationFn", "mutationKey"],
  useQuery: ["queryFn", "queryKey"],
  useInfiniteQuery: ["queryFn", "queryKey", "initialPageParam", "getNextPageParam"],
};

/** `useCreatePaymentRequest` → `createPaymentRequestMutationOptions(client)`: the naming rule, backwards. */
const factoryCallOf = (hook: string, kind: HookKind) =>
  `${hook[3]?.toLowerCase()}${hook.slice(4)}${kind === "useMutation" ? "MutationOptions(client)" : "QueryOptions(client, ...)"}`;

/**
 * Checks a Mayar hook's options: an object (or nothing) that leaves what the hook owns (key and
 * function) to the hook. Throws a TypeError naming the hook and the fix.
 */
export function checkHookOptions(hook: string, kind: HookKind, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(
      `${hook}(options): options must be an object of ${kind} options (${
        kind === "useMutation" ? "onSuccess, onError, retry" : "enabled, staleTime, select"
      }, ...) or left out, got ${options === null ? "null" : Array.isArray(options) ? "an array" : typeof options}.`,
    );
  }
  for (const owned of OWNED[kind]) {
    if (owned in options) {
      throw new TypeError(
        `${hook}(options): "${owned}" is set by the hook. To change it, call ${kind}({ ...${factoryCallOf(hook, kind)}, ${owned} }) yourself.`,
      );
    }
  }
}
