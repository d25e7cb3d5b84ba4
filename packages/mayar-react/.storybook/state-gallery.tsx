import type { CSSProperties, ReactNode } from "react";
import { PayButton } from "../src/pay-button/PayButton";
import type { PayButtonCommonProps } from "../src/pay-button/pay-button-props";
import { PAY_BUTTON_CSS } from "../src/pay-button/styles";
import { cssVariables, PAY_BUTTON_DARK_THEME } from "../src/pay-button/theme-docs";
import { MockMayar, type MockMayarParameters } from "./mock-mayar";

// The pieces of the "All states" story and the theme playground: every state of <PayButton> side by side,
// rendered at once (no hovering, tabbing or clicking), each button with its own mock Mayar.

export const payment = { name: "Order #1042", amount: 100000, email: "budi.santoso@example.com" };

/**
 * Hover, pressed and keyboard focus cannot be produced for many buttons at once, so the gallery gives those
 * buttons a class that the button's own `:hover` / `:active` / `:focus-visible` rules are copied onto:
 * what you see is exactly what those rules draw. (The Idle story's screenshots use the real mouse and
 * keyboard.)
 */
const PSEUDO_CLASSES = { hover: ":hover", active: ":active", focus: ":focus-visible" } as const;
const forcedClass = (state: keyof typeof PSEUDO_CLASSES) => `sb-force-${state}`;
const FORCED_STATE_CSS = (PAY_BUTTON_CSS.match(/:where\([^{}]*\)\{[^{}]*\}/g) ?? [])
  .flatMap((rule) =>
    Object.entries(PSEUDO_CLASSES)
      .filter(([, pseudo]) => rule.includes(`button${pseudo})`))
      .map(([state, pseudo]) =>
        rule.replace(`button${pseudo})`, `button.${forcedClass(state as keyof typeof PSEUDO_CLASSES)})`),
      ),
  )
  .join("");

export function ForcedStates() {
  return <style>{FORCED_STATE_CSS}</style>;
}

export interface GalleryState {
  name: string;
  /** What the designer should look for. */
  note: string;
  props?: Partial<PayButtonCommonProps>;
  mayar?: MockMayarParameters;
}

export const STATES: readonly GalleryState[] = [
  { name: "Idle", note: "bg, fg" },
  { name: "Hover", note: "bg-hover", props: { className: forcedClass("hover") } },
  { name: "Pressed", note: "bg-active", props: { className: forcedClass("active") } },
  {
    name: "Keyboard focus",
    note: "focus-ring, focus-ring-inner",
    props: { className: forcedClass("focus") },
  },
  { name: "Pending", note: "bg-pending, spinner", mayar: { network: "hang", autoClick: true } },
  { name: "Success", note: "bg-success, fg-success", mayar: { autoClick: true } },
  {
    name: "Error",
    note: "error-color, under the button",
    mayar: { autoClick: true, failNext: [{ operationId: "createPaymentRequest", fault: { status: 500 } }] },
  },
  { name: "Disabled", note: "bg-disabled, fg-disabled", props: { disabled: true } },
];

export const PAGE = {
  light: { background: "#ffffff", color: "#1f2937", muted: "#4b5563", border: "#e5e7eb" },
  dark: { background: "#0f172a", color: "#f1f5f9", muted: "#cbd5e1", border: "#334155" },
} as const;

export const FONT = "-apple-system,Segoe UI,Roboto,Noto Sans,Helvetica Neue,Arial,Liberation Sans,sans-serif";

/** A light or dark panel; the dark one sets the documented dark preset. */
export function Panel({
  tone,
  title,
  children,
  style,
}: {
  tone: keyof typeof PAGE;
  title: string;
  children: ReactNode;
  style?: CSSProperties;
}) {
  const page = PAGE[tone];
  return (
    <section
      style={{
        ...(tone === "dark" ? cssVariables(PAY_BUTTON_DARK_THEME) : {}),
        background: page.background,
        color: page.color,
        border: `1px solid ${page.border}`,
        borderRadius: 12,
        padding: 20,
        fontFamily: FONT,
        minWidth: 0,
        ...style,
      }}
    >
      <h2 style={{ margin: "0 0 16px", fontSize: 15, fontWeight: 600 }}>{title}</h2>
      {children}
    </section>
  );
}

/** Every state, one row each: its name, the variables it uses, and the button. */
export function StateList({
  tone,
  props,
}: {
  tone: keyof typeof PAGE;
  props?: Partial<PayButtonCommonProps>;
}) {
  return (
    <div style={{ display: "grid", gap: 16 }}>
      {STATES.map((state) => (
        // Name beside the button when there is room, above it on a phone.
        <div
          key={state.name}
          style={{ display: "flex", flexWrap: "wrap", alignItems: "flex-start", gap: "6px 16px" }}
        >
          <div style={{ flex: "0 0 170px", fontSize: 13, lineHeight: 1.3, paddingTop: 4 }}>
            <div style={{ fontWeight: 600 }}>{state.name}</div>
            <div style={{ color: PAGE[tone].muted, fontSize: 12 }}>{state.note}</div>
          </div>
          <div style={{ flex: "1 1 180px", minWidth: 0 }}>
            <MockMayar parameters={state.mayar}>
              <PayButton payment={payment} redirect={false} {...props} {...state.props} />
            </MockMayar>
          </div>
        </div>
      ))}
    </div>
  );
}
