import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";

export type Locale = "id" | "en";
export const LOCALES: readonly Locale[] = ["id", "en"];
const STORAGE_KEY = "demo-shop-locale";

const messages = {
  id: {
    skipToContent: "Langsung ke isi",
    shopName: "Toko Nusantara",
    tagline: "Toko demo untuk SDK Mayar",
    language: "Bahasa",
    modeMock:
      "Mode simulasi: tanpa MAYAR_API_KEY, server memakai Mayar tiruan dan tidak ada uang yang berpindah.",
    modeSandbox: "Mode sandbox Mayar: pembayaran uji, tanpa uang sungguhan.",
    modeProduction: "Pembayaran sungguhan melalui Mayar.",
    keyNote: "Kunci API hanya ada di server, tidak pernah dikirim ke browser.",
    productsHeading: "Produk",
    price: "Harga",
    customerHeading: "Data pembeli",
    customerHint: "Dipakai untuk semua pembayaran di halaman ini.",
    name: "Nama",
    email: "Email",
    mobile: "Nomor HP",
    creditHeading: "Isi ulang kredit",
    creditDescription:
      "Beli kredit untuk layanan Toko Nusantara. Jumlah dan data pembeli dikunci di halaman checkout.",
    creditAmount: "Jumlah kredit",
    credits: "kredit",
    thanksPaidHeading: "Pembayaran berhasil",
    thanksPaidBody: "Terima kasih! Pembayaran Anda sudah diterima.",
    thanksOtherHeading: "Pembayaran belum selesai",
    thanksOtherBody: "Kami belum menerima konfirmasi pembayaran. Anda bisa mencoba lagi dari toko.",
    paymentId: "Nomor pembayaran",
    statusNote:
      "Status ini dibaca dari alamat halaman. Toko sungguhan memastikan pembayaran lewat webhook Mayar di server.",
    backToShop: "Kembali ke toko",
    notFoundHeading: "Halaman tidak ditemukan",
    notFoundBody: "Halaman yang Anda cari tidak ada.",
    footer: "Contoh penggunaan @org/mayar-core, @org/mayar-react dan @org/mayar-mock.",
  },
  en: {
    skipToContent: "Skip to content",
    shopName: "Toko Nusantara",
    tagline: "A demo shop for the Mayar SDK",
    language: "Language",
    modeMock: "Simulation mode: without MAYAR_API_KEY the server uses a mock Mayar and no money moves.",
    modeSandbox: "Mayar sandbox mode: test payments, no real money.",
    modeProduction: "Real payments through Mayar.",
    keyNote: "The API key stays on the server and is never sent to the browser.",
    productsHeading: "Products",
    price: "Price",
    customerHeading: "Your details",
    customerHint: "Used for every payment on this page.",
    name: "Name",
    email: "Email",
    mobile: "Mobile number",
    creditHeading: "Top up credits",
    creditDescription:
      "Buy credits for Toko Nusantara services. The amount and your details are locked on the checkout page.",
    creditAmount: "Credit amount",
    credits: "credits",
    thanksPaidHeading: "Payment received",
    thanksPaidBody: "Thank you! Your payment has been received.",
    thanksOtherHeading: "Payment not completed",
    thanksOtherBody: "We have not received a payment confirmation. You can try again from the shop.",
    paymentId: "Payment ID",
    statusNote:
      "This status is read from the page address. A real shop confirms payments with Mayar's webhook on its server.",
    backToShop: "Back to the shop",
    notFoundHeading: "Page not found",
    notFoundBody: "The page you are looking for does not exist.",
    footer: "An example of @org/mayar-core, @org/mayar-react and @org/mayar-mock.",
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

export function useLocale(): LocaleContextValue {
  const value = useContext(LocaleContext);
  if (!value) throw new Error("useLocale must be used inside <LocaleProvider>.");
  return value;
}
