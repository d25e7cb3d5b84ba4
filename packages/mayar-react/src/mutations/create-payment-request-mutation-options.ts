import type {
  CreatedPaymentRequest,
  CreatePaymentRequestBody,
  MayarClient,
  RequestOptions,
} from "@org/mayar-core";
import { mayarMutationOptions } from "./mayar-mutation-options";

/**
 * Mutation options for Mayar's createPaymentRequest: pass them to `useMutation`, `useMutationState` filters
 * or `queryClient.getMutationCache().find(...)`. `error` is the MayarError the client threw (its `kind`,
 * and for API errors `status`, `body`, `fields`, `retryAfter`, are kept).
 *
 * ```ts
 * const mutation = useMutation(createPaymentRequestMutationOptions(client));
 * mutation.mutate({ name: "Order #1", amount: 100000 });
 * ```
 *
 * @param client - from `createMayarClient()`.
 * @param requestOptions - per-call options for every run, e.g. `{ timeoutMs: 10000 }`.
 */
export function createPaymentRequestMutationOptions(client: MayarClient, requestOptions?: RequestOptions) {
  return mayarMutationOptions(
    "createPaymentRequest",
    "createPaymentRequestMutationOptions",
    client,
    (mayar, body: CreatePaymentRequestBody): Promise<CreatedPaymentRequest> =>
      mayar.paymentRequests.create(body, requestOptions),
  );
}
