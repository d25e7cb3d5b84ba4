// The hosted checkout in a real browser (Debian's Chromium, tooling/chromium.ts): every request the page
// makes is answered by mock.handle (anything else is refused and counted, so the page must need nothing from
// another host). At a phone's 390 px nothing overflows horizontally; pay, fail and expire each do what a
// real payment would (transaction, webhook); keyboard, language and contrast are checked too.
// `SCREENSHOTS=<dir> pnpm exec vitest run test/checkout-browser.test.ts` also saves PNGs of every page at
// 390 and 1280 px in both languages.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumLaunchOptions } from "../../../tooling/chromium";
import { SLOW_TEST_TIMEOUT_MS } from "../../../tooling/test-timing";
import { type RunningServer, serve } from "../src/cli/node-server.js";
import { createMayarMock, type MayarMock, type MayarMockOptions } from "../src/index.js";
import { CHECKOUT_PATH, CREATE_PATH, post, validCheckout } from "./support/requests.js";

const SCREENSHOTS = process.env.SCREENSHOTS;
const NBSP = "\u00a0";

let browser: Browser;
const contexts = new Set<BrowserContext>();

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions);
});

afterAll(async () => {
  await Promise.all([...contexts].map((context) => context.close()));
  await browser?.close();
});

interface Shop {
  mock: MayarMock;
  /** Webhook bodies delivered (through webhookFetch). */
  webhooks: Array<{ event: string; data: Record<string, unknown> }>;
}

const servers = new Set<RunningServer>();
afterAll(async () => {
  await Promise.all([...servers].map((server) => server.close()));
});

/** A mock served over HTTP on 127.0.0.1 (a free port), as the bin serves it, recording its webhooks. */
async function shop(options: MayarMockOptions = {}): Promise<Shop> {
  const webhooks: Shop["webhooks"] = [];
  let mock: MayarMock | undefined;
  const server = await serve((request) => (mock as MayarMock).handle(request), {
    port: 0,
    host: "127.0.0.1",
    onListening: (origin) => {
      mock = createMayarMock({
        publicUrl: `${origin}/mock-mayar`,
        webhookUrl: "http://shop.test/api/mayar/webhook?token=browser-test-token",
        webhookFetch: async (_url, init) => {
          webhooks.push(JSON.parse(String(init.body)));
          return new Response("ok");
        },
        ...options,
      });
    },
  });
  servers.add(server);
  return { mock: mock as MayarMock, webhooks };
}

interface Opened {
  page: Page;
  /** Requests the page made to any other origin (refused). */
  external: string[];
  /** Console errors and page errors. */
  errors: string[];
  /** The Accept-Language the browser sent. */
  acceptLanguage: () => string | undefined;
}

async function open(
  { mock }: Shop,
  url: string,
  { width = 390, locale }: { width?: number; locale?: string } = {},
): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width, height: 844 },
    deviceScaleFactor: 1,
    ...(locale ? { locale } : {}),
  });
  contexts.add(context);
  const external: string[] = [];
  const errors: string[] = [];
  let acceptLanguage: string | undefined;
  const origin = new URL(mock.publicUrl).origin;
  await context.route("**/*", (route) => {
    const request = route.request();
    if (new URL(request.url()).origin !== origin) {
      external.push(request.url());
      return route.abort();
    }
    acceptLanguage = request.headers()["accept-language"];
    return route.continue();
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, external, errors, acceptLanguage: () => acceptLanguage };
}

async function createPaymentRequest(mock: MayarMock, body: object) {
  const response = await post(mock, CREATE_PATH, body);
  expect(response.status).toBe(200);
  return (await response.json()).data as { id: string; transactionId: string; link: string };
}

async function transactionStatus(mock: MayarMock, id: string) {
  const response = await mock.fetch(`/hl/v2/transactions/${id}`, {
    headers: { authorization: `Bearer ${mock.apiKey}` },
  });
  return (await response.json()).data.status as string;
}

/** Elements whose box reaches past the viewport's right edge, and whether the page scrolls sideways. */
function horizontalOverflow(page: Page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const offenders = [...document.querySelectorAll("body *")]
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
    return { scrolls: document.documentElement.scrollWidth > width, offenders };
  });
}

/** Text whose contrast with its background is under WCAG AA (4.5:1, or 3:1 for large text). */
function lowContrast(page: Page) {
  return page.evaluate(() => {
    const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const [R, G, B] = [r, g, b].map((c) => {
        const s = c / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * (R ?? 0) + 0.7152 * (G ?? 0) + 0.0722 * (B ?? 0);
    };
    const background = (element: Element | null): number[] => {
      for (let node = element; node; node = node.parentElement) {
        const color = rgb(getComputedStyle(node).backgroundColor);
        if (color.length === 3 || (color[3] ?? 0) > 0.5) return color.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const problems: string[] = [];
    for (const element of document.querySelectorAll("body *")) {
      const own = [...element.childNodes].some((n) => n.nodeType === 3 && n.textContent?.trim());
      if (!own || (element as HTMLElement).offsetParent === null) continue;
      const style = getComputedStyle(element);
      const a = luminance(rgb(style.color));
      const b = luminance(background(element));
      const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
      const size = Number.parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        problems.push(
          `${element.tagName.toLowerCase()} "${element.textContent?.trim()}" ${ratio.toFixed(2)}`,
        );
      }
    }
    return problems;
  });
}

/** No horizontal scrolling at the page's width; with SCREENSHOTS set, the page is saved as a PNG too. */
async function fitsAndShot(page: Page, name: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} overflows by ${overflow} px`).toBeLessThanOrEqual(0);
  await shot(page, name);
}

async function shot(page: Page, name: string) {
  if (!SCREENSHOTS) return;
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

const coffee = {
  name: "Kopi Arabika Gayo 250 g",
  amount: 85000,
  email: "budi.santoso@example.com",
  mobile: "081234567890",
  description: "Biji kopi sangrai medium dari dataran tinggi Gayo, Aceh.",
};

// Each test opens pages in Chromium: seconds when idle, far more on a busy machine (tooling/test-timing.ts).
describe("the hosted checkout in Chromium", { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it("fits a 390 px phone, in Indonesian, with no request to another host", async () => {
    const s = await shop();
    const { link } = await createPaymentRequest(s.mock, coffee);
    const { page, external, errors, acceptLanguage } = await open(s, link, { locale: "id-ID" });
    expect(acceptLanguage()).toMatch(/^id/);
    await expect(page.locator("html").getAttribute("lang")).resolves.toBe("id");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe(coffee.name);
    expect(await page.getByRole("banner").textContent()).toContain("Toko Mayar Demo");
    const pay = page.getByRole("button", { name: /^Bayar/ });
    expect(await pay.textContent()).toBe(`Bayar Rp${NBSP}85.000`);
    // What apps/demo's tests select (Playwright's substring match, strict): one button, one <dl>.
    expect(await page.getByRole("button", { name: "Bayar" }).count()).toBe(1);
    expect(await page.locator("dl").count()).toBe(1);
    expect(await page.locator("main").textContent()).toMatch(/Rp\s85\.000/);
    expect(await page.getByRole("link", { name: "Kembali ke Toko Mayar Demo" }).getAttribute("href")).toMatch(
      /^http:\/\/127\.0\.0\.1:\d+\/mock-mayar\/paid\?status=cancelled&id=/,
    );
    expect(await page.getByRole("group", { name: "Metode pembayaran" }).getByRole("radio").count()).toBe(3);

    expect(await horizontalOverflow(page)).toEqual({ scrolls: false, offenders: [] });
    expect(await lowContrast(page)).toEqual([]);
    expect(external).toEqual([]);
    expect(errors).toEqual([]);
    await shot(page, "checkout-id-390");
  });

  it("pays with the method chosen by keyboard: paid, payment.received, back at the shop", async () => {
    const s = await shop();
    const { transactionId, link } = await createPaymentRequest(s.mock, coffee);
    const { page } = await open(s, link, { locale: "id-ID" });

    // Keyboard: Tab reaches the radio group, arrows choose, and focus is visible.
    await page.getByRole("radio", { name: "QRIS" }).focus();
    await page.keyboard.press("ArrowDown");
    const chosen = page.getByRole("radio", { name: "Virtual account" });
    expect(await chosen.isChecked()).toBe(true);
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement?.closest(".method") as Element).outlineStyle,
    );
    expect(outline).toBe("solid");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(`Bayar Rp${NBSP}85.000`);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)).toBe(
      "solid",
    );

    await page.keyboard.press("Enter");
    await page.waitForURL(/\/paid\?status=paid&id=/);
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Pembayaran berhasil");
    await s.mock.webhooksIdle();
    expect(await transactionStatus(s.mock, transactionId)).toBe("paid");
    expect(s.webhooks).toHaveLength(1);
    expect(s.webhooks[0]).toMatchObject({
      event: "payment.received",
      data: { transactionId, transactionStatus: "paid", paymentMethod: "VIRTUAL_ACCOUNT", amount: 85000 },
    });
    await shot(page, "return-paid-id-390");
  });

  it("fails: stays unpaid, no webhook, a failure screen with a retry", async () => {
    const s = await shop();
    const { transactionId, link } = await createPaymentRequest(s.mock, coffee);
    const { page } = await open(s, link, { locale: "id-ID" });
    await page.getByRole("radio", { name: "E-wallet" }).check();
    await page.getByRole("button", { name: "Simulasikan gagal" }).click();

    expect(await page.getByRole("heading", { level: 1 }).textContent()).toBe("Pembayaran gagal");
    expect(await page.getByRole("alert").textContent()).toBe("Pembayaran dengan E-wallet tidak berhasil.");
    expect(await horizontalOverflow(page)).toEqual({ scrolls: false, offenders: [] });
    expect(await lowContrast(page)).toEqual([]);
    await shot(page, "failed-id-390");
    await s.mock.webhooksIdle();
    expect(await transactionStatus(s.mock, transactionId)).toBe("unpaid");
    expect(s.webhooks).toEqual([]);

    await page.getByRole("link", { name: "Coba lagi" }).click();
    expect(await page.getByRole("button", { name: /^Bayar/ }).isVisible()).toBe(true);
    expect(new URL(page.url()).pathname).toBe(new URL(link).pathname);
  });

  it("expires: transaction expired, no payment.received, the page can no longer be paid", async () => {
    const s = await shop();
    const { transactionId, link } = await createPaymentRequest(s.mock, coffee);
    const { page } = await open(s, link, { locale: "id-ID" });
    await page.getByRole("button", { name: "Biarkan kedaluwarsa" }).click();

    expect(await page.getByRole("status").textContent()).toBe("Tautan pembayaran ini sudah kedaluwarsa");
    expect(await page.getByRole("button").count()).toBe(0);
    expect(await horizontalOverflow(page)).toEqual({ scrolls: false, offenders: [] });
    await shot(page, "expired-id-390");
    await s.mock.webhooksIdle();
    expect(await transactionStatus(s.mock, transactionId)).toBe("expired");
    expect(s.webhooks).toEqual([]);
    const unpaid = await s.mock.fetch("/hl/v2/transactions/unpaid", {
      headers: { authorization: `Bearer ${s.mock.apiKey}` },
    });
    expect((await unpaid.json()).data).toMatchObject([{ id: transactionId, status: "expired" }]);
  });

  it("speaks English from Accept-Language or ?lang=en, and switches language with a link", async () => {
    const s = await shop();
    const { link } = await createPaymentRequest(s.mock, coffee);
    const byBrowser = await open(s, link, { locale: "en-US", width: 1280 });
    expect(await byBrowser.page.locator("html").getAttribute("lang")).toBe("en");
    expect(await byBrowser.page.getByRole("button", { name: /^Pay/ }).textContent()).toBe(
      `Pay Rp${NBSP}85,000`,
    );
    expect(await lowContrast(byBrowser.page)).toEqual([]);
    expect(await horizontalOverflow(byBrowser.page)).toEqual({ scrolls: false, offenders: [] });
    await shot(byBrowser.page, "checkout-en-1280");

    const byLink = await open(s, `${link}?lang=en`, { locale: "id-ID" });
    expect(await byLink.page.locator("html").getAttribute("lang")).toBe("en");
    await byLink.page
      .getByRole("navigation", { name: "Language" })
      .getByRole("link", { name: "Bahasa Indonesia", exact: true })
      .click();
    expect(await byLink.page.locator("html").getAttribute("lang")).toBe("id");
    expect(await byLink.page.getByRole("button", { name: /^Bayar/ }).textContent()).toBe(
      `Bayar Rp${NBSP}85.000`,
    );
  });

  it('names the switch to Indonesian in full, "Bahasa Indonesia", on a phone too', async () => {
    const s = await shop();
    const { link } = await createPaymentRequest(s.mock, coffee);
    for (const width of [390, 1280]) {
      const { page } = await open(s, `${link}?lang=en`, { width });
      const toIndonesian = page.getByRole("navigation", { name: "Language" }).getByRole("link");
      // innerText is what is shown: a part hidden by CSS would be missing from it (textContent would not).
      // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is under test
      expect(await toIndonesian.innerText()).toBe("Bahasa Indonesia");
      expect(await toIndonesian.getAttribute("lang")).toBe("id");
      // On one line, inside the header.
      const box = await toIndonesian.boundingBox();
      expect(box?.height ?? 0).toBeLessThan(50);
      expect(await horizontalOverflow(page)).toEqual({ scrolls: false, offenders: [] });
    }
  });

  it("renders the other pages (both languages, invoice, credit, failure, paid, not found) without overflowing, at 390 and 1280 px", async () => {
    const s = await shop();
    const { link } = await createPaymentRequest(s.mock, coffee);
    for (const [language, width] of [
      ["id", 1280],
      ["en", 390],
    ] as const) {
      const { page } = await open(s, `${link}?lang=${language}`, { width });
      await fitsAndShot(page, `checkout-${language}-${width}`);
    }
    const invoice = await post(s.mock, "/hl/v2/invoices/create", {
      name: "Siti Rahmawati",
      email: "siti.rahmawati.panjang.sekali@contoh-perusahaan-besar.co.id",
      mobile: "081234567890",
      description: "Pesanan #1042",
      items: [
        { quantity: 2, rate: 85000, description: "Kopi Arabika Gayo 250 g" },
        { quantity: 1, rate: 350000, description: "Selendang Batik Tulis" },
      ],
    });
    const invoiceLink = (await invoice.json()).data.link as string;
    for (const width of [390, 1280]) {
      const { page } = await open(s, `${invoiceLink}?lang=id`, { width });
      await fitsAndShot(page, `invoice-id-${width}`);
    }
    const credit = await post(s.mock, CHECKOUT_PATH, validCheckout);
    const creditLink = (await credit.json()).creditUsageImmutableCheckoutUrl as string;
    const { page: creditPage } = await open(s, `${creditLink}&lang=en`, { width: 390 });
    await fitsAndShot(creditPage, "credit-en-390");
    const failed = await open(s, `${link}?lang=en`, { width: 1280 });
    await failed.page.getByRole("button", { name: "Simulate a failure" }).click();
    await fitsAndShot(failed.page, "failed-en-1280");
    await s.mock.fetch(`${link}/pay`, { method: "POST" });
    const paid = await open(s, `${link}?lang=en`, { width: 390 });
    await fitsAndShot(paid.page, "paid-en-390");
    const missing = await open(s, `${s.mock.publicUrl}/pl/nope`, { width: 390, locale: "id-ID" });
    await fitsAndShot(missing.page, "not-found-id-390");
  });
});
