import { createMayarClient, type MayarClient } from "@org/mayar-core";
import { createMayarMock, type MayarMock, type MockFault, type MockOperationId } from "@org/mayar-mock";
import type { Decorator } from "@storybook/react-vite";
import { QueryClient } from "@tanstack/react-query";
import { type ReactNode, useEffect, useRef, useState } from "react";
import { MayarProvider } from "../src/provider/MayarProvider";

/**
 * `parameters.mayar` of a story: how the in-browser Mayar mock behind the story's <MayarProvider> behaves.
 * Every story gets its own mock and QueryClient, so no story sees another's payments or errors.
 */
export interface MockMayarParameters {
  /** One-shot faults, served to the next calls of an operation (then the mock answers normally again). */
  failNext?: ReadonlyArray<{ operationId: MockOperationId; fault: MockFault }>;
  /** `"hang"`: no answer ever comes (the request only ends when it is aborted, e.g. by the timeout). */
  network?: "hang";
  /** The client's deadline per request. */
  timeoutMs?: number;
  /**
   * Click the story's button once, as soon as it is on screen: the state a click leads to (pending, success,
   * an error message) then shows on the Docs page and in screenshots without anyone clicking, and the mock
   * answers at once (or never, with `network: "hang"`).
   */
  autoClick?: boolean;
}

/** A fetch that never answers: it waits for the request's abort signal, like a server that went silent. */
const hangingFetch = (_url: string, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    const signal = init?.signal;
    signal?.addEventListener("abort", () => reject(signal.reason), { once: true });
  });

function createStoryMayar(parameters: MockMayarParameters = {}): {
  mock: MayarMock;
  client: MayarClient;
  queryClient: QueryClient;
} {
  // Links at this page's origin (`/mock-mayar/pl/<slug>`): a click with the default redirect ("same-tab")
  // opens the stand-in for Mayar's payment page that `storybook dev` serves there (.storybook/main.ts).
  const mock = createMayarMock({ publicUrl: new URL("/mock-mayar", window.location.origin).href });
  for (const { operationId, fault } of parameters.failNext ?? []) mock.failNext(operationId, fault);
  const client = createMayarClient({
    baseUrl: mock.publicUrl,
    // The mock's key: not a secret, it only unlocks the mock.
    apiKey: mock.apiKey,
    dangerouslyAllowBrowser: true,
    fetch: parameters.network === "hang" ? hangingFetch : mock.fetch,
    ...(parameters.timeoutMs ? { timeoutMs: parameters.timeoutMs } : {}),
  });
  return { mock, client, queryClient: new QueryClient() };
}

/**
 * A <MayarProvider> backed by its own in-browser mock, configured by `parameters`. Stories get one each
 * through `withMockMayar`; the "All states" grid nests one per cell, so each cell can fail its own way.
 */
export function MockMayar({
  parameters,
  children,
}: {
  parameters?: MockMayarParameters;
  children: ReactNode;
}) {
  // Once per mounted story: re-renders (args edited in the UI) keep the same mock and its state.
  const [{ client, queryClient }] = useState(() => createStoryMayar(parameters));
  const frame = useRef<HTMLDivElement>(null);
  const clicked = useRef(false);
  const autoClick = parameters?.autoClick === true;
  useEffect(() => {
    if (!autoClick || clicked.current) return;
    clicked.current = true;
    frame.current?.querySelector("button")?.click();
  }, [autoClick]);
  return (
    <MayarProvider client={client} queryClient={queryClient}>
      {/* display: contents, so this wrapper never changes the story's layout. */}
      <div ref={frame} style={{ display: "contents" }}>
        {children}
      </div>
    </MayarProvider>
  );
}

/** Wraps every story in a <MayarProvider> backed by @org/mayar-mock, configured by `parameters.mayar`. */
export const withMockMayar: Decorator = (Story, context) => (
  <MockMayar parameters={context.parameters.mayar as MockMayarParameters | undefined}>
    <Story />
  </MockMayar>
);
