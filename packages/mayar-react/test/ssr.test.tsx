// @vitest-environment node
import { createMayarClient } from "@org/mayar-core";
import { renderToString } from "react-dom/server";
import { describe, expect, test } from "vitest";
import { PayButton } from "../src/pay-button/PayButton";
import { MayarProvider } from "../src/provider/MayarProvider";
import { creditCheckout, payment } from "./helpers";

// A server render: no window, no document. The browser client (a proxy URL, no key) is fine to create here.
const client = createMayarClient({ baseUrl: "/api/mayar" });

describe("server rendering", () => {
  test("runs without a DOM", () => {
    expect(typeof window).toBe("undefined");
  });

  test("renders the idle button and an empty live region", () => {
    const html = renderToString(
      <MayarProvider client={client}>
        <PayButton payment={payment} />
      </MayarProvider>,
    );
    expect(html).toContain('<button type="button"');
    expect(html).toContain("Bayar Rp\u00a0100.000</button>");
    expect(html).toMatch(/role="alert" aria-live="assertive"[^>]*><\/span>/);
    expect(html).not.toMatch(/<button[^>]*aria-busy/);
  });

  test("sends the stylesheet with the HTML, once for any number of buttons (no unstyled flash)", () => {
    const html = renderToString(
      <MayarProvider client={client}>
        <PayButton payment={payment} />
        <PayButton payment={payment} size="lg" fullWidth />
      </MayarProvider>,
    );
    expect(html.match(/<style data-precedence="default" data-href="mayar-pay-button">/g)).toHaveLength(1);
    expect(html).toContain("background:var(--mayar-pay-button-bg,#1d4ed8)");
    expect(html).toContain('data-full-width="true"');
    expect(html).toContain('data-size="lg"');
  });

  test("renders a credit checkout in English", () => {
    const html = renderToString(
      <MayarProvider client={client}>
        <PayButton creditCheckout={creditCheckout} locale="en" className="buy" />
      </MayarProvider>,
    );
    expect(html).toContain('class="buy"');
    expect(html).toContain("Buy 1,000 credits</button>");
  });
});
