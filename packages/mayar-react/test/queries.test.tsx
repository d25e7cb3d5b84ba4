import { createMayarClient, MayarApiError, MayarError } from "@org/mayar-core";
import { QueryClient } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import {
  useBalance,
  useCreditHistoryInfinite,
  useInvoice,
  useTransaction,
  useTransactions,
  useTransactionsInfinite,
} from "../src/generated/hooks";
import {
  invoiceQueryOptions,
  invoicesInfiniteQueryOptions,
  invoicesQueryOptions,
} from "../src/generated/options";
import { hangingFetch, ok, type RouteRequest, setupMayar } from "./helpers";

const TRANSACTION_ID = "dc37faf8-2b4e-4c6a-8d1f-3e5a7b9c0d12";
const transaction = (status: string) => ({
  id: TRANSACTION_ID,
  status,
  amount: 100000,
  createdAt: 1768375011056,
});
const invoice = { id: "6f8c19ff", amount: 110000, status: "unpaid", link: "ibzfrf4880" };
const BASE_URL = "http://127.0.0.1/mock-mayar";

describe("a read's query (useInvoice, useTransaction, useBalance...)", () => {
  test("fetches the operation and returns its data", async () => {
    const { wrapper, calls } = setupMayar({
      routes: {
        "GET /hl/v2/transactions/:id": ({ params }) => ok({ ...transaction("paid"), id: params.id }),
      },
    });
    const { result } = renderHook(() => useTransaction(TRANSACTION_ID), { wrapper });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(transaction("paid"));
    expect(calls.map((call) => `${call.method} ${call.url}`)).toEqual([
      `GET ${BASE_URL}/hl/v2/transactions/${TRANSACTION_ID}`,
    ]);
  });

  test("a read without arguments: useBalance()", async () => {
    const { wrapper } = setupMayar({
      routes: { "GET /hl/v2/balances": () => ok({ balanceActive: 1, balancePending: 2, balance: 3 }) },
    });
    const { result } = renderHook(() => useBalance(), { wrapper });
    await waitFor(() =>
      expect(result.current.data).toEqual({ balanceActive: 1, balancePending: 2, balance: 3 }),
    );
  });

  test("useQuery options pass through (select, enabled)", async () => {
    const { wrapper, calls } = setupMayar({ routes: { "GET /hl/v2/invoices/:id": () => ok(invoice) } });
    const { result, rerender } = renderHook(
      ({ enabled }) => useInvoice(invoice.id, { enabled, select: (data) => data.status }),
      { wrapper, initialProps: { enabled: false } },
    );
    expect(result.current.fetchStatus).toBe("idle");
    expect(calls).toHaveLength(0);

    rerender({ enabled: true });

    await waitFor(() => expect(result.current.data).toBe("unpaid"));
  });

  test("error is the MayarError the client threw (kind, status kept)", async () => {
    const { wrapper } = setupMayar({
      routes: {
        "GET /hl/v2/invoices/:id": () =>
          Response.json({ statusCode: 404, messages: "Invoice not found" }, { status: 404 }),
      },
    });
    const { result } = renderHook(() => useInvoice("missing"), { wrapper });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(MayarApiError);
    expect(result.current.error).toMatchObject({ kind: "not_found", status: 404 });
  });

  test.each([
    ["not an object", 42, "options must be an object of useQuery options (enabled, staleTime, select, ...)"],
    [
      "overriding queryFn",
      { queryFn: () => null },
      '"queryFn" is set by the hook. To change it, call useQuery({ ...invoiceQueryOptions(client, ...), queryFn }) yourself.',
    ],
    ["overriding queryKey", { queryKey: ["x"] }, '"queryKey" is set by the hook.'],
  ])("rejects options %s", (_name, options, message) => {
    const { wrapper } = setupMayar();
    expect(() => renderHook(() => useInvoice("inv_1", options as never), { wrapper })).toThrow(
      `useInvoice(options): ${message}`,
    );
  });
});

describe("query keys", () => {
  test("one object: scope, namespace (the spec tag), operationId, baseUrl, params (path values and query)", () => {
    const { client } = setupMayar();
    expect(invoiceQueryOptions(client, "inv_1").queryKey).toEqual([
      {
        scope: "mayar",
        namespace: "invoices",
        operationId: "getInvoice",
        baseUrl: BASE_URL,
        params: { id: "inv_1" },
      },
    ]);
    expect(invoicesQueryOptions(client, { status: "paid", limit: 10 }).queryKey).toEqual([
      {
        scope: "mayar",
        namespace: "invoices",
        operationId: "listInvoices",
        baseUrl: BASE_URL,
        params: { query: { status: "paid", limit: 10 } },
      },
    ]);
  });

  test("a query left out is not in the key (the key survives a JSON round trip unchanged)", () => {
    const { client } = setupMayar();
    const [key] = invoicesQueryOptions(client).queryKey;
    expect(key.params).toStrictEqual({});
    expect(JSON.parse(JSON.stringify(key))).toStrictEqual(key);
  });

  test("the infinite variant has its own key (its data has another shape)", () => {
    const { client } = setupMayar();
    expect(invoicesInfiniteQueryOptions(client, { limit: 10 }).queryKey).toEqual([
      {
        scope: "mayar",
        namespace: "invoices",
        operationId: "listInvoices",
        baseUrl: BASE_URL,
        params: { query: { limit: 10 } },
        infinite: true,
      },
    ]);
  });

  test("two clients never share an entry", async () => {
    const sandbox = setupMayar({
      routes: { "GET /hl/v2/invoices/:id": () => ok({ ...invoice, amount: 1 }) },
    });
    const production = createMayarClient({
      baseUrl: "https://shop.example/api/mayar",
      fetch: () => Promise.resolve(Response.json(ok({ ...invoice, amount: 2 }))),
    });
    const queryClient = new QueryClient();

    const a = await queryClient.fetchQuery(invoiceQueryOptions(sandbox.client, invoice.id));
    const b = await queryClient.fetchQuery(invoiceQueryOptions(production, invoice.id));

    expect([a.amount, b.amount]).toEqual([1, 2]);
    expect(queryClient.getQueryCache().getAll()).toHaveLength(2);
    expect(queryClient.getQueryData(invoiceQueryOptions(sandbox.client, invoice.id).queryKey)?.amount).toBe(
      1,
    );
  });
});

describe("one retry layer: the client's", () => {
  test("the factories set retry: false", () => {
    const { client } = setupMayar();
    expect(invoiceQueryOptions(client, "inv_1").retry).toBe(false);
    expect(invoicesInfiniteQueryOptions(client).retry).toBe(false);
  });

  test("a failed read is not retried by TanStack on top of the client", async () => {
    const { wrapper, calls } = setupMayar({
      routes: { "GET /hl/v2/invoices/:id": () => Response.json({ statusCode: 400 }, { status: 400 }) },
    });
    const { result } = renderHook(() => useInvoice("inv_1"), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(calls).toHaveLength(1);
  });

  test("retry is yours to change", async () => {
    const { wrapper, calls } = setupMayar({
      routes: { "GET /hl/v2/invoices/:id": () => Response.json({ statusCode: 400 }, { status: 400 }) },
    });
    const { result } = renderHook(() => useInvoice("inv_1", { retry: 1, retryDelay: 0 }), { wrapper });
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(calls).toHaveLength(2);
  });
});

describe("cancellation", () => {
  test("unmounting cancels the request: TanStack's signal reaches the client", async () => {
    const signals: AbortSignal[] = [];
    const { wrapper } = setupMayar({
      routes: {
        "GET /hl/v2/invoices/:id": ({ signal }) => {
          if (signal) signals.push(signal);
          return hangingFetch("", { signal });
        },
      },
    });
    const { unmount } = renderHook(() => useInvoice("inv_1"), { wrapper });
    await waitFor(() => expect(signals).toHaveLength(1));

    unmount();

    await waitFor(() => expect(signals[0]?.aborted).toBe(true));
  });

  test("a caller's abort is its own kind, and the spent signal does not abort later fetches", async () => {
    let answer: "hang" | "ok" = "hang";
    const { wrapper } = setupMayar({
      routes: {
        "GET /hl/v2/invoices/:id": ({ signal }: RouteRequest) =>
          answer === "hang" ? hangingFetch("", { signal }) : ok(invoice),
      },
    });
    const controller = new AbortController();
    const { result } = renderHook(
      () => useInvoice("inv_1", { requestOptions: { signal: controller.signal } }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.fetchStatus).toBe("fetching"));

    controller.abort();

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(MayarError);
    expect(result.current.error?.kind).toBe("aborted");

    answer = "ok";
    const refetched = await act(() => result.current.refetch());

    expect(refetched.status).toBe("success");
    await waitFor(() => expect(result.current.data).toEqual(invoice));
  });
});

describe("lists", () => {
  const pages: Record<string, unknown> = {
    first: ok([transaction("paid")], { hasMore: true, nextStartingAfter: "1768375011056" }),
    "1768375011056": ok([{ ...transaction("paid"), id: "second" }], {
      hasMore: false,
      nextStartingAfter: null,
    }),
  };
  const routes = {
    "GET /hl/v2/transactions": ({ query }: RouteRequest) => pages[query.get("startingAfter") ?? "first"],
  };

  test("useTransactions(query) is one page: { data, hasMore, nextStartingAfter }", async () => {
    const { wrapper, calls } = setupMayar({ routes });
    const { result } = renderHook(() => useTransactions({ limit: 1 }), { wrapper });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toMatchObject({ hasMore: true, nextStartingAfter: "1768375011056" });
    expect(result.current.data?.data).toHaveLength(1);
    expect(calls[0]?.url).toBe(`${BASE_URL}/hl/v2/transactions?limit=1`);
  });

  test("useTransactionsInfinite(query) follows nextStartingAfter until hasMore is false", async () => {
    const { wrapper, calls } = setupMayar({ routes });
    const { result } = renderHook(() => useTransactionsInfinite({ limit: 1 }), { wrapper });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.hasNextPage).toBe(true);

    await act(() => result.current.fetchNextPage());

    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    expect(result.current.data?.pages.map((page) => page.data.map((row) => row.id))).toEqual([
      [TRANSACTION_ID],
      ["second"],
    ]);
    expect(result.current.hasNextPage).toBe(false);
    expect(calls.map((call) => new URL(call.url).search)).toEqual([
      "?limit=1",
      "?limit=1&startingAfter=1768375011056",
    ]);
  });

  test("a page-numbered list asks for the next page number while hasMore", async () => {
    const history = (page: number) => ({
      statusCode: 200,
      message: "success",
      total: 2,
      page,
      limit: 1,
      totalPages: 2,
      data: [{ id: `entry-${page}`, amount: 100, createdAt: "2025-08-22T10:32:04.204Z" }],
    });
    const { wrapper, calls } = setupMayar({
      routes: {
        "GET /credit/v1/credit/customer/paginate-credit-history/:customerId": ({ query }) =>
          history(Number(query.get("page") ?? 1)),
      },
    });
    const { result } = renderHook(
      () => useCreditHistoryInfinite("customer-1", { productId: "product-1", limit: 1 }),
      {
        wrapper,
      },
    );
    await waitFor(() => expect(result.current.hasNextPage).toBe(true));

    await act(() => result.current.fetchNextPage());

    await waitFor(() => expect(result.current.data?.pages.map((page) => page.page)).toEqual([1, 2]));
    expect(result.current.hasNextPage).toBe(false);
    expect(calls.map((call) => new URL(call.url).searchParams.get("page"))).toEqual(["1", "2"]);
  });

  test("a cursor Mayar answers twice ends the list instead of looping", async () => {
    const { wrapper } = setupMayar({
      routes: {
        "GET /hl/v2/transactions": () =>
          ok([transaction("paid")], { hasMore: true, nextStartingAfter: "same" }),
      },
    });
    const { result } = renderHook(() => useTransactionsInfinite(), { wrapper });
    await waitFor(() => expect(result.current.hasNextPage).toBe(true));

    await act(() => result.current.fetchNextPage());

    await waitFor(() => expect(result.current.data?.pages).toHaveLength(2));
    expect(result.current.hasNextPage).toBe(false);
  });
});
