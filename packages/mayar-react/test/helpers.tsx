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

/** What a route sees of one request. */
export interface RouteRequest {
  /** The path values, by the names in the route (`:id`). */
  params: Record<string, string>;
  /** The query string. */
  query: URLSearchParams;
  /** The parsed JSON body, if any. */
  body: unknown;
  /** The request's abort signal (the SDK's, which follows the caller's and TanStack's). */
  signal: AbortSignal | undefined;
}

/**
 * Answers for some operations, by `"METHOD /path/:param"` (the path after the client's base URL): a value
 * is sent as the JSON body with status 200, a Response as is. Requests no route matches go to the mock.
 */
export type Routes = Record<string, (request: RouteRequest) => unknown>;

/** Mayar's success envelope around `data`. */
export const ok = (data: unknown, members: Record<string, unknown> = {}) => ({
  statusCode: 200,
  messages: "success",
  ...members,
  data,
});

function routed(routes: Routes, base: string, fallback: typeof fetch): typeof fetch {
  const table = Object.entries(routes).map(([route, handler]) => {
    const [method, path = ""] = route.split(" ");
    const names: string[] = [];
    const pattern = new RegExp(
      `^${path.replace(/:(\w+)/g, (_match, name: string) => {
        names.push(name);
        return "([^/]+)";
      })}$`,
    );
    return { method, pattern, names, handler };
  });
  return (async (url: string, init: RequestInit = {}) => {
    const target = new URL(url);
    const path = target.pathname.slice(new URL(base).pathname.replace(/\/$/, "").length);
    for (const { method, pattern, names, handler } of table) {
      const match = (init.method ?? "GET") === method ? pattern.exec(path) : null;
      if (!match) continue;
      const params = Object.fromEntries(
        names.map((name, i) => [name, decodeURIComponent(match[i + 1] ?? "")]),
      );
      const body = typeof init.body === "string" ? JSON.parse(init.body) : undefined;
      const answer = await handler({
        params,
        query: target.searchParams,
        body,
        signal: init.signal ?? undefined,
      });
      return answer instanceof Response ? answer : Response.json(answer);
    }
    return fallback(url, init);
  }) as typeof fetch;
}

/**
 * A fresh in-memory Mayar, a client talking to it, and a wrapper providing both. Nothing is shared.
 * `routes` answer some operations before the mock does; `calls` records every request the client sent.
 */
export function setupMayar(options: { fetch?: typeof fetch; timeoutMs?: number; routes?: Routes } = {}) {
  const mock: MayarMock = createMayarMock();
  const calls: Request[] = [];
  const answer = routed(options.routes ?? {}, mock.publicUrl, options.fetch ?? mock.fetch);
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
