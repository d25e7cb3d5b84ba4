"use client";
// The browser side: a client without a key that talks to this app's own /api/mayar route, and <PayButton>.
import { createMayarClient } from "@org/mayar-core";
import { MayarProvider, PayButton } from "@org/mayar-react";
import { useState } from "react";

// Once, outside components. The header stands in for your session (the route's authorize checks it).
const mayar = createMayarClient({ baseUrl: "/api/mayar", headers: { "x-shop-session": "visitor" } });

export function Checkout({ sku, name, price }: { sku: string; name: string; price: number }) {
  const [link, setLink] = useState<string>();
  return (
    <MayarProvider client={mayar}>
      {/* The amount shown is the catalogue's; the proxy's prepare charges the catalogue's whatever is sent. */}
      <PayButton
        payment={{ name, amount: price, extraData: { sku } }}
        // Shows the link instead of leaving the page: set "same-tab" (the default) to go straight to Mayar.
        redirect={false}
        onSuccess={(result) => setLink(result.link)}
      />
      {link && (
        <p>
          <a href={link}>Buka halaman pembayaran</a>
        </p>
      )}
    </MayarProvider>
  );
}
