import { describe, expect, test } from "vitest";
import { formatCreditLabel, formatPaymentLabel, formatRupiah } from "../src/pay-button/format-amount";

// "Rp" and the number are joined by a no-break space (U+00A0), so they never wrap apart.
const NBSP = "\u00a0";

describe("formatRupiah", () => {
  test("Indonesian: Rp, dots for thousands, no decimals", () => {
    expect(formatRupiah(100000, "id")).toBe(`Rp${NBSP}100.000`);
    expect(formatRupiah(1500, "id")).toBe(`Rp${NBSP}1.500`);
  });

  test("English: the same Rp symbol, commas for thousands (never IDR, never 85.000 read as 85)", () => {
    expect(formatRupiah(100000, "en")).toBe(`Rp${NBSP}100,000`);
    expect(formatRupiah(85000, "en")).toBe(`Rp${NBSP}85,000`);
  });

  test("Indonesian by default, so a shop's own price tags match the button: Rp 85.000", () => {
    expect(formatRupiah(85000)).toBe(`Rp${NBSP}85.000`);
  });

  test("small, zero and negative amounts", () => {
    expect(formatRupiah(0, "id")).toBe(`Rp${NBSP}0`);
    expect(formatRupiah(500, "en")).toBe(`Rp${NBSP}500`);
    expect(formatRupiah(-5000, "id")).toBe(`-Rp${NBSP}5.000`);
    expect(formatRupiah(-0.2, "id")).toBe(`Rp${NBSP}0`);
  });

  test("rounds away fractions of a rupiah", () => {
    expect(formatRupiah(99999.6, "id")).toBe(`Rp${NBSP}100.000`);
  });
});

describe("formatPaymentLabel", () => {
  test("says Bayar / Pay with the amount", () => {
    expect(formatPaymentLabel(100000, "id")).toBe(`Bayar Rp${NBSP}100.000`);
    expect(formatPaymentLabel(100000, "en")).toBe(`Pay Rp${NBSP}100,000`);
  });
});

describe("formatCreditLabel", () => {
  test("counts credits, not rupiah", () => {
    expect(formatCreditLabel(1000, "id")).toBe("Beli 1.000 kredit");
    expect(formatCreditLabel(1000, "en")).toBe("Buy 1,000 credits");
  });

  test("English says credit for one", () => {
    expect(formatCreditLabel(1, "en")).toBe("Buy 1 credit");
    expect(formatCreditLabel(1, "id")).toBe("Beli 1 kredit");
  });

  test("without an amount, a plain call to action", () => {
    expect(formatCreditLabel(undefined, "id")).toBe("Beli kredit");
    expect(formatCreditLabel(undefined, "en")).toBe("Buy credits");
  });
});
