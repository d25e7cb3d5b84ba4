"use client";
import type { MayarError, RequestOptions } from "@org/mayar-core";
import {
  type InfiniteData,
  type QueryFunction,
  type UseInfiniteQueryOptions,
  type UseInfiniteQueryResult,
  useInfiniteQuery,
} from "@tanstack/react-query";
import { checkHookOptions } from "../errors/check-hook-options";
import type { MayarQueryKey } from "../keys/mayar-keys";
import { assertNamespace } from "../provider/assert-mayar-client";
import type { MayarClientWith, MayarNamespaceName } from "../provider/mayar-client-with";
import { useMayarContext } from "../provider/mayar-context";

/** Options of a Mayar infinite query hook: `useInfiniteQuery` options less what pages it, plus request options. */
export type UseMayarInfiniteQueryOptions<TPage> = Omit<
  UseInfiniteQueryOptions<TPage, MayarError, InfiniteData<TPage, unknown>, MayarQueryKey, unknown>,
  "queryKey" | "queryFn" | "initialPageParam" | "getNextPageParam"
> & {
  /** Passed to the client for every page, e.g. `{ timeoutMs: 10000 }` (not part of the key). */
  requestOptions?: RequestOptions;
};

// What the hook takes from a generated factory (its key is one operation's; see use-mayar-query.ts).
type InfiniteOptionsFactory<Namespace extends MayarNamespaceName, TPage> = (
  client: MayarClientWith<Namespace>,
  requestOptions?: RequestOptions,
) => { queryKey: MayarQueryKey; queryFn?: unknown } & Pick<UseMayarInfiniteQueryOptions<TPage>, "retry"> & {
    initialPageParam: unknown;
    getNextPageParam: (last: TPage, pages: TPage[], lastParam: unknown, params: unknown[]) => unknown;
  };

/**
 * The body of every generated infinite query hook: checks the options, takes the client and QueryClient
 * of the nearest <MayarProvider>, and runs `useInfiniteQuery` with the operation factory's key, function
 * and paging, your options over `retry: false` and the rest.
 */
export function useMayarInfiniteQuery<Namespace extends MayarNamespaceName, TPage>(
  hookName: string,
  namespace: Namespace,
  factory: InfiniteOptionsFactory<Namespace, TPage>,
  options: UseMayarInfiniteQueryOptions<TPage> | undefined,
): UseInfiniteQueryResult<InfiniteData<TPage, unknown>, MayarError> {
  checkHookOptions(hookName, "useInfiniteQuery", options);
  const { client, queryClient } = useMayarContext(`${hookName}()`);
  assertNamespace(client, namespace, `${hookName}()`, "the client of <MayarProvider>");
  const { requestOptions, ...query } = options ?? {};
  const { queryKey, queryFn, initialPageParam, getNextPageParam, retry } = factory(client, requestOptions);
  return useInfiniteQuery(
    {
      retry,
      ...query,
      queryKey,
      queryFn: queryFn as QueryFunction<TPage, MayarQueryKey, unknown>,
      initialPageParam,
      getNextPageParam,
    },
    queryClient,
  );
}
