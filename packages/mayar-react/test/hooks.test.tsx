import { createMayarClient, MayarApiError, MayarError, MayarTimeoutError } from "@org/mayar-core";
import { QueryClient, useMutation } from "@tanstack/react-query";
import { act, renderHook, waitFor } from "@testing-library/react";
import { describe, expect, test } from "vitest";
import {
  useCancelMember,
  useChangePaymentRequestStatus,
  useCreatePaymentRequest,
  useGenerateImmutableCheckoutLink,
} from "../src/generated/hooks";
import {
  createPaymentRequestMutationOptions,
  generateImmutableCheckoutLinkMutationOptions,
} from "../src/generated/options";
import { mayarKeys } from "../src/keys/mayar-keys";
import { creditCheckout, hangingFetch, ok, payment, setupMayar } from "./helpers";

describe("useCreatePaymentRequest", () => {
  test("creates a payment request and returns its hosted link", async () => {
    const { wrapper, mock } = setupMayar();
    const { result } = renderHook(() => useCreatePaymentRequest(), { wrapper });

    act(() => result.current.mutate(payment));

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const created = mock.payments[0];
    expect(result.current.data).toEqual({
      id: created?.id,
      transactionId: expect.any(String),
      link: `${mock.publicUrl}/pl/${created?.slug}`,
    });
    expect(mock.payments).toHaveLength(1);
  });

  test("error is the MayarApiError the client threw: instance, kind, status and body kept", async () => {
    const { wrapper, mock } = setupMayar();
    mock.failNext("createPaymentRequest", {
      status: 409,
      body: { statusCode: 409, messages: "already exist" },
    });
    const { result } = renderHook(() => useCreatePaymentRequest(), { wrapper });

    act(() => result.current.mutate(payment));

    await waitFor(() => expect(result.current.isError).toBe(true));
    const error = result.current.error;
    expect(error).toBeInstanceOf(MayarApiError);
    expect(error).toMatchObject({
      kind: "conflict",
      status: 409,
      message: "already exist",
      body: { statusCode: 409, messages: "already exist" },
    });
  });

  test("Mayar's duplicate-create 429 keeps its own kind", async () => {
    const { wrapper } = setupMayar();
    const { result } = renderHook(() => useCreatePaymentRequest(), { wrapper });

    await act(() => result.current.mutateAsync(payment));
    act(() => result.current.mutate(payment));

    await waitFor(() =>
      expect(result.current.error).toMatchObject({ kind: "duplicate_request", status: 429 }),
    );
  });

  test("requestOptions reach the client: a per-call deadline", async () => {
    const { wrapper } = setupMayar({ fetch: hangingFetch });
    const { result } = renderHook(() => useCreatePaymentRequest({ requestOptions: { timeoutMs: 20 } }), {
      wrapper,
    });

    act(() => result.current.mutate(payment));

    await waitFor(() => expect(result.current.error).toBeInstanceOf(MayarTimeoutError));
    expect(result.current.error).toMatchObject({ kind: "timeout", timeoutMs: 20 });
  });

  test("useMutation options pass through (callbacks run with the result)", async () => {
    const { wrapper } = setupMayar();
    const links: string[] = [];
    const { result } = renderHook(
      () => useCreatePaymentRequest({ onSuccess: ({ link }) => links.push(link) }),
      {
        wrapper,
      },
    );

    const created = await act(() => result.current.mutateAsync(payment));

    expect(links).toEqual([created.link]);
  });

  test("the mutation is registered under [{ operationId, baseUrl }] in the provider's QueryClient", async () => {
    const { wrapper, queryClient, client } = setupMayar();
    const { result } = renderHook(() => useCreatePaymentRequest(), { wrapper });

    await act(() => result.current.mutateAsync(payment));

    const [mutation] = queryClient.getMutationCache().getAll();
    expect(mutation?.options.mutationKey).toEqual([
      { operationId: "createPaymentRequest", baseUrl: "http://127.0.0.1/mock-mayar" },
    ]);
    expect(queryClient.getMutationCache().find({ mutationKey: mayarKeys.createPaymentRequest(client) })).toBe(
      mutation,
    );
  });

  test.each([
    [
      "not an object",
      "fast",
      "options must be an object of useMutation options (onSuccess, onError, retry, ...) or left out, got string",
    ],
    [
      "overriding mutationFn",
      { mutationFn: () => Promise.resolve() },
      '"mutationFn" is set by the hook. To change it, call useMutation({ ...createPaymentRequestMutationOptions(client), mutationFn }) yourself.',
    ],
    ["overriding mutationKey", { mutationKey: ["x"] }, '"mutationKey" is set by the hook.'],
  ])("rejects options %s", (_name, options, message) => {
    const { wrapper } = setupMayar();
    expect(() => renderHook(() => useCreatePaymentRequest(options as never), { wrapper })).toThrow(
      `useCreatePaymentRequest(options): ${message}`,
    );
  });
});

describe("useGenerateImmutableCheckoutLink", () => {
  test("returns the immutable checkout link for a credit product", async () => {
    const { wrapper, mock } = setupMayar();
    const { result } = renderHook(() => useGenerateImmutableCheckoutLink(), { wrapper });

    act(() => result.current.mutate(creditCheckout));

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({
      creditUsageImmutableCheckoutUrl: expect.stringMatching(
        new RegExp(`^${mock.publicUrl}/pl/credit-[a-z0-9-]+\\?immutable=`),
      ),
      paymentLinkUrl: expect.stringContaining(`${mock.publicUrl}/pl/credit-`),
    });
  });

  test("a refused connection is a MayarError of kind network", async () => {
    const { wrapper, mock } = setupMayar();
    mock.failNext("generateImmutableCheckoutLink", "network-error");
    const { result } = renderHook(() => useGenerateImmutableCheckoutLink(), { wrapper });

    act(() => result.current.mutate(creditCheckout));

    await waitFor(() => expect(result.current.error).toBeInstanceOf(MayarError));
    expect(result.current.error?.kind).toBe("network");
  });

  test("its key names its own operation", () => {
    const { client } = setupMayar();
    expect(generateImmutableCheckoutLinkMutationOptions(client).mutationKey).toEqual([
      { operationId: "generateImmutableCheckoutLink", baseUrl: "http://127.0.0.1/mock-mayar" },
    ]);
  });
});

describe("option factories and keys", () => {
  test("two clients never share a key", () => {
    const sandbox = createMayarClient({ baseUrl: "https://shop.example/api/mayar-sandbox" });
    const production = createMayarClient({ baseUrl: "/api/mayar" });
    const a = createPaymentRequestMutationOptions(sandbox).mutationKey;
    const b = createPaymentRequestMutationOptions(production).mutationKey;
    expect(a).toEqual([
      { operationId: "createPaymentRequest", baseUrl: "https://shop.example/api/mayar-sandbox" },
    ]);
    expect(b).toEqual([{ operationId: "createPaymentRequest", baseUrl: "/api/mayar" }]);
  });

  test("mayarKeys.operation matches an operation across clients", async () => {
    const queryClient = new QueryClient();
    const first = setupMayar();
    const second = createMayarClient({ baseUrl: "https://other.example/api", fetch: first.mock.fetch });
    await queryClient
      .getMutationCache()
      .build(queryClient, createPaymentRequestMutationOptions(first.client))
      .execute(payment);
    await queryClient
      .getMutationCache()
      .build(queryClient, createPaymentRequestMutationOptions(second))
      .execute({ ...payment, name: "Order #1043" })
      .catch(() => {});
    const byOperation = queryClient
      .getMutationCache()
      .findAll({ mutationKey: mayarKeys.operation("createPaymentRequest") });
    const byClient = queryClient
      .getMutationCache()
      .findAll({ mutationKey: mayarKeys.createPaymentRequest(first.client) });
    expect(byOperation).toHaveLength(2);
    expect(byClient).toHaveLength(1);
  });

  test("the factories work with plain useMutation", async () => {
    const { wrapper, client, queryClient } = setupMayar();
    const { result } = renderHook(
      () => useMutation(createPaymentRequestMutationOptions(client), queryClient),
      {
        wrapper,
      },
    );
    const created = await act(() => result.current.mutateAsync(payment));
    expect(created.link).toMatch(/\/pl\//);
    await waitFor(() => expect(result.current.data).toBe(created));
  });

  test("a non-MayarError thrown by a custom fetch still arrives as a MayarError (kind unknown, cause kept)", async () => {
    const bug = new RangeError("bug in a custom fetch wrapper");
    const client = createMayarClient({ baseUrl: "/api/mayar" });
    const broken = {
      ...client,
      paymentRequests: { ...client.paymentRequests, create: () => Promise.reject(bug) },
    };
    const options = createPaymentRequestMutationOptions(broken);
    const error = await options.mutationFn?.(payment, {} as never).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MayarError);
    expect(error).toMatchObject({ kind: "unknown", cause: bug });
  });

  test.each([
    [createPaymentRequestMutationOptions, "createPaymentRequestMutationOptions(client)"],
    [generateImmutableCheckoutLinkMutationOptions, "generateImmutableCheckoutLinkMutationOptions(client)"],
  ] as const)("%o validates its client", (factory, name) => {
    expect(() => factory(undefined as never)).toThrow(
      `${name} must be a MayarClient from @org/mayar-core, got undefined.`,
    );
  });
});

describe("a caller's signal (requestOptions.signal)", () => {
  test("aborts the run in flight, as a MayarError of kind aborted; later runs ignore the spent signal", async () => {
    let hang = true;
    const mayar = setupMayar({
      routes: {
        "POST /hl/v2/payments/create": ({ signal }) =>
          hang
            ? hangingFetch("", { signal })
            : ok({ id: "pr_1", transactionId: "tx_1", link: "https://m.example/pl/1" }),
      },
    });
    const controller = new AbortController();
    const { result } = renderHook(
      () => useCreatePaymentRequest({ requestOptions: { signal: controller.signal } }),
      {
        wrapper: mayar.wrapper,
      },
    );
    act(() => result.current.mutate(payment));
    await waitFor(() => expect(mayar.calls).toHaveLength(1));

    controller.abort();

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(MayarError);
    expect(result.current.error?.kind).toBe("aborted");

    hang = false;
    const created = await act(() => result.current.mutateAsync(payment));
    expect(created.link).toBe("https://m.example/pl/1");
  });
});

describe("mutation variables follow the operation's arguments", () => {
  test("path parameters only: mutate({ id, action })", async () => {
    const seen: string[] = [];
    const mayar = setupMayar({
      routes: {
        "POST /hl/v2/payments/:id/:action": ({ params }) => {
          seen.push(`${params.id} ${params.action}`);
          return { statusCode: 200, messages: "success" };
        },
      },
    });
    const { result } = renderHook(() => useChangePaymentRequestStatus(), { wrapper: mayar.wrapper });
    await act(() => result.current.mutateAsync({ id: "pr_1", action: "close" }));
    expect(seen).toEqual(["pr_1 close"]);
  });

  test("path parameters and a body: mutate({ memberId, body })", async () => {
    const seen: unknown[] = [];
    const mayar = setupMayar({
      routes: {
        "POST /hl/v2/memberships/members/:memberId/cancel": ({ params, body }) => {
          seen.push(params.memberId, body);
          return ok({ membershipCustomer: { id: "m_1" } });
        },
      },
    });
    const { result } = renderHook(() => useCancelMember(), { wrapper: mayar.wrapper });
    const body = { productId: "product-1" };
    await act(() => result.current.mutateAsync({ memberId: "member-1", body }));
    expect(seen).toEqual(["member-1", body]);
  });
});
