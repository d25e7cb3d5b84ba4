// The hosted pages' two languages. Which one a page is in: the link's `?lang=en|id` (the shop's choice,
// carried through the page's forms), else the `language` option (the shop's setting), else the customer's
// `Accept-Language` (the first of Indonesian or English it prefers), else Indonesian, Mayar's own.
import type { MockLanguage } from "../options.js";

export function isLanguage(value: unknown): value is MockLanguage {
  return value === "id" || value === "en";
}

/** The language an `Accept-Language` header prefers among Indonesian and English, or undefined. */
export function fromAcceptLanguage(header: string | null): MockLanguage | undefined {
  if (!header) return undefined;
  const ranked = header
    .split(",")
    .map((part, index) => {
      const [tag = "", ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { primary: tag.split("-")[0] ?? "", q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0 && !Number.isNaN(entry.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { primary } of ranked) {
    // "in" is the old code for Indonesian, still sent by some Android browsers.
    if (primary === "id" || primary === "in") return "id";
    if (primary === "en") return "en";
  }
  return undefined;
}

export function pickLanguage(
  explicit: string | null | undefined,
  shop: MockLanguage | undefined,
  acceptLanguage: string | null,
): MockLanguage {
  if (isLanguage(explicit)) return explicit;
  return shop ?? fromAcceptLanguage(acceptLanguage) ?? "id";
}

export interface Messages {
  languageNav: string;
  /** The language's own name, on the link that switches to it: "Bahasa Indonesia", "English". */
  languageName: string;
  backToShop: (shop: string) => string;
  pageTitle: string;
  summary: string;
  paymentRequest: string;
  invoiceFor: (name: string) => string;
  creditTopUp: string;
  description: string;
  email: string;
  mobile: string;
  name: string;
  total: string;
  credits: string;
  creditsAtCheckout: string;
  methodLegend: string;
  methods: { qris: [string, string]; va: [string, string]; ewallet: [string, string] };
  pay: (amount: string) => string;
  payCredits: (count: string) => string;
  payPlain: string;
  afterPaying: (shop: string) => string;
  simulateTitle: string;
  simulateHint: string;
  simulateFail: string;
  simulateExpire: string;
  paid: string;
  paidHint: string;
  closed: string;
  closedHint: string;
  expired: string;
  expiredHint: string;
  failedTitle: string;
  failed: (method: string) => string;
  failedHint: string;
  tryAgain: string;
  notFoundTitle: string;
  notFound: string;
  returnPaidTitle: string;
  returnPaid: string;
  returnUnpaidTitle: string;
  returnUnpaid: Record<"cancelled" | "failed" | "expired" | "unknown", string>;
  reference: string;
  footer: string;
}

export const MESSAGES: Record<MockLanguage, Messages> = {
  id: {
    languageNav: "Bahasa",
    languageName: "Bahasa Indonesia",
    backToShop: (shop) => `Kembali ke ${shop}`,
    pageTitle: "Pembayaran",
    summary: "Ringkasan pesanan",
    paymentRequest: "Tagihan",
    invoiceFor: (name) => `Invoice untuk ${name}`,
    creditTopUp: "Top up kredit",
    description: "Deskripsi",
    email: "Email",
    mobile: "Nomor HP",
    name: "Nama",
    total: "Total",
    credits: "Jumlah kredit",
    creditsAtCheckout: "Ditentukan saat checkout",
    methodLegend: "Metode pembayaran",
    methods: {
      qris: ["QRIS", "Pindai dengan aplikasi bank atau e-wallet apa pun"],
      va: ["Virtual account", "BCA, BNI, BRI, Mandiri, Permata"],
      ewallet: ["E-wallet", "GoPay, OVO, DANA, ShopeePay, LinkAja"],
    },
    pay: (amount) => `Bayar ${amount}`,
    payCredits: (count) => `Bayar untuk ${count} kredit`,
    payPlain: "Bayar",
    afterPaying: (shop) => `Setelah membayar, Anda kembali ke ${shop}.`,
    simulateTitle: "Simulasi",
    simulateHint: "Hanya di simulasi: coba juga hasil pembayaran yang lain.",
    simulateFail: "Simulasikan gagal",
    simulateExpire: "Biarkan kedaluwarsa",
    paid: "Sudah dibayar",
    paidHint: "Pembayaran ini sudah kami terima. Terima kasih!",
    closed: "Tautan ini sudah ditutup",
    closedHint: "Penjual menutup tautan pembayaran ini. Hubungi penjual bila Anda masih ingin membayar.",
    expired: "Tautan pembayaran ini sudah kedaluwarsa",
    expiredHint: "Batas waktu pembayaran sudah lewat dan tidak ada dana yang ditagih.",
    failedTitle: "Pembayaran gagal",
    failed: (method) => `Pembayaran dengan ${method} tidak berhasil.`,
    failedHint: "Tidak ada dana yang terpotong. Silakan coba lagi atau pilih metode lain.",
    tryAgain: "Coba lagi",
    notFoundTitle: "Tautan tidak ditemukan",
    notFound: "Tautan pembayaran ini tidak ada atau sudah tidak berlaku.",
    returnPaidTitle: "Pembayaran berhasil",
    returnPaid: "Terima kasih, pembayaran Anda sudah kami terima.",
    returnUnpaidTitle: "Pembayaran belum selesai",
    returnUnpaid: {
      cancelled: "Anda kembali sebelum membayar. Tagihan ini belum dibayar.",
      failed: "Pembayaran tidak berhasil dan tidak ada dana yang terpotong.",
      expired: "Tautan pembayaran sudah kedaluwarsa. Tidak ada dana yang ditagih.",
      unknown: "Kami belum menerima pembayaran ini.",
    },
    reference: "Nomor pembayaran",
    footer: "Halaman simulasi Mayar (@org/mayar-mock). Tidak ada uang yang berpindah.",
  },
  en: {
    languageNav: "Language",
    languageName: "English",
    backToShop: (shop) => `Back to ${shop}`,
    pageTitle: "Payment",
    summary: "Order summary",
    paymentRequest: "Payment request",
    invoiceFor: (name) => `Invoice for ${name}`,
    creditTopUp: "Credit top-up",
    description: "Description",
    email: "Email",
    mobile: "Phone",
    name: "Name",
    total: "Total",
    credits: "Credits",
    creditsAtCheckout: "Chosen at checkout",
    methodLegend: "Payment method",
    methods: {
      qris: ["QRIS", "Scan with any banking or e-wallet app"],
      va: ["Virtual account", "BCA, BNI, BRI, Mandiri, Permata"],
      ewallet: ["E-wallet", "GoPay, OVO, DANA, ShopeePay, LinkAja"],
    },
    pay: (amount) => `Pay ${amount}`,
    payCredits: (count) => `Pay for ${count} credits`,
    payPlain: "Pay",
    afterPaying: (shop) => `After paying, you return to ${shop}.`,
    simulateTitle: "Simulation",
    simulateHint: "Simulation only: try the other outcomes of a payment too.",
    simulateFail: "Simulate a failure",
    simulateExpire: "Let it expire",
    paid: "Already paid",
    paidHint: "We have received this payment. Thank you!",
    closed: "This link is closed",
    closedHint: "The seller closed this payment link. Contact the seller if you still want to pay.",
    expired: "This payment link has expired",
    expiredHint: "The time to pay has run out, and nothing was charged.",
    failedTitle: "Payment failed",
    failed: (method) => `The payment with ${method} did not go through.`,
    failedHint: "Nothing was charged. Try again, or choose another method.",
    tryAgain: "Try again",
    notFoundTitle: "Link not found",
    notFound: "This payment link does not exist or is no longer valid.",
    returnPaidTitle: "Payment received",
    returnPaid: "Thank you, we have received your payment.",
    returnUnpaidTitle: "Payment not completed",
    returnUnpaid: {
      cancelled: "You came back before paying. This bill is still unpaid.",
      failed: "The payment did not go through, and nothing was charged.",
      expired: "The payment link has expired. Nothing was charged.",
      unknown: "We have not received this payment.",
    },
    reference: "Payment reference",
    footer: "A simulated Mayar page (@org/mayar-mock). No money moves.",
  },
};
