// Visual regression: the demo's pages at a phone's width (390 px) and a laptop's (1280 px), compared with the
// committed baselines in visual.spec.ts-snapshots/ (Debian's Chromium and fonts). After an intended change,
// `pnpm --filter demo test:update` rewrites the baselines that changed: look at them before committing.
import { expect, type Page, test } from "@playwright/test";
import { checkoutAction, createPayment, expectOrderStatus, payOnMock } from "./support/shop";

const WIDTHS = [390, 1280] as const;

/** Full-page screenshot once the page is settled; order numbers (random) are masked. */
async function expectPage(page: Page, name: string) {
  await page.evaluate(() => document.fonts.ready);
  await expect(page).toHaveScreenshot(`${name}.png`, {
    fullPage: true,
    mask: [page.locator(".order__number")],
  });
}

for (const width of WIDTHS) {
  test.describe(`visual ${width}px`, () => {
    test.use({ viewport: { width, height: 800 } });

    test("shop", async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("article")).toHaveCount(3);
      await expectPage(page, `shop-${width}`);
    });

    test("the form with errors", async ({ page }) => {
      await page.goto("/");
      await page.getByLabel("Nama").fill("");
      await page.getByLabel("Email").fill("siti@@example");
      await page.getByLabel("Nomor HP").fill("0812abcd");
      await page.getByRole("article").first().getByRole("button").click();
      await expect(page.locator("[aria-invalid=true]")).toHaveCount(3);
      // The focus ring on the first field is part of the look.
      await expectPage(page, `form-errors-${width}`);
    });

    test("hosted checkout", async ({ page, request }) => {
      const created = await createPayment(request, "kopi-gayo");
      await page.goto(created.link);
      await expect(page.getByRole("button", { name: /^Bayar/ })).toBeVisible();
      await expectPage(page, `hosted-checkout-${width}`);
    });

    test("order page, pending", async ({ page, request }) => {
      const created = await createPayment(request, "kopi-gayo");
      await page.goto(`/order?id=${created.id}`);
      await expect(
        page.getByRole("heading", { level: 1, name: "Menunggu konfirmasi pembayaran" }),
      ).toBeVisible();
      await expectPage(page, `order-pending-${width}`);
    });

    test("the form with errors, in English", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("button", { name: "English" }).click();
      await page.getByLabel("Name").fill("");
      await page.getByLabel("Email").fill("siti@@example");
      await page.getByLabel("Mobile number").fill("0812abcd");
      await page.getByRole("article").first().getByRole("button").click();
      await expect(page.locator("[aria-invalid=true]")).toHaveCount(3);
      await expectPage(page, `form-errors-en-${width}`);
    });

    test("order page, payment failed", async ({ page, request }) => {
      const created = await createPayment(request, "kopi-gayo");
      await page.goto(`/order?status=failed&id=${created.id}`);
      await expect(page.getByRole("link", { name: "Coba bayar lagi" })).toBeVisible();
      await expectPage(page, `order-failed-${width}`);
    });

    test("order page, expired", async ({ page, request }) => {
      const created = await createPayment(request, "kopi-gayo");
      expect((await request.post(checkoutAction(created.link, "expire"), { maxRedirects: 0 })).status()).toBe(
        303,
      );
      await page.goto(`/order?status=expired&id=${created.id}`);
      await expect(page.getByRole("link", { name: "Pesan lagi" })).toBeVisible();
      await expectPage(page, `order-expired-${width}`);
    });

    test("order page, paid", async ({ page, request }) => {
      const created = await createPayment(request, "kopi-gayo");
      await payOnMock(request, created.link);
      await expectOrderStatus(request, created.id, "paid");
      await page.goto(`/order?id=${created.id}`);
      await expect(page.getByRole("heading", { level: 1, name: "Pembayaran berhasil" })).toBeVisible();
      await expectPage(page, `order-paid-${width}`);
    });
  });
}
