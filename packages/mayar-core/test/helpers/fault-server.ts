// A scripted HTTP server on 127.0.0.1 that can also misbehave (drop the connection, hang, redirect), for the
// transport tests: the proxy tests' upstream (./upstream.ts) with a plain `ok` answer once the script runs out.
import { type Arrival, type Reply, startUpstream, type Upstream } from "./upstream";

export type { Arrival };
export type Fault = Reply;
export type FaultServer = Upstream;

export const OK = {
  statusCode: 200,
  messages: "success",
  data: { id: "pr_1", transactionId: "tr_1", link: "https://x.myr.id/pl/1" },
};

export const startFaultServer = (): Promise<FaultServer> => startUpstream({ status: 200, json: OK });
