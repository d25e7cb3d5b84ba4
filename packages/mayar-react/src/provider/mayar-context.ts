"use client";
import type { MayarClientBase } from "@org/mayar-core";
import type { QueryClient } from "@tanstack/react-query";
import { createContext, useContext } from "react";

/** What <MayarProvider> hands down: the client, and the QueryClient the Mayar hooks use. */
export interface MayarContextValue {
  /** From createMayarClient, or composeMayarClient with some namespaces (the hooks check theirs). */
  client: MayarClientBase;
  queryClient: QueryClient;
}

export const MayarContext = createContext<MayarContextValue | null>(null);
MayarContext.displayName = "MayarContext";

/** Reads the nearest <MayarProvider>, or throws an error that tells `caller`'s author how to fix it. */
export function useMayarContext(caller: string): MayarContextValue {
  const value = useContext(MayarContext);
  if (!value) {
    throw new Error(
      `${caller} must be used inside <MayarProvider client={...}>: wrap the part of your app that calls it ` +
        'in <MayarProvider client={createMayarClient({ baseUrl: "/api/mayar" })}> (import createMayarClient ' +
        "from @org/mayar-core, MayarProvider from @org/mayar-react).",
    );
  }
  return value;
}
