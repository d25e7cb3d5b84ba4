import type { MayarError, OperationId, RequestOptions } from "@org/mayar-core";
import { mutationOptions } from "@tanstack/react-query";
import { asMayarError } from "../errors/as-mayar-error";
import { mutationKeyOf, namespaceFilterOf } from "../keys/mayar-keys";
import { assertMayarClient, assertNamespace } from "../provider/assert-mayar-client";
import type { MayarClientWith, MayarNamespaceName } from "../provider/mayar-client-with";
import { runOptions } from "../request/run-options";

/** What the generated factory says about its write. */
export interface MayarWrite<Operation extends OperationId, Namespace extends MayarNamespaceName> {
  id: Operation;
  /** The client namespace it calls (the spec tag): a composed client must have it. */
  namespace: Namespace;
  /** The namespaces whose queries it changes: its own (the spec tag), plus e.g. transactions and balances for payments. */
  invalidates: readonly string[];
}

/**
 * What every Mayar mutation's options share, so each generated factory only says which client method it
 * calls: the client is checked, the key is `[{ operationId, baseUrl }]`, the hook's `requestOptions` reach
 * every run (less a signal that already aborted), whatever is thrown reaches TanStack Query as a MayarError
 * (a caller's abort as kind `"aborted"`), and on success the queries the write changed are invalidated in
 * the QueryClient the mutation runs in. The invalidation happens inside `mutationFn`, so an `onSuccess` of
 * your own (`useMutation({ ...factory(client), onSuccess })`) cannot switch it off; it is not awaited, so
 * the mutation settles without waiting for the refetches. TanStack's default of no retry is kept: the client
 * retries only what is safe to resend.
 */
export function mayarMutationOptions<
  Operation extends OperationId,
  Namespace extends MayarNamespaceName,
  TData,
  TVariables,
>(
  operation: MayarWrite<Operation, Namespace>,
  client: MayarClientWith<Namespace>,
  requestOptions: RequestOptions | undefined,
  call: (
    client: MayarClientWith<Namespace>,
    variables: TVariables,
    options: RequestOptions | undefined,
  ) => Promise<TData>,
) {
  const where = `${operation.id}MutationOptions(client)`;
  assertMayarClient(client, where);
  assertNamespace(client, operation.namespace, where);
  return mutationOptions<TData, MayarError, TVariables>({
    mutationKey: mutationKeyOf(operation.id, client),
    mutationFn: async (variables, context) => {
      const options = runOptions(requestOptions);
      const data = await call(client, variables, options).catch((error: unknown) => {
        throw asMayarError(error, options?.signal);
      });
      for (const namespace of operation.invalidates) {
        void context?.client?.invalidateQueries({ queryKey: namespaceFilterOf(client, namespace) });
      }
      return data;
    },
  });
}
