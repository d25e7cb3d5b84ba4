import type { MayarClient } from "@org/mayar-core";

/** The Mayar operations the React bindings run as mutations. */
export type MayarMutationOperationId = "createPaymentRequest" | "generateImmutableCheckoutLink";

/** A Mayar mutation key: one object, so filters can match by operation alone or by operation and client. */
export type MayarMutationKey<Operation extends MayarMutationOperationId = MayarMutationOperationId> =
  readonly [{ readonly operationId: Operation; readonly baseUrl: string }];

/**
 * Mutation keys for Mayar operations. Each key is `[{ operationId, baseUrl }]`: the base URL keeps two
 * clients (sandbox and production, or two proxies) apart, and TanStack's partial matching lets a filter
 * name only the operation.
 *
 * ```ts
 * // Is any payment request being created, by any client?
 * queryClient.isMutating({ mutationKey: mayarKeys.operation("createPaymentRequest") });
 * // ... by this client only?
 * queryClient.isMutating({ mutationKey: mayarKeys.createPaymentRequest(client) });
 * ```
 */
export const mayarKeys = {
  /** Matches an operation whatever the client: `[{ operationId }]`, for filters. */
  operation: <Operation extends MayarMutationOperationId>(operationId: Operation) =>
    [{ operationId }] as const,
  /** The key of `useCreatePaymentRequest()` for this client. */
  createPaymentRequest: (client: Pick<MayarClient, "baseUrl">): MayarMutationKey<"createPaymentRequest"> => [
    { operationId: "createPaymentRequest", baseUrl: client.baseUrl },
  ],
  /** The key of `useGenerateImmutableCheckoutLink()` for this client. */
  generateImmutableCheckoutLink: (
    client: Pick<MayarClient, "baseUrl">,
  ): MayarMutationKey<"generateImmutableCheckoutLink"> => [
    { operationId: "generateImmutableCheckoutLink", baseUrl: client.baseUrl },
  ],
};
