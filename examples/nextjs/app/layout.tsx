import type { ReactNode } from "react";

export const metadata = { title: "Toko contoh: Mayar di Next.js" };

// System fonts only: next/font/google would fetch from the network at build time.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="id">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          margin: "2rem auto",
          maxWidth: "36rem",
          padding: "0 1rem",
        }}
      >
        {children}
      </body>
    </html>
  );
}
