import { createMayarClient, type MayarClient } from "@org/mayar-core";
import { createMayarMock, type MayarMock, type MockFault, type MockOperationId } from "@org/mayar-mock";
import type { Decorator } from "@storybook/react-vite";
import { QueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
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
  const mock = createMayarMock();
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

function MockMayarProvider({
  parameters,
  children,
}: {
  parameters?: MockMayarParameters;
  children: ReactNode;
}) {
  // Once per mounted story: re-renders (args edited in the UI) keep the same mock and its state.
  const [{ client, queryClient }] = useState(() => createStoryMayar(parameters));
  return (
    <MayarProvider client={client} queryClient={queryClient}>
      {children}
    </MayarProvider>
  );
}

/** Wraps every story in a <MayarProvider> backed by @org/mayar-mock, configured by `parameters.mayar`. */
export const withMockMayar: Decorator = (Story, context) => (
  <MockMayarProvider parameters={context.parameters.mayar as MockMayarParameters | undefined}>
    <Story />
  </MockMayarProvider>
);
