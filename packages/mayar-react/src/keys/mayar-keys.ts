import type { MayarClientBase, OperationId } from "@org/mayar-core";

/** The Mayar operations the React bindings can run as mutations: the spec's operationIds. */
export type MayarMutationOperationId = OperationId;

/** A Mayar mutation key: one object, so filters can match by operation alone or by operation and client. */
export type MayarMutationKey<Operation extends MayarMutationOperationId = MayarMutationOperationId> =
  readonly [{ readonly operationId: Operation; readonly baseUrl: string }];

/**
 * A Mayar query key: one object. `baseUrl` keeps two clients apart, `namespace` (the spec tag) lets a write
 * invalidate every read of its resource, `params` holds the path values and the query (or body) the read
 * was made with. Infinite queries add `infinite: true` (their data has another shape).
 */
export type MayarQueryKey<Operation extends OperationId = OperationId> = readonly [
  {
    readonly scope: "mayar";
    readonly namespace: string;
    readonly operationId: Operation;
    readonly baseUrl: string;
    readonly params: Readonly<Record<string, unknown>>;
    readonly infinite?: true;
  },
];

type HasBaseUrl = Pick<MayarClientBase, "baseUrl">;

/** `{ id, query }` without the members left undefined: keys stay the same through a JSON round trip. */
export const definedParams = (params: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined));

/** The key of one operation's mutations for this client: `[{ operationId, baseUrl }]`. */
export const mutationKeyOf = <Operation extends MayarMutationOperationId>(
  operationId: Operation,
  client: HasBaseUrl,
): MayarMutationKey<Operation> => [{ operationId, baseUrl: client.baseUrl }];

/** Matches one client's queries of one namespace: what a write to that namespace invalidates. */
export const namespaceFilterOf = (client: HasBaseUrl, namespace: string) =>
  [{ scope: "mayar", baseUrl: client.baseUrl, namespace }] as const;

/**
 * Keys and filters for Mayar's queries and mutations. Every query key is
 * `[{ scope: "mayar", namespace, operationId, baseUrl, params }]`; TanStack matches filters partially,
 * so a filter names only what it cares about. Exact keys come from the option factories:
 * `invoiceQueryOptions(client, id).queryKey`.
 *
 * ```ts
 * queryClient.invalidateQueries({ queryKey: mayarKeys.all });                          // every Mayar query
 * queryClient.invalidateQueries({ queryKey: mayarKeys.namespace(client, "invoices") }); // this client's invoices
 * queryClient.invalidateQueries({ queryKey: mayarKeys.query("getInvoice", client, { id }) });
 * queryClient.isMutating({ mutationKey: mayarKeys.operation("createPaymentRequest") }); // any client
 * queryClient.isMutating({ mutationKey: mayarKeys.createPaymentRequest(client) });      // this client
 * ```
 */
export const mayarKeys = {
  /** Matches every Mayar query, whatever the client. */
  all: [{ scope: "mayar" }] as const,
  /** Matches every Mayar query of one client. */
  client: (client: HasBaseUrl) => [{ scope: "mayar", baseUrl: client.baseUrl }] as const,
  /** Matches one client's queries of one namespace (`"invoices"`, `"transactions"`...): what writes invalidate. */
  namespace: namespaceFilterOf,
  /**
   * Matches one read operation's queries of one client, and with `params` only those made with them
   * (partially: `{ id }` matches whatever the query).
   */
  query: <Operation extends OperationId>(
    operationId: Operation,
    client: HasBaseUrl,
    params?: Readonly<Record<string, unknown>>,
  ) =>
    [
      {
        scope: "mayar",
        operationId,
        baseUrl: client.baseUrl,
        ...(params ? { params: definedParams(params) } : {}),
      },
    ] as const,
  /** Matches an operation whatever the client: `[{ operationId }]`, for query and mutation filters. */
  operation: <Operation extends MayarMutationOperationId>(operationId: Operation) =>
    [{ operationId }] as const,
  /** The key of one operation's mutations for this client: `[{ operationId, baseUrl }]`. */
  mutation: mutationKeyOf,
  /** The key of `useCreatePaymentRequest()` for this client. */
  createPaymentRequest: (client: HasBaseUrl) => mutationKeyOf("createPaymentRequest", client),
  /** The key of `useGenerateImmutableCheckoutLink()` for this client. */
  generateImmutableCheckoutLink: (client: HasBaseUrl) =>
    mutationKeyOf("generateImmutableCheckoutLink", client),
};
