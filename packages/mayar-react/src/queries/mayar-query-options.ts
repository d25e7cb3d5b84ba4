import type { MayarClientBase, MayarError, OperationId, RequestOptions } from "@org/mayar-core";
import { queryOptions } from "@tanstack/react-query";
import { asMayarError } from "../errors/as-mayar-error";
import { definedParams, type MayarQueryKey } from "../keys/mayar-keys";
import { assertMayarClient, assertNamespace } from "../provider/assert-mayar-client";
import type { MayarClientWith, MayarNamespaceName } from "../provider/mayar-client-with";
import { queryRunOptions } from "../request/run-options";

/** What the generated factory says about its read. */
export interface MayarRead<
  Operation extends OperationId,
  Namespace extends MayarNamespaceName = MayarNamespaceName,
> {
  /** The public name's stem: `"invoice"` for `invoiceQueryOptions` / `useInvoice`. */
  name: string;
  id: Operation;
  /** The client namespace it calls (the spec tag): writes to it invalidate this read; a composed client must have it. */
  namespace: Namespace;
}

/** The key of a read: see {@link MayarQueryKey}. */
export function mayarQueryKey<Operation extends OperationId>(
  operation: MayarRead<Operation>,
  client: MayarClientBase,
  params: Record<string, unknown>,
  infinite?: true,
): MayarQueryKey<Operation> {
  const { namespace, id: operationId } = operation;
  return [
    {
      scope: "mayar",
      namespace,
      operationId,
      baseUrl: client.baseUrl,
      params: definedParams(params),
      ...(infinite ? { infinite } : {}),
    },
  ];
}

/**
 * The client call of one fetch: TanStack's signal (aborted on unmount and cancel) joined to the caller's,
 * and whatever is thrown turned into a MayarError (a caller's abort as kind `"aborted"`).
 */
export async function fetchRead<Client extends MayarClientBase, T>(
  client: Client,
  requestOptions: RequestOptions | undefined,
  signal: AbortSignal,
  call: (client: Client, options: RequestOptions | undefined) => PromiseLike<T>,
): Promise<T> {
  const options = queryRunOptions(requestOptions, signal);
  try {
    return await call(client, options);
  } catch (error) {
    throw asMayarError(error, options.signal);
  }
}

/**
 * What every generated query factory returns: the key `[{ scope: "mayar", namespace, operationId, baseUrl,
 * params }]`, a `queryFn` that passes TanStack's `signal` to the client, and `retry: false`: the client
 * already retries what is safe to retry (GETs on network errors, timeouts, 429 and 5xx), so TanStack
 * retrying on top would multiply the attempts. Pass `retry` yourself to change that.
 */
export function mayarQueryOptions<Operation extends OperationId, Namespace extends MayarNamespaceName, TData>(
  operation: MayarRead<Operation, Namespace>,
  client: MayarClientWith<Namespace>,
  params: Record<string, unknown>,
  requestOptions: RequestOptions | undefined,
  call: (client: MayarClientWith<Namespace>, options: RequestOptions | undefined) => PromiseLike<TData>,
) {
  const where = `${operation.name}QueryOptions(client)`;
  assertMayarClient(client, where);
  assertNamespace(client, operation.namespace, where);
  return queryOptions<TData, MayarError, TData, MayarQueryKey<Operation>>({
    queryKey: mayarQueryKey(operation, client, params),
    queryFn: ({ signal }) => fetchRead(client, requestOptions, signal, call),
    retry: false,
  });
}
