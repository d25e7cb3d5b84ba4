"use client";
import type { MayarClientBase, MayarError } from "@org/mayar-core";
import { useMutation } from "@tanstack/react-query";
import { type MouseEvent, useEffect, useId, useRef, useState } from "react";
import {
  createPaymentRequestMutationOptions,
  generateImmutableCheckoutLinkMutationOptions,
} from "../generated/options";
import { assertNamespace } from "../provider/assert-mayar-client";
import { useMayarContext } from "../provider/mayar-context";
import { formatCreditLabel, formatPaymentLabel } from "./format-amount";
import { mayarErrorMessage, PAY_BUTTON_ERROR_MESSAGES, PENDING_LABEL } from "./messages";
import { openPendingTab } from "./new-tab";
import { assertPayButtonProps, type PayButtonProps, type PayButtonSuccess } from "./pay-button-props";
import { safePaymentLink, unsafeLinkError } from "./safe-link";
import { PAY_BUTTON_CSS } from "./styles";

const PROVIDER_CLIENT = "the client of <MayarProvider>";

function paymentOptions(client: MayarClientBase) {
  assertNamespace(client, "paymentRequests", "<PayButton payment>", PROVIDER_CLIENT);
  return createPaymentRequestMutationOptions(client);
}

function creditCheckoutOptions(client: MayarClientBase) {
  assertNamespace(client, "credits", "<PayButton creditCheckout>", PROVIDER_CLIENT);
  return generateImmutableCheckoutLinkMutationOptions(client);
}

/**
 * A button that starts a Mayar payment: on click it asks Mayar (through the client of the nearest
 * <MayarProvider>) for a payment link and sends the customer there.
 *
 * ```tsx
 * <PayButton payment={{ name: "Order #1042", amount: 100000, email }} />          // "Bayar Rp 100.000"
 * <PayButton creditCheckout={{ productId, creditAmount: 1000, customerInfo }} locale="en" redirect="new-tab" />
 * ```
 *
 * While Mayar answers it is `aria-busy`, ignores further clicks and reads "Memproses…"; if the payment
 * cannot start it shows a message for the error's kind in a live region under the button and calls
 * `onError`. A link that is not an `http(s)` URL (`javascript:`, `data:`, relative) is never followed: it is
 * reported as an error instead.
 *
 * Its states (idle, hover, active, focus, pending with a spinner, success, error, disabled) are themed with
 * `--mayar-pay-button-*` CSS variables (see the README's "Theming"); `size` and `fullWidth` adapt it to the
 * layout. Renders on the server (no `window` access until clicked).
 */
export function PayButton(props: PayButtonProps) {
  assertPayButtonProps(props);
  const {
    payment,
    creditCheckout,
    redirect = "same-tab",
    locale = "id",
    size = "md",
    fullWidth = false,
    onSuccess,
    onError,
    children,
    className,
    style,
    disabled = false,
  } = props;
  const { client, queryClient } = useMayarContext("<PayButton>");
  // The option factories straight into useMutation: same key, call and invalidation as the public hooks.
  // Only the mode in use gets its factory, so a composeMayarClient client needs only that mode's namespace
  // (paymentRequests for `payment`, credits for `creditCheckout`); the other mutation is never run.
  const paymentRequest = useMutation(payment ? paymentOptions(client) : {}, queryClient);
  const checkoutLink = useMutation(payment ? {} : creditCheckoutOptions(client), queryClient);
  const active = payment ? paymentRequest : checkoutLink;
  const { reset } = active;

  // A ref, not state: two clicks in the same frame must not both reach Mayar (state lags one render).
  const inFlight = useRef(false);
  const waitingTab = useRef<Window | null>(null);
  // After a same-tab success the page is leaving: stay busy so nobody clicks (and creates) twice.
  const [leaving, setLeaving] = useState(false);
  // Mayar answered, but with a link the button refuses to open (the mutation itself succeeded).
  const [refusedLink, setRefusedLink] = useState(false);
  // The width at the click: kept while pending, so the shorter "Memproses…" does not shrink the button.
  const [clickedWidth, setClickedWidth] = useState(0);
  const messageId = useId();

  useEffect(() => {
    if (!leaving) return;
    // Back button with the back/forward cache: the page is shown again as it was; make it usable.
    const onPageShow = (event: PageTransitionEvent) => {
      if (!event.persisted) return;
      inFlight.current = false;
      setLeaving(false);
      // Back from Mayar's page, maybe without paying: idle again, not "success".
      reset();
    };
    window.addEventListener("pageshow", onPageShow);
    return () => window.removeEventListener("pageshow", onPageShow);
  }, [leaving, reset]);

  // Unmounted while waiting: don't leave a blank tab behind.
  useEffect(
    () => () => {
      waitingTab.current?.close();
      waitingTab.current = null;
    },
    [],
  );

  const pending = active.isPending || leaving;
  const message = pending
    ? ""
    : refusedLink
      ? (PAY_BUTTON_ERROR_MESSAGES[locale] ?? PAY_BUTTON_ERROR_MESSAGES.id).unsafe_link
      : active.error
        ? mayarErrorMessage(active.error, locale)
        : "";
  // The link was created and handed over (a new tab, or `onSuccess` with `redirect={false}`): not "paid".
  const succeeded = !pending && !message && active.isSuccess;

  const fail = (error: MayarError) => {
    waitingTab.current?.close();
    waitingTab.current = null;
    inFlight.current = false;
    onError?.(error);
  };

  const succeed = (result: PayButtonSuccess) => {
    const link = safePaymentLink(result.link);
    if (!link) {
      setRefusedLink(true);
      fail(unsafeLinkError(result.link));
      return;
    }
    const tab = waitingTab.current;
    waitingTab.current = null;
    const sameTab = redirect === "same-tab" || (redirect === "new-tab" && !tab);
    inFlight.current = sameTab;
    try {
      onSuccess?.(result);
    } catch (error) {
      // The app's bug must not strand the customer: report it (window "error" event, error trackers see
      // it) and still send them to the payment they asked for.
      if (typeof reportError === "function") reportError(error);
      else console.error(error);
    }
    if (tab) tab.location.replace(link);
    else if (sameTab) {
      setLeaving(true);
      window.location.assign(link);
    }
  };

  const handleClick = (event: MouseEvent<HTMLButtonElement>) => {
    if (disabled || inFlight.current) return;
    inFlight.current = true;
    setRefusedLink(false);
    setClickedWidth(event.currentTarget.offsetWidth);
    // Opened now, inside the click: popup blockers refuse a window.open made when Mayar answers.
    if (redirect === "new-tab") waitingTab.current = openPendingTab();
    if (payment) {
      paymentRequest.mutate(payment, {
        onSuccess: (created) => succeed({ type: "payment", link: created.link, paymentRequest: created }),
        onError: fail,
      });
    } else if (creditCheckout) {
      checkoutLink.mutate(creditCheckout, {
        // A membership credit product answers one immutable link per tier: the first tier's (a product
        // with several tiers needs a tier choice the button does not offer).
        onSuccess: (checkout) =>
          succeed({
            type: "creditCheckout",
            link:
              "creditUsageImmutableCheckoutUrl" in checkout
                ? checkout.creditUsageImmutableCheckoutUrl
                : (checkout.data.membershipTiers[0]?.specificPaymentLinkUrl ??
                  checkout.data.paymentLinkUrl ??
                  ""),
            checkout,
          }),
        onError: fail,
      });
    }
  };

  const label = pending
    ? PENDING_LABEL[locale]
    : (children ??
      (payment
        ? formatPaymentLabel(payment.amount, locale)
        : formatCreditLabel(creditCheckout?.creditAmount, locale)));

  return (
    <span data-mayar-pay-button="" data-full-width={fullWidth || undefined}>
      <style href="mayar-pay-button" precedence="default">
        {PAY_BUTTON_CSS}
      </style>
      <button
        type="button"
        className={className}
        style={pending && clickedWidth ? { minWidth: clickedWidth, ...style } : style}
        disabled={disabled}
        // aria-disabled, not disabled, while pending: a disabled button drops keyboard focus mid-payment.
        aria-disabled={pending || undefined}
        aria-busy={pending || undefined}
        aria-describedby={message ? messageId : undefined}
        data-state={pending ? "pending" : message ? "error" : succeeded ? "success" : "idle"}
        data-size={size}
        onClick={handleClick}
      >
        {pending ? (
          <span data-icon="spinner" aria-hidden="true" />
        ) : succeeded ? (
          <span data-icon="check" aria-hidden="true" />
        ) : null}
        {label}
      </button>
      <span id={messageId} role="alert" aria-live="assertive">
        {message ? (
          <>
            <svg viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
              <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.8 3.2h1.6v5.2H7.2Zm0 6.4h1.6v1.6H7.2Z" />
            </svg>
            {message}
          </>
        ) : null}
      </span>
    </span>
  );
}
