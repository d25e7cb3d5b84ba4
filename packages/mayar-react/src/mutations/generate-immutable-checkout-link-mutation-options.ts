import type {
  GenerateImmutableCheckoutLinkBody,
  ImmutableCheckoutLink,
  MayarClient,
  MayarError,
  RequestOptions,
} from "@org/mayar-core";
import { mutationOptions } from "@tanstack/react-query";
import { assertMayarClient } from "../provider/assert-mayar-client";
import { throwAsMayarError } from "./as-mayar-error";
import { mayarKeys } from "./mayar-keys";

/**
 * Mutation options for Mayar's generateImmutableCheckoutLink (a checkout link for a credit product whose
 * customer details and credit amount the customer cannot change). `error` is the MayarError the client threw.
 *
 * ```ts
 * const mutation = useMutation(generateImmutableCheckoutLinkMutationOptions(client));
 * mutation.mutate({ productId, creditAmount: 1000, customerInfo: { name, email, mobile } });
 * ```
 *
 * @param client - from `createMayarClient()`.
 * @param requestOptions - per-call options for every run, e.g. `{ timeoutMs: 10000 }`.
 */
export function generateImmutableCheckoutLinkMutationOptions(
  client: MayarClient,
  requestOptions?: RequestOptions,
) {
  assertMayarClient(client, "generateImmutableCheckoutLinkMutationOptions(client)");
  return mutationOptions<ImmutableCheckoutLink, MayarError, GenerateImmutableCheckoutLinkBody>({
    mutationKey: mayarKeys.generateImmutableCheckoutLink(client),
    mutationFn: (body) =>
      client.credits.generateImmutableCheckoutLink(body, requestOptions).catch(throwAsMayarError),
  });
}
