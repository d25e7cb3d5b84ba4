"use client";
import type { MayarClient, MayarError, RequestOptions } from "@org/mayar-core";
import { type UseMutationOptions, type UseMutationResult, useMutation } from "@tanstack/react-query";
import { useMayarContext } from "../provider/mayar-context";
import { checkHookOptions } from "./check-hook-options";

/** Options of a Mayar mutation hook: `useMutation` options less key and function, plus per-call request options. */
export type UseMayarMutationOptions<TData, TVariables, TOnMutateResult = unknown> = Omit<
  UseMutationOptions<TData, MayarError, TVariables, TOnMutateResult>,
  "mutationFn" | "mutationKey"
> & {
  /** Passed to the client method on every run, e.g. `{ timeoutMs: 10000 }`. */
  requestOptions?: RequestOptions;
};

type MutationOptionsFactory<TData, TVariables> = (
  client: MayarClient,
  requestOptions?: RequestOptions,
) => Pick<UseMutationOptions<TData, MayarError, TVariables>, "mutationKey" | "mutationFn">;

/**
 * The body of every Mayar mutation hook: checks the options, takes the client and QueryClient of the
 * nearest <MayarProvider>, and runs `useMutation` with the operation's key and function from `factory`.
 *
 * @param hookName - the public hook's name, for error messages.
 * @param factoryName - the public options factory's name, named in the fix when options are wrong.
 */
export function useMayarMutation<TData, TVariables, TOnMutateResult>(
  hookName: string,
  factoryName: string,
  factory: MutationOptionsFactory<TData, TVariables>,
  options: UseMayarMutationOptions<TData, TVariables, TOnMutateResult> | undefined,
): UseMutationResult<TData, MayarError, TVariables, TOnMutateResult> {
  checkHookOptions(hookName, factoryName, options);
  const { client, queryClient } = useMayarContext(`${hookName}()`);
  const { requestOptions, ...mutation } = options ?? {};
  const { mutationKey, mutationFn } = factory(client, requestOptions);
  return useMutation({ ...mutation, mutationKey, mutationFn }, queryClient);
}
