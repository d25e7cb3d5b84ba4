import type { MayarErrorKind } from "@org/mayar-core";
import type { MockFault, MockOperationId } from "@org/mayar-mock";
import type { Meta, StoryObj } from "@storybook/react-vite";
import type { CSSProperties } from "react";
import { expect, fn, waitFor } from "storybook/test";
import type { MockMayarParameters } from "../../.storybook/mock-mayar";
import { mayarErrorMessage, PAY_BUTTON_ERROR_MESSAGES } from "./messages";
import { PayButton } from "./PayButton";

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
 * `<PayButton>` asks Mayar for a payment link and sends the customer there. Every story runs against
 * `@org/mayar-mock` in the browser (see `.storybook/mock-mayar.tsx`); stories use `redirect={false}` so
 * clicking stays inside Storybook (the component's default is `"same-tab"`).
 */
const meta = {
  title: "Mayar/PayButton",
  component: PayButton,
  tags: ["autodocs"],
  args: { payment, redirect: false, onSuccess: fn(), onError: fn() },
  argTypes: {
    redirect: { control: "select", options: ["same-tab", "new-tab", false] },
    locale: { control: "inline-radio", options: ["id", "en"] },
  },
} satisfies Meta<typeof PayButton>;

export default meta;
type Story = StoryObj<typeof meta>;

const mayar = (parameters: MockMayarParameters) => ({ mayar: parameters });

/** The default: the amount in rupiah, in Indonesian. */
export const Idle: Story = {
  play: async ({ canvas }) => {
    const button = canvas.getByRole("button", { name: PAY_ID });
    await expect(button).toHaveAttribute("type", "button");
    await expect(button).not.toHaveAttribute("aria-busy");
    await expect(canvas.getByRole("alert")).toBeEmptyDOMElement();
  },
};

/** Waiting for Mayar (here it never answers): busy, "Memproses…", further clicks ignored. */
export const Pending: Story = {
  parameters: mayar({ network: "hang" }),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button"));
    const button = await canvas.findByRole("button", { name: "Memproses…" });
    await expect(button).toHaveAttribute("aria-busy", "true");
    await expect(button).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(button);
    await expect(button).toHaveAttribute("aria-busy", "true");
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** Mayar answered with a link: `onSuccess` gets it (with `redirect={false}` nothing else happens). */
export const Success: Story = {
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: PAY_ID }));
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({
          type: "payment",
          link: expect.stringMatching(/^http:\/\/127\.0\.0\.1\/mock-mayar\/pl\//),
        }),
      ),
    );
    await expect(await canvas.findByRole("button", { name: PAY_ID })).not.toHaveAttribute("aria-busy");
    await expect(args.onError).not.toHaveBeenCalled();
  },
};

/** English: "Pay Rp 100,000", and English messages. */
export const English: Story = {
  args: { locale: "en" },
  parameters: mayar({ failNext: [{ operationId: "createPaymentRequest", fault: { status: 500 } }] }),
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole("button", { name: PAY_EN }));
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

/** Themed with CSS variables on an ancestor: no CSS-in-JS, no specificity fights. */
export const CustomTheme: Story = {
  decorators: [
    (Story) => (
      <div
        style={
          {
            "--mayar-pay-button-bg": "#0f766e",
            "--mayar-pay-button-fg": "#ffffff",
            "--mayar-pay-button-radius": "999px",
            "--mayar-pay-button-font": "Georgia, serif",
            "--mayar-pay-button-padding": "1em 2.5em",
            "--mayar-pay-button-error-color": "#9f1239",
          } as CSSProperties
        }
      >
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
  args: { payment: undefined, creditCheckout },
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button", { name: "Beli 1.000 kredit" }));
    await waitFor(() =>
      expect(args.onSuccess).toHaveBeenCalledWith(
        expect.objectContaining({ type: "creditCheckout", link: expect.stringContaining("?immutable=") }),
      ),
    );
  },
};

/** A credit checkout without `creditAmount`, in English. */
export const CreditCheckoutEnglish: Story = {
  args: { payment: undefined, creditCheckout: { ...creditCheckout, creditAmount: undefined }, locale: "en" },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole("button", { name: "Buy credits" })).toBeInTheDocument();
  },
};

/**
 * One story per error kind: the click fails, the message for that kind appears in the live region under
 * the button, `onError` receives the MayarError, and the button can be clicked again.
 */
function errorStory(
  kind: MayarErrorKind,
  setup: {
    fault?: MockFault;
    operationId?: MockOperationId;
    parameters?: MockMayarParameters;
    args?: Story["args"];
  },
  message = mayarErrorMessage({ kind }, "id"),
): Story {
  const { fault, operationId = "createPaymentRequest", parameters = {}, args } = setup;
  return {
    args,
    parameters: mayar({ ...parameters, ...(fault ? { failNext: [{ operationId, fault }] } : {}) }),
    play: async ({ canvas, userEvent, args }) => {
      const alert = canvas.getByRole("alert");
      await userEvent.click(canvas.getByRole("button"));
      await waitFor(() => expect(alert).toHaveTextContent(message));
      await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind }));
      const button = canvas.getByRole("button");
      await expect(button).not.toHaveAttribute("aria-busy");
      await expect(button).toHaveAttribute("data-state", "error");
      await expect(button).toHaveAccessibleDescription(message);
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
  "Terlalu banyak permintaan. Tunggu 30 detik lalu coba lagi.",
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
export const ErrorUnsafeLink: Story = {
  parameters: mayar({
    failNext: [
      {
        operationId: "createPaymentRequest",
        fault: {
          status: 200,
          body: {
            statusCode: 200,
            messages: "success",
            data: { id: "pr_1", transactionId: "tx_1", link: "javascript:alert(document.domain)" },
          },
        },
      },
    ],
  }),
  play: async ({ canvas, userEvent, args }) => {
    const alert = canvas.getByRole("alert");
    await userEvent.click(canvas.getByRole("button"));
    await waitFor(() => expect(alert).toHaveTextContent(PAY_BUTTON_ERROR_MESSAGES.id.unsafe_link));
    await expect(args.onError).toHaveBeenCalledWith(expect.objectContaining({ kind: "unknown" }));
    await expect(args.onSuccess).not.toHaveBeenCalled();
    await expect(canvas.getByRole("button")).toHaveAttribute("data-state", "error");
  },
};

/** After an error, the next click starts over: here the second attempt succeeds. */
export const RetryAfterError: Story = {
  parameters: mayar({ failNext: [{ operationId: "createPaymentRequest", fault: { status: 500 } }] }),
  play: async ({ canvas, userEvent, args }) => {
    await userEvent.click(canvas.getByRole("button"));
    await expect(await canvas.findByText(PAY_BUTTON_ERROR_MESSAGES.id.server)).toBeInTheDocument();
    await userEvent.click(canvas.getByRole("button"));
    await waitFor(() => expect(args.onSuccess).toHaveBeenCalledTimes(1));
    await expect(canvas.getByRole("alert")).toBeEmptyDOMElement();
  },
};
