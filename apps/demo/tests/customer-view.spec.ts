// What the customer sees, beyond the happy path: a failed, cancelled or expired payment says so and offers
// the next step; the shop's language carries to the hosted checkout; no developer wording outside the
// developers' note; a short order number; layouts that do not jump or break where they should not.
import { expect, type Locator, type Page, test } from "@playwright/test";
import { createPayment } from "./support/shop";

const ORDER_NUMBER = /^[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/;

/** Pays nothing: starts the coffee's payment from the shop and lands on the hosted checkout. */
async function toCheckout(page: Page, product = "Kopi Arabika Gayo 250 g") {
  await page.goto("/");
  await page.getByRole("article", { name: product }).getByRole("button").click();
  await page.waitForURL(/\/mock-mayar\/pl\/[^/?]+\?lang=id$/);
}

/** The boxes of `locators`, to compare before and after something happened elsewhere. */
const boxes = (locators: Locator[]) => Promise.all(locators.map((locator) => locator.boundingBox()));

test.describe("after a payment that did not go through", () => {
  test('failed: the order page says so and "Coba bayar lagi" reopens the same checkout, which can then be paid', async ({
    page,
  }) => {
    await toCheckout(page);
    const checkout = new URL(page.url());
    await page.getByRole("radio", { name: "E-wallet" }).check();
    await page.getByRole("button", { name: "Simulasikan gagal" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran gagal" })).toBeVisible();
    await page.getByRole("link", { name: "Kembali ke Toko Nusantara" }).click();

    await page.waitForURL(/\/order\?status=failed&id=/);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran gagal" })).toBeVisible();
    await expect(page.getByRole("status")).toContainText("tidak ada dana yang terpotong");
    await expect(page.getByText("Menunggu konfirmasi pembayaran")).toHaveCount(0);
    // Still the server's status: not paid.
    await expect(page.getByRole("region", { name: "Ringkasan pesanan" })).toContainText(
      "Menunggu pembayaran",
    );
    await expect(page.getByRole("link", { name: "Kembali ke toko" })).toHaveAttribute("href", "/");

    await page.getByRole("link", { name: "Coba bayar lagi" }).click();
    await page.waitForURL(
      (url) => url.pathname === checkout.pathname && url.searchParams.get("lang") === "id",
    );
    await page.getByRole("button", { name: /^Bayar/ }).click();
    await page.waitForURL(/\/order\?status=paid&id=/);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran berhasil" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Coba bayar lagi" })).toHaveCount(0);
  });

  test("cancelled: back to the shop from the checkout, the order page offers to pay again", async ({
    page,
  }) => {
    await toCheckout(page);
    await page.getByRole("link", { name: "Kembali ke Toko Nusantara" }).click();
    await page.waitForURL(/\/order\?status=cancelled&id=/);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran belum selesai" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Coba bayar lagi" })).toHaveAttribute(
      "href",
      /\/mock-mayar\/pl\/[^/?]+\?lang=id$/,
    );
    // In English, the same in English, and the checkout it reopens is in English too.
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Payment not completed" })).toBeVisible();
    await page.getByRole("link", { name: "Try paying again" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: /^Pay Rp\s85,000$/ })).toBeVisible();
  });

  test("expired: the order page says so and offers to order again from the shop", async ({ page }) => {
    await toCheckout(page, "Selendang Batik Tulis");
    await page.getByRole("button", { name: "Biarkan kedaluwarsa" }).click();
    await page.getByRole("main").getByRole("link", { name: "Kembali ke Toko Nusantara" }).last().click();
    await page.waitForURL(/\/order\?status=expired&id=/);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran kedaluwarsa" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Coba bayar lagi" })).toHaveCount(0);
    await page.getByRole("link", { name: "Pesan lagi" }).click();
    await expect(page.getByRole("article", { name: "Selendang Batik Tulis" })).toBeInViewport();
  });

  test("an address that says failed never hides a paid order", async ({ page, request }) => {
    const created = await createPayment(request, "sambal-roa");
    const pay = new URL(created.link);
    pay.pathname += "/pay";
    expect((await request.post(pay.href, { maxRedirects: 0 })).status()).toBe(303);
    await page.goto(`/order?status=failed&id=${created.id}`);
    await expect(page.getByRole("heading", { level: 1, name: "Pembayaran berhasil" })).toBeVisible();
  });
});

test.describe("the shop's language on the hosted checkout", () => {
  test("English in the shop opens the checkout in English, for a product and for credits", async ({
    page,
  }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("article", { name: "Gayo Arabica Coffee 250 g" }).getByRole("button").click();
    await page.waitForURL(/\/mock-mayar\/pl\/[^/?]+\?lang=en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: /^Pay Rp\s85,000$/ })).toBeVisible();
    // The checkout's own switch names Indonesian in full.
    await expect(page.getByRole("navigation", { name: "Language" }).getByRole("link")).toHaveText(
      "Bahasa Indonesia",
    );

    await page.goto("/");
    await page.getByRole("region", { name: "Top up credits" }).getByRole("button").click();
    await page.waitForURL(/\/mock-mayar\/pl\/credit-[\w-]+\?immutable=[^&]+&lang=en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await page.getByRole("button", { name: /^Pay/ }).click();
    await page.waitForURL(/\/order\?status=paid&id=/);
    await expect(page.getByRole("heading", { level: 1, name: "Payment received" })).toBeVisible();
  });
});

test.describe("wording and layout", () => {
  test("no developer wording outside the developers' note, in either language", async ({ page, request }) => {
    const created = await createPayment(request);
    for (const language of ["Bahasa Indonesia", "English"]) {
      for (const path of ["/", `/order?id=${created.id}`]) {
        await page.goto(path);
        await page.getByRole("button", { name: language }).click();
        // What is shown (innerText: the visible text), in the page's header and main part.
        const shown = await page.evaluate(() =>
          ["header", "main"]
            // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is under test
            .map((selector) => document.querySelector<HTMLElement>(selector)?.innerText ?? "")
            .join("\n"),
        );
        for (const developerWords of [
          "MAYAR_API_KEY",
          /API key|Kunci API/i,
          /address does not decide|tidak menentukan status/i,
          /\bSDK\b/,
          "@org/",
          /\bserver\b/i,
          /\bmock\b/i,
        ]) {
          expect(shown, `${path} (${language})`).not.toMatch(developerWords);
        }
      }
    }
    // What developers need is in its own, labelled part of the footer.
    await expect(page.getByRole("region", { name: "For developers" })).toContainText("@org/mayar-core");
    await expect(page.getByRole("region", { name: "For developers" }).getByRole("link")).toHaveText(
      "API reference",
    );
  });

  test.describe("at 390 px", () => {
    test.use({ viewport: { width: 390, height: 800 } });

    test("the order number is short and on one line", async ({ page, request }) => {
      const created = await createPayment(request);
      await page.goto(`/order?id=${created.id}`);
      const number = page.getByRole("region", { name: "Ringkasan pesanan" }).locator(".order__number");
      await expect(number).toHaveText(ORDER_NUMBER);
      const lines = await number.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines).toBe(1);
    });

    test('"250 g" never breaks: on the card, the order page and the hosted checkout', async ({
      page,
      request,
    }) => {
      const created = await createPayment(request);
      for (const [path, scope] of [
        ["/", "article h3"],
        [`/order?id=${created.id}`, ".order__summary dd"],
        [created.link, "main h1"],
      ] as const) {
        await page.goto(path);
        const unitOnOneLine = await page
          .locator(scope)
          .first()
          .evaluate((element) => {
            const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              const text = node.textContent ?? "";
              const at = text.search(/250\sg/);
              if (at < 0) continue;
              // As narrow as the text up to "250": a breakable space before "g" would break right there.
              const upTo250 = document.createRange();
              upTo250.setStart(node, 0);
              upTo250.setEnd(node, at + 3);
              const width =
                Math.max(...[...upTo250.getClientRects()].map((rect) => rect.right)) -
                element.getBoundingClientRect().left;
              const box = element as HTMLElement;
              box.style.display = "block";
              box.style.boxSizing = "content-box";
              box.style.padding = "0";
              box.style.width = `${Math.ceil(width) + 1}px`;
              const unit = document.createRange();
              unit.setStart(node, at);
              unit.setEnd(node, at + 5);
              return new Set([...unit.getClientRects()].map((rect) => Math.round(rect.top))).size === 1;
            }
            return undefined;
          });
        expect(unitOnOneLine, path).toBe(true);
      }
    });
  });

  test.describe("at 1280 px", () => {
    test.use({ viewport: { width: 1280, height: 900 } });

    test("an error under one pay button moves none of its neighbours, nor its own button", async ({
      page,
    }) => {
      await page.goto("/");
      const cards = page.getByRole("article");
      await expect(cards).toHaveCount(3);
      const parts = (card: Locator) => [
        card.getByRole("heading"),
        card.locator(".product__description"),
        card.locator(".price"),
        card.getByRole("button"),
      ];
      const watched = [
        ...parts(cards.nth(0)),
        ...parts(cards.nth(2)),
        cards.nth(1).getByRole("button"),
        page.getByRole("region", { name: "Isi ulang kredit" }).getByRole("button"),
      ];
      const before = await boxes(watched);
      await page.route("**/api/mayar/**", (route) =>
        route.fulfill({
          status: 503,
          contentType: "application/json",
          body: JSON.stringify({ statusCode: 503, messages: "The shop cannot take new orders right now." }),
        }),
      );
      await cards.nth(1).getByRole("button").click();
      await expect(cards.nth(1).getByRole("alert")).toContainText("Coba lagi");
      // The row of cards stays one row: the credit card below may move down, nothing in the row does.
      expect(await boxes(watched.slice(0, -1))).toEqual(before.slice(0, -1));
    });

    test("in English, the hint and the messages do not push one input below the others", async ({ page }) => {
      await page.goto("/");
      await page.getByRole("button", { name: "English" }).click();
      const form = page.getByRole("form", { name: "Your details" });
      const inputs = [form.getByLabel("Name"), form.getByLabel("Email"), form.getByLabel("Mobile number")];
      const tops = async () => (await boxes(inputs)).map((box) => box?.y);
      const [first, ...others] = await tops();
      expect(others).toEqual([first, first]);
      // With a message under each field (of different lengths), still one row.
      await inputs[0]?.fill("");
      await inputs[1]?.fill("siti@@example");
      await inputs[2]?.fill("0812abcd");
      await inputs[2]?.press("Enter");
      await expect(form.locator("[aria-invalid=true]")).toHaveCount(3);
      expect(await tops()).toEqual([first, first, first]);
    });
  });
});
