import { describe, expect, test } from "vitest";
import { formatCreditLabel, formatPaymentLabel, formatRupiah } from "../src/pay-button/format-amount";

// Intl separates the currency from the number with a no-break space (U+00A0), kept on purpose.
const NBSP = "\u00a0";

describe("formatRupiah", () => {
  test("Indonesian: Rp, dots for thousands, no decimals", () => {
    expect(formatRupiah(100000, "id")).toBe(`Rp${NBSP}100.000`);
    expect(formatRupiah(1500, "id")).toBe(`Rp${NBSP}1.500`);
  });

  test("English: IDR, commas for thousands, no decimals", () => {
    expect(formatRupiah(100000, "en")).toBe(`IDR${NBSP}100,000`);
  });

  test("rounds away fractions of a rupiah", () => {
    expect(formatRupiah(99999.6, "id")).toBe(`Rp${NBSP}100.000`);
  });
});

describe("formatPaymentLabel", () => {
  test("says Bayar / Pay with the amount", () => {
    expect(formatPaymentLabel(100000, "id")).toBe(`Bayar Rp${NBSP}100.000`);
    expect(formatPaymentLabel(100000, "en")).toBe(`Pay IDR${NBSP}100,000`);
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
