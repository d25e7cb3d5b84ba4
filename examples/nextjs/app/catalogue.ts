/** Your price list: the page shows it, the proxy's prepare charges it. The browser only names a product. */
export const PRICES: Record<string, { name: string; price: number }> = {
  "tshirt-black-m": { name: "Kaos hitam (M)", price: 150_000 },
  "mug-white": { name: "Mug putih", price: 75_000 },
};
