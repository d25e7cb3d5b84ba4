// Indonesian formatting for the hosted pages (Mayar's checkout is in Indonesian).

const rupiah = new Intl.NumberFormat("id-ID", {
  style: "currency",
  currency: "IDR",
  maximumFractionDigits: 0,
});
const plain = new Intl.NumberFormat("id-ID", { maximumFractionDigits: 2 });

/** `Rp 100.000` (Intl puts a no-break space after "Rp"). */
export function formatRupiah(amount: number): string {
  return rupiah.format(amount);
}

/** `1.000` for credit amounts, which are not money. */
export function formatNumber(value: number): string {
  return plain.format(value);
}
