// The hosted pages: small, accessible HTML in Indonesian. Every dynamic value is escaped.
import type { MockPayment } from "../state/records.js";
import { escapeHtml } from "../util/html.js";
import { formatNumber, formatRupiah } from "./format.js";

const STYLE = `body{font-family:system-ui,sans-serif;margin:0;background:#f5f6f8;color:#1c1e21}
main{max-width:28rem;margin:3rem auto;padding:1.5rem;background:#fff;border-radius:.75rem}
dl{display:grid;grid-template-columns:auto 1fr;gap:.5rem 1rem}dt{color:#555}dd{margin:0}
button{font:inherit;padding:.75rem 1.5rem;border:0;border-radius:.5rem;background:#1a56db;color:#fff;cursor:pointer}
button:focus-visible{outline:3px solid #f59e0b;outline-offset:2px}
.status{font-weight:600}`;

function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="id">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${body}
<p><small>Halaman simulasi Mayar (@org/mayar-mock). Tidak ada uang yang berpindah.</small></p>
</main>
</body>
</html>
`;
}

interface CheckoutView {
  heading: string;
  details: Array<[label: string, value: string]>;
}

function view(payment: MockPayment): CheckoutView {
  if (payment.operationId === "createPaymentRequest") {
    const details: CheckoutView["details"] = [["Jumlah", formatRupiah(payment.amount)]];
    if (payment.request.description) details.push(["Deskripsi", payment.request.description]);
    if (payment.request.email) details.push(["Email", payment.request.email]);
    return { heading: payment.name, details };
  }
  if (payment.operationId === "createInvoice") {
    const details: CheckoutView["details"] = payment.items.map((item) => [
      item.description,
      `${formatNumber(item.quantity)} × ${formatRupiah(item.rate)}`,
    ]);
    details.push(["Total", formatRupiah(payment.amount)]);
    if (typeof payment.request.description === "string" && payment.request.description) {
      details.push(["Deskripsi", payment.request.description]);
    }
    return { heading: `Invoice untuk ${payment.name}`, details };
  }
  return {
    heading: "Top up kredit",
    details: [
      ["Produk", payment.productId],
      ["Nama", payment.customerInfo.name],
      ["Email", payment.customerInfo.email],
      ["Nomor HP", payment.customerInfo.mobile],
      [
        "Jumlah kredit",
        payment.creditAmount === undefined ? "Ditentukan saat checkout" : formatNumber(payment.creditAmount),
      ],
    ],
  };
}

function statusLine(payment: MockPayment, payAction: string): string {
  if (payment.status === "paid") return `<p class="status" role="status">Sudah dibayar</p>`;
  if (payment.status === "closed") return `<p class="status" role="status">Tautan ini sudah ditutup</p>`;
  return `<form method="post" action="${escapeHtml(payAction)}">
<button type="submit">Bayar</button>
</form>`;
}

/**
 * The checkout page. `payAction` is the form's action, relative to the page (`./<slug>/pay...`) so it works
 * wherever the mock is mounted. Closed payments show that they are closed, with no button.
 */
export function checkoutPage(payment: MockPayment, payAction: string): string {
  const { heading, details } = view(payment);
  const rows = details
    .map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd>${escapeHtml(value)}</dd>`)
    .join("\n");
  const action = statusLine(payment, payAction);
  return layout(
    `${heading} · Pembayaran`,
    `<h1>${escapeHtml(heading)}</h1>
<dl>
${rows}
</dl>
${action}`,
  );
}

export function notFoundPage(): string {
  return layout(
    "Tautan tidak ditemukan",
    `<h1>Tautan tidak ditemukan</h1>
<p>Tautan pembayaran ini tidak ada atau sudah tidak berlaku.</p>`,
  );
}

/** The default return page (`${publicUrl}/paid`), used when no returnUrl was configured. */
export function paidPage(paymentId: string | null): string {
  const reference = paymentId ? `<p>Nomor pembayaran: <code>${escapeHtml(paymentId)}</code></p>` : "";
  return layout(
    "Pembayaran berhasil",
    `<h1>Pembayaran berhasil</h1>
<p role="status">Terima kasih, pembayaran Anda sudah kami terima.</p>
${reference}`,
  );
}
