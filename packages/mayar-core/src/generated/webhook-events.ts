// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.

import type { DataOf } from "../operations/types";

/** The event types Mayar documents, in the order of its table. */
export const MAYAR_WEBHOOK_EVENT_TYPES = ["payment.received","payment.reminder","shipper.status","membership.memberUnsubscribed","membership.memberExpired","membership.changeTierMemberRegistered","membership.newMemberRegistered"] as const;

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
  /** The delivery's status ("SUCCESS"). */
  readonly status?: string | null;
  /** The transaction's status ("paid", "created"). */
  readonly transactionStatus?: string | null;
  /** ISO-8601 in the examples; some Mayar timestamps are epoch milliseconds. */
  readonly createdAt?: string | number | null;
  /** ISO-8601 in the examples; some Mayar timestamps are epoch milliseconds. */
  readonly updatedAt?: string | number | null;
  /** The merchant's user id. */
  readonly merchantId?: string | null;
  /** The merchant's name. */
  readonly merchantName?: string | null;
  /** The merchant's email. */
  readonly merchantEmail?: string | null;
  /** The customer's id. */
  readonly customerId?: string | null;
  /** The customer's name. */
  readonly customerName?: string | null;
  /** The customer's email. */
  readonly customerEmail?: string | null;
  /** The customer's mobile number. */
  readonly customerMobile?: string | null;
  /** As the payload claims it, in rupiah. Compare your order with `event.transaction.amount` instead. */
  readonly amount?: number | null;
  /** Whether the customer pays the admin fee. */
  readonly isAdminFeeBorneByCustomer?: boolean | null;
  /** Whether the customer pays the payment channel's fee. */
  readonly isChannelFeeBorneByCustomer?: boolean | null;
  /** The product (payment link) paid for. */
  readonly productId?: string | null;
  /** The product's name. */
  readonly productName?: string | null;
  /** The product's type (e.g. "ebook", "payment_request"). */
  readonly productType?: string | null;
  /** Facebook pixel browser id. */
  readonly pixelFbp?: string | null;
  /** Facebook pixel click id. */
  readonly pixelFbc?: string | null;
  /** The quantity bought. */
  readonly qty?: number | null;
  /** `null` in the examples; its shape when a coupon was used is not documented. */
  readonly couponUsed?: unknown;
  /** The payment method. */
  readonly paymentMethod?: string | null;
  readonly [member: string]: unknown;
}

/** `data` of shipper.status. Mayar shows no example: only the members a key needs are typed. */
export interface MayarShipperWebhookData {
  /** An id of the shipment or its transaction. */
  readonly id?: string | null;
  /** The transaction shipped. */
  readonly transactionId?: string | null;
  /** The shipment's new status. */
  readonly status?: string | null;
  readonly [member: string]: unknown;
}

/** `data` of the membership.* events (only memberExpired's was seen; the others are assumed alike). */
export interface MayarMembershipWebhookData {
  /** The merchant's user id. */
  readonly merchantId?: string | null;
  /** The merchant's name. */
  readonly merchantName?: string | null;
  /** The member's status, e.g. "INACTIVE" when expired. */
  readonly status?: string | null;
  /** The member id, e.g. "MBR8X2QK": pass it to `client.memberships.getMember` to confirm. */
  readonly memberId?: string | null;
  /** The customer's id. */
  readonly customerId?: string | null;
  /** The customer's name. */
  readonly customerName?: string | null;
  /** The customer's email. */
  readonly customerEmail?: string | null;
  /** The customer's mobile number. */
  readonly customerMobile?: string | null;
  readonly [member: string]: unknown;
}

/** The customer completed the payment. createMayarWebhookHandler confirms it with Mayar first. */
export interface MayarPaymentReceivedEvent {
  /** Mayar's `event` member. */
  readonly type: "payment.received";
  /** Mayar's `data` member, as sent: unverified. */
  readonly data: MayarPaymentWebhookData;
  /** The transaction as Mayar answered it (`status: "paid"`), set by createMayarWebhookHandler; absent from what parseMayarWebhook returns. */
  readonly transaction?: MayarTransaction;
}

/** The customer has not finished paying 29 minutes after starting. */
export interface MayarPaymentReminderEvent {
  /** Mayar's `event` member. */
  readonly type: "payment.reminder";
  /** Mayar's `data` member, as sent: unverified. */
  readonly data: MayarPaymentWebhookData;
  /** Only a confirmed payment carries a transaction. */
  readonly transaction?: undefined;
}

/** The tracking of a physical product's shipment changed. Mayar shows no example payload. */
export interface MayarShipperStatusEvent {
  /** Mayar's `event` member. */
  readonly type: "shipper.status";
  /** Mayar's `data` member, as sent: unverified. */
  readonly data: MayarShipperWebhookData;
  /** Only a confirmed payment carries a transaction. */
  readonly transaction?: undefined;
}

/** A member unsubscribed. */
export interface MayarMemberUnsubscribedEvent {
  /** Mayar's `event` member. */
  readonly type: "membership.memberUnsubscribed";
  /** Mayar's `data` member, as sent: unverified. */
  readonly data: MayarMembershipWebhookData;
  /** Only a confirmed payment carries a transaction. */
  readonly transaction?: undefined;
}

/** A membership expired. */
export interface MayarMemberExpiredEvent {
  /** Mayar's `event` member. */
  readonly type: "membership.memberExpired";
  /** Mayar's `data` member, as sent: unverified. */
  readonly data: MayarMembershipWebhookData;
  /** Only a confirmed payment carries a transaction. */
  readonly transaction?: undefined;
}

/** A member changed tier (package). */
export interface MayarMemberChangedTierEvent {
  /** Mayar's `event` member. */
  readonly type: "membership.changeTierMemberRegistered";
  /** Mayar's `data` member, as sent: unverified. */
  readonly data: MayarMembershipWebhookData;
  /** Only a confirmed payment carries a transaction. */
  readonly transaction?: undefined;
}

/** A new member subscribed. */
export interface MayarNewMemberEvent {
  /** Mayar's `event` member. */
  readonly type: "membership.newMemberRegistered";
  /** Mayar's `data` member, as sent: unverified. */
  readonly data: MayarMembershipWebhookData;
  /** Only a confirmed payment carries a transaction. */
  readonly transaction?: undefined;
}

/** Any documented Mayar webhook event, as parseMayarWebhook returns it. Switch on `type`. */
export type MayarWebhookEvent =
  | MayarPaymentReceivedEvent
  | MayarPaymentReminderEvent
  | MayarShipperStatusEvent
  | MayarMemberUnsubscribedEvent
  | MayarMemberExpiredEvent
  | MayarMemberChangedTierEvent
  | MayarNewMemberEvent;

/** How parseMayarWebhook checks each member of `data` when present (see its Rule type), by event type. */
export const WEBHOOK_DATA_RULES = {
  "payment.received": { "id": "id", "transactionId": "id", "status": "string", "transactionStatus": "string", "createdAt": "time", "updatedAt": "time", "merchantId": "string", "merchantName": "string", "merchantEmail": "string", "customerId": "string", "customerName": "string", "customerEmail": "string", "customerMobile": "string", "amount": "number", "isAdminFeeBorneByCustomer": "boolean", "isChannelFeeBorneByCustomer": "boolean", "productId": "string", "productName": "string", "productType": "string", "pixelFbp": "string", "pixelFbc": "string", "qty": "number", "couponUsed": "any", "paymentMethod": "string" },
  "payment.reminder": { "id": "id", "transactionId": "id", "status": "string", "transactionStatus": "string", "createdAt": "time", "updatedAt": "time", "merchantId": "string", "merchantName": "string", "merchantEmail": "string", "customerId": "string", "customerName": "string", "customerEmail": "string", "customerMobile": "string", "amount": "number", "isAdminFeeBorneByCustomer": "boolean", "isChannelFeeBorneByCustomer": "boolean", "productId": "string", "productName": "string", "productType": "string", "pixelFbp": "string", "pixelFbc": "string", "qty": "number", "couponUsed": "any", "paymentMethod": "string" },
  "shipper.status": { "id": "string", "transactionId": "string", "status": "string" },
  "membership.memberUnsubscribed": { "merchantId": "string", "merchantName": "string", "status": "string", "memberId": "string", "customerId": "string", "customerName": "string", "customerEmail": "string", "customerMobile": "string" },
  "membership.memberExpired": { "merchantId": "string", "merchantName": "string", "status": "string", "memberId": "string", "customerId": "string", "customerName": "string", "customerEmail": "string", "customerMobile": "string" },
  "membership.changeTierMemberRegistered": { "merchantId": "string", "merchantName": "string", "status": "string", "memberId": "string", "customerId": "string", "customerName": "string", "customerEmail": "string", "customerMobile": "string" },
  "membership.newMemberRegistered": { "merchantId": "string", "merchantName": "string", "status": "string", "memberId": "string", "customerId": "string", "customerName": "string", "customerEmail": "string", "customerMobile": "string" },
} as const satisfies Record<MayarWebhookEventType, Record<string, "id" | "string" | "number" | "boolean" | "time" | "any">>;

/** The event types whose transaction createMayarWebhookHandler confirms with Mayar before onEvent. */
export const CONFIRMED_WEBHOOK_EVENT_TYPES = ["payment.received"] as const;
