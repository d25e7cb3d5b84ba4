// Numbers on the hosted pages. Money is written the way Indonesian shops write it in both languages: "Rp"
// and a no-break space, no decimals, digits grouped as the language groups them ("Rp 85.000" in Indonesian,
// "Rp 85,000" in English, so an English reader never takes "85.000" for eighty-five). It is the same
// convention as @org/mayar-react's PayButton, so a shop's button and Mayar's page read alike.
import type { MockLanguage } from "../options.js";

const grouping: Record<MockLanguage, Intl.NumberFormat> = {
  id: new Intl.NumberFormat("id-ID", { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 0 }),
};
const plain: Record<MockLanguage, Intl.NumberFormat> = {
  id: new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 }),
};

/** `Rp 100.000` (id) / `Rp 100,000` (en), with a no-break space after "Rp". */
export function formatRupiah(amount: number, language: MockLanguage = "id"): string {
  const digits = grouping[language].format(Math.abs(amount));
  return `${amount < 0 && digits !== "0" ? "-" : ""}Rp\u00a0${digits}`;
}

/** `1.000` (id) / `1,000` (en): quantities and credits, which are not money. */
export function formatNumber(value: number, language: MockLanguage = "id"): string {
  return plain[language].format(value);
}
