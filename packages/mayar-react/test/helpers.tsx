import { createMayarClient, type MayarClient } from "@org/mayar-core";
import { createMayarMock, type MayarMock } from "@org/mayar-mock";
import { QueryClient } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { MayarProvider } from "../src/provider/MayarProvider";

export const payment = { name: "Order #1042", amount: 100000, email: "budi.santoso@example.com" };
export const creditCheckout = {
  productId: "0e787345-9aaf-4b72-aa00-1174be6b52b1",
  creditAmount: 1000,
  customerInfo: { name: "Budi Santoso", email: "budi.santoso@example.com", mobile: "081234567890" },
};

/** A fresh in-memory Mayar, a client talking to it, and a wrapper providing both. Nothing is shared. */
export function setupMayar(options: { fetch?: typeof fetch; timeoutMs?: number } = {}) {
  const mock: MayarMock = createMayarMock();
  const calls: Request[] = [];
  const answer = options.fetch ?? mock.fetch;
  const client: MayarClient = createMayarClient({
    baseUrl: mock.publicUrl,
    apiKey: mock.apiKey,
    dangerouslyAllowBrowser: true,
    fetch: (url: string, init: RequestInit) => {
      calls.push(new Request(url, init));
      return answer(url, init);
    },
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  const queryClient = new QueryClient();
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <MayarProvider client={client} queryClient={queryClient}>
      {children}
    </MayarProvider>
  );
  return { mock, client, queryClient, wrapper, calls };
}

/** A fetch that never answers: it only settles when the request is aborted (by a timeout or a signal). */
export const hangingFetch = ((_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  })) as typeof fetch;
