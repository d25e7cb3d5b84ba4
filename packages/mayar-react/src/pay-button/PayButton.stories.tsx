import type { MayarErrorKind } from "@org/mayar-core";
import type { MockFault, MockOperationId } from "@org/mayar-mock";
import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect, fn, waitFor, within } from "storybook/test";
import { MockMayar, type MockMayarParameters } from "../../.storybook/mock-mayar";
import { FONT, ForcedStates, PAGE, Panel, StateList } from "../../.storybook/state-gallery";
import type { VisualParameters } from "../../.storybook/visual";
import { formatRupiah } from "./format-amount";
import type { PayButtonLocale } from "./locale";
import { mayarErrorMessage, PAY_BUTTON_ERROR_MESSAGES } from "./messages";
import { PayButton } from "./PayButton";
import type { PayButtonProps } from "./pay-button-props";
import { cssVariables } from "./theme-docs";

// Intl puts a no-break space between the currency and the amount; accessible names keep it.
const PAY_ID = "Bayar Rp\u00a0100.000";
const PAY_EN = "Pay Rp\u00a0100,000";

const payment = { name: "Order #1042", amount: 100000, email: "budi.santoso@example.com" };
const creditCheckout = {
  productId: "0e787345-9aaf-4b72-aa00-1174be6b52b1",
  creditAmount: 1000,
  customerInfo: { name: "Budi Santoso", email: "budi.santoso@example.com", mobile: "081234567890" },
};

/**
 * `<PayButton>` takes a payment: on click it asks Mayar for a payment page and sends the customer there. Its
 * label says what they are about to pay ("Bayar Rp 100.000" / "Pay Rp 100,000"). **All States** (below the
 * props table) shows every state at once, on light and dark, with the sizes and a phone layout; the
 * **Theming** page lists the CSS variables behind the colours.
 *
 * The stories run against a pretend Mayar inside the page (`.storybook/mock-mayar.tsx`). The controls start
 * at the documented defaults, so a click sends this frame to a stand-in for Mayar's payment page (the
 * browser's Back button returns); stories that show what follows a click (pending, success, each error) click
 * once by themselves with `redirect={false}`, and each error story shows the message in Indonesian and English.
 */
const meta = {
  title: "Mayar/PayButton",
  component: PayButton,
  tags: ["autodocs"],
  // The documented defaults (the props table's "Default" column), so the controls start where the component does.
  args: {
    payment,
    redirect: "same-tab",
    locale: "id",
    size: "md",
    fullWidth: false,
    disabled: false,
    onSuccess: fn(),
    onError: fn(),
  },
  argTypes: {
    // One of the two is required: react-docgen-typescript sees each as optional in the props union.
    payment: { type: { name: "object", value: {}, required: true } },
    creditCheckout: { type: { name: "object", value: {}, required: true } },
    redirect: { control: "select", options: ["same-tab", "new-tab", false] },
    locale: { control: "inline-radio", options: ["id", "en"] },
    size: { control: "inline-radio", options: ["sm", "md", "lg"] },
    children: { control: "text" },
  },
} satisfies Meta<typeof PayButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const mayar = (parameters: MockMayarParameters) => ({ mayar: parameters });
const visual = (parameters: VisualParameters) => ({ visual: parameters });

/**
 * The default: the amount in rupiah, in Indonesian. Its screenshots are taken three times: as is, under the
 * real mouse (hover) and after a real Tab key (keyboard focus ring).
 */
export const Idle: Story = {
  parameters: visual({ interactions: ["hover", "focus"] }),
  play: async ({ canvas }) => {
    const button = canvas.getByRole("button", { name: PAY_ID });
    await expect(button).toHaveAttribute("type", "button");
    await expect(button).toHaveAttribute("data-state", "idle");
    await expect(button).not.toHaveAttribute("aria-busy");
    await expect(canvas.getByRole("alert")).toBeEmptyDOMElement();
    // Its own font stack, never the browser's serif default.
    await expect(getComputedStyle(button).fontFamily).not.toMatch(/Times/);
    await expect(getComputedStyle(button).fontFamily).toMatch(/, sans-serif$/);
  },
};

/**
 * Every state at once, on the light default and on a dark page (with the dark preset from the Theming page),
 * then the sizes and a 390 px phone layout. Hover, pressed and focus are drawn by the button's own rules
 * (copied onto a class); pending, success and error come from a real click on a mock that answers at once.
 */
export const AllStates: Story = {
  // Its buttons are fixed examples: the props controls would change nothing here.
  parameters: { layout: "fullscreen", controls: { disable: true }, ...visual({ widths: [390, 1280] }) },
  render: () => (
    <main style={{ padding: 16, fontFamily: FONT, color: PAGE.light.color, background: "#f8fafc" }}>
      <ForcedStates />
      <div
        style={{
          display: "grid",
          gridTemplateColumns: "repeat(auto-fit, minmax(min(100%, 420px), 1fr))",
          gap: 16,
          alignItems: "start",
        }}
      >
        <Panel tone="light" title="Light background">
          <StateList tone="light" />
        </Panel>
        <Panel tone="dark" title="Dark background (dark preset)">
          <StateList tone="dark" />
        </Panel>
        <Panel tone="light" title="Sizes">
          <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 12 }}>
            <PayButton payment={payment} redirect={false} size="sm" />
            <PayButton payment={payment} redirect={false} size="md" />
            <PayButton payment={payment} redirect={false} size="lg" />
          </div>
        </Panel>
        <Panel tone="light" title="Phone, 390 px: fullWidth, English">
          <PhoneCheckout />
        </Panel>
      </div>
    </main>
  ),
  play: async ({ canvas }) => {
    await waitFor(() => expect(canvas.getAllByRole("button", { name: "Memproses…" })).toHaveLength(2));
    await waitFor(() =>
      expect(canvas.getAllByText(PAY_BUTTON_ERROR_MESSAGES.id.server).length).toBeGreaterThanOrEqual(2),
    );
    const states = canvas.getAllByRole("button").map((button) => button.getAttribute("data-state"));
    await expect(new Set(states)).toEqual(new Set(["idle", "pending", "success", "error"]));
  },
};

/** A product card at a phone's width (390 px, minus the page's margins), with the button at full width. */
function PhoneCheckout() {
  return (
    <div
      style={{
        width: "100%",
        maxWidth: 358,
        boxSizing: "border-box",
        border: `1px solid ${PAGE.light.border}`,
        borderRadius: 12,
        padding: 16,
        display: "grid",
        gap: 12,
      }}
    >
      <div>
        <div style={{ fontWeight: 600 }}>Kopi Gayo, 250 g</div>
        <div style={{ color: PAGE.light.muted, fontSize: 14 }}>{formatRupiah(85000, "en")}</div>
      </div>
      <PayButton payment={{ ...payment, amount: 85000 }} redirect={false} locale="en" size="lg" fullWidth />
    </div>
  );
}

/** `size`: `"sm"` (36 px), `"md"` (44 px, the default) and `"lg"` (52 px); the font and padding follow. */
export const Sizes: Story = {
  render: (args) => (
    <div style={{ display: "flex", flexWrap: "wrap", alignItems: "center", gap: 12 }}>
      <PayButton {...args} size="sm" />
      <PayButton {...args} size="md" />
      <PayButton {...args} size="lg" />
    </div>
  ),
  play: async ({ canvas }) => {
    const heights = canvas.getAllByRole("button").map((button) => button.getBoundingClientRect().height);
    await expect(heights.map(Math.round)).toEqual([36, 44, 52]);
  },
};

/** `fullWidth`: the button and its message fill the container, here a 358 px column (a phone). */
export const FullWidth: Story = {
  args: { fullWidth: true, size: "lg", redirect: false },
  parameters: mayar({
    autoClick: true,
    failNext: [{ operationId: "createPaymentRequest", fault: "network-error" }],
  }),
  decorators: [
    (Story) => (
      <div style={{ width: 358 }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    await canvas.findByText(PAY_BUTTON_ERROR_MESSAGES.id.network);
    await expect(canvas.getByRole("button").getBoundingClientRect().width).toBe(358);
  },
};

/**
 * Waiting for Mayar (here it never answers): a spinner, a dimmed background, "Memproses…", `aria-busy`, and
 * further clicks ignored. With `prefers-reduced-motion: reduce` the spinner stands still (checked in the
 * screenshot test).
 */
export const Pending: Story = {
  args: { redirect: false },
  parameters: { ...mayar({ network: "hang", autoClick: true }), ...visual({ reducedMotion: true }) },
  play: async ({ canvas, userEvent, args }) => {
    const button = await canvas.findByRole("button", { name: "Memproses…" });
    await expect(button).toHaveAttribute("aria-busy", "true");
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await expect(button).toHaveAttribute("data-state", "pending");
    await userEvent.click(button);
    await expect(button).toHaveAttribute("aria-busy", "true");
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/**
 * Mayar answered with a link: `onSuccess` gets it, and the button shows a check mark until the next click
 * (with `redirect={false}` or `"new-tab"`: the page stays). It means "opened", not "paid".
 */
export const Success: Story = {
  args: { redirect: false },
  parameters: mayar({ autoClick: true }),
  play: async ({ canvas, args }) => {
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({
          type: "payment",
          link: expect.stringMatching(/^https?:\/\/[^/]+\/mock-mayar\/pl\//),
        }),
      ),
    );
    const button = await canvas.findByRole("button", { name: PAY_ID });
    await expect(button).not.toHaveAttribute("aria-busy");
    await expect(button).toHaveAttribute("data-state", "success");
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** English: "Pay Rp 100,000" (the same "Rp" as in Indonesian, English digit grouping), English messages. */
export const English: Story = {
  args: { locale: "en", redirect: false },
  parameters: mayar({
    autoClick: true,
    failNext: [{ operationId: "createPaymentRequest", fault: { status: 500 } }],
  }),
  play: async ({ canvas }) => {
    await expect(await canvas.findByText(PAY_BUTTON_ERROR_MESSAGES.en.server)).toBeInTheDocument();
    await expect(canvas.getByRole("button", { name: PAY_EN })).toBeEnabled();
  },
};

/** Indonesian, explicitly (the default). */
export const Indonesian: Story = {
  args: { locale: "id" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: PAY_ID })).toBeInTheDocument();
  },
};

/** Your own label. */
export const CustomLabel: Story = {
  args: { children: "Bayar sekarang" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Bayar sekarang" })).toBeInTheDocument();
  },
};

/** `disabled`: a real disabled button, clicks do nothing. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole("button", { name: PAY_ID });
    await expect(button).toBeDisabled();
    await userEvent.click(button);
    await expect(button).not.toHaveAttribute("aria-busy");
  },
};

/**
 * Themed with CSS variables on an ancestor: a teal brand as a pill. Only `bg` is set for the colours: hover,
 * pressed, pending and the focus ring follow it.
 */
export const CustomTheme: Story = {
  decorators: [
    (Story) => (
      <div style={cssVariables({ bg: "#0f766e", radius: "999px", padding: ".75em 2em" })}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvas }) => {
    const button = canvas.getByRole("button");
    await expect(getComputedStyle(button).backgroundColor).toBe("rgb(15, 118, 110)");
    await expect(getComputedStyle(button).borderRadius).toBe("999px");
  },
};

/** A credit product: the label counts credits (the price is on Mayar's product page). */
export const CreditCheckout: Story = {
  args: { payment: undefined, creditCheckout, redirect: false },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Beli 1.000 kredit" }));
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ type: "creditCheckout", link: expect.stringContaining("?immutable=") }),
      ),
    );
    await expect(await canvas.findByRole("button")).toHaveAttribute("data-state", "success");
  },
};

/** A credit checkout without `creditAmount`, in English. */
export const CreditCheckoutEnglish: Story = {
  args: { payment: undefined, creditCheckout: { ...creditCheckout, creditAmount: undefined }, locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Buy credits" })).toBeInTheDocument();
  },
};

const LOCALES: readonly PayButtonLocale[] = ["id", "en"];
const LANGUAGE: Readonly<Record<PayButtonLocale, string>> = { id: "Bahasa Indonesia", en: "English" };

/**
 * The same button twice, in Indonesian and in English, each over its own mock Mayar (so each fails its own
 * way) that it clicks once by itself: both messages show on the Docs page without clicking.
 */
function InBothLanguages({ args, mayar }: { args: Story["args"]; mayar: MockMayarParameters }) {
  return (
    <div style={{ display: "grid", gap: 16, fontFamily: FONT }}>
      {LOCALES.map((locale) => (
        <section key={locale} aria-label={LANGUAGE[locale]} style={{ display: "grid", gap: 6 }}>
          <div style={{ fontSize: 12, fontWeight: 600, color: PAGE.light.muted }}>{LANGUAGE[locale]}</div>
          <MockMayar parameters={mayar}>
            <PayButton {...(args as PayButtonProps)} locale={locale} />
          </MockMayar>
        </section>
      ))}
    </div>
  );
}

/**
 * One story per error kind, in Indonesian and English: each button clicks once by itself, its mock fails that
 * way at once, and the message for that kind appears in the live region under the button, `onError`
 * receives the MayarError, and the button stays usable.
 */
function errorStory(
  kind: MayarErrorKind,
  setup: {
    fault?: MockFault;
    operationId?: MockOperationId;
    parameters?: MockMayarParameters;
    args?: Story["args"];
  },
  message = (locale: PayButtonLocale) => mayarErrorMessage({ kind }, locale),
): Story {
  const { fault, operationId = "createPaymentRequest", parameters = {}, args } = setup;
  const failing: MockMayarParameters = {
    ...parameters,
    autoClick: true,
    ...(fault ? { failNext: [{ operationId, fault }] } : {}),
  };
  return {
    args: { redirect: false, ...args },
    // Both languages are shown, so the locale control would change nothing.
    parameters: { controls: { exclude: ["locale"] } },
    render: (storyArgs) => <InBothLanguages args={storyArgs} mayar={failing} />,
    play: async ({ canvas, args }) => {
      for (const locale of LOCALES) {
        const cell = within(canvas.getByRole("region", { name: LANGUAGE[locale] }));
        const alert = cell.getByRole("alert");
        await waitFor(() => expect(alert).toHaveTextContent(message(locale)));
        const button = cell.getByRole("button");
        await expect(button).not.toHaveAttribute("aria-busy");
        await expect(button).toHaveAttribute("data-state", "error");
        await expect(button).toHaveAccessibleDescription(message(locale));
      }
      await expect(args.onError).toHaveBeenCalledTimes(2);
      await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind }));
      await expect(args.onSuccess).not.toHaveBeenCalled();
    },
  };
}

/** 400 `{ messages: "Validation Error" }`: Mayar refused the body. */
export const ErrorValidation = errorStory("validation", {
  fault: { status: 400, body: { statusCode: 400, messages: "Validation Error" } },
});
/** The SDK refused the body before sending it (here: an empty `name`). */
export const ErrorInvalidInput = errorStory("invalid_input", { args: { payment: { ...payment, name: "" } } });
/** 401: the API key (on your server proxy) is missing or wrong. */
export const ErrorUnauthorized = errorStory("unauthorized", { fault: { status: 401 } });
/** 403. */
export const ErrorForbidden = errorStory("forbidden", { fault: { status: 403 } });
/** 404, e.g. an unknown credit product. */
export const ErrorNotFound = errorStory("not_found", {
  operationId: "generateImmutableCheckoutLink",
  fault: { status: 404 },
  args: { payment: undefined, creditCheckout },
});
/** 409 `{ messages: "already exist" }`. */
export const ErrorConflict = errorStory("conflict", {
  fault: { status: 409, body: { statusCode: 409, messages: "already exist" } },
});
/** 429 with Mayar's duplicate-create wording. */
export const ErrorDuplicateRequest = errorStory("duplicate_request", {
  fault: {
    status: 429,
    body: {
      statusCode: 429,
      messages: "Duplicate request detected. Please wait 1 minute before trying again.",
    },
  },
});
/** 429 rate limit with `Retry-After: 30`: the message says how long to wait. */
export const ErrorRateLimited = errorStory(
  "rate_limited",
  {
    fault: {
      status: 429,
      body: { statusCode: 429, messages: "Too Many Requests" },
      headers: { "retry-after": "30" },
    },
  },
  (locale) => mayarErrorMessage({ kind: "rate_limited", retryAfter: 30 }, locale),
);
/** 500. */
export const ErrorServer = errorStory("server", { fault: { status: 500 } });
/** The connection failed (offline, DNS, refused). */
export const ErrorNetwork = errorStory("network", { fault: "network-error" });
/** No answer within the client's `timeoutMs` (here 50 ms against a server that never answers). */
export const ErrorTimeout = errorStory("timeout", { parameters: { network: "hang", timeoutMs: 50 } });
/** Anything else, e.g. a 418. */
export const ErrorUnknown = errorStory("unknown", { fault: { status: 418 } });

/**
 * Mayar (or something between) answers with a `javascript:` link: the button refuses to follow it, shows
 * the `unsafe_link` message and reports a MayarError of kind "unknown"; `onSuccess` is not called.
 */
export const ErrorUnsafeLink = errorStory(
  "unknown",
  {
    fault: {
      status: 200,
      body: {
        statusCode: 200,
        messages: "success",
        data: { id: "pr_1", transactionId: "tx_1", link: "javascript:alert(document.domain)" },
      },
    },
  },
  (locale) => PAY_BUTTON_ERROR_MESSAGES[locale].unsafe_link,
);

/** After an error, the next click starts over: here the second attempt succeeds. */
export const RetryAfterError: Story = {
  args: { redirect: false },
  parameters: mayar({
    autoClick: true,
    failNext: [{ operationId: "createPaymentRequest", fault: { status: 500 } }],
  }),
  play: async ({ canvas, userEvent, args }) => {
    await expect(await canvas.findByText(PAY_BUTTON_ERROR_MESSAGES.id.server)).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button"));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(canvas.getByRole("alert")).toBeEmptyDOMElement();
  },
};
