"use client";
import type { GenerateImmutableCheckoutLinkBody, ImmutableCheckoutLink, MayarError } from "@org/mayar-core";
import type { UseMutationResult } from "@tanstack/react-query";
import { generateImmutableCheckoutLinkMutationOptions } from "./generate-immutable-checkout-link-mutation-options";
import { type UseMayarMutationOptions, useMayarMutation } from "./use-mayar-mutation";

/** Options of {@link useGenerateImmutableCheckoutLink}: `useMutation` options, plus per-call request options. */
export type UseGenerateImmutableCheckoutLinkOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<
  ImmutableCheckoutLink,
  GenerateImmutableCheckoutLinkBody,
  TOnMutateResult
>;

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
  return useMayarMutation(
    "useGenerateImmutableCheckoutLink",
    "generateImmutableCheckoutLinkMutationOptions",
    generateImmutableCheckoutLinkMutationOptions,
    options,
  );
}
