// The customer's journey in mock mode: shop → hosted checkout on the embedded mock → /thanks.
import { expect, test } from "@playwright/test";

test.describe("shop", () => {
  test("a product's pay button opens the hosted checkout; Bayar returns to /thanks as paid", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1, name: "Toko Nusantara" })).toBeVisible();

    const product = page.getByRole("article", { name: "Kopi Arabika Gayo 250 g" });
    await expect(product).toContainText(/Rp\s85\.000/);
    await product.getByRole("button").click();

    await page.waitForURL(/\/mock-mayar\/pl\/[^/?]+$/);
    await expect(page.getByRole("heading", { level: 1, name: "Kopi Arabika Gayo 250 g" })).toBeVisible();
    await expect(page.locator("main")).toContainText(/Rp\s85\.000/);

    await page.getByRole("button", { name: "Bayar" }).click();
    await page.waitForURL(/\/thanks\?status=paid&id=[\w-]+$/);
    const id = new URL(page.url()).searchParams.get("id") ?? "";
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran berhasil" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("Terima kasih");
    await expect(page.getByText(id, { exact: true })).toBeVisible();
  });

  test("the credit top-up pay button opens the immutable credit checkout link", async ({ page }) => {
    await page.goto("/");
    const card = page.getByRole("region", { name: "Isi ulang kredit" });
    await card.getByLabel("Jumlah kredit").selectOption("1000");
    await card.getByRole("button").click();

    await page.waitForURL(/\/mock-mayar\/pl\/credit-[\w-]+\?immutable=/);
    await expect(page.getByRole("heading", { level: 1, name: "Top up kredit" })).toBeVisible();
    const details = page.locator("dl");
    await expect(details).toContainText("Siti Rahmawati");
    await expect(details).toContainText("siti@example.com");
    await expect(details).toContainText("1.000");

    await page.getByRole("button", { name: "Bayar" }).click();
    await page.waitForURL(/\/thanks\?status=paid&id=/);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran berhasil" })).toBeVisible();
  });

  test("the customer's details go into the payment request", async ({ page }) => {
    await page.goto("/");
    await page.getByLabel("Email").fill("budi@example.org");
    const product = page.getByRole("article", { name: "Selendang Batik Tulis" });
    await product.getByRole("button").click();
    await page.waitForURL(/\/mock-mayar\/pl\//);
    await expect(page.locator("dl")).toContainText("budi@example.org");
    await expect(page.locator("dl")).toContainText(/Rp\s350\.000/);
  });

  test("switches between Indonesian and English", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "id");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 2, name: "Products" })).toBeVisible();
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    // Remembered on the next visit.
    await page.reload();
    await expect(page.getByRole("heading", { level: 2, name: "Products" })).toBeVisible();
    await page.getByRole("button", { name: "Bahasa Indonesia" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Produk" })).toBeVisible();
  });

  test("/thanks without a paid status does not claim a payment", async ({ page }) => {
    const response = await page.goto("/thanks");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran belum selesai" })).toBeVisible();
  });

  test("an unknown page answers 404 with a way back", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1, name: "Halaman tidak ditemukan" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Kembali ke toko" })).toHaveAttribute("href", "/");
  });

  test("the page has its landmarks and no console errors", async ({ page }) => {
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
    await expect(page.getByText(/^Mode simulasi/)).toBeVisible();
    for (const label of ["Nama", "Email", "Nomor HP", "Jumlah kredit"]) {
      await expect(page.getByLabel(label)).toBeVisible();
    }
    expect(errors).toEqual([]);
  });
});
