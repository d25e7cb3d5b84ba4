import type { MayarClient, OperationId } from "@org/mayar-core";

/** The Mayar operations the React bindings can run as mutations: the spec's operationIds. */
export type MayarMutationOperationId = OperationId;

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
  /** The key of one operation's mutations for this client: `[{ operationId, baseUrl }]`. */
  mutation: <Operation extends MayarMutationOperationId>(
    operationId: Operation,
    client: Pick<MayarClient, "baseUrl">,
  ): MayarMutationKey<Operation> => [{ operationId, baseUrl: client.baseUrl }],
  /** The key of `useCreatePaymentRequest()` for this client. */
  createPaymentRequest: (client: Pick<MayarClient, "baseUrl">) =>
    mayarKeys.mutation("createPaymentRequest", client),
  /** The key of `useGenerateImmutableCheckoutLink()` for this client. */
  generateImmutableCheckoutLink: (client: Pick<MayarClient, "baseUrl">) =>
    mayarKeys.mutation("generateImmutableCheckoutLink", client),
};
