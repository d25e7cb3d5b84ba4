// The customer's journey in mock mode: shop → hosted checkout on the embedded mock → order page, whose
// status comes from the server (paid once Mayar's webhook was confirmed), never from the address.
import { expect, type Page, test } from "@playwright/test";
import { createPayment, payOnMock } from "./support/shop";

/** Counts the page's calls to the shop's API (the proxy and the order endpoint). */
function countApiCalls(page: Page) {
  const calls: string[] = [];
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/")) calls.push(request.url());
  });
  return calls;
}

test.describe("shop", () => {
  test("shop → pay on the hosted checkout → the order page shows paid once the webhook confirmed it", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Toko Nusantara" })).toBeVisible();

    const product = page.getByRole("article", { name: "Kopi Arabika Gayo 250 g" });
    await expect(product).toContainText(/Rp\s85\.000/);
    await product.getByRole("button", { name: /^Bayar Rp\s85\.000$/ }).click();

    // The hosted checkout opens in the shop's language.
    await page.waitForURL(/\/mock-mayar\/pl\/[^/?]+\?lang=id$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kopi Arabika Gayo 250 g" })).toBeVisible();
    await expect(page.getByRole("main")).toContainText(/Rp\s85\.000/);

    await page.getByRole("button", { name: /^Bayar/ }).click();
    await page.waitForURL(/\/order\?status=paid&id=[\w-]+$/);
    const id = new URL(page.url()).searchParams.get("id") ?? "";
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran berhasil" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Mayar sudah mengonfirmasi");
    const summary = page.getByRole("region", { name: "Ringkasan pesanan" });
    await expect(summary).toContainText("Kopi Arabika Gayo 250 g");
    await expect(summary).toContainText(/Rp\s85\.000/);
    await expect(summary).toContainText("Lunas");
    // A short number the customer can read out, not the payment's long id.
    await expect(summary.locator(".order__number")).toHaveText(/^[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await expect(summary).not.toContainText(id);
  });

  test("the order page waits for the server: pending, then paid without a reload", async ({
    page,
    request,
  }) => {
    const created = await createPayment(request, "sambal-roa");
    // The address claims "paid"; the server says pending, and the page believes the server.
    await page.goto(`/order?status=paid&id=${created.id}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "Menunggu konfirmasi pembayaran" }),
    ).toBeVisible();
    await expect(page.getByRole("region", { name: "Ringkasan pesanan" })).toContainText(
      "Menunggu pembayaran",
    );

    await payOnMock(request, created.link);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran berhasil" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Ringkasan pesanan" })).toContainText("Lunas");
  });

  test("letting the payment expire on the hosted page leads to an expired order", async ({
    page,
    request,
  }) => {
    const created = await createPayment(request, "batik-tulis");
    await page.goto(created.link);
    await page.getByRole("button", { name: /kedaluwarsa/i }).click();
    await expect(page.getByRole("main")).toContainText(/kedaluwarsa/i);
    // The server asks Mayar about a pending order: the payment expired there.
    await page.goto(`/order?status=expired&id=${created.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran kedaluwarsa" })).toBeVisible();
    await expect(page.getByRole("region", { name: "Ringkasan pesanan" })).toContainText("Kedaluwarsa");
  });

  test("the credit top-up shows its price, and its checkout returns to a paid order", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("region", { name: "Isi ulang kredit" });
    await card.getByLabel("Paket kredit").selectOption({ label: "1.000 kredit · Rp\u00a0100.000" });
    await expect(card.locator(".price")).toHaveText(/^Harga: Rp\s100\.000$/);
    await card.getByRole("button", { name: /^Bayar Rp\s100\.000$/ }).click();

    await page.waitForURL(/\/mock-mayar\/pl\/credit-[\w-]+\?immutable=/);
    const main = page.getByRole("main");
    await expect(main).toContainText("Siti Rahmawati");
    await expect(main).toContainText("siti@example.com");
    await expect(main).toContainText("1.000");

    await page.getByRole("button", { name: /^Bayar/ }).click();
    await page.waitForURL(/\/order\?status=paid&id=/);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran berhasil" })).toBeVisible();
    const summary = page.getByRole("region", { name: "Ringkasan pesanan" });
    await expect(summary).toContainText("1.000 kredit");
    await expect(summary).toContainText(/Rp\s100\.000/);
  });

  test("the customer's details go into the payment request", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Email").fill("  budi@example.org ");
    await page.getByLabel("Nomor HP").fill("0812-3456-7890");
    await page.getByRole("article", { name: "Selendang Batik Tulis" }).getByRole("button").click();
    await page.waitForURL(/\/mock-mayar\/pl\//);
    await expect(page.getByRole("main")).toContainText("budi@example.org");
    await expect(page.getByRole("main")).toContainText("081234567890");
    await expect(page.getByRole("main")).toContainText(/Rp\s350\.000/);
  });

  test("invalid details never reach the server: each field says what is wrong, next to it", async ({
    page,
  }) => {
    const calls = countApiCalls(page);
    await page.goto("/");
    const name = page.getByLabel("Nama");
    const email = page.getByLabel("Email");
    const mobile = page.getByLabel("Nomor HP");
    await name.fill("");
    await email.fill("siti@@example");
    await mobile.fill("0812abcd");

    for (const button of [
      page.getByRole("article", { name: "Kopi Arabika Gayo 250 g" }).getByRole("button"),
      page.getByRole("region", { name: "Isi ulang kredit" }).getByRole("button"),
    ]) {
      await button.click();
      await expect(name).toBeFocused();
      await button.press("Enter");
      await expect(name).toBeFocused();
    }
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAccessibleDescription("Isi nama Anda.");
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription("Alamat email belum benar. Contoh: siti@example.com.");
    await expect(mobile).toHaveAttribute("aria-invalid", "true");
    await expect(mobile).toHaveAccessibleDescription(
      "Nomor HP belum benar: pakai nomor HP Indonesia yang diawali 08 atau +62. Contoh: 0812 3456 7890",
    );

    // In English, the same problems in English.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByLabel("Name")).toHaveAccessibleDescription("Enter your name.");
    await expect(page.getByLabel("Email")).toHaveAccessibleDescription(
      "Enter an email address like siti@example.com.",
    );
    await expect(page.getByLabel("Mobile number")).toHaveAccessibleDescription(
      "Enter an Indonesian mobile number, starting with 08 or +62. For example 0812 3456 7890",
    );
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();

    // Nothing was sent; the page is still the shop.
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 200)));
    expect(calls).toEqual([]);
    expect(new URL(page.url()).pathname).toBe("/");

    // Fixed, one click makes one request and leaves for the checkout.
    await name.fill("Siti Rahmawati");
    await email.fill("siti@example.com");
    await mobile.fill("+62 812 3456 7890");
    await expect(name).not.toHaveAttribute("aria-invalid");
    await expect(email).not.toHaveAttribute("aria-invalid");
    await expect(mobile).not.toHaveAttribute("aria-invalid");
    await page.getByRole("article", { name: "Kopi Arabika Gayo 250 g" }).getByRole("button").click();
    await page.waitForURL(/\/mock-mayar\/pl\//);
    expect(calls).toHaveLength(1);
  });

  test("the details are a real form: Enter in a field checks it, then the messages follow the typing", async ({
    page,
  }) => {
    const calls = countApiCalls(page);
    await page.goto("/");
    const form = page.getByRole("form", { name: "Data pembeli" });
    const email = form.getByLabel("Email");
    await email.fill("siti@example");
    // Nothing is said while typing or on leaving the field, before the customer asks for anything.
    await email.press("Tab");
    await expect(email).not.toHaveAttribute("aria-invalid");
    await email.press("Enter");
    await expect(email).toBeFocused();
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(form.getByText("Alamat email belum benar")).toBeVisible();
    await email.fill("siti@example.com");
    await expect(email).not.toHaveAttribute("aria-invalid");
    await expect(form.getByText("Alamat email belum benar")).toHaveCount(0);
    await form.getByLabel("Nama").fill("");
    await expect(form.getByText("Isi nama Anda.")).toBeVisible();
    expect(calls).toEqual([]);
  });

  test("English: one rupiah format on the card, the button and the order", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    const product = page.getByRole("article", { name: "Gayo Arabica Coffee 250 g" });
    await expect(product.locator(".price")).toHaveText(/^Price: Rp\s85,000$/);
    await expect(product.getByRole("button")).toHaveText(/^Pay Rp\s85,000$/);
    const card = page.getByRole("region", { name: "Top up credits" });
    await expect(card.getByRole("button")).toHaveText(/^Pay Rp\s50,000$/);
    await expect(card.getByLabel("Credit pack")).toContainText("500 credits · Rp\u00a050,000");
    await expect(page.getByRole("link", { name: "API reference" })).toBeVisible();
  });

  test("switches between Indonesian and English, and remembers it", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: "Products" })).toBeVisible();
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Products" })).toBeVisible();
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Produk" })).toBeVisible();
  });

  test("an address that claims paid proves nothing", async ({ page }) => {
    for (const path of ["/order?status=paid", "/order?status=paid&id=made-up", "/thanks?status=paid"]) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(200);
      await expect(page.getByRole("heading", { level: 1, name: "Pesanan tidak ditemukan" })).toBeVisible();
      await expect(page.getByText("Pembayaran berhasil")).toHaveCount(0);
    }
    // The old return page moved to /order.
    expect(new URL(page.url()).pathname).toBe("/order");
  });

  test("an unknown page answers 404 with a way back", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kembali ke toko" })).toHaveAttribute("href", "/");
  });

  test("the pages have their landmarks and labels, and no console errors (the CSP allows the button's style)", async ({
    page,
    request,
  }) => {
    const errors: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto("/");
    await expect(page.getByRole("banner")).toBeVisible();
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("contentinfo")).toBeVisible();
    await expect(page.getByRole("article")).toHaveCount(3);
    await expect(page.getByText(/^Ini toko contoh: pembayarannya simulasi/)).toBeVisible();
    for (const label of ["Nama", "Email", "Nomor HP", "Paket kredit"]) {
      await expect(page.getByLabel(label)).toBeVisible();
    }
    // <PayButton>'s own stylesheet applied (blocked by the CSP, the button would be the browser's grey one).
    const button = page.getByRole("article").first().getByRole("button");
    await expect(button).toHaveCSS("background-color", "rgb(15, 118, 110)");
    const created = await createPayment(request);
    await page.goto(`/order?id=${created.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(errors).toEqual([]);
  });
});
