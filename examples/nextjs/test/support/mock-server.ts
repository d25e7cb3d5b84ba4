// @org/mayar-mock served over HTTP on a free port of 127.0.0.1, as the route's upstream (MAYAR_BASE_URL): the
// Next.js server reaches it like it would reach Mayar. Mounted with core's own toNodeHandler.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { toNodeHandler } from "@org/mayar-core/server";
import { createMayarMock, type MayarMock } from "@org/mayar-mock";

export interface MockServer {
  mock: MayarMock;
  url: string;
  close(): Promise<void>;
}

export async function startMockServer(): Promise<MockServer> {
  let mock: MayarMock | undefined;
  const server = createServer(toNodeHandler((request) => (mock as MayarMock).handle(request)));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Its links point at itself: the page shows them, nothing has to open them.
  mock = createMayarMock({ publicUrl: url });
  return {
    mock,
    url,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
