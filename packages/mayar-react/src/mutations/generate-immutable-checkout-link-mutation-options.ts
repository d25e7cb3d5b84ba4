import type {
  GenerateImmutableCheckoutLinkBody,
  ImmutableCheckoutLink,
  MayarClient,
  RequestOptions,
} from "@org/mayar-core";
import { mayarMutationOptions } from "./mayar-mutation-options";

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
  return mayarMutationOptions(
    "generateImmutableCheckoutLink",
    "generateImmutableCheckoutLinkMutationOptions",
    client,
    (mayar, body: GenerateImmutableCheckoutLinkBody): Promise<ImmutableCheckoutLink> =>
      mayar.credits.generateImmutableCheckoutLink(body, requestOptions),
  );
}
