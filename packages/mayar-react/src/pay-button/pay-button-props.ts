import type { BodyOf, DataOf, MayarError, RootOf } from "@org/mayar-core";
import type { CSSProperties, ReactNode } from "react";
import { PAY_BUTTON_LOCALES, type PayButtonLocale } from "./locale";

/** What `onSuccess` receives: the link to send the customer to, and Mayar's full answer. */
export type PayButtonSuccess =
  | { type: "payment"; link: string; paymentRequest: DataOf<"createPaymentRequest"> }
  | { type: "creditCheckout"; link: string; checkout: RootOf<"generateImmutableCheckoutLink"> };

/** The three heights of <PayButton>: 36, 44 (default) and 52 px with the default theme. */
export type PayButtonSize = "sm" | "md" | "lg";

/**
 * Props every <PayButton> takes. (`@default` of a string union is written without quotes: Storybook's props
 * table quotes those itself.)
 */
export interface PayButtonCommonProps {
  /**
   * Where the customer goes once Mayar returns the link: `"same-tab"` sends this tab there; `"new-tab"` opens
   * a tab during the click (so popup blockers allow it) and sends it there; `false` goes nowhere, your
   * `onSuccess` decides (show the link, a QR code...).
   * @default "same-tab"
   */
  // Spelled out, not the PayButtonRedirect alias, so the props table shows the values.
  redirect?: "same-tab" | "new-tab" | false;
  /**
   * Language of the default label and error messages: Indonesian or English.
   * @default id
   */
  locale?: PayButtonLocale;
  /**
   * Height and font size: `"sm"` (36 px), `"md"` (44 px, a comfortable touch target) or `"lg"` (52 px).
   * @default md
   */
  size?: PayButtonSize;
  /**
   * Stretch the button (and its error message) to the width of its container, e.g. at the bottom of a
   * checkout card on a phone.
   * @default false
   */
  fullWidth?: boolean;
  /**
   * Called with the link once Mayar created it, before any redirect: `{ type, link, paymentRequest }` or
   * `{ type, link, checkout }`. Not called for a link that is not `http(s)`.
   */
  onSuccess?: (result: PayButtonSuccess) => void;
  /**
   * Called with the MayarError when the payment cannot start (switch on `error.kind`); the button shows a
   * message for the customer as well.
   */
  onError?: (error: MayarError) => void;
  /**
   * A label of your own, instead of the default "Bayar Rp 100.000" / "Pay Rp 100,000" (or "Beli 1.000
   * kredit" / "Buy 1,000 credits"). While pending, "Memproses…" / "Processing…" is shown instead.
   */
  children?: ReactNode;
  /**
   * Added to the `<button>`. The default styles have zero specificity, so any rule of yours wins
   * (prefer the `--mayar-pay-button-*` CSS variables for colours: they cover every state).
   */
  className?: string;
  /** Inline styles on the `<button>`; they override the default look. */
  style?: CSSProperties;
  /**
   * A real disabled button (greyed out, not focusable, clicks do nothing), e.g. until a form is valid.
   * @default false
   */
  disabled?: boolean;
}

// `payment` and `creditCheckout` carry the same description in both members: the props table (Storybook's
// react-docgen-typescript) reads whichever declaration it meets first.

/** A button that creates a single payment request of `payment.amount` rupiah. */
export interface PayButtonPaymentProps extends PayButtonCommonProps {
  /**
   * Required unless you pass `creditCheckout` (one of the two, not both). A payment request to create: the
   * body of Mayar's createPaymentRequest, `{ name, amount, email?, mobile?, description?, expiredAt?, ... }`.
   * The label shows `amount` in rupiah.
   */
  payment: BodyOf<"createPaymentRequest">;
  /**
   * Required unless you pass `payment` (one of the two, not both). A checkout for a Mayar credit product: the
   * body of generateImmutableCheckoutLink, `{ productId, creditAmount?, customerInfo: { name, email, mobile } }`.
   * The label counts the credits.
   */
  creditCheckout?: never;
}

/** A button that opens an immutable checkout for a Mayar credit product. */
export interface PayButtonCreditCheckoutProps extends PayButtonCommonProps {
  /**
   * Required unless you pass `creditCheckout` (one of the two, not both). A payment request to create: the
   * body of Mayar's createPaymentRequest, `{ name, amount, email?, mobile?, description?, expiredAt?, ... }`.
   * The label shows `amount` in rupiah.
   */
  payment?: never;
  /**
   * Required unless you pass `payment` (one of the two, not both). A checkout for a Mayar credit product: the
   * body of generateImmutableCheckoutLink, `{ productId, creditAmount?, customerInfo: { name, email, mobile } }`.
   * The label counts the credits.
   */
  creditCheckout: BodyOf<"generateImmutableCheckoutLink">;
}

/** Props of <PayButton>: exactly one of `payment` or `creditCheckout`. */
export type PayButtonProps = PayButtonPaymentProps | PayButtonCreditCheckoutProps;

/**
 * Where the customer goes once Mayar returns the link:
 * - `"same-tab"` (default): `window.location.assign(link)`;
 * - `"new-tab"`: a tab opened during the click (so popup blockers allow it) is sent to the link;
 * - `false`: nowhere, `onSuccess` decides (e.g. show the link or a QR code).
 */
export type PayButtonRedirect = NonNullable<PayButtonCommonProps["redirect"]>;

const REDIRECTS: readonly unknown[] = ["same-tab", "new-tab", false];
const SIZES: readonly unknown[] = ["sm", "md", "lg"];

const show = (value: unknown) =>
  typeof value === "string" ? JSON.stringify(value) : value === null ? "null" : String(value);

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The first problem with a <PayButton>'s props, as a sentence with the fix, or "" when they are fine. */
function problemOf(props: PayButtonProps): string {
  const { payment, creditCheckout, redirect, locale, size, onSuccess, onError } =
    props as PayButtonCommonProps & {
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
  if (size !== undefined && !SIZES.includes(size)) {
    return `size must be "sm", "md" or "lg", got ${show(size)}`;
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
