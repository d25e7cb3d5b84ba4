// Server-only entry: `import { createMayarProxy, toNodeHandler } from "@org/mayar-core/server"`.

export type { OperationId } from "./generated/operations";
export { operations } from "./generated/operations";
export {
  createMayarProxy,
  type MayarProxyContext,
  type MayarProxyErrorContext,
  type MayarProxyHandler,
  type MayarProxyOptions,
  type MayarProxyPolicy,
  type MayarProxyUncheckedBody,
} from "./server/create-mayar-proxy";
export {
  DEFAULT_PROXY_MAX_BODY_BYTES,
  DEFAULT_PROXY_MAX_RESPONSE_BYTES,
  DEFAULT_PROXY_TIMEOUT_MS,
} from "./server/proxy/options";
export { MAX_PROXY_BODY_DEPTH } from "./server/proxy/request";
export {
  type NodeHandler,
  type NodeRequestLike,
  type NodeResponseLike,
  toNodeHandler,
} from "./server/to-node-handler";

// Webhook receiver: createMayarWebhookHandler, parseMayarWebhook, the memory and Redis stores, and their types.
export * from "./server/webhooks/index";
