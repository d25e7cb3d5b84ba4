import type { BodyOf, DataOf, MayarError, RootOf } from "@org/mayar-core";
import type { CSSProperties, ReactNode } from "react";
import { PAY_BUTTON_LOCALES, type PayButtonLocale } from "./locale";

/**
 * Where the customer goes once Mayar returns the link:
 * - `"same-tab"` (default): `window.location.assign(link)`;
 * - `"new-tab"`: a tab opened during the click (so popup blockers allow it) is sent to the link;
 * - `false`: nowhere, `onSuccess` decides (e.g. show the link or a QR code).
 */
export type PayButtonRedirect = "same-tab" | "new-tab" | false;

/** What `onSuccess` receives: the link to send the customer to, and Mayar's full answer. */
export type PayButtonSuccess =
  | { type: "payment"; link: string; paymentRequest: DataOf<"createPaymentRequest"> }
  | { type: "creditCheckout"; link: string; checkout: RootOf<"generateImmutableCheckoutLink"> };

/** Props every <PayButton> takes. */
export interface PayButtonCommonProps {
  /** Default `"same-tab"`. See {@link PayButtonRedirect}. */
  redirect?: PayButtonRedirect;
  /** Language of the default label and error messages: `"id"` (default) or `"en"`. */
  locale?: PayButtonLocale;
  /** Called with the link once Mayar created it, before any redirect. */
  onSuccess?: (result: PayButtonSuccess) => void;
  /** Called with the MayarError (switch on `error.kind`); the button shows a localised message as well. */
  onError?: (error: MayarError) => void;
  /** A custom label, shown instead of "Bayar Rp 100.000" (while pending, "Memproses…" is shown). */
  children?: ReactNode;
  /** Added to the <button>. */
  className?: string;
  /** Merged over the button's default inline styles (prefer the CSS variables, see the README). */
  style?: CSSProperties;
  disabled?: boolean;
}

/** A button that creates a single payment request of `payment.amount` rupiah. */
export interface PayButtonPaymentProps extends PayButtonCommonProps {
  /** The body of Mayar's createPaymentRequest: `{ name, amount, email?, mobile?, description?, ... }`. */
  payment: BodyOf<"createPaymentRequest">;
  creditCheckout?: never;
}

/** A button that opens an immutable checkout for a Mayar credit product. */
export interface PayButtonCreditCheckoutProps extends PayButtonCommonProps {
  /** The body of Mayar's generateImmutableCheckoutLink: `{ productId, creditAmount?, customerInfo }`. */
  creditCheckout: BodyOf<"generateImmutableCheckoutLink">;
  payment?: never;
}

/** Props of <PayButton>: exactly one of `payment` or `creditCheckout`. */
export type PayButtonProps = PayButtonPaymentProps | PayButtonCreditCheckoutProps;

const REDIRECTS: readonly unknown[] = ["same-tab", "new-tab", false];

const show = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : value === null ? "null" : String(value);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The first problem with a <PayButton>'s props, as a sentence with the fix, or "" when they are fine. */
function problemOf(props: PayButtonProps): string {
  const { payment, creditCheckout, redirect, locale, onSuccess, onError } = props as PayButtonCommonProps & {
    payment?: unknown;
    creditCheckout?: unknown;
  };
  if (payment !== undefined && creditCheckout !== undefined) {
    return "pass either payment={...} (a payment request) or creditCheckout={...} (a credit product checkout), not both";
  }
  if (payment === undefined && creditCheckout === undefined) {
    return 'pass payment={{ name: "Order #1", amount: 100000 }} or creditCheckout={{ productId, creditAmount, customerInfo: { name, email, mobile } }}';
  }
  if (payment !== undefined) {
    if (!isObject(payment)) return `payment must be an object like { name, amount }, got ${show(payment)}`;
    if (typeof payment.amount !== "number" || !Number.isFinite(payment.amount)) {
      return `payment.amount must be a number of rupiah like 100000, got ${show(payment.amount)}`;
    }
  }
  if (creditCheckout !== undefined) {
    if (!isObject(creditCheckout)) {
      return `creditCheckout must be an object like { productId, creditAmount, customerInfo }, got ${show(creditCheckout)}`;
    }
    const { creditAmount } = creditCheckout;
    if (creditAmount !== undefined && (typeof creditAmount !== "number" || !Number.isFinite(creditAmount))) {
      return `creditCheckout.creditAmount must be a number of credits like 1000 or left out, got ${show(creditAmount)}`;
    }
  }
  if (redirect !== undefined && !REDIRECTS.includes(redirect)) {
    return `redirect must be "same-tab", "new-tab" or false, got ${show(redirect)}`;
  }
  if (locale !== undefined && !PAY_BUTTON_LOCALES.includes(locale)) {
    return `locale must be "id" or "en", got ${show(locale)}`;
  }
  if (onSuccess !== undefined && typeof onSuccess !== "function") {
    return `onSuccess must be a function, got ${show(onSuccess)}`;
  }
  if (onError !== undefined && typeof onError !== "function") {
    return `onError must be a function, got ${show(onError)}`;
  }
  return "";
}

/** Throws a TypeError naming the prop and the fix when a <PayButton> is used wrongly. */
export function assertPayButtonProps(props: PayButtonProps): void {
  const problem = problemOf(props);
  if (problem) throw new TypeError(`<PayButton>: ${problem}.`);
}
