import { intlLocale, type PayButtonLocale } from "./locale";

/**
 * Rupiah, as the locale writes it, without decimals: "Rp 100.000" (id) or "IDR 100,000" (en).
 * The space is a no-break space (U+00A0), so the currency never wraps away from the number.
 */
export function formatRupiah(amount: number, locale: PayButtonLocale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency: "IDR",
    maximumFractionDigits: 0,
  }).format(amount);
}

/** The default label of a payment button: "Bayar Rp 100.000" / "Pay IDR 100,000". */
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
