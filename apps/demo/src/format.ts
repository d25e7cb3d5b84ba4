import type { Locale } from "./i18n";

const numbers: Record<Locale, Intl.NumberFormat> = {
  id: new Intl.NumberFormat("id-ID"),
  en: new Intl.NumberFormat("en-US"),
};

/** Counts that are not money (credits): `1.000` / `1,000`. Prices go through `formatRupiah` of @org/mayar-react. */
const formatNumber = (value: number, locale: Locale): string => numbers[locale].format(value);

/** `{count} kredit` with the count written for the language. */
export const formatCredits = (credits: number, locale: Locale, template: string): string =>
  template.replace("{count}", formatNumber(credits, locale));
