"use client";
import type {
  GenerateImmutableCheckoutLinkBody,
  ImmutableCheckoutLink,
  MayarError,
  RequestOptions,
} from "@org/mayar-core";
import { type UseMutationOptions, type UseMutationResult, useMutation } from "@tanstack/react-query";
import { useMayarContext } from "../provider/mayar-context";
import { checkHookOptions } from "./check-hook-options";
import { generateImmutableCheckoutLinkMutationOptions } from "./generate-immutable-checkout-link-mutation-options";

/** Options of {@link useGenerateImmutableCheckoutLink}: `useMutation` options, plus per-call request options. */
export interface UseGenerateImmutableCheckoutLinkOptions<TOnMutateResult = unknown>
  extends Omit<
    UseMutationOptions<ImmutableCheckoutLink, MayarError, GenerateImmutableCheckoutLinkBody, TOnMutateResult>,
    "mutationFn" | "mutationKey"
  > {
  /** Passed to `client.credits.generateImmutableCheckoutLink` on every run, e.g. `{ timeoutMs: 10000 }`. */
  requestOptions?: RequestOptions;
}

/**
 * Generates an immutable checkout link for a Mayar credit product (a TanStack Query mutation):
 * `data.creditUsageImmutableCheckoutUrl` is the page to send the customer to. `error` is the MayarError
 * thrown. Must be used inside <MayarProvider>.
 *
 * ```tsx
 * const { mutate } = useGenerateImmutableCheckoutLink({
 *   onSuccess: (link) => window.location.assign(link.creditUsageImmutableCheckoutUrl),
 * });
 * mutate({ productId, creditAmount: 1000, customerInfo: { name, email, mobile } });
 * ```
 */
export function useGenerateImmutableCheckoutLink<TOnMutateResult = unknown>(
  options?: UseGenerateImmutableCheckoutLinkOptions<TOnMutateResult>,
): UseMutationResult<ImmutableCheckoutLink, MayarError, GenerateImmutableCheckoutLinkBody, TOnMutateResult> {
  checkHookOptions(
    "useGenerateImmutableCheckoutLink",
    "generateImmutableCheckoutLinkMutationOptions",
    options,
  );
  const { client, queryClient } = useMayarContext("useGenerateImmutableCheckoutLink()");
  const { requestOptions, ...mutation } = options ?? {};
  const { mutationKey, mutationFn } = generateImmutableCheckoutLinkMutationOptions(client, requestOptions);
  return useMutation({ ...mutation, mutationKey, mutationFn }, queryClient);
}
