import { MayarProvider } from "@org/mayar-react";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import type { Locale } from "../shared/catalogue.js";
import { mayarClients } from "./mayar";

export type { Locale };
export const LOCALES: readonly Locale[] = ["id", "en"];
const STORAGE_KEY = "demo-shop-locale";

const messages = {
  id: {
    skipToContent: "Langsung ke isi",
    shopName: "Toko Nusantara",
    tagline: "Kopi, batik dan sambal dari Nusantara",
    language: "Bahasa",
    modeMock: "Ini toko contoh: pembayarannya simulasi dan tidak ada uang yang berpindah.",
    modeSandbox: "Ini toko contoh: pembayarannya uji coba dan tidak ada uang sungguhan yang berpindah.",
    productsHeading: "Produk",
    price: "Harga",
    customerHeading: "Data pembeli",
    customerHint: "Dipakai untuk semua pembayaran di halaman ini. Semua kolom wajib diisi.",
    name: "Nama",
    email: "Email",
    mobile: "Nomor HP",
    mobileHint: "Contoh: 0812\u00a03456\u00a07890",
    nameRequired: "Isi nama Anda.",
    nameTooLong: "Nama paling banyak 100 karakter.",
    emailRequired: "Isi alamat email Anda.",
    emailInvalid: "Alamat email belum benar. Contoh: siti@example.com.",
    mobileRequired: "Isi nomor HP Anda.",
    mobileInvalid: "Nomor HP belum benar: pakai nomor HP Indonesia yang diawali 08 atau +62.",
    creditHeading: "Isi ulang kredit",
    creditDescription:
      "Beli kredit untuk layanan Toko Nusantara. Jumlah kredit dan data pembeli dikunci di halaman checkout.",
    creditAmount: "Paket kredit",
    creditsOf: "{count} kredit",
    orderTitle: "Pesanan",
    orderLoading: "Memuat pesanan…",
    orderPendingHeading: "Menunggu konfirmasi pembayaran",
    orderPendingBody:
      "Halaman ini diperbarui sendiri begitu Mayar mengonfirmasi pembayaran Anda. Anda tidak perlu memuat ulang.",
    orderPaidHeading: "Pembayaran berhasil",
    orderPaidBody: "Terima kasih! Mayar sudah mengonfirmasi pembayaran Anda dan pesanan Anda kami proses.",
    orderPaidCreditBody:
      "Terima kasih! Mayar sudah mengonfirmasi pembayaran Anda dan kredit Anda sudah ditambahkan.",
    orderExpiredHeading: "Pembayaran kedaluwarsa",
    orderExpiredBody:
      "Batas waktu pembayaran sudah lewat dan tidak ada uang yang diterima. Silakan pesan lagi dari toko.",
    orderFailedHeading: "Pembayaran gagal",
    orderFailedBody:
      "Pembayaran tidak berhasil dan tidak ada dana yang terpotong. Pesanan Anda masih bisa dibayar: coba lagi, atau pilih metode lain.",
    orderCancelledHeading: "Pembayaran belum selesai",
    orderCancelledBody:
      "Anda kembali ke toko sebelum membayar. Pesanan Anda masih bisa dibayar sampai batas waktunya.",
    tryPaymentAgain: "Coba bayar lagi",
    orderAgain: "Pesan lagi",
    orderReviewHeading: "Pembayaran sedang diperiksa",
    orderReviewBody:
      "Jumlah yang diterima tidak sama dengan jumlah pesanan, jadi pesanan belum kami proses. Kami akan menghubungi Anda.",
    orderNotFoundHeading: "Pesanan tidak ditemukan",
    orderNotFoundBody:
      "Kami tidak menemukan pesanan dengan nomor ini. Jika Anda baru saja membayar, hubungi kami dengan bukti pembayaran dari Mayar.",
    orderErrorBody: "Status pesanan belum bisa dimuat. Kami mencoba lagi sebentar lagi.",
    orderSummary: "Ringkasan pesanan",
    orderNumber: "Nomor pesanan",
    orderProduct: "Produk",
    orderAmount: "Jumlah",
    orderStatus: "Status",
    statusPending: "Menunggu pembayaran",
    statusPaid: "Lunas",
    statusExpired: "Kedaluwarsa",
    statusReview: "Diperiksa",
    backToShop: "Kembali ke toko",
    notFoundHeading: "Halaman tidak ditemukan",
    notFoundBody: "Halaman yang Anda cari tidak ada.",
    developers: "Untuk pengembang",
    developersNote:
      "Toko ini contoh penggunaan @org/mayar-core, @org/mayar-react dan @org/mayar-mock. Cara kerjanya ada di README aplikasi demo.",
    apiReference: "Referensi API",
  },
  en: {
    skipToContent: "Skip to content",
    shopName: "Toko Nusantara",
    tagline: "Coffee, batik and sambal from across Indonesia",
    language: "Language",
    modeMock: "This is a sample shop: payments are simulated and no money moves.",
    modeSandbox: "This is a sample shop: payments are test payments and no real money moves.",
    productsHeading: "Products",
    price: "Price",
    customerHeading: "Your details",
    customerHint: "Used for every payment on this page. Every field is required.",
    name: "Name",
    email: "Email",
    mobile: "Mobile number",
    mobileHint: "For example 0812\u00a03456\u00a07890",
    nameRequired: "Enter your name.",
    nameTooLong: "The name can have at most 100 characters.",
    emailRequired: "Enter your email address.",
    emailInvalid: "Enter an email address like siti@example.com.",
    mobileRequired: "Enter your mobile number.",
    mobileInvalid: "Enter an Indonesian mobile number, starting with 08 or +62.",
    creditHeading: "Top up credits",
    creditDescription:
      "Buy credits for Toko Nusantara services. The credits and your details are locked on the checkout page.",
    creditAmount: "Credit pack",
    creditsOf: "{count} credits",
    orderTitle: "Order",
    orderLoading: "Loading your order…",
    orderPendingHeading: "Waiting for payment confirmation",
    orderPendingBody:
      "This page updates by itself as soon as Mayar confirms your payment. No need to reload.",
    orderPaidHeading: "Payment received",
    orderPaidBody: "Thank you! Mayar has confirmed your payment and we are processing your order.",
    orderPaidCreditBody: "Thank you! Mayar has confirmed your payment and your credits have been added.",
    orderExpiredHeading: "Payment expired",
    orderExpiredBody:
      "The time to pay has run out and no money was taken. You can order again from the shop.",
    orderFailedHeading: "Payment failed",
    orderFailedBody:
      "The payment did not go through and nothing was charged. Your order can still be paid: try again, or choose another method.",
    orderCancelledHeading: "Payment not completed",
    orderCancelledBody:
      "You came back to the shop before paying. Your order can still be paid until it expires.",
    tryPaymentAgain: "Try paying again",
    orderAgain: "Order again",
    orderReviewHeading: "Payment under review",
    orderReviewBody:
      "The amount received does not match the order, so we have not processed it yet. We will contact you.",
    orderNotFoundHeading: "Order not found",
    orderNotFoundBody:
      "We have no order with this number. If you have just paid, contact us with Mayar's payment receipt.",
    orderErrorBody: "The order's status could not be loaded. We will try again in a moment.",
    orderSummary: "Order summary",
    orderNumber: "Order number",
    orderProduct: "Product",
    orderAmount: "Amount",
    orderStatus: "Status",
    statusPending: "Awaiting payment",
    statusPaid: "Paid",
    statusExpired: "Expired",
    statusReview: "Under review",
    backToShop: "Back to the shop",
    notFoundHeading: "Page not found",
    notFoundBody: "The page you are looking for does not exist.",
    developers: "For developers",
    developersNote:
      "This shop is an example of @org/mayar-core, @org/mayar-react and @org/mayar-mock. How it works is in the demo app's README.",
    apiReference: "API reference",
  },
} satisfies Record<Locale, Record<string, string>>;

export type Messages = (typeof messages)["id"];

interface LocaleContextValue {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Messages;
}

const LocaleContext = createContext<LocaleContextValue | null>(null);

function initialLocale(): Locale {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (saved === "id" || saved === "en") return saved;
  } catch {
    // Storage can be unavailable (private mode, disabled cookies): Indonesian it is.
  }
  return "id";
}

export function LocaleProvider({ children }: { children: ReactNode }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    setLocaleState(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Not remembered across visits; still switched for this one.
    }
  }, []);

  const value = useMemo(() => ({ locale, setLocale, t: messages[locale] }), [locale, setLocale]);
  return <LocaleContext.Provider value={value}>{children}</LocaleContext.Provider>;
}

/** <MayarProvider> with the client of the shop's language (it tells the server which language to open). */
export function LocalizedMayarProvider({ children }: { children: ReactNode }) {
  const { locale } = useLocale();
  return <MayarProvider client={mayarClients[locale]}>{children}</MayarProvider>;
}

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale must be used inside <LocaleProvider>.");
  return value;
}
