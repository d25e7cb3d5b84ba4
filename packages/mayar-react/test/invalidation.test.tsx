import { createMayarClient } from "@org/mayar-core";
import { useMutation } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import { useCreateCustomer, useCreatePaymentRequest, useTransaction } from "../src/generated/hooks";
import {
  balanceQueryOptions,
  createPaymentRequestMutationOptions,
  customersQueryOptions,
  invoiceQueryOptions,
  paymentRequestsInfiniteQueryOptions,
  transactionQueryOptions,
} from "../src/generated/options";
import { mayarKeys } from "../src/keys/mayar-keys";
import { ok, payment, setupMayar } from "./helpers";

const reads = {
  "GET /hl/v2/transactions/:id": ({ params }: { params: Record<string, string> }) =>
    ok({ id: params.id, status: "unpaid", amount: 100000 }),
  "GET /hl/v2/balances": () => ok({ balanceActive: 0, balancePending: 0, balance: 0 }),
  "GET /hl/v2/invoices/:id": ({ params }: { params: Record<string, string> }) =>
    ok({ id: params.id, amount: 1, status: "unpaid", link: "x" }),
  "GET /hl/v2/customers": () => ok([], { hasMore: false }),
  "GET /hl/v2/payments": () => ok([], { hasMore: false }),
  "POST /hl/v2/customers/create": () => ok({ customerId: "c1", email: "budi@example.com" }),
};

/** Caches one query of each kind the test looks at, with no observer (so invalidation marks, not refetches). */
async function cacheReads(mayar: ReturnType<typeof setupMayar>) {
  const { client, queryClient } = mayar;
  const options = {
    transaction: transactionQueryOptions(client, "tx_1"),
    balance: balanceQueryOptions(client),
    invoice: invoiceQueryOptions(client, "inv_1"),
    customers: customersQueryOptions(client),
    paymentRequests: paymentRequestsInfiniteQueryOptions(client),
  };
  await Promise.all([
    queryClient.fetchQuery(options.transaction),
    queryClient.fetchQuery(options.balance),
    queryClient.fetchQuery(options.invoice),
    queryClient.fetchQuery(options.customers),
    queryClient.fetchInfiniteQuery(options.paymentRequests),
  ]);
  return () =>
    Object.fromEntries(
      Object.entries(options).map(([name, { queryKey }]) => [
        name,
        queryClient.getQueryState(queryKey)?.isInvalidated,
      ]),
    );
}

describe("writes invalidate the reads they change", () => {
  test("a payment request invalidates this client's paymentRequests, transactions and balances queries", async () => {
    const mayar = setupMayar({ routes: reads });
    const invalidated = await cacheReads(mayar);
    const { result } = renderHook(() => useCreatePaymentRequest(), { wrapper: mayar.wrapper });

    await act(() => result.current.mutateAsync(payment));

    expect(invalidated()).toEqual({
      transaction: true,
      balance: true,
      paymentRequests: true,
      invoice: false,
      customers: false,
    });
  });

  test("any other write invalidates its own namespace only", async () => {
    const mayar = setupMayar({ routes: reads });
    const invalidated = await cacheReads(mayar);
    const { result } = renderHook(() => useCreateCustomer(), { wrapper: mayar.wrapper });

    await act(() => result.current.mutateAsync({ name: "Budi", email: "budi@example.com", mobile: "0812" }));

    expect(invalidated()).toEqual({
      transaction: false,
      balance: false,
      paymentRequests: false,
      invoice: false,
      customers: true,
    });
  });

  test("another client's queries are left alone", async () => {
    const mayar = setupMayar({ routes: reads });
    const other = createMayarClient({
      baseUrl: "https://other.example/api/mayar",
      fetch: () => Promise.resolve(Response.json(ok({ id: "tx_1", status: "paid", amount: 1 }))),
    });
    await mayar.queryClient.fetchQuery(transactionQueryOptions(other, "tx_1"));
    const { result } = renderHook(() => useCreatePaymentRequest(), { wrapper: mayar.wrapper });

    await act(() => result.current.mutateAsync(payment));

    expect(
      mayar.queryClient.getQueryState(transactionQueryOptions(other, "tx_1").queryKey)?.isInvalidated,
    ).toBe(false);
  });

  test("a failed write invalidates nothing", async () => {
    const mayar = setupMayar({ routes: reads });
    const invalidated = await cacheReads(mayar);
    mayar.mock.failNext("createPaymentRequest", { status: 500 });
    const { result } = renderHook(() => useCreatePaymentRequest(), { wrapper: mayar.wrapper });

    await act(() => result.current.mutateAsync(payment).catch(() => {}));

    expect(Object.values(invalidated())).toEqual([false, false, false, false, false]);
  });

  test("your own onSuccess does not switch it off (plain useMutation over the factory)", async () => {
    const mayar = setupMayar({ routes: reads });
    const invalidated = await cacheReads(mayar);
    const seen: string[] = [];
    const { result } = renderHook(
      () =>
        useMutation(
          { ...createPaymentRequestMutationOptions(mayar.client), onSuccess: ({ link }) => seen.push(link) },
          mayar.queryClient,
        ),
      { wrapper: mayar.wrapper },
    );

    await act(() => result.current.mutateAsync(payment));

    expect(seen).toHaveLength(1);
    expect(invalidated().transaction).toBe(true);
  });

  test("a mounted read refetches: a waiting screen sees the change", async () => {
    let status = "unpaid";
    const mayar = setupMayar({
      routes: { ...reads, "GET /hl/v2/transactions/:id": () => ok({ id: "tx_1", status, amount: 1 }) },
    });
    const { result } = renderHook(
      () => ({ transaction: useTransaction("tx_1"), create: useCreatePaymentRequest() }),
      {
        wrapper: mayar.wrapper,
      },
    );
    await waitFor(() => expect(result.current.transaction.data?.status).toBe("unpaid"));

    status = "paid";
    await act(() => result.current.create.mutateAsync(payment));

    await waitFor(() => expect(result.current.transaction.data?.status).toBe("paid"));
  });

  test("mayarKeys filters match the keys: namespace, operation, client, all", async () => {
    const mayar = setupMayar({ routes: reads });
    await cacheReads(mayar);
    const cache = mayar.queryClient.getQueryCache();
    const count = (queryKey: readonly unknown[]) => cache.findAll({ queryKey }).length;

    expect(count(mayarKeys.all)).toBe(5);
    expect(count(mayarKeys.client(mayar.client))).toBe(5);
    expect(count(mayarKeys.client({ baseUrl: "https://elsewhere.example" }))).toBe(0);
    expect(count(mayarKeys.namespace(mayar.client, "transactions"))).toBe(1);
    expect(count(mayarKeys.query("getInvoice", mayar.client))).toBe(1);
    expect(count(mayarKeys.query("getInvoice", mayar.client, { id: "inv_1" }))).toBe(1);
    expect(count(mayarKeys.query("getInvoice", mayar.client, { id: "inv_2" }))).toBe(0);
    expect(count(mayarKeys.operation("getTransaction"))).toBe(1);
  });
});
