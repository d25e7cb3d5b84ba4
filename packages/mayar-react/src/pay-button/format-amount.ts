import { intlLocale, type PayButtonLocale } from "./locale";

/**
 * A price in rupiah, the way Indonesian shops write it: "Rp 85.000" in Indonesian, "Rp 85,000" in English.
 * The symbol is "Rp" in both languages (what customers see on every price tag in Indonesia; "IDR" reads as a
 * bank statement), and only the digit grouping follows the language, so an English reader never takes
 * "85.000" for eighty-five. No decimals (rupiah has no cents in practice). The space is a no-break space
 * (U+00A0), so "Rp" never wraps away from the number. Use it for your own prices too, so they read exactly
 * like the <PayButton> label: `formatRupiah(85000)` → "Rp 85.000".
 */
export function formatRupiah(amount: number, locale: PayButtonLocale = "id"): string {
  const digits = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 0 }).format(
    Math.abs(amount),
  );
  return `${amount < 0 && digits !== "0" ? "-" : ""}Rp\u00a0${digits}`;
}

/** The default label of a payment button: "Bayar Rp 100.000" / "Pay Rp 100,000". */
export function formatPaymentLabel(amount: number, locale: PayButtonLocale): string {
  return `${locale === "id" ? "Bayar" : "Pay"} ${formatRupiah(amount, locale)}`;
}

/**
 * The default label of a credit checkout button. It counts credits, not rupiah (the price is on Mayar's
 * product page): "Beli 1.000 kredit" / "Buy 1,000 credits", or "Beli kredit" / "Buy credits" without an amount.
 */
export function formatCreditLabel(creditAmount: number | undefined, locale: PayButtonLocale): string {
  if (creditAmount === undefined) return locale === "id" ? "Beli kredit" : "Buy credits";
  const count = new Intl.NumberFormat(intlLocale(locale)).format(creditAmount);
  if (locale === "id") return `Beli ${count} kredit`;
  const plural = new Intl.PluralRules("en-US").select(creditAmount) === "one" ? "credit" : "credits";
  return `Buy ${count} ${plural}`;
}
