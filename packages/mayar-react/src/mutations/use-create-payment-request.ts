"use client";
import type { CreatedPaymentRequest, CreatePaymentRequestBody, MayarError } from "@org/mayar-core";
import type { UseMutationResult } from "@tanstack/react-query";
import { createPaymentRequestMutationOptions } from "./create-payment-request-mutation-options";
import { type UseMayarMutationOptions, useMayarMutation } from "./use-mayar-mutation";

/** Options of {@link useCreatePaymentRequest}: `useMutation` options, plus per-call Mayar request options. */
export type UseCreatePaymentRequestOptions<TOnMutateResult = unknown> = UseMayarMutationOptions<
  CreatedPaymentRequest,
  CreatePaymentRequestBody,
  TOnMutateResult
>;

/**
 * Creates a Mayar payment request (a TanStack Query mutation). `data.link` is the hosted page to send the
 * customer to; `error` is the MayarError thrown (switch on `error.kind`). Must be used inside <MayarProvider>.
 *
 * ```tsx
 * const { mutate, isPending, error } = useCreatePaymentRequest({
 *   onSuccess: ({ link }) => window.location.assign(link),
 * });
 * <button onClick={() => mutate({ name: "Order #1", amount: 100000 })} disabled={isPending}>Pay</button>
 * ```
 */
export function useCreatePaymentRequest<TOnMutateResult = unknown>(
  options?: UseCreatePaymentRequestOptions<TOnMutateResult>,
): UseMutationResult<CreatedPaymentRequest, MayarError, CreatePaymentRequestBody, TOnMutateResult> {
  return useMayarMutation(
    "useCreatePaymentRequest",
    "createPaymentRequestMutationOptions",
    createPaymentRequestMutationOptions,
    options,
  );
}
