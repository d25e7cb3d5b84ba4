import type { MayarError, MayarErrorKind } from "@org/mayar-core";
import type { PayButtonLocale } from "./locale";

/**
 * The messages <PayButton> has: one per error kind a customer can meet, and `unsafe_link` for a payment
 * link it refused to open. Rarer kinds share one of them (see {@link mayarErrorMessage}).
 */
export type PayButtonMessageKey =
  | "validation"
  | "invalid_input"
  | "unauthorized"
  | "forbidden"
  | "not_found"
  | "conflict"
  | "duplicate_request"
  | "rate_limited"
  | "server"
  | "network"
  | "timeout"
  | "unknown"
  | "unsafe_link";

/**
 * The message each other kind shows. Typed over every kind, so a kind core adds fails the type check
 * until someone decides what the customer reads for it.
 */
const SAME_MESSAGE_AS: Readonly<Record<Exclude<MayarErrorKind, PayButtonMessageKey>, PayButtonMessageKey>> = {
  payment_required: "forbidden",
  method_not_allowed: "unknown",
  request_timeout: "timeout",
  payload_too_large: "invalid_input",
  unprocessable: "validation",
  redirect: "server",
  aborted: "unknown",
};

/**
 * What the customer reads when a payment cannot start, per error kind and locale. Written for the payer,
 * not the developer: no status codes, and a next step in every message. Developers get the full
 * MayarError through `onError`.
 */
export const PAY_BUTTON_ERROR_MESSAGES: Readonly<
  Record<PayButtonLocale, Readonly<Record<PayButtonMessageKey, string>>>
> = {
  id: {
    validation: "Data pembayaran ditolak oleh Mayar. Periksa kembali data Anda lalu coba lagi.",
    invalid_input: "Data pembayaran belum lengkap atau tidak valid. Periksa kembali lalu coba lagi.",
    unauthorized: "Pembayaran belum dapat diproses karena toko belum terhubung ke Mayar. Hubungi penjual.",
    forbidden: "Toko ini belum diizinkan menerima pembayaran ini. Hubungi penjual.",
    not_found: "Produk atau pembayaran ini tidak ditemukan. Muat ulang halaman lalu coba lagi.",
    conflict: "Pembayaran ini sudah pernah dibuat. Periksa email Anda atau hubungi penjual.",
    duplicate_request: "Permintaan yang sama baru saja dikirim. Tunggu 1 menit lalu coba lagi.",
    rate_limited: "Terlalu banyak permintaan. Tunggu sebentar lalu coba lagi.",
    server: "Layanan pembayaran sedang mengalami gangguan. Coba lagi dalam beberapa saat.",
    network: "Tidak dapat terhubung ke layanan pembayaran. Periksa koneksi internet Anda lalu coba lagi.",
    timeout: "Layanan pembayaran tidak merespons. Coba lagi dalam beberapa saat.",
    unsafe_link: "Tautan pembayaran yang diterima tidak valid, jadi tidak dibuka. Hubungi penjual.",
    unknown: "Terjadi kesalahan saat memulai pembayaran. Coba lagi.",
  },
  en: {
    validation: "Mayar rejected the payment details. Check your details and try again.",
    invalid_input: "The payment details are incomplete or invalid. Check them and try again.",
    unauthorized:
      "Payments can't be processed because this shop isn't connected to Mayar. Contact the seller.",
    forbidden: "This shop isn't allowed to take this payment. Contact the seller.",
    not_found: "This product or payment wasn't found. Reload the page and try again.",
    conflict: "This payment was already created. Check your email or contact the seller.",
    duplicate_request: "The same request was just sent. Wait 1 minute, then try again.",
    rate_limited: "Too many requests. Wait a moment, then try again.",
    server: "The payment service is having problems. Try again in a few moments.",
    network: "Can't reach the payment service. Check your internet connection and try again.",
    timeout: "The payment service didn't respond. Try again in a few moments.",
    unsafe_link: "The payment link received was not valid, so it was not opened. Contact the seller.",
    unknown: "Something went wrong while starting the payment. Try again.",
  },
};

/** The label of a button waiting for Mayar. */
export const PENDING_LABEL: Readonly<Record<PayButtonLocale, string>> = {
  id: "Memproses…",
  en: "Processing…",
};

/**
 * The customer-facing message for a MayarError in a locale. A rate limit with `Retry-After` says how long
 * to wait; rarer kinds share a message (a 422 reads as a rejected payment, a 408 as a timeout...); an
 * unrecognised kind falls back to the "unknown" message.
 */
export function mayarErrorMessage(
  error: Pick<MayarError, "kind"> & { retryAfter?: number },
  locale: PayButtonLocale = "id",
): string {
  const table = PAY_BUTTON_ERROR_MESSAGES[locale] ?? PAY_BUTTON_ERROR_MESSAGES.id;
  const { kind, retryAfter } = error ?? {};
  if (kind === "rate_limited" && typeof retryAfter === "number" && retryAfter > 0) {
    const seconds = Math.ceil(retryAfter);
    return locale === "en"
      ? `Too many requests. Wait ${seconds} ${seconds === 1 ? "second" : "seconds"}, then try again.`
      : `Terlalu banyak permintaan. Tunggu ${seconds} detik lalu coba lagi.`;
  }
  const shared = SAME_MESSAGE_AS as Readonly<Record<string, PayButtonMessageKey>>;
  const key = (Object.hasOwn(shared, kind) ? shared[kind] : kind) as PayButtonMessageKey;
  return (Object.hasOwn(table, key) ? table[key] : undefined) ?? table.unknown;
}
