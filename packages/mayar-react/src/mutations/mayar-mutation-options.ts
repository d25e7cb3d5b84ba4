import type { MayarClient, MayarError, OperationId, RequestOptions } from "@org/mayar-core";
import { mutationOptions } from "@tanstack/react-query";
import { asMayarError } from "../errors/as-mayar-error";
import { mutationKeyOf, namespaceFilterOf } from "../keys/mayar-keys";
import { assertMayarClient } from "../provider/assert-mayar-client";
import { runOptions } from "../request/run-options";

/** What the generated factory says about its write. */
export interface MayarWrite<Operation extends OperationId> {
  id: Operation;
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
export function mayarMutationOptions<Operation extends OperationId, TData, TVariables>(
  operation: MayarWrite<Operation>,
  client: MayarClient,
  requestOptions: RequestOptions | undefined,
  call: (client: MayarClient, variables: TVariables, options: RequestOptions | undefined) => Promise<TData>,
) {
  assertMayarClient(client, `${operation.id}MutationOptions(client)`);
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
