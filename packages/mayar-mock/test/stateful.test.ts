// What a user would notice: payment requests, invoices and customers created through the API can be read
// back, updated, closed and reopened, and listed page by page; each payment request and invoice has a
// transaction that turns paid on the hosted page. Raw answers are checked against the spec's schemas.
import { createMayarClient, MayarApiError } from "@org/mayar-core";
import { describe, expect, it } from "vitest";
import { createMayarMock, type MayarMock } from "../src/index.js";
import { expectSpecResponse } from "./support/spec.js";

function setup(options: Parameters<typeof createMayarMock>[0] = {}) {
  const mock = createMayarMock(options);
  const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });
  return { mock, mayar };
}

/** A raw GET through the mock, checked against the operation's schema for the status it answered. */
async function getChecked(mock: MayarMock, operationId: string, path: string) {
  const response = await mock.fetch(path, { headers: { authorization: `Bearer ${mock.apiKey}` } });
  const body = await response.json();
  expectSpecResponse(operationId, String(response.status), body);
  return { status: response.status, body };
}

async function pay(mock: MayarMock, link: string) {
  const paid = await mock.fetch(`${link}/pay`, { method: "POST" });
  expect(paid.status).toBe(303);
}

const invoiceBody = (n: number) => ({
  name: `Pelanggan ${n}`,
  email: `pelanggan${n}@example.com`,
  mobile: "081234567890",
  description: `Pesanan ${n}`,
  items: [
    { quantity: 2, rate: 15000, description: "Kopi" },
    { quantity: 1, rate: 20000 + n, description: "Roti" },
  ],
});

describe("payment requests", () => {
  it("can be read back, updated by body id, closed and reopened", async () => {
    const { mock, mayar } = setup();
    const created = await mayar.paymentRequests.create({
      name: "Konsultasi",
      amount: 100000,
      description: "Sesi 1",
      extraData: { orderId: "A-1" },
    });

    const fetched = await mayar.paymentRequests.get(created.id);
    expect(fetched).toMatchObject({
      id: created.id,
      amount: 100000,
      status: "unpaid",
      name: "Konsultasi",
      description: "Sesi 1",
      type: "payment_request",
      link: created.link.split("/").pop(),
      linkUrl: created.link,
      transactions: [{ id: created.transactionId, extraData: { orderId: "A-1" } }],
    });
    await getChecked(mock, "getPaymentRequest", `/hl/v2/payments/${created.id}`);

    // v2 updates select by the body's id; the path's id is cosmetic.
    const updated = await mayar.paymentRequests.update({ id: created.id, amount: 150000, notes: "revisi" });
    expect(updated).toEqual({ id: created.id, link: created.link });
    expect(await mayar.paymentRequests.get(created.id)).toMatchObject({ amount: 150000 });
    expect(mock.payments[0]).toMatchObject({
      amount: 150000,
      request: { notes: "revisi", name: "Konsultasi" },
    });
    expect(await mayar.transactions.get(created.transactionId)).toMatchObject({ amount: 150000 });

    expect(await mayar.paymentRequests.setStatus(created.id, "close")).toEqual({});
    expect(await mayar.paymentRequests.get(created.id)).toMatchObject({ status: "closed" });
    const page = await (await mock.fetch(created.link)).text();
    expect(page).toContain("Tautan ini sudah ditutup");
    expect(page).not.toContain("<button");
    expect((await mock.fetch(`${created.link}/pay`, { method: "POST" })).status).toBe(404);
    expect((await mayar.paymentRequests.list({ status: "closed" })).data.map((p) => p.id)).toEqual([
      created.id,
    ]);

    await mayar.paymentRequests.setStatus(created.id, "active");
    expect(await mayar.paymentRequests.get(created.id)).toMatchObject({ status: "unpaid" });
    await pay(mock, created.link);
    expect(await mayar.paymentRequests.get(created.id)).toMatchObject({ status: "paid" });
  });

  it("lists newest first with cursor pages (limit default 10, nextStartingAfter a ms timestamp)", async () => {
    const { mock, mayar } = setup();
    const ids: string[] = [];
    for (let i = 0; i < 23; i++)
      ids.push((await mayar.paymentRequests.create({ name: `R${i}`, amount: 1000 + i })).id);
    const newestFirst = [...ids].reverse();

    const first = await getChecked(mock, "listPaymentRequests", "/hl/v2/payments");
    expect(first.body.data.map((p: { id: string }) => p.id)).toEqual(newestFirst.slice(0, 10));
    expect(first.body.hasMore).toBe(true);
    expect(first.body.nextStartingAfter).toMatch(/^\d{13}$/);
    expect(first.body.nextStartingAfter).toBe(String(first.body.data[9].createdAt));

    const second = await mayar.paymentRequests.list({
      limit: 10,
      startingAfter: first.body.nextStartingAfter,
    });
    expect(second.data.map((p) => p.id)).toEqual(newestFirst.slice(10, 20));
    const third = await mayar.paymentRequests.list({
      limit: 10,
      startingAfter: second.nextStartingAfter ?? "",
    });
    expect(third.data.map((p) => p.id)).toEqual(newestFirst.slice(20));
    expect(third).toMatchObject({ hasMore: false, nextStartingAfter: null });

    const all = await mayar.paymentRequests.list({ limit: 50 });
    expect(all.data).toHaveLength(23);
    expect(all.hasMore).toBe(false);

    const bad = await getChecked(mock, "listPaymentRequests", "/hl/v2/payments?startingAfter=yesterday");
    expect(bad.status).toBe(400);
    expect(bad.body.data[0]).toMatchObject({ field: "startingAfter", type: "format" });
  });

  it("answers unknown ids with 404 in Mayar's shape", async () => {
    const { mock, mayar } = setup();
    const missing = await getChecked(mock, "getPaymentRequest", "/hl/v2/payments/no-such-id");
    expect(missing).toEqual({ status: 404, body: { statusCode: 404, messages: "Not Found" } });
    for (const call of [
      () => mayar.paymentRequests.get("no-such-id"),
      () => mayar.paymentRequests.update({ id: "no-such-id", amount: 1 }),
      () => mayar.paymentRequests.setStatus("no-such-id", "close"),
      () => mayar.invoices.get("no-such-id"),
      () => mayar.invoices.update({ id: "no-such-id", description: "x" }),
      () => mayar.invoices.setStatus("no-such-id", "open"),
      () => mayar.transactions.get("no-such-id"),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MayarApiError);
      expect(error).toMatchObject({ kind: "not_found", status: 404 });
    }
  });
});

describe("transactions", () => {
  it("a payment request's transaction is unpaid, listed as unpaid, and paid on the hosted page", async () => {
    const { mock, mayar } = setup({ now: () => Date.parse("2026-05-08T10:00:00.000Z") });
    const { id, transactionId, link } = await mayar.paymentRequests.create({ name: "Teh", amount: 12000 });

    expect(await mayar.transactions.get(transactionId)).toMatchObject({
      id: transactionId,
      status: "unpaid",
      amount: 12000,
      paymentLinkId: id,
    });
    await getChecked(mock, "getTransaction", `/hl/v2/transactions/${transactionId}`);

    const unpaid = await getChecked(mock, "listUnpaidTransactions", "/hl/v2/transactions/unpaid");
    expect(unpaid.body.data).toEqual([
      expect.objectContaining({
        id: transactionId,
        type: "payment_request",
        amount: 12000,
        status: "active",
        paymentLinkId: id,
        paymentUrl: `${mock.publicUrl}/select-channel/${transactionId}`,
      }),
    ]);
    // The unpaid list's paymentUrl opens the same checkout page.
    const channel = await mock.fetch(unpaid.body.data[0].paymentUrl);
    expect(channel.status).toBe(200);
    expect(await channel.text()).toContain("<h1>Teh</h1>");

    await pay(mock, link);
    expect(await mayar.transactions.get(transactionId)).toMatchObject({ status: "paid" });
    expect((await mayar.transactions.listUnpaid()).data).toEqual([]);

    const paid = await getChecked(mock, "listTransactions", "/hl/v2/transactions?status=paid");
    expect(paid.body.data).toEqual([
      expect.objectContaining({ credit: 12000, paymentLinkTransactionId: transactionId, paymentLinkId: id }),
    ]);
    expect(await mayar.transactions.getDaily()).toEqual({ date: "2026-05-08", tpvCount: 12000, trxCount: 1 });
    await getChecked(mock, "getDailyTransactions", "/hl/v2/transactions/daily");
  });

  it("an invoice's transaction starts `created`", async () => {
    const { mayar } = setup();
    const { transactionId } = await mayar.invoices.create(invoiceBody(1));
    expect(await mayar.transactions.get(transactionId)).toMatchObject({ status: "created", amount: 50001 });
  });
});

describe("invoices", () => {
  it("are created with their customer, read back, updated, listed by email and closed", async () => {
    const { mock, mayar } = setup();
    const created = await mayar.invoices.create({ ...invoiceBody(7), extraData: { noCustomer: "C-7" } });
    expect(created.link).toMatch(new RegExp(`^${mock.publicUrl}/invoices/[a-z0-9]{11}$`));
    expect(created.extraData).toEqual({ noCustomer: "C-7" });

    const customer = await mayar.customers.getByEmail({ email: "pelanggan7@example.com" });
    expect(customer).toMatchObject({ name: "Pelanggan 7", mobile: "081234567890" });

    const fetched = await mayar.invoices.get(created.id);
    expect(fetched).toMatchObject({
      id: created.id,
      amount: 50007,
      status: "unpaid",
      customerId: customer.id,
      customer: { id: customer.id, email: "pelanggan7@example.com", name: "Pelanggan 7" },
      transactionId: created.transactionId,
      paymentUrl: created.link,
      paymentLinkId: created.id,
    });
    await getChecked(mock, "getInvoice", `/hl/v2/invoices/${created.id}`);
    const html = await (await mock.fetch(created.link)).text();
    expect(html).toContain("<h1>Invoice untuk Pelanggan 7</h1>");

    await mayar.invoices.update({ id: created.id, items: [{ quantity: 3, rate: 11000, description: "A" }] });
    expect(await mayar.invoices.get(created.id)).toMatchObject({ amount: 33000 });

    await mayar.invoices.create(invoiceBody(8));
    const byEmail = await mayar.invoices.listByEmail({ email: "pelanggan7@example.com" });
    expect(byEmail.data.map((invoice) => invoice.id)).toEqual([created.id]);
    await getChecked(mock, "listInvoicesByEmail", "/hl/v2/invoices/filter?email=pelanggan7%40example.com");
    expect((await mayar.invoices.list({ search: "pelanggan8" })).data).toHaveLength(1);

    await mayar.invoices.setStatus(created.id, "closed");
    const list = await getChecked(mock, "listInvoices", "/hl/v2/invoices?status=closed");
    expect(list.body.data.map((invoice: { id: string }) => invoice.id)).toEqual([created.id]);
    expect(list.body.data[0].transactions).toEqual([
      { id: created.transactionId, status: "created", extraData: { noCustomer: "C-7" } },
    ]);
  });

  it("answers 429 for the same customer and amount within the window", async () => {
    let now = 1_700_000_000_000;
    const { mayar } = setup({ now: () => now });
    await mayar.invoices.create(invoiceBody(1));
    await expect(mayar.invoices.create({ ...invoiceBody(1), description: "lain" })).rejects.toMatchObject({
      kind: "duplicate_request",
    });
    now += 60_000;
    await expect(mayar.invoices.create(invoiceBody(1))).resolves.toBeDefined();
  });
});

describe("customers", () => {
  it("are created, found by email, renamed by email and listed", async () => {
    const { mock, mayar } = setup();
    const siti = await mayar.customers.create({ name: "Siti", email: "siti@example.com", mobile: "0811" });
    await mayar.customers.create({ name: "Budi", email: "budi@example.com", mobile: "0812" });
    // The same email again answers the same customer.
    expect(
      (await mayar.customers.create({ name: "S", email: "SITI@example.com", mobile: "0" })).customerId,
    ).toBe(siti.customerId);

    expect(await mayar.customers.getByEmail({ email: "siti@example.com" })).toMatchObject({
      id: siti.customerId,
      name: "Siti",
      email: "siti@example.com",
    });
    await getChecked(mock, "getCustomerByEmail", "/hl/v2/customers/detail?email=siti%40example.com");

    await mayar.customers.update({ fromEmail: "siti@example.com", toEmail: "siti.rahma@example.com" });
    await expect(mayar.customers.getByEmail({ email: "siti@example.com" })).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(await mayar.customers.getByEmail({ email: "siti.rahma@example.com" })).toMatchObject({
      id: siti.customerId,
    });
    const unknown = await mock.fetch("/hl/v2/customers/update", {
      method: "POST",
      headers: { authorization: `Bearer ${mock.apiKey}` },
      body: JSON.stringify({ fromEmail: "nobody@example.com", toEmail: "x@example.com" }),
    });
    expect(await unknown.json()).toEqual({
      statusCode: 404,
      messages: "Email nobody@example.com tidak terdaftar sebagai customer",
    });

    const list = await getChecked(mock, "listCustomers", "/hl/v2/customers");
    expect(list.body.data.map((c: { email: string }) => c.email)).toEqual([
      "budi@example.com",
      "siti.rahma@example.com",
    ]);
    await expect(mayar.customers.sendPortalLink({ email: "nobody@example.com" })).rejects.toMatchObject({
      kind: "not_found",
    });
    expect(await mayar.customers.sendPortalLink({ email: "budi@example.com" })).toEqual({
      url: "Sudah kami kirim ke email anda",
    });
  });
});

describe("seed: examples and reset", () => {
  it("starts with the documented records and seeds them again after reset", async () => {
    const { mock, mayar } = setup({ seed: "examples" });
    const documented = "6f8c19ff-5b97-4792-aa89-d2a12797b356";
    expect(await mayar.paymentRequests.get(documented)).toMatchObject({ id: documented, status: "unpaid" });
    await mayar.paymentRequests.create({ name: "Baru", amount: 5000 });
    expect(mock.payments).toHaveLength(3); // the documented payment request and invoice, and ours
    mock.reset();
    expect(mock.payments.map((p) => p.id)).toEqual([documented, documented]);
  });

  it("starts empty by default", async () => {
    const { mock, mayar } = setup();
    expect(mock.payments).toEqual([]);
    expect((await mayar.paymentRequests.list()).data).toEqual([]);
  });
});
