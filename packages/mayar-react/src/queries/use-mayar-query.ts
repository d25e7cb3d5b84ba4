"use client";
import type { MayarError, RequestOptions } from "@org/mayar-core";
import {
  type QueryFunction,
  type UseQueryOptions,
  type UseQueryResult,
  useQuery,
} from "@tanstack/react-query";
import { checkHookOptions } from "../errors/check-hook-options";
import type { MayarQueryKey } from "../keys/mayar-keys";
import { assertNamespace } from "../provider/assert-mayar-client";
import type { MayarClientWith, MayarNamespaceName } from "../provider/mayar-client-with";
import { useMayarContext } from "../provider/mayar-context";
import { type PollBackoff, pollInterval } from "./poll-interval";

/** Options of a Mayar query hook: `useQuery` options less key and function, plus per-call request options. */
export type UseMayarQueryOptions<TData, TSelected = TData> = Omit<
  UseQueryOptions<TData, MayarError, TSelected, MayarQueryKey>,
  "queryKey" | "queryFn"
> & {
  /**
   * Passed to the client on every fetch, e.g. `{ timeoutMs: 10000 }` (not part of the key). A `signal`
   * aborts the fetch in flight (error kind `"aborted"`); fetches started after that ignore it.
   */
  requestOptions?: RequestOptions;
};

/** Polling options of the reads whose result has a `status` the spec enumerates (`useTransaction`). */
export interface UseMayarPollingOptions<Status extends string> {
  /**
   * Polls until `data.status` is this status (or one of these), or a final one after which it cannot
   * change (`paid`, `expired`...): for "waiting for payment" screens. Polling goes on in a background
   * tab (the customer pays in another one) unless you pass `refetchIntervalInBackground: false`.
   */
  until?: Status | readonly Status[];
  /** The wait between polls: 1 s doubling to 10 s unless set. */
  backoff?: PollBackoff;
}

// What the hook takes from a generated factory. Its key is one operation's (MayarQueryKey<"getInvoice">):
// the function is typed loosely here and narrowed back below, where the key and function are paired again.
type QueryOptionsFactory<Namespace extends MayarNamespaceName, TData> = (
  client: MayarClientWith<Namespace>,
  requestOptions?: RequestOptions,
) => { queryKey: MayarQueryKey; queryFn?: unknown; retry?: UseQueryOptions<TData, MayarError>["retry"] };

/**
 * The body of every generated query hook: checks the options, takes the client and QueryClient of the
 * nearest <MayarProvider>, and runs `useQuery` with the key, function and `retry: false` of the operation's
 * factory, your options over them (except key and function), and polling when `until` is given.
 *
 * @param hookName - the public hook's name, for error messages (its factory's name follows from it).
 * @param namespace - the client namespace the operation calls: the provider's client must have it.
 * @param finalStatuses - statuses that end polling whatever `until` waits for (generated from the spec).
 */
export function useMayarQuery<Namespace extends MayarNamespaceName, TData, TSelected>(
  hookName: string,
  namespace: Namespace,
  factory: QueryOptionsFactory<Namespace, TData>,
  options: (UseMayarQueryOptions<TData, TSelected> & UseMayarPollingOptions<string>) | undefined,
  finalStatuses: readonly string[] = [],
): UseQueryResult<TSelected, MayarError> {
  checkHookOptions(hookName, "useQuery", options);
  const { client, queryClient } = useMayarContext(`${hookName}()`);
  assertNamespace(client, namespace, `${hookName}()`, "the client of <MayarProvider>");
  const { requestOptions, until, backoff, ...query } = options ?? {};
  const { queryKey, queryFn, retry } = factory(client, requestOptions);
  const polling =
    until === undefined
      ? {}
      : {
          refetchInterval: pollInterval(new Set([...[until].flat(), ...finalStatuses]), backoff),
          refetchIntervalInBackground: true,
        };
  return useQuery<TData, MayarError, TSelected, MayarQueryKey>(
    { retry, ...polling, ...query, queryKey, queryFn: queryFn as QueryFunction<TData, MayarQueryKey> },
    queryClient,
  );
}
