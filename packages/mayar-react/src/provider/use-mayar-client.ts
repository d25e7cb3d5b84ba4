"use client";
import type { MayarClient, MayarClientBase } from "@org/mayar-core";
import { useMayarContext } from "./mayar-context";

/**
 * The MayarClient of the nearest <MayarProvider>, for calls the hooks don't cover
 * (`useMayarClient().api.POST(...)`). Throws, naming the fix, when there is no provider above.
 *
 * Typed as `createMayarClient`'s client; when the provider's client was made by `composeMayarClient`, name
 * its type: `useMayarClient<typeof mayar>()` (it has only the namespaces it was composed with, and no `api`).
 */
export function useMayarClient<Client extends MayarClientBase = MayarClient>(): Client {
  return useMayarContext("useMayarClient()").client as Client;
}
