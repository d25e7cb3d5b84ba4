// Server-only entry: `import { createMayarProxy } from "@org/mayar-core/server"`.

export type { OperationId } from "./generated/operations";
export { operations } from "./generated/operations";
export {
  createMayarProxy,
  type MayarProxyOptions,
  type MayarProxyPolicy,
} from "./server/create-mayar-proxy";

// Webhook receiver: createMayarWebhookHandler, parseMayarWebhook, the memory and Redis stores, and their types.
export * from "./server/webhooks/index";
