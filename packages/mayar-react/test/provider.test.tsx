import { createMayarClient } from "@org/mayar-core";
import {
  dehydrate,
  HydrationBoundary,
  QueryClient,
  QueryClientProvider,
  useQueryClient,
} from "@tanstack/react-query";
import { act, render, renderHook, screen, waitFor } from "@testing-library/react";
import { type ReactNode, useContext } from "react";
import { afterEach, describe, expect, test, vi } from "vitest";
import {
  useCreatePaymentRequest,
  useGenerateImmutableCheckoutLink,
  useTransaction,
} from "../src/generated/hooks";
import { transactionQueryOptions } from "../src/generated/options";
import { mayarKeys } from "../src/keys/mayar-keys";
import { PayButton } from "../src/pay-button/PayButton";
import { MayarProvider } from "../src/provider/MayarProvider";
import { MayarContext } from "../src/provider/mayar-context";
import { useMayarClient } from "../src/provider/use-mayar-client";
import { ok, payment, setupMayar } from "./helpers";

const client = createMayarClient({ baseUrl: "/api/mayar" });

// React logs errors thrown during render; the assertions below are on the thrown error itself.
afterEach(() => vi.restoreAllMocks());
const quietRenderErrors = () => vi.spyOn(console, "error").mockImplementation(() => {});

describe("without <MayarProvider>", () => {
  test.each([
    ["useMayarClient()", () => useMayarClient()],
    ["useCreatePaymentRequest()", () => useCreatePaymentRequest()],
    ["useGenerateImmutableCheckoutLink()", () => useGenerateImmutableCheckoutLink()],
  ] as Array<[string, () => unknown]>)("%s throws an error that names the fix", (name, hook) => {
    quietRenderErrors();
    expect(() => renderHook(hook)).toThrow(
      `${name} must be used inside <MayarProvider client={...}>: wrap the part of your app that calls it in <MayarProvider`,
    );
  });

  test("<PayButton> names itself", () => {
    quietRenderErrors();
    expect(() => render(<PayButton payment={payment} />)).toThrow(
      "<PayButton> must be used inside <MayarProvider client={...}>",
    );
  });
});

describe("<MayarProvider client>", () => {
  test("useMayarClient() returns the client", () => {
    const { result } = renderHook(() => useMayarClient(), {
      wrapper: ({ children }) => <MayarProvider client={client}>{children}</MayarProvider>,
    });
    expect(result.current).toBe(client);
  });

  test.each([
    ["missing", undefined, "got undefined"],
    ["an API key string", "sk-live-123", 'got the string "sk-live-123"'],
    ["the options instead of a client", { baseUrl: "/api/mayar" }, "got an object with keys [baseUrl]"],
  ])("rejects a client that is %s, saying how to make one", (_name, value, got) => {
    quietRenderErrors();
    const renderProvider = () => render(<MayarProvider client={value as never}>{null}</MayarProvider>);
    expect(renderProvider).toThrow(TypeError);
    expect(renderProvider).toThrow(
      `<MayarProvider client> must be a MayarClient from @org/mayar-core, ${got}. Create one once, outside your components: const mayar = createMayarClient({ baseUrl: "/api/mayar" });`,
    );
  });

  test("rejects a queryClient that is not a QueryClient", () => {
    quietRenderErrors();
    expect(() =>
      render(
        <MayarProvider client={client} queryClient={{} as QueryClient}>
          {null}
        </MayarProvider>,
      ),
    ).toThrow("<MayarProvider queryClient> must be a QueryClient from @tanstack/react-query");
  });
});

/** Reports the QueryClient the Mayar hooks below a <MayarProvider> will use. */
function ProbeMayarQueryClient({ onValue }: { onValue: (queryClient: QueryClient) => void }) {
  const value = useContext(MayarContext);
  if (value) onValue(value.queryClient);
  return <p>probe</p>;
}

/** Reports the QueryClient the app's own useQuery calls would use. */
function ProbeAppQueryClient({ onValue }: { onValue: (queryClient: QueryClient) => void }) {
  onValue(useQueryClient());
  return null;
}

describe("which QueryClient the hooks use", () => {
  const probe = (tree: (children: ReactNode) => ReactNode) => {
    const seen: QueryClient[] = [];
    const view = render(tree(<ProbeMayarQueryClient onValue={(queryClient) => seen.push(queryClient)} />));
    screen.getByText("probe");
    return { seen, view };
  };

  test("1. the queryClient prop wins over an enclosing QueryClientProvider", () => {
    const outer = new QueryClient();
    const own = new QueryClient();
    const { seen } = probe((children) => (
      <QueryClientProvider client={outer}>
        <MayarProvider client={client} queryClient={own}>
          {children}
        </MayarProvider>
      </QueryClientProvider>
    ));
    expect(seen.at(-1)).toBe(own);
  });

  test("2. else the enclosing QueryClientProvider's", () => {
    const outer = new QueryClient();
    const { seen } = probe((children) => (
      <QueryClientProvider client={outer}>
        <MayarProvider client={client}>{children}</MayarProvider>
      </QueryClientProvider>
    ));
    expect(seen.at(-1)).toBe(outer);
  });

  test("3. else one the provider creates once and keeps across renders", () => {
    const { seen, view } = probe((children) => <MayarProvider client={client}>{children}</MayarProvider>);
    view.rerender(
      <MayarProvider client={client}>
        <ProbeMayarQueryClient onValue={(queryClient) => seen.push(queryClient)} />
      </MayarProvider>,
    );
    expect(seen.length).toBeGreaterThanOrEqual(2);
    expect(seen[0]).toBeInstanceOf(QueryClient);
    expect(new Set(seen).size).toBe(1);
  });

  test("with no TanStack setup at all, the hooks just work", async () => {
    const { client: mockClient } = setupMayar();
    const { result } = renderHook(() => useCreatePaymentRequest(), {
      wrapper: ({ children }) => <MayarProvider client={mockClient}>{children}</MayarProvider>,
    });
    const created = await act(() => result.current.mutateAsync(payment));
    expect(created.link).toMatch(/\/pl\//);
  });

  test("it never hijacks the app's own queries: children still see the app's QueryClientProvider", () => {
    const outer = new QueryClient();
    const own = new QueryClient();
    let seenByApp: QueryClient | undefined;
    render(
      <QueryClientProvider client={outer}>
        <MayarProvider client={client} queryClient={own}>
          <ProbeAppQueryClient onValue={(queryClient) => (seenByApp = queryClient)} />
        </MayarProvider>
      </QueryClientProvider>,
    );
    expect(seenByApp).toBe(outer);
  });
});

/** Reports the QueryClient the app's useQueryClient() returns and the one the Mayar hooks use. */
function ProbeBoth({ onValue }: { onValue: (app: QueryClient, mayar: QueryClient | undefined) => void }) {
  onValue(useQueryClient(), useContext(MayarContext)?.queryClient);
  return null;
}

describe("the app sees the QueryClient the Mayar hooks use", () => {
  /** What the app's own code and the Mayar hooks see below the same provider. */
  function seenBelow(tree: (children: ReactNode) => ReactNode) {
    const seen: { app?: QueryClient; mayar?: QueryClient } = {};
    render(tree(<ProbeBoth onValue={(app, mayar) => Object.assign(seen, { app, mayar })} />));
    return seen;
  }

  test("1. the queryClient prop, provided to the children when no QueryClientProvider is above", () => {
    const own = new QueryClient();
    const seen = seenBelow((children) => (
      <MayarProvider client={client} queryClient={own}>
        {children}
      </MayarProvider>
    ));
    expect(seen).toEqual({ app: own, mayar: own });
  });

  test("2. the enclosing QueryClientProvider's, for both", () => {
    const outer = new QueryClient();
    const seen = seenBelow((children) => (
      <QueryClientProvider client={outer}>
        <MayarProvider client={client}>{children}</MayarProvider>
      </QueryClientProvider>
    ));
    expect(seen.app).toBe(outer);
    expect(seen.mayar).toBe(outer);
  });

  test("3. neither: the one the provider creates is provided, so useQueryClient() finds it", () => {
    const seen = seenBelow((children) => <MayarProvider client={client}>{children}</MayarProvider>);
    expect(seen.app).toBeInstanceOf(QueryClient);
    expect(seen.app).toBe(seen.mayar);
  });

  test("3. and the app's own invalidation reaches the Mayar queries", async () => {
    let status = "unpaid";
    const { client: mockClient } = setupMayar({
      routes: { "GET /hl/v2/transactions/:id": () => ok({ id: "tx_1", status, amount: 1 }) },
    });
    const { result } = renderHook(
      () => ({ transaction: useTransaction("tx_1"), queryClient: useQueryClient() }),
      {
        wrapper: ({ children }) => <MayarProvider client={mockClient}>{children}</MayarProvider>,
      },
    );
    await waitFor(() => expect(result.current.transaction.data?.status).toBe("unpaid"));

    status = "paid";
    await act(() => result.current.queryClient.invalidateQueries({ queryKey: mayarKeys.all }));

    await waitFor(() => expect(result.current.transaction.data?.status).toBe("paid"));
  });
});

describe("hydration", () => {
  test("a server prefetch dehydrates, and <HydrationBoundary> hands it to the hooks (same keys)", async () => {
    const answer = ok({ id: "tx_1", status: "paid", amount: 100000 });
    // On the server: a client with the browser's baseUrl (keys carry it) that reaches Mayar another way.
    const server = createMayarClient({
      baseUrl: "/api/mayar",
      fetch: () => Promise.resolve(Response.json(answer)),
    });
    const serverCache = new QueryClient();
    await serverCache.prefetchQuery(transactionQueryOptions(server, "tx_1"));
    const state = JSON.parse(JSON.stringify(dehydrate(serverCache)));

    // In the browser: another client, same baseUrl; no QueryClientProvider of the app's own.
    const browserCalls: string[] = [];
    const browser = createMayarClient({
      baseUrl: "/api/mayar",
      fetch: (url) => {
        browserCalls.push(url);
        return Promise.resolve(Response.json(answer));
      },
    });
    const { result } = renderHook(() => useTransaction("tx_1", { staleTime: 60_000 }), {
      wrapper: ({ children }) => (
        <MayarProvider client={browser}>
          <HydrationBoundary state={state}>{children}</HydrationBoundary>
        </MayarProvider>
      ),
    });

    expect(result.current.isPending).toBe(false);
    expect(result.current.data).toEqual({ id: "tx_1", status: "paid", amount: 100000 });
    expect(browserCalls).toEqual([]);
  });
});
