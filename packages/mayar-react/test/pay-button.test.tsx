import { MayarApiError, MayarError } from "@org/mayar-core";
import { fireEvent, render, screen, waitFor } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, test, vi } from "vitest";
import { PAY_BUTTON_ERROR_MESSAGES } from "../src/pay-button/messages";
import { PayButton } from "../src/pay-button/PayButton";
import type { PayButtonProps } from "../src/pay-button/pay-button-props";
import { creditCheckout, hangingFetch, ok, payment, setupMayar } from "./helpers";

let assign: ReturnType<typeof vi.fn>;
let open: ReturnType<typeof vi.spyOn>;

beforeEach(() => {
  // Navigation is replaced: these tests check where the customer would be sent, not happy-dom's navigation.
  assign = vi.fn();
  vi.spyOn(window, "location", "get").mockReturnValue({ ...window.location, assign } as Location);
  open = vi.spyOn(window, "open");
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

function renderButton(props: PayButtonProps, mayar = setupMayar()) {
  const view = render(<PayButton {...props} />, { wrapper: mayar.wrapper });
  return { ...mayar, view, button: () => screen.getByRole("button"), alert: () => screen.getByRole("alert") };
}

/** A tab as window.open returns it, recording what the button does with it. */
function fakeTab() {
  return { opener: window as Window | null, close: vi.fn(), location: { replace: vi.fn() } };
}

describe("labels", () => {
  test.each([
    [{ payment }, "Bayar Rp\u00a0100.000"],
    [{ payment, locale: "en" as const }, "Pay Rp\u00a0100,000"],
    [{ creditCheckout }, "Beli 1.000 kredit"],
    [{ creditCheckout, locale: "en" as const }, "Buy 1,000 credits"],
    [{ creditCheckout: { ...creditCheckout, creditAmount: undefined } }, "Beli kredit"],
    [{ payment, children: "Checkout" }, "Checkout"],
  ])("%o reads %j", (props, label) => {
    renderButton(props as PayButtonProps);
    expect(screen.getByRole("button").textContent).toBe(label);
  });

  test("is a real button, with an empty live region already in place", () => {
    const { button, alert } = renderButton({ payment });
    expect(button().tagName).toBe("BUTTON");
    expect(button().getAttribute("type")).toBe("button");
    expect(alert().getAttribute("aria-live")).toBe("assertive");
    expect(alert().textContent).toBe("");
  });

  test("className and style reach the button; the default look is one stylesheet of CSS variables", () => {
    const { button } = renderButton({ payment, className: "checkout-cta", style: { width: "100%" } });
    expect(button().className).toBe("checkout-cta");
    expect(button().style.width).toBe("100%");
    const sheets = document.querySelectorAll('style[data-href="mayar-pay-button"]');
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.textContent).toContain("border-radius:var(--mayar-pay-button-radius,8px)");
  });

  test("two buttons share one stylesheet", () => {
    const mayar = setupMayar();
    render(
      <>
        <PayButton payment={payment} />
        <PayButton creditCheckout={creditCheckout} />
      </>,
      { wrapper: mayar.wrapper },
    );
    expect(screen.getAllByRole("button")).toHaveLength(2);
    expect(document.querySelectorAll('style[data-href="mayar-pay-button"]')).toHaveLength(1);
  });

  test.each([
    [{}, "md", null],
    [{ size: "sm" as const }, "sm", null],
    [{ size: "lg" as const, fullWidth: true }, "lg", "true"],
  ])("%o: data-size and data-full-width for the stylesheet", (props, size, fullWidth) => {
    const { button } = renderButton({ payment, ...props });
    expect(button().getAttribute("data-size")).toBe(size);
    expect(button().closest("[data-mayar-pay-button]")?.getAttribute("data-full-width")).toBe(fullWidth);
  });
});

describe("redirect", () => {
  test('"same-tab" (default) sends this tab to the link after onSuccess, and stays busy while leaving', async () => {
    const order: string[] = [];
    const onSuccess = vi.fn(() => order.push("onSuccess"));
    assign.mockImplementation(() => order.push("assign"));
    const { button, mock } = renderButton({ payment, onSuccess });

    fireEvent.click(button());

    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    const link = mock.payments[0]?.link;
    expect(assign).toHaveBeenCalledWith(link);
    expect(onSuccess).toHaveBeenCalledWith({
      type: "payment",
      link,
      paymentRequest: expect.objectContaining({ link }),
    });
    expect(order).toEqual(["onSuccess", "assign"]);
    expect(button().getAttribute("aria-busy")).toBe("true");
    expect(open).not.toHaveBeenCalled();
  });

  test("a throwing onSuccess is reported, and the redirect still happens", async () => {
    const reported = vi.fn();
    vi.stubGlobal("reportError", reported);
    const onSuccess = vi.fn(() => {
      throw new Error("analytics is down");
    });
    const { button } = renderButton({ payment, onSuccess });

    fireEvent.click(button());

    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(reported).toHaveBeenCalledWith(new Error("analytics is down"));
  });

  test('"same-tab": coming back through the back/forward cache makes the button usable again', async () => {
    const { button } = renderButton({ payment });
    fireEvent.click(button());
    await waitFor(() => expect(assign).toHaveBeenCalledTimes(1));

    // happy-dom has no PageTransitionEvent: an Event with the one field the button reads.
    fireEvent(window, Object.assign(new Event("pageshow"), { persisted: true }));

    await waitFor(() => expect(button().hasAttribute("aria-busy")).toBe(false));
    expect(button().textContent).toBe("Bayar Rp\u00a0100.000");
    // Back from Mayar's page, perhaps without paying: idle, not "success".
    expect(button().getAttribute("data-state")).toBe("idle");
  });

  test('"new-tab" opens the tab during the click, cuts its opener, then sends it to the link', async () => {
    const tab = fakeTab();
    open.mockReturnValue(tab as unknown as Window);
    const onSuccess = vi.fn();
    const { button, mock } = renderButton({ payment, redirect: "new-tab", onSuccess });

    fireEvent.click(button());

    // Synchronously, inside the click: what popup blockers allow.
    expect(open).toHaveBeenCalledWith("about:blank", "_blank");
    expect(tab.opener).toBeNull();
    expect(tab.location.replace).not.toHaveBeenCalled();
    await waitFor(() => expect(tab.location.replace).toHaveBeenCalledWith(mock.payments[0]?.link));
    expect(onSuccess).toHaveBeenCalledTimes(1);
    expect(assign).not.toHaveBeenCalled();
    expect(tab.close).not.toHaveBeenCalled();
    // This tab stays: the button is usable again.
    expect(button().hasAttribute("aria-busy")).toBe(false);
  });

  test('"new-tab" closes the waiting tab when the payment cannot start', async () => {
    const tab = fakeTab();
    open.mockReturnValue(tab as unknown as Window);
    const mayar = setupMayar();
    mayar.mock.failNext("createPaymentRequest", { status: 500 });
    const onError = vi.fn();
    renderButton({ payment, redirect: "new-tab", onError }, mayar);

    fireEvent.click(screen.getByRole("button"));

    await waitFor(() => expect(tab.close).toHaveBeenCalledTimes(1));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "server" }));
    expect(tab.location.replace).not.toHaveBeenCalled();
  });

  test('"new-tab" blocked anyway: falls back to this tab so the customer still reaches the payment', async () => {
    open.mockReturnValue(null);
    const { button, mock } = renderButton({ payment, redirect: "new-tab" });

    fireEvent.click(button());

    await waitFor(() => expect(assign).toHaveBeenCalledWith(mock.payments[0]?.link));
  });

  test("false: only onSuccess, no navigation", async () => {
    const onSuccess = vi.fn();
    const { button, mock } = renderButton({ creditCheckout, redirect: false, onSuccess });

    fireEvent.click(button());

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    const checkout = mock.payments[0];
    expect(onSuccess).toHaveBeenCalledWith({
      type: "creditCheckout",
      link: checkout?.link,
      checkout: { creditUsageImmutableCheckoutUrl: checkout?.link, paymentLinkUrl: expect.any(String) },
    });
    expect(assign).not.toHaveBeenCalled();
    expect(open).not.toHaveBeenCalled();
    await waitFor(() => expect(button().textContent).toBe("Beli 1.000 kredit"));
    // Handed over: the success look (a check mark, hidden from screen readers) until the next click.
    expect(button().getAttribute("data-state")).toBe("success");
    expect(button().querySelector('[data-icon="check"]')?.getAttribute("aria-hidden")).toBe("true");
  });

  test("unmounting while waiting closes the blank tab", async () => {
    const tab = fakeTab();
    open.mockReturnValue(tab as unknown as Window);
    const { button, view } = renderButton(
      { payment, redirect: "new-tab" },
      setupMayar({ fetch: hangingFetch }),
    );

    fireEvent.click(button());
    view.unmount();

    expect(tab.close).toHaveBeenCalledTimes(1);
  });
});

describe("pending", () => {
  test("busy, labelled Memproses…, and a second click does not call Mayar again", async () => {
    const mayar = setupMayar({ fetch: hangingFetch });
    const { button } = renderButton({ payment, redirect: false }, mayar);

    fireEvent.click(button());
    fireEvent.click(button());

    await waitFor(() => expect(button().getAttribute("aria-busy")).toBe("true"));
    expect(button().getAttribute("aria-disabled")).toBe("true");
    expect(button().textContent).toBe("Memproses…");
    expect(button().getAttribute("data-state")).toBe("pending");
    expect(button().querySelector('[data-icon="spinner"]')?.getAttribute("aria-hidden")).toBe("true");
    fireEvent.click(button());
    expect(mayar.calls).toHaveLength(1);
  });

  test("a double click creates one payment request, not two (and no duplicate-request error)", async () => {
    const onSuccess = vi.fn();
    const onError = vi.fn();
    const { button, mock, calls } = renderButton({ payment, redirect: false, onSuccess, onError });

    fireEvent.click(button());
    fireEvent.click(button());

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(calls).toHaveLength(1);
    expect(mock.payments).toHaveLength(1);
    expect(onError).not.toHaveBeenCalled();
  });

  test("English pending label", async () => {
    const { button } = renderButton({ payment, locale: "en" }, setupMayar({ fetch: hangingFetch }));
    fireEvent.click(button());
    await waitFor(() => expect(button().textContent).toBe("Processing…"));
  });

  test("disabled: a real disabled button that never calls Mayar", () => {
    const { button, calls } = renderButton({ payment, disabled: true });
    expect((button() as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(button());
    expect(calls).toHaveLength(0);
    expect(button().hasAttribute("aria-busy")).toBe(false);
  });
});

describe("errors", () => {
  test.each([
    ["validation", { status: 400, body: { statusCode: 400, messages: "Validation Error" } }],
    ["unauthorized", { status: 401 }],
    ["forbidden", { status: 403 }],
    ["not_found", { status: 404 }],
    ["conflict", { status: 409, body: { statusCode: 409, messages: "already exist" } }],
    [
      "duplicate_request",
      {
        status: 429,
        body: {
          statusCode: 429,
          messages: "Duplicate request detected. Please wait 1 minute before trying again.",
        },
      },
    ],
    ["rate_limited", { status: 429, body: { statusCode: 429, messages: "Too Many Requests" } }],
    ["server", { status: 500 }],
    ["server", { status: 502, body: "<html>Bad Gateway</html>" }],
    ["unknown", { status: 418 }],
  ] as const)(
    "%s: shows its message in the live region and passes the MayarApiError to onError",
    async (kind, fault) => {
      const mayar = setupMayar();
      mayar.mock.failNext("createPaymentRequest", fault);
      const onError = vi.fn<(error: MayarError) => void>();
      const { button, alert } = renderButton({ payment, redirect: false, onError }, mayar);
      const region = alert();

      fireEvent.click(button());

      await waitFor(() => expect(region.textContent).toBe(PAY_BUTTON_ERROR_MESSAGES.id[kind]));
      expect(alert()).toBe(region);
      const error = onError.mock.calls[0]?.[0];
      expect(error).toBeInstanceOf(MayarApiError);
      expect(error).toMatchObject({ kind, status: fault.status });
      expect(button().getAttribute("aria-describedby")).toBe(region.id);
      expect(button().getAttribute("data-state")).toBe("error");
      expect(assign).not.toHaveBeenCalled();
    },
  );

  test("network: English message", async () => {
    const mayar = setupMayar();
    mayar.mock.failNext("generateImmutableCheckoutLink", "network-error");
    const onError = vi.fn();
    renderButton({ creditCheckout, locale: "en", onError }, mayar);

    fireEvent.click(screen.getByRole("button"));

    expect(await screen.findByText(PAY_BUTTON_ERROR_MESSAGES.en.network)).toBe(screen.getByRole("alert"));
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "network" }));
  });

  test("timeout", async () => {
    const onError = vi.fn();
    renderButton({ payment, onError }, setupMayar({ fetch: hangingFetch, timeoutMs: 20 }));

    fireEvent.click(screen.getByRole("button"));

    await screen.findByText(PAY_BUTTON_ERROR_MESSAGES.id.timeout);
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "timeout" }));
  });

  test("invalid_input: the SDK refuses an empty name before sending anything", async () => {
    const { calls } = renderButton({ payment: { ...payment, name: "" } });

    fireEvent.click(screen.getByRole("button"));

    await screen.findByText(PAY_BUTTON_ERROR_MESSAGES.id.invalid_input);
    expect(calls).toHaveLength(0);
  });

  test("the next click clears the message and tries again", async () => {
    const mayar = setupMayar();
    mayar.mock.failNext("createPaymentRequest", { status: 500 });
    const onSuccess = vi.fn();
    const { button, alert } = renderButton({ payment, redirect: false, onSuccess }, mayar);

    fireEvent.click(button());
    await screen.findByText(PAY_BUTTON_ERROR_MESSAGES.id.server);
    fireEvent.click(button());

    await waitFor(() => expect(onSuccess).toHaveBeenCalledTimes(1));
    expect(alert().textContent).toBe("");
    expect(button().hasAttribute("aria-describedby")).toBe(false);
  });
});

describe("invalid props", () => {
  const quiet = () => vi.spyOn(console, "error").mockImplementation(() => {});

  test.each([
    [
      "both payment and creditCheckout",
      { payment, creditCheckout },
      "pass either payment={...} (a payment request) or creditCheckout={...} (a credit product checkout), not both",
    ],
    [
      "neither",
      {},
      'pass payment={{ name: "Order #1", amount: 100000 }} or creditCheckout={{ productId, creditAmount, customerInfo: { name, email, mobile } }}',
    ],
    [
      "an amount as a string",
      { payment: { name: "x", amount: "100000" } },
      'payment.amount must be a number of rupiah like 100000, got "100000"',
    ],
    [
      "a payment that is not an object",
      { payment: "100000" },
      'payment must be an object like { name, amount }, got "100000"',
    ],
    [
      "a creditAmount as a string",
      { creditCheckout: { ...creditCheckout, creditAmount: "1000" } },
      'creditCheckout.creditAmount must be a number of credits like 1000 or left out, got "1000"',
    ],
    [
      "an unknown redirect",
      { payment, redirect: "popup" },
      'redirect must be "same-tab", "new-tab" or false, got "popup"',
    ],
    [
      "redirect true",
      { payment, redirect: true },
      'redirect must be "same-tab", "new-tab" or false, got true',
    ],
    ["an unknown locale", { payment, locale: "id-ID" }, 'locale must be "id" or "en", got "id-ID"'],
    ["an unknown size", { payment, size: "xl" }, 'size must be "sm", "md" or "lg", got "xl"'],
    [
      "an onSuccess that is not a function",
      { payment, onSuccess: "go" },
      'onSuccess must be a function, got "go"',
    ],
    [
      "an onError that is not a function",
      { payment, onError: {} },
      "onError must be a function, got [object Object]",
    ],
  ])("%s: throws a TypeError naming the prop and the fix", (_name, props, message) => {
    quiet();
    expect(() => renderButton(props as unknown as PayButtonProps)).toThrow(
      new TypeError(`<PayButton>: ${message}.`),
    );
  });
});

describe("a link that is not http(s) is never followed", () => {
  /** A Mayar (or a proxy in between) that answers the create with a hostile link. */
  const answering = (link: string) =>
    setupMayar({
      routes: {
        "POST /hl/v2/payments/create": () => ok({ id: "pr_1", transactionId: "tx_1", link }),
        "POST /credit/v1/credit/generate/immutable/checkout": () => ({
          statusCode: 200,
          messages: "success",
          creditUsageImmutableCheckoutUrl: link,
          paymentLinkUrl: link,
        }),
      },
    });

  test.each([
    "javascript:alert(document.domain)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
    "/pl/relative-path",
    "//evil.example/pl/x",
    "https://",
    "not a url",
    "",
  ])("%j: refused, reported, not navigated to", async (link) => {
    const onSuccess = vi.fn();
    const onError = vi.fn<(error: MayarError) => void>();
    const { button, alert } = renderButton({ payment, onSuccess, onError }, answering(link));

    fireEvent.click(button());

    await waitFor(() => expect(alert().textContent).toBe(PAY_BUTTON_ERROR_MESSAGES.id.unsafe_link));
    expect(assign).not.toHaveBeenCalled();
    expect(onSuccess).not.toHaveBeenCalled();
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]?.[0]).toBeInstanceOf(MayarError);
    expect(onError.mock.calls[0]?.[0]).toMatchObject({ kind: "unknown" });
    expect(button().getAttribute("data-state")).toBe("error");
    expect(button().hasAttribute("aria-busy")).toBe(false);
  });

  test('"new-tab": the waiting tab is closed, never sent to the link (English message)', async () => {
    const tab = fakeTab();
    open.mockReturnValue(tab as unknown as Window);
    const { button } = renderButton(
      { creditCheckout, redirect: "new-tab", locale: "en" },
      answering("javascript:alert(1)"),
    );

    fireEvent.click(button());

    await screen.findByText(PAY_BUTTON_ERROR_MESSAGES.en.unsafe_link);
    expect(tab.close).toHaveBeenCalledTimes(1);
    expect(tab.location.replace).not.toHaveBeenCalled();
    expect(assign).not.toHaveBeenCalled();
  });

  test("the next click clears the message; a good link then goes through", async () => {
    let link = "javascript:alert(1)";
    const mayar = setupMayar({
      routes: { "POST /hl/v2/payments/create": () => ok({ id: "pr_1", transactionId: "tx_1", link }) },
    });
    const { button, alert } = renderButton({ payment }, mayar);
    fireEvent.click(button());
    await waitFor(() => expect(alert().textContent).toBe(PAY_BUTTON_ERROR_MESSAGES.id.unsafe_link));

    link = "https://mayar.example/pl/order-1042";
    fireEvent.click(button());

    await waitFor(() => expect(assign).toHaveBeenCalledWith("https://mayar.example/pl/order-1042"));
    expect(alert().textContent).toBe("");
  });
});
