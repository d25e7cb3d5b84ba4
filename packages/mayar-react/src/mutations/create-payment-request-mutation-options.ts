import type {
  CreatedPaymentRequest,
  CreatePaymentRequestBody,
  MayarClient,
  MayarError,
  RequestOptions,
} from "@org/mayar-core";
import { mutationOptions } from "@tanstack/react-query";
import { assertMayarClient } from "../provider/assert-mayar-client";
import { throwAsMayarError } from "./as-mayar-error";
import { mayarKeys } from "./mayar-keys";

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
  assertMayarClient(client, "createPaymentRequestMutationOptions(client)");
  return mutationOptions<CreatedPaymentRequest, MayarError, CreatePaymentRequestBody>({
    mutationKey: mayarKeys.createPaymentRequest(client),
    mutationFn: (body) => client.paymentRequests.create(body, requestOptions).catch(throwAsMayarError),
  });
}
