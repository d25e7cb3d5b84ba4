// The events Mayar POSTs to a merchant's webhook URL (REFERENCE §3): `{ "event": "<type>", "data": { ... } }`.
// They are described once, in the spec's `webhooks:` section (specs/resources/webhook-events.yaml), and
// generated into ../../generated/webhook-events.ts: the type names, the `data` interfaces, one interface
// per event and their union. Only what the handler adds is written here.
import type {
  MayarPaymentReceivedEvent,
  MayarTransaction,
  MayarWebhookEvent,
} from "../../generated/webhook-events";

export {
  MAYAR_WEBHOOK_EVENT_TYPES,
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
} from "../../generated/webhook-events";

/**
 * What `onEvent` receives: the same events, except that payment.received always carries `transaction`,
 * the transaction Mayar confirmed as paid.
 */
export type MayarConfirmedWebhookEvent =
  | Exclude<MayarWebhookEvent, MayarPaymentReceivedEvent>
  | (MayarPaymentReceivedEvent & { readonly transaction: MayarTransaction });
