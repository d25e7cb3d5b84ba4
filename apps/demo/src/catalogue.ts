import type { Locale } from "./i18n";

export interface Product {
  id: string;
  name: Record<Locale, string>;
  description: Record<Locale, string>;
  /** Rupiah, whole. */
  price: number;
}

export const PRODUCTS: readonly Product[] = [
  {
    id: "kopi-gayo",
    name: { id: "Kopi Arabika Gayo 250 g", en: "Gayo Arabica Coffee 250 g" },
    description: {
      id: "Biji kopi sangrai medium dari dataran tinggi Aceh, aroma cokelat dan rempah.",
      en: "Medium-roast beans from the Aceh highlands, with notes of chocolate and spice.",
    },
    price: 85_000,
  },
  {
    id: "batik-tulis",
    name: { id: "Selendang Batik Tulis", en: "Hand-drawn Batik Scarf" },
    description: {
      id: "Katun primisima 200 × 50 cm, dibatik tangan oleh perajin Pekalongan.",
      en: "200 × 50 cm primisima cotton, hand-drawn by Pekalongan artisans.",
    },
    price: 350_000,
  },
  {
    id: "sambal-roa",
    name: { id: "Sambal Roa (3 botol)", en: "Roa Fish Sambal (3 jars)" },
    description: {
      id: "Sambal ikan roa asap khas Manado, pedas dan gurih.",
      en: "Smoked roa fish chilli relish from Manado, hot and savoury.",
    },
    price: 120_000,
  },
];

/** The credit product the top-up card sells (a Mayar "credit" product id). */
export const CREDIT_PRODUCT_ID = "demo-credit-pack";

/** The top-up sizes offered, in credits. */
export const CREDIT_OPTIONS = [100, 500, 1_000] as const;
