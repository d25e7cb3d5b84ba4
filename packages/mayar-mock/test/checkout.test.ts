import { describe, expect, it } from "vitest";
import { createMayarMock, type MayarMock } from "../src/index.js";
import { CHECKOUT_PATH, CREATE_PATH, post, validCheckout, validPaymentRequest } from "./support/requests.js";

const NBSP = "\u00a0";

async function createPayment(mock: MayarMock, body: object = validPaymentRequest) {
  const response = await post(mock, CREATE_PATH, body);
  expect(response.status).toBe(200);
  return (await response.json()).data as { id: string; transactionId: string; link: string };
}

/** A mock with a registered webhook URL whose deliveries are recorded (URL and body) and answered 200. */
function mockRecordingWebhooks() {
  const fetched: string[] = [];
  const bodies: string[] = [];
  const mock = createMayarMock({
    webhookUrl: "http://shop.test/hook",
    webhookFetch: async (url, init) => {
      fetched.push(url);
      bodies.push(String(init.body));
      return new Response("ok");
    },
  });
  return { mock, fetched, bodies };
}

function formAction(html: string): string {
  const match = /<form method="post" action="([^"]+)">/.exec(html);
  expect(match, "the page has a POST form").not.toBeNull();
  return (match?.[1] ?? "").replaceAll("&amp;", "&");
}

describe("hosted checkout page", () => {
  it("renders an accessible Indonesian page with name, amount and a Bayar <amount> button", async () => {
    const mock = createMayarMock();
    const { link } = await createPayment(mock);
    const response = await mock.fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(html).toContain("<title>Penagihan · Toko Mayar Demo</title>");
    expect(html).toContain("<h1>Penagihan</h1>");
    expect(html).toContain(`<div class="total"><dt>Total</dt><dd>Rp${NBSP}100.000</dd></div>`);
    expect(html).toMatch(/<form method="post" action="[^"]+">/);
    expect(html).toContain(`<button type="submit" class="pay">Bayar Rp${NBSP}100.000</button>`);
  });

  it("escapes every caller-supplied value", async () => {
    const mock = createMayarMock();
    const { link } = await createPayment(mock, {
      name: `<script>alert("x")</script>`,
      amount: 5000,
      description: `"quoted" & 'single' <b>`,
      email: "<img/src=x/onerror=alert(1)>@x.id",
    });
    const html = await (await mock.fetch(link)).text();
    expect(html).not.toContain("<script>");
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<b>");
    expect(html).toContain("<h1>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</h1>");
    expect(html).toContain(`<p class="lead">&quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;</p>`);
    expect(html).toContain("<dd>&lt;img/src=x/onerror=alert(1)&gt;@x.id</dd>");
  });

  it("pays: POST to the form action answers 303 to returnUrl and marks the payment paid", async () => {
    const mock = createMayarMock({
      publicUrl: "http://127.0.0.1:4000/mock-mayar",
      returnUrl: "http://127.0.0.1:4000/checkout/done?order=42",
      now: () => 1234,
    });
    const { id, link } = await createPayment(mock);
    expect(mock.payments[0]?.status).toBe("unpaid");

    const action = new URL(formAction(await (await mock.fetch(link)).text()), link);
    expect(action.href).toBe(`${link}/pay`);
    const paid = await mock.fetch(action, { method: "POST" });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(
      `http://127.0.0.1:4000/checkout/done?order=42&status=paid&id=${id}`,
    );
    expect(mock.payments[0]).toMatchObject({ id, status: "paid", paidAt: 1234 });

    // The page now says it is paid and offers no button.
    const after = await (await mock.fetch(link)).text();
    expect(after).toContain("Sudah dibayar");
    expect(after).not.toContain("<button");

    // Paying again is harmless.
    expect((await mock.fetch(action, { method: "POST" })).status).toBe(303);
    expect(mock.payments[0]?.paidAt).toBe(1234);
  });

  it("defaults returnUrl to publicUrl/paid, which the mock serves", async () => {
    const mock = createMayarMock();
    const { id, link } = await createPayment(mock);
    const paid = await mock.fetch(`${link}/pay`, { method: "POST" });
    const location = paid.headers.get("location") ?? "";
    expect(location).toBe(`http://127.0.0.1/mock-mayar/paid?status=paid&id=${id}`);
    const page = await mock.fetch(location);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<h1>Pembayaran berhasil</h1>");
    expect(html).toContain(id);
  });

  it("renders and pays an immutable credit checkout", async () => {
    const mock = createMayarMock();
    const response = await post(mock, CHECKOUT_PATH, validCheckout);
    const { creditUsageImmutableCheckoutUrl, paymentLinkUrl } = await response.json();
    await post(mock, CHECKOUT_PATH, { ...validCheckout, creditAmount: 5 });

    const page = await mock.fetch(creditUsageImmutableCheckoutUrl);
    expect(page.status).toBe(200);
    const html = await page.text();
    expect(html).toContain("<dd>memberTambahan</dd>");
    expect(html).toContain("<dd>1.000</dd>");

    const action = new URL(formAction(html), creditUsageImmutableCheckoutUrl);
    const paid = await mock.fetch(action, { method: "POST" });
    expect(paid.status).toBe(303);
    const [first, second] = mock.payments;
    expect(paid.headers.get("location")).toBe(`http://127.0.0.1/mock-mayar/paid?status=paid&id=${first?.id}`);
    expect(first?.status).toBe("paid");
    expect(second?.status).toBe("unpaid");

    // The product's general link shows its newest checkout.
    expect(await (await mock.fetch(paymentLinkUrl)).text()).toContain("<dd>5</dd>");
  });

  it("answers 404 HTML for unknown slugs and tampered tokens", async () => {
    const mock = createMayarMock();
    const { link } = await createPayment(mock);
    const response = await post(mock, CHECKOUT_PATH, validCheckout);
    const { creditUsageImmutableCheckoutUrl } = await response.json();

    for (const url of [
      `${mock.publicUrl}/pl/doesnotexist`,
      // Last hex digit changed (to a different one, whatever it was).
      `${creditUsageImmutableCheckoutUrl.slice(0, -1)}${creditUsageImmutableCheckoutUrl.endsWith("0") ? "1" : "0"}`,
      `${link}%`,
    ]) {
      const page = await mock.fetch(url);
      expect(page.status, url).toBe(404);
      expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
      const html = await page.text();
      expect(html).toContain('<html lang="id">');
      expect(html).toContain("<h1>Tautan tidak ditemukan</h1>");
    }
    const pay = await mock.fetch(`${mock.publicUrl}/pl/doesnotexist/pay`, { method: "POST" });
    expect(pay.status).toBe(404);
    expect(mock.payments.every((p) => p.status === "unpaid")).toBe(true);
  });
});

const form = (fields: Record<string, string>) => ({
  method: "POST",
  headers: { "content-type": "application/x-www-form-urlencoded" },
  body: new URLSearchParams(fields).toString(),
});

async function transactionOf(mock: MayarMock, id: string) {
  const response = await mock.fetch(`/hl/v2/transactions/${id}`, {
    headers: { authorization: `Bearer ${mock.apiKey}` },
  });
  return (await response.json()).data as { status: string };
}

describe("the checkout page's language", () => {
  it.each([
    [{}, {}, "id"],
    [{}, { "accept-language": "en-US,en;q=0.9" }, "en"],
    [{}, { "accept-language": "en;q=0.5, id-ID" }, "id"],
    [{}, { "accept-language": "in-ID" }, "id"],
    [{}, { "accept-language": "fr-FR, de" }, "id"],
    [{ language: "en" as const }, { "accept-language": "id" }, "en"],
  ])("options %j, headers %j → %s", async (options, headers, language) => {
    const mock = createMayarMock(options);
    const { link } = await createPayment(mock);
    const html = await (await mock.fetch(link, { headers })).text();
    expect(html).toContain(`<html lang="${language}">`);
    expect(html).toContain(language === "id" ? `Bayar Rp${NBSP}100.000` : `Pay Rp${NBSP}100,000`);
  });

  it("?lang= on the link wins, and the form carries it to what comes next", async () => {
    const mock = createMayarMock({ language: "id" });
    const { link } = await createPayment(mock);
    const html = await (await mock.fetch(`${link}?lang=en`, { headers: { "accept-language": "id" } })).text();
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<input type="hidden" name="lang" value="en">');
    expect(html).toContain('<a href="?lang=id" lang="id" hreflang="id">');
    const failed = await mock.fetch(`${link}/fail`, form({ lang: "en" }));
    expect(await failed.text()).toContain("<h1>Payment failed</h1>");
  });
});

describe("the checkout page", () => {
  it("names the shop (shopName, escaped), links back to it and loads nothing from elsewhere", async () => {
    const mock = createMayarMock({ shopName: "Kopi <Kita>", returnUrl: "http://shop.test/done" });
    const { id, link } = await createPayment(mock);
    const html = await (await mock.fetch(link)).text();
    expect(html).toContain('<span class="mark" aria-hidden="true">K</span><span>Kopi &lt;Kita&gt;</span>');
    expect(html).toContain(`href="http://shop.test/done?status=cancelled&amp;id=${id}"`);
    expect(html).toContain("Kembali ke Kopi &lt;Kita&gt;");
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(|src=/i);
    // The only absolute URLs are the shop's (links) and the SVG namespace-free icons have none.
    expect(html.match(/https?:\/\/[^"'\s)]+/g)?.every((url) => url.startsWith("http://shop.test/"))).toBe(
      true,
    );
  });

  it("offers QRIS, virtual account and e-wallet, or only the method the payment is restricted to", async () => {
    const mock = createMayarMock();
    const all = await (await mock.fetch((await createPayment(mock)).link)).text();
    expect(all.match(/type="radio"/g)).toHaveLength(3);
    expect(all).toContain('value="qris" checked');
    const { link } = await createPayment(mock, { ...validPaymentRequest, paymentMethod: "va/bni" });
    const restricted = await (await mock.fetch(link)).text();
    expect(restricted.match(/type="radio"/g)).toHaveLength(1);
    expect(restricted).toContain('value="va" checked');
  });

  it("pays with the chosen method: transaction paid, balance row, payment.received", async () => {
    const { mock, bodies } = mockRecordingWebhooks();
    const { transactionId, link } = await createPayment(mock);
    const paid = await mock.fetch(`${link}/pay`, form({ method: "ewallet", lang: "id" }));
    expect(paid.status).toBe(303);
    expect(mock.payments[0]).toMatchObject({ status: "paid", paymentMethod: "EWALLET" });
    expect(await transactionOf(mock, transactionId)).toMatchObject({ status: "paid" });
    const list = await mock.fetch("/hl/v2/transactions", {
      headers: { authorization: `Bearer ${mock.apiKey}` },
    });
    expect((await list.json()).data[0]).toMatchObject({
      paymentMethod: "EWALLET",
      paymentLinkTransactionId: transactionId,
    });
    await mock.webhooksIdle();
    expect(bodies.map((body) => JSON.parse(body).data.paymentMethod)).toEqual(["EWALLET"]);
  });

  it("fails: a failure page with a retry, and nothing changes (no webhook)", async () => {
    const { mock, fetched } = mockRecordingWebhooks();
    const { id, transactionId, link } = await createPayment(mock);
    const failed = await mock.fetch(`${link}/fail`, form({ method: "va" }));
    expect(failed.status).toBe(200);
    const html = await failed.text();
    expect(html).toContain("<h1>Pembayaran gagal</h1>");
    expect(html).toContain('<p role="alert">Pembayaran dengan Virtual account tidak berhasil.</p>');
    const slug = link.split("/").pop();
    expect(html).toContain(`<a class="button primary" href="../${slug}?lang=id">Coba lagi</a>`);
    expect(html).toContain(`status=failed&amp;id=${id}`);
    expect(mock.payments[0]?.status).toBe("unpaid");
    expect(await transactionOf(mock, transactionId)).toMatchObject({ status: "unpaid" });
    await mock.webhooksIdle();
    expect(fetched).toEqual([]);
  });

  it("expires for good: transaction expired, unpaid list says expired, no webhook, Bayar does nothing", async () => {
    const { mock, fetched } = mockRecordingWebhooks();
    const { transactionId, link } = await createPayment(mock);
    const slug = link.split("/").pop();
    const expired = await mock.fetch(`${link}/expire`, form({ lang: "en" }));
    expect(expired.status).toBe(303);
    expect(expired.headers.get("location")).toBe(`../${slug}?lang=en`);
    expect(mock.payments[0]?.status).toBe("expired");
    expect(await transactionOf(mock, transactionId)).toMatchObject({ status: "expired" });
    const unpaid = await mock.fetch("/hl/v2/transactions/unpaid", {
      headers: { authorization: `Bearer ${mock.apiKey}` },
    });
    expect((await unpaid.json()).data[0]).toMatchObject({ id: transactionId, status: "expired" });

    const page = await (await mock.fetch(link)).text();
    expect(page).toContain(
      '<span class="status" role="status">Tautan pembayaran ini sudah kedaluwarsa</span>',
    );
    expect(page).not.toContain("<button");
    const pay = await mock.fetch(`${link}/pay`, { method: "POST" });
    expect(pay.status).toBe(303);
    expect(pay.headers.get("location")).toBe(`../${slug}?lang=id`);
    expect(mock.payments[0]?.status).toBe("expired");
    // Reopening a closed, expired payment keeps it expired.
    await post(mock, `/hl/v2/payments/${mock.payments[0]?.id}/close`);
    await post(mock, `/hl/v2/payments/${mock.payments[0]?.id}/open`);
    expect(mock.payments[0]?.status).toBe("expired");
    await mock.webhooksIdle();
    expect(fetched).toEqual([]);
  });

  it("a paid payment does not expire or fail; it shows that it is paid", async () => {
    const mock = createMayarMock();
    const { link } = await createPayment(mock);
    await mock.fetch(`${link}/pay`, { method: "POST" });
    expect((await mock.fetch(`${link}/expire`, { method: "POST" })).status).toBe(303);
    expect((await mock.fetch(`${link}/fail`, { method: "POST" })).status).toBe(303);
    expect(mock.payments[0]?.status).toBe("paid");
  });

  it("an invoice lists its lines with line totals; a credit checkout shows credits, not a product id", async () => {
    const mock = createMayarMock();
    const invoice = await post(mock, "/hl/v2/invoices/create", {
      name: "Siti",
      email: "siti@example.com",
      mobile: "0812",
      items: [{ quantity: 2, rate: 42500, description: "Kopi" }],
    });
    const invoiceHtml = await (await mock.fetch((await invoice.json()).data.link)).text();
    expect(invoiceHtml).toContain(
      `<div class="item"><dt>Kopi<span class="qty">2 × Rp${NBSP}42.500</span></dt><dd>Rp${NBSP}85.000</dd></div>`,
    );
    expect(invoiceHtml).toContain(`Bayar Rp${NBSP}85.000`);

    const credit = await post(mock, CHECKOUT_PATH, validCheckout);
    const creditHtml = await (await mock.fetch((await credit.json()).creditUsageImmutableCheckoutUrl)).text();
    // Only in the page's own links (the product's slug), never as text.
    expect(creditHtml.replace(/<[^>]*>/g, "")).not.toContain(validCheckout.productId);
    expect(creditHtml).toContain('<div class="total"><dt>Jumlah kredit</dt><dd>1.000</dd></div>');
    expect(creditHtml).toContain("Bayar untuk 1.000 kredit");
  });

  it("the default return page says what happened", async () => {
    const mock = createMayarMock();
    for (const [status, text] of [
      ["paid", "Pembayaran berhasil"],
      ["cancelled", "Anda kembali sebelum membayar"],
      ["failed", "tidak ada dana yang terpotong"],
      ["expired", "sudah kedaluwarsa"],
      ["", "Kami belum menerima pembayaran ini"],
    ]) {
      const html = await (await mock.fetch(`${mock.publicUrl}/paid?status=${status}&id=x`)).text();
      expect(html, status).toContain(text);
    }
  });

  it("rejects bad shopName and language options", () => {
    expect(() => createMayarMock({ shopName: " " })).toThrow(/shopName must be a non-empty string/);
    expect(() => createMayarMock({ language: "fr" as never })).toThrow(/language must be "id" or "en"/);
  });
});
