"use client";
import type { MayarClient } from "@org/mayar-core";
import { useMayarContext } from "./mayar-context";

/**
 * The MayarClient of the nearest <MayarProvider>, for calls the hooks don't cover
 * (`useMayarClient().api.POST(...)`). Throws, naming the fix, when there is no provider above.
 */
export function useMayarClient(): MayarClient {
  return useMayarContext("useMayarClient()").client;
}
