import { describe, expect, it } from "vitest";
import { createMayarMock, type MayarMock } from "../src/index.js";
import { CHECKOUT_PATH, CREATE_PATH, post, validCheckout, validPaymentRequest } from "./support/requests.js";

const NBSP = "\u00a0";

async function createPayment(mock: MayarMock, body: object = validPaymentRequest) {
  const response = await post(mock, CREATE_PATH, body);
  expect(response.status).toBe(200);
  return (await response.json()).data as { id: string; link: string };
}

function formAction(html: string): string {
  const match = /<form method="post" action="([^"]+)">/.exec(html);
  expect(match, "the page has a POST form").not.toBeNull();
  return (match?.[1] ?? "").replaceAll("&amp;", "&");
}

describe("hosted checkout page", () => {
  it("renders an accessible Indonesian page with name, amount and a Bayar button", async () => {
    const mock = createMayarMock();
    const { link } = await createPayment(mock);
    const response = await mock.fetch(link);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html).toMatch(/^<!doctype html>\n<html lang="id">/);
    expect(html).toContain("<title>Penagihan · Pembayaran</title>");
    expect(html).toContain("<h1>Penagihan</h1>");
    expect(html).toContain(`<dd>Rp${NBSP}100.000</dd>`);
    expect(html).toMatch(
      /<form method="post" action="[^"]+">\s*<button type="submit">Bayar<\/button>\s*<\/form>/,
    );
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
    expect(html).toContain("<dd>&quot;quoted&quot; &amp; &#39;single&#39; &lt;b&gt;</dd>");
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
