// Receiving Mayar's webhooks: the handler, the parser for receivers you write yourself, the stores.
export {
  createMayarWebhookHandler,
  DEFAULT_WEBHOOK_MAX_BODY_BYTES,
  type MayarWebhookClient,
  type MayarWebhookErrorContext,
  type MayarWebhookHandlerOptions,
  MIN_WEBHOOK_TOKEN_LENGTH,
} from "./create-mayar-webhook-handler";
export { mayarWebhookEventKey } from "./event-key";
export {
  MAYAR_WEBHOOK_EVENT_TYPES,
  type MayarConfirmedWebhookEvent,
  type MayarMemberChangedTierEvent,
  type MayarMemberExpiredEvent,
  type MayarMembershipWebhookData,
  type MayarMemberUnsubscribedEvent,
  type MayarNewMemberEvent,
  type MayarPaymentReceivedEvent,
  type MayarPaymentReminderEvent,
  type MayarPaymentWebhookData,
  type MayarShipperStatusEvent,
  type MayarShipperWebhookData,
  type MayarTransaction,
  type MayarWebhookEvent,
  type MayarWebhookEventType,
} from "./events";
export { createMemoryWebhookStore, type MemoryWebhookStoreOptions } from "./memory-store";
export { MAX_WEBHOOK_DEPTH, MayarUnknownWebhookEventError, parseMayarWebhook } from "./parse-mayar-webhook";
export {
  createRedisWebhookStore,
  type IoRedisLikeClient,
  type MayarWebhookRedisClient,
  type NodeRedisLikeClient,
  type RedisWebhookStoreOptions,
} from "./redis-store";
export {
  DEFAULT_WEBHOOK_LEASE_MS,
  DEFAULT_WEBHOOK_TTL_MS,
  type MayarWebhookClaim,
  type MayarWebhookStore,
} from "./store";
export { createMayarWebhookRequest, type MayarWebhookRequestInit } from "./test-request";
