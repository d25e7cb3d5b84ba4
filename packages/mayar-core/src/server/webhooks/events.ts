// The events Mayar POSTs to a merchant's webhook URL (REFERENCE §3): `{ "event": "<type>", "data": { ... } }`.
// Only payment.received, payment.reminder and membership.memberExpired have been seen; the other payloads are
// typed after them (inferred). Every `data` keeps the members Mayar sent that are not listed here.
import type { DataOf } from "../../operations/types";

/** The event types Mayar documents, in the order of its table. */
export const MAYAR_WEBHOOK_EVENT_TYPES = [
  "payment.received",
  "payment.reminder",
  "shipper.status",
  "membership.memberUnsubscribed",
  "membership.memberExpired",
  "membership.changeTierMemberRegistered",
  "membership.newMemberRegistered",
] as const;

/** One of Mayar's documented event types. */
export type MayarWebhookEventType = (typeof MAYAR_WEBHOOK_EVENT_TYPES)[number];

/** A transaction as `client.transactions.get(id)` answers it: `status: "paid"` is the proof of payment. */
export type MayarTransaction = DataOf<"getTransaction">;

/**
 * `data` of payment.received and payment.reminder, as Mayar sent it: **unverified** (anyone who knows the
 * URL could have sent it). `status` is the delivery's status ("SUCCESS"), `transactionStatus` the
 * transaction's ("paid", "created"); in Mayar's examples `id === transactionId`.
 */
export interface MayarPaymentWebhookData {
  /** Mayar's docs call it the webhook id; in every example it equals `transactionId`. */
  readonly id?: string;
  /** The transaction id: pass it to `client.transactions.get`. */
  readonly transactionId?: string;
  readonly status?: string | null;
  readonly transactionStatus?: string | null;
  /** ISO-8601 in the examples; some Mayar timestamps are epoch milliseconds. */
  readonly createdAt?: string | number | null;
  readonly updatedAt?: string | number | null;
  readonly merchantId?: string | null;
  readonly merchantName?: string | null;
  readonly merchantEmail?: string | null;
  readonly customerId?: string | null;
  readonly customerName?: string | null;
  readonly customerEmail?: string | null;
  readonly customerMobile?: string | null;
  /** As the payload claims it, in rupiah. Compare your order with `event.transaction.amount` instead. */
  readonly amount?: number | null;
  readonly isAdminFeeBorneByCustomer?: boolean | null;
  readonly isChannelFeeBorneByCustomer?: boolean | null;
  readonly productId?: string | null;
  readonly productName?: string | null;
  readonly productType?: string | null;
  readonly pixelFbp?: string | null;
  readonly pixelFbc?: string | null;
  readonly qty?: number | null;
  /** `null` in the examples; its shape when a coupon was used is not documented. */
  readonly couponUsed?: unknown;
  readonly paymentMethod?: string | null;
  readonly [member: string]: unknown;
}

/** `data` of the membership.* events (only memberExpired's was seen; the others are assumed alike). */
export interface MayarMembershipWebhookData {
  readonly merchantId?: string | null;
  readonly merchantName?: string | null;
  /** The member's status, e.g. "INACTIVE" when expired. */
  readonly status?: string | null;
  /** The member id, e.g. "MBR8X2QK": pass it to `client.memberships.getMember` to confirm. */
  readonly memberId?: string | null;
  readonly customerId?: string | null;
  readonly customerName?: string | null;
  readonly customerEmail?: string | null;
  readonly customerMobile?: string | null;
  readonly [member: string]: unknown;
}

/** `data` of shipper.status. Mayar shows no example: only the members a key needs are typed. */
export interface MayarShipperWebhookData {
  readonly id?: string | null;
  readonly transactionId?: string | null;
  /** The shipment's new status. */
  readonly status?: string | null;
  readonly [member: string]: unknown;
}

interface EventOf<Type extends MayarWebhookEventType, Data> {
  /** Mayar's `event` member. */
  readonly type: Type;
  /** Mayar's `data` member, as sent: unverified. */
  readonly data: Data;
  /** Only payment.received carries the confirmed transaction (set by the handler, never by the parser). */
  readonly transaction?: undefined;
}

/** After the customer paid. `transaction` is set by createMayarWebhookHandler once Mayar confirms `paid`. */
export interface MayarPaymentReceivedEvent {
  readonly type: "payment.received";
  readonly data: MayarPaymentWebhookData;
  /** The transaction as Mayar answered it (`status: "paid"`); absent from what parseMayarWebhook returns. */
  readonly transaction?: MayarTransaction;
}
/** The customer has not finished paying 29 minutes after starting. */
export interface MayarPaymentReminderEvent extends EventOf<"payment.reminder", MayarPaymentWebhookData> {}
/** The tracking of a physical product's shipment changed. */
export interface MayarShipperStatusEvent extends EventOf<"shipper.status", MayarShipperWebhookData> {}
/** A member unsubscribed. */
export interface MayarMemberUnsubscribedEvent
  extends EventOf<"membership.memberUnsubscribed", MayarMembershipWebhookData> {}
/** A membership expired. */
export interface MayarMemberExpiredEvent
  extends EventOf<"membership.memberExpired", MayarMembershipWebhookData> {}
/** A member changed tier (package). */
export interface MayarMemberChangedTierEvent
  extends EventOf<"membership.changeTierMemberRegistered", MayarMembershipWebhookData> {}
/** A new member subscribed. */
export interface MayarNewMemberEvent
  extends EventOf<"membership.newMemberRegistered", MayarMembershipWebhookData> {}

/** Any documented Mayar webhook event, as parseMayarWebhook returns it. Switch on `type`. */
export type MayarWebhookEvent =
  | MayarPaymentReceivedEvent
  | MayarPaymentReminderEvent
  | MayarShipperStatusEvent
  | MayarMemberUnsubscribedEvent
  | MayarMemberExpiredEvent
  | MayarMemberChangedTierEvent
  | MayarNewMemberEvent;

/**
 * What `onEvent` receives: the same events, except that payment.received always carries `transaction`,
 * the transaction Mayar confirmed as paid.
 */
export type MayarConfirmedWebhookEvent =
  | Exclude<MayarWebhookEvent, MayarPaymentReceivedEvent>
  | (MayarPaymentReceivedEvent & { readonly transaction: MayarTransaction });
