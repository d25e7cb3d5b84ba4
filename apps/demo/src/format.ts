import type { Locale } from "./i18n";

const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
});
const numbers: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat("id-ID"),
  en: new Intl.NumberFormat("en-US"),
};

/** `Rp 85.000` in both languages: prices are in rupiah, written the Indonesian way. */
export const formatRupiah = (amount: number): string => rupiah.format(amount);

export const formatNumber = (value: number, locale: Locale): string => numbers[locale].format(value);
