import type { MayarClientBase, MayarNamespaces } from "@org/mayar-core";

/**
 * A client that has at least these namespaces: what `createMayarClient()` returns (every namespace), or
 * `composeMayarClient(options, { paymentRequests })` with them (the small browser bundle). Each generated
 * factory takes the client of the namespace it calls: `createPaymentRequestMutationOptions(client:
 * MayarClientWith<"paymentRequests">)`.
 */
export type MayarClientWith<Namespace extends keyof MayarNamespaces> = MayarClientBase &
  Pick<MayarNamespaces, Namespace>;

/** Any namespace name of the client. */
export type MayarNamespaceName = keyof MayarNamespaces;
