"use client";
import type { MayarClientBase } from "@org/mayar-core";
import { QueryClient, QueryClientContext, QueryClientProvider } from "@tanstack/react-query";
import { type ReactNode, useContext, useMemo, useState } from "react";
import { assertMayarClient } from "./assert-mayar-client";
import { MayarContext } from "./mayar-context";

/** Props of {@link MayarProvider}. */
export interface MayarProviderProps {
  /**
   * From `createMayarClient()` in @org/mayar-core, or `composeMayarClient()` with only the namespaces your
   * pages call (the smaller browser bundle: `composeMayarClient({ baseUrl: "/api/mayar" }, { paymentRequests })`
   * is enough for `<PayButton payment>`). Create it once, outside components. In a browser, use
   * `{ baseUrl: "/api/mayar" }` (your `createMayarProxy` route adds the API key on the server). A hook
   * whose namespace the client lacks throws, naming the namespace to add.
   */
  client: MayarClientBase;
  /**
   * The QueryClient the Mayar hooks use. Default: the one of an enclosing `<QueryClientProvider>`, else one
   * this provider creates once and provides to its children (so your `useQueryClient()`, `<HydrationBoundary>`
   * and the devtools see the same cache).
   */
  queryClient?: QueryClient;
  children?: ReactNode;
}

const isQueryClient = (value: unknown): value is QueryClient =>
  typeof (value as QueryClient | null)?.getMutationCache === "function";

/**
 * Makes a MayarClient available to `<PayButton>`, the generated hooks (`useCreatePaymentRequest()`,
 * `useInvoice(id)`, ...) and `useMayarClient()` below it.
 *
 * The hooks use one QueryClient, never a hidden one:
 * 1. the `queryClient` prop, provided to the children through a `<QueryClientProvider>` when there is none
 *    above (with one above, your app keeps seeing its own, and the Mayar hooks use the prop);
 * 2. else the QueryClient of the enclosing `<QueryClientProvider>`;
 * 3. else one this provider creates once and provides through a `<QueryClientProvider>`, so your own
 *    `useQueryClient()`, `<HydrationBoundary>` and invalidations reach the Mayar queries.
 *
 * ```tsx
 * const mayar = composeMayarClient({ baseUrl: "/api/mayar" }, { paymentRequests }); // or createMayarClient(...)
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
  const value = useMemo(() => ({ client, queryClient: resolved }), [client, resolved]);
  const tree = <MayarContext.Provider value={value}>{children}</MayarContext.Provider>;
  // With no provider above, provide ours (the prop, or the one created here): the app's useQueryClient(),
  // <HydrationBoundary> and devtools then see the Mayar queries. QueryClientProvider also mounts it.
  return enclosing ? tree : <QueryClientProvider client={resolved}>{tree}</QueryClientProvider>;
}
