// The shop's price list. The server charges from it (server/shop.js sets every amount and name sent to
// Mayar from here); the page imports it only to show the products. A price changed in the browser changes
// nothing: the browser sends a product id, never a price the server uses.

/** @typedef {"id" | "en"} Locale */

/**
 * @typedef {object} Product
 * @property {string} id
 * @property {Record<Locale, string>} name
 * @property {Record<Locale, string>} description
 * @property {number} price  Rupiah, whole.
 */

/**
 * @typedef {object} CreditPack
 * @property {string} id
 * @property {number} credits
 * @property {number} price  Rupiah, whole: what the pack costs on Mayar's credit checkout.
 */

/**
 * A number and its unit are joined by a no-break space (`\u00a0`), here and wherever the name is shown (the
 * cards, the order page, Mayar's checkout): "250 g" never breaks across two lines.
 * @type {readonly Product[]}
 */
export const PRODUCTS = Object.freeze([
  {
    id: "kopi-gayo",
    name: { id: "Kopi Arabika Gayo 250\u00a0g", en: "Gayo Arabica Coffee 250\u00a0g" },
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
      id: "Katun primisima 200\u00a0×\u00a050\u00a0cm, dibatik tangan oleh perajin Pekalongan.",
      en: "200\u00a0×\u00a050\u00a0cm primisima cotton, hand-drawn by Pekalongan artisans.",
    },
    price: 350_000,
  },
  {
    id: "sambal-roa",
    name: { id: "Sambal Roa (3\u00a0botol)", en: "Roa Fish Sambal (3\u00a0jars)" },
    description: {
      id: "Sambal ikan roa asap khas Manado, pedas dan gurih.",
      en: "Smoked roa fish chilli relish from Manado, hot and savoury.",
    },
    price: 120_000,
  },
]);

/**
 * The credit packs the top-up card sells. Mayar prices a credit product per credit in its dashboard: with a
 * real key, keep these prices equal to what Mayar charges for the product named by MAYAR_CREDIT_PRODUCT_ID.
 * @type {readonly CreditPack[]}
 */
export const CREDIT_PACKS = Object.freeze([
  { id: "credits-100", credits: 100, price: 10_000 },
  { id: "credits-500", credits: 500, price: 50_000 },
  { id: "credits-1000", credits: 1_000, price: 100_000 },
]);

/** The pack the top-up card starts with. */
export const DEFAULT_CREDIT_PACK_ID = "credits-500";

/**
 * @param {unknown} id
 * @returns {Product | undefined}
 */
export const findProduct = (id) => PRODUCTS.find((product) => product.id === id);

/**
 * @param {unknown} id
 * @returns {CreditPack | undefined}
 */
export const findCreditPack = (id) => CREDIT_PACKS.find((pack) => pack.id === id);
