import type { MayarClient, MayarError } from "@org/mayar-core";
import { mutationOptions } from "@tanstack/react-query";
import { assertMayarClient } from "../provider/assert-mayar-client";
import { throwAsMayarError } from "./as-mayar-error";
import { type MayarMutationOperationId, mayarKeys } from "./mayar-keys";

/**
 * What every Mayar mutation's options share, so each operation's factory only says which client method it
 * calls: the client is checked, the key is `[{ operationId, baseUrl }]`, and whatever is thrown reaches
 * TanStack Query as a MayarError. A new operation is a three-line factory over this (and one over
 * useMayarMutation for its hook).
 *
 * @param factoryName - the public factory's name, for the error when `client` is not a MayarClient.
 */
export function mayarMutationOptions<Operation extends MayarMutationOperationId, TData, TVariables>(
  operationId: Operation,
  factoryName: string,
  client: MayarClient,
  call: (client: MayarClient, variables: TVariables) => Promise<TData>,
) {
  assertMayarClient(client, `${factoryName}(client)`);
  return mutationOptions<TData, MayarError, TVariables>({
    mutationKey: mayarKeys.mutation(operationId, client),
    mutationFn: (variables) => call(client, variables).catch(throwAsMayarError),
  });
}
