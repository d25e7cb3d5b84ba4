import { MayarError } from "@org/mayar-core";

/**
 * The payment link as an absolute `http:`/`https:` URL, or null. The link comes from Mayar's answer (or a
 * proxy in between): a `javascript:` link would run in the shop's page, and `data:`, relative or
 * malformed ones are no payment page either, so <PayButton> never navigates to anything else.
 */
export function safePaymentLink(link: unknown): string | null {
  if (typeof link !== "string") return null;
  try {
    const url = new URL(link);
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

/** The error <PayButton> reports for a link it refused: kind "unknown", the link (shortened) in the message. */
export const unsafeLinkError = (link: unknown): MayarError =>
  new MayarError(
    `Refused to open a payment link that is not http(s): ${String(link).slice(0, 80)}`,
    "unknown",
  );
