"use client";
import type { MayarClient, MayarError, RequestOptions } from "@org/mayar-core";
import { type UseMutationOptions, type UseMutationResult, useMutation } from "@tanstack/react-query";
import { checkHookOptions } from "../errors/check-hook-options";
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

type MutationOptionsFactory<TData, TVariables> = (
  client: MayarClient,
  requestOptions?: RequestOptions,
) => Pick<UseMutationOptions<TData, MayarError, TVariables>, "mutationKey" | "mutationFn">;

/**
 * The body of every generated mutation hook: checks the options, takes the client and QueryClient of the
 * nearest <MayarProvider>, and runs `useMutation` with the key and function of the operation's factory.
 *
 * @param hookName - the public hook's name, for error messages (its factory's name follows from it).
 */
export function useMayarMutation<TData, TVariables, TOnMutateResult>(
  hookName: string,
  factory: MutationOptionsFactory<TData, TVariables>,
  options: UseMayarMutationOptions<TData, TVariables, TOnMutateResult> | undefined,
): UseMutationResult<TData, MayarError, TVariables, TOnMutateResult> {
  checkHookOptions(hookName, "useMutation", options);
  const { client, queryClient } = useMayarContext(`${hookName}()`);
  const { requestOptions, ...mutation } = options ?? {};
  const { mutationKey, mutationFn } = factory(client, requestOptions);
  return useMutation({ ...mutation, mutationKey, mutationFn }, queryClient);
}
