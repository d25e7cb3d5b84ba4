"use client";
import type {
  CreatedPaymentRequest,
  CreatePaymentRequestBody,
  MayarError,
  RequestOptions,
} from "@org/mayar-core";
import { type UseMutationOptions, type UseMutationResult, useMutation } from "@tanstack/react-query";
import { useMayarContext } from "../provider/mayar-context";
import { checkHookOptions } from "./check-hook-options";
import { createPaymentRequestMutationOptions } from "./create-payment-request-mutation-options";

/** Options of {@link useCreatePaymentRequest}: `useMutation` options, plus per-call Mayar request options. */
export interface UseCreatePaymentRequestOptions<TOnMutateResult = unknown>
  extends Omit<
    UseMutationOptions<CreatedPaymentRequest, MayarError, CreatePaymentRequestBody, TOnMutateResult>,
    "mutationFn" | "mutationKey"
  > {
  /** Passed to `client.paymentRequests.create` on every run, e.g. `{ timeoutMs: 10000 }`. */
  requestOptions?: RequestOptions;
}

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
  checkHookOptions("useCreatePaymentRequest", "createPaymentRequestMutationOptions", options);
  const { client, queryClient } = useMayarContext("useCreatePaymentRequest()");
  const { requestOptions, ...mutation } = options ?? {};
  const { mutationKey, mutationFn } = createPaymentRequestMutationOptions(client, requestOptions);
  return useMutation({ ...mutation, mutationKey, mutationFn }, queryClient);
}
