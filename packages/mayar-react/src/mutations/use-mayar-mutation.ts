"use client";
import type { MayarError, RequestOptions } from "@org/mayar-core";
import { type UseMutationOptions, type UseMutationResult, useMutation } from "@tanstack/react-query";
import { checkHookOptions } from "../errors/check-hook-options";
import { assertNamespace } from "../provider/assert-mayar-client";
import type { MayarClientWith, MayarNamespaceName } from "../provider/mayar-client-with";
import { useMayarContext } from "../provider/mayar-context";

/** Options of a Mayar mutation hook: `useMutation` options less key and function, plus per-call request options. */
export type UseMayarMutationOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, MayarError, TVariables, TOnMutateResult>,
  "mutationFn" | "mutationKey"
> & {
  /**
   * Passed to the client method on every run, e.g. `{ timeoutMs: 10000 }`. A `signal` aborts the runs in
   * flight when it fires (their error has kind `"aborted"`); runs started after that ignore it.
   */
  requestOptions?: RequestOptions;
};

type MutationOptionsFactory<Namespace extends MayarNamespaceName, TData, TVariables> = (
  client: MayarClientWith<Namespace>,
  requestOptions?: RequestOptions,
) => Pick<UseMutationOptions<TData, MayarError, TVariables>, "mutationKey" | "mutationFn">;

/**
 * The body of every generated mutation hook: checks the options, takes the client and QueryClient of the
 * nearest <MayarProvider>, and runs `useMutation` with the key and function of the operation's factory.
 *
 * @param hookName - the public hook's name, for error messages (its factory's name follows from it).
 * @param namespace - the client namespace the operation calls: the provider's client must have it.
 */
export function useMayarMutation<Namespace extends MayarNamespaceName, TData, TVariables, TOnMutateResult>(
  hookName: string,
  namespace: Namespace,
  factory: MutationOptionsFactory<Namespace, TData, TVariables>,
  options: UseMayarMutationOptions<TData, TVariables, TOnMutateResult> | undefined,
): UseMutationResult<TData, MayarError, TVariables, TOnMutateResult> {
  checkHookOptions(hookName, "useMutation", options);
  const { client, queryClient } = useMayarContext(`${hookName}()`);
  assertNamespace(client, namespace, `${hookName}()`, "the client of <MayarProvider>");
  const { requestOptions, ...mutation } = options ?? {};
  const { mutationKey, mutationFn } = factory(client, requestOptions);
  return useMutation({ ...mutation, mutationKey, mutationFn }, queryClient);
}
