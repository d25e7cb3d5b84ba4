// A client made by composeMayarClient (only the namespaces a page calls: the small browser bundle) works
// wherever a createMayarClient one does: <MayarProvider>, <PayButton>, the generated hooks and factories.
// The types say which namespace each factory needs (tsc runs this file in `typecheck`), and a hook whose
// namespace the provider's client lacks throws naming the fix instead of "cannot read properties of undefined".
import { composeMayarClient, credits, paymentRequests, transactions } from "@org/mayar-core";
import { createMayarMock } from "@org/mayar-mock";
import { QueryClient } from "@tanstack/react-query";
import { fireEvent, render, renderHook, screen, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, expectTypeOf, test, vi } from "vitest";
import { useCreateInvoice, useCreatePaymentRequest, useTransaction } from "../src/generated/hooks";
import {
  createInvoiceMutationOptions,
  createPaymentRequestMutationOptions,
  transactionQueryOptions,
} from "../src/generated/options";
import { PayButton } from "../src/pay-button/PayButton";
import { MayarProvider, type MayarProviderProps } from "../src/provider/MayarProvider";
import { useMayarClient } from "../src/provider/use-mayar-client";
import { creditCheckout, payment } from "./helpers";

afterEach(() => vi.restoreAllMocks());

/** A mock Mayar and a composed client talking to it with only the namespaces given. */
function composedOver<Picked extends Parameters<typeof composeMayarClient>[1]>(picked: Picked) {
  const mock = createMayarMock();
  const client = composeMayarClient(
    { baseUrl: mock.publicUrl, apiKey: mock.apiKey, dangerouslyAllowBrowser: true, fetch: mock.fetch },
    picked,
  );
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <MayarProvider client={client} queryClient={queryClient}>
      {children}
    </MayarProvider>
  );
  return { mock, client, wrapper };
}

describe("types", () => {
  const onlyPayments = composeMayarClient({ baseUrl: "/api/mayar" }, { paymentRequests });

  test("<MayarProvider client> takes a composed client", () => {
    expectTypeOf(onlyPayments).toExtend<MayarProviderProps["client"]>();
  });

  test("a factory takes a client that has the namespace it calls, and refuses one that lacks it", () => {
    expectTypeOf(createPaymentRequestMutationOptions).toBeCallableWith(onlyPayments);
    // @ts-expect-error: createInvoice calls mayar.invoices, which this client was not composed with
    expect(() => createInvoiceMutationOptions(onlyPayments)).toThrow(TypeError);
    const withTransactions = composeMayarClient({ baseUrl: "/api/mayar" }, { transactions });
    expectTypeOf(transactionQueryOptions).toBeCallableWith(withTransactions, "txn_1");
  });
});

describe("at run time", () => {
  test("<PayButton> creates a payment through a composed client", async () => {
    const { mock, wrapper } = composedOver({ paymentRequests });
    const onSuccess = vi.fn();
    render(<PayButton payment={payment} redirect={false} onSuccess={onSuccess} />, { wrapper });
    fireEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    const [{ paymentRequest }] = onSuccess.mock.calls[0] as [{ paymentRequest: { id: string } }];
    expect(mock.payments.map((kept) => kept.id)).toContain(paymentRequest.id);
  });

  test("<PayButton creditCheckout> needs only the credits namespace", async () => {
    const { wrapper } = composedOver({ credits });
    const onSuccess = vi.fn();
    render(<PayButton creditCheckout={creditCheckout} redirect={false} onSuccess={onSuccess} />, { wrapper });
    fireEvent.click(screen.getByRole("button"));
    await waitFor(() => expect(onSuccess).toHaveBeenCalledOnce());
    expect(onSuccess.mock.calls[0]?.[0]).toMatchObject({ type: "creditCheckout" });
  });

  test("<PayButton payment> under a client composed without paymentRequests throws naming the fix", () => {
    vi.spyOn(console, "error").mockImplementation(() => {});
    const { wrapper } = composedOver({ credits });
    expect(() => render(<PayButton payment={payment} />, { wrapper })).toThrow(
      "<PayButton payment> calls mayar.paymentRequests, which the client of <MayarProvider> does not have: it " +
        "was made by composeMayarClient without paymentRequests. Add it (composeMayarClient(options, { credits, paymentRequests })) " +
        "or use createMayarClient.",
    );
  });

  test("a generated hook runs through a composed client", async () => {
    const { wrapper } = composedOver({ paymentRequests });
    const { result } = renderHook(() => useCreatePaymentRequest(), { wrapper });
    const created = await result.current.mutateAsync(payment);
    expect(created.link).toMatch(/^https?:\/\//);
  });

  test("useMayarClient() returns the composed client", () => {
    const { client, wrapper } = composedOver({ paymentRequests });
    const { result } = renderHook(() => useMayarClient<typeof client>(), { wrapper });
    expect(result.current).toBe(client);
    expectTypeOf(result.current.paymentRequests.create).toBeFunction();
  });

  test.each([
    ["useCreateInvoice()", "invoices", () => useCreateInvoice()],
    ["useTransaction()", "transactions", () => useTransaction("txn_1")],
  ] as Array<[string, string, () => unknown]>)(
    "%s under a client composed without its namespace throws naming the fix",
    (name, namespace, hook) => {
      vi.spyOn(console, "error").mockImplementation(() => {});
      const { wrapper } = composedOver({ paymentRequests });
      expect(() => renderHook(hook, { wrapper })).toThrow(
        `${name} calls mayar.${namespace}, which the client of <MayarProvider> does not have: it was made by ` +
          `composeMayarClient without ${namespace}. Add it (composeMayarClient(options, { paymentRequests, ${namespace} })) ` +
          "or use createMayarClient.",
      );
    },
  );
});
