"use client";
import type { MayarClient } from "@org/mayar-core";
import { QueryClient, QueryClientContext } from "@tanstack/react-query";
import { type ReactNode, useContext, useEffect, useMemo, useState } from "react";
import { assertMayarClient } from "./assert-mayar-client";
import { MayarContext } from "./mayar-context";

/** Props of {@link MayarProvider}. */
export interface MayarProviderProps {
  /**
   * From `createMayarClient()` in @org/mayar-core. Create it once, outside components. In a browser, use
   * `{ baseUrl: "/api/mayar" }` (your `createMayarProxy` route adds the API key on the server).
   */
  client: MayarClient;
  /**
   * The QueryClient the Mayar hooks run their mutations in. Default: the one of an enclosing
   * `<QueryClientProvider>`, else one this provider creates and keeps for its lifetime.
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

const isQueryClient = (value: unknown): value is QueryClient =>
  typeof (value as QueryClient | null)?.getMutationCache === "function";

/**
 * Makes a MayarClient available to `<PayButton>`, `useCreatePaymentRequest()`,
 * `useGenerateImmutableCheckoutLink()` and `useMayarClient()` below it.
 *
 * TanStack Query needs no setup: the hooks use, in order, the `queryClient` prop, an enclosing
 * `<QueryClientProvider>`, or a QueryClient this provider creates once. It never wraps children in a
 * QueryClientProvider of its own, so your app's queries are left alone.
 *
 * ```tsx
 * const mayar = createMayarClient({ baseUrl: "/api/mayar" });
 * <MayarProvider client={mayar}><Checkout /></MayarProvider>
 * ```
 */
export function MayarProvider({ client, queryClient, children }: MayarProviderProps) {
  assertMayarClient(client, "<MayarProvider client>");
  if (queryClient !== undefined && !isQueryClient(queryClient)) {
    throw new TypeError(
      "<MayarProvider queryClient> must be a QueryClient from @tanstack/react-query (new QueryClient()), " +
        "or left out to use the enclosing <QueryClientProvider> or one MayarProvider creates.",
    );
  }
  const enclosing = useContext(QueryClientContext);
  // Created once (lazy initialiser) and cheap when unused: a QueryClient holds two empty caches until mounted.
  const [own] = useState(() => new QueryClient());
  const resolved = queryClient ?? enclosing ?? own;
  const usesOwn = resolved === own;

  // What <QueryClientProvider> does for its client: subscribe to focus/online so paused mutations resume.
  useEffect(() => {
    if (!usesOwn) return;
    own.mount();
    return () => own.unmount();
  }, [own, usesOwn]);

  const value = useMemo(() => ({ client, queryClient: resolved }), [client, resolved]);
  return <MayarContext.Provider value={value}>{children}</MayarContext.Provider>;
}
