import type { CSSProperties } from "react";

/**
 * The button's look, as inline styles that read CSS custom properties with fallbacks: set the variables
 * on any ancestor (or `:root`) to theme every <PayButton> without fighting specificity. Documented in the
 * README ("Theming"); keep that table in step with this file.
 */
export function buttonStyle(state: { pending: boolean; disabled: boolean }): CSSProperties {
  return {
    appearance: "none",
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    boxSizing: "border-box",
    minHeight: "var(--mayar-pay-button-min-height, 44px)",
    padding: "var(--mayar-pay-button-padding, 0.75em 1.5em)",
    border: "var(--mayar-pay-button-border, none)",
    borderRadius: "var(--mayar-pay-button-radius, 8px)",
    background: "var(--mayar-pay-button-bg, #1d4ed8)",
    color: "var(--mayar-pay-button-fg, #ffffff)",
    fontFamily: "var(--mayar-pay-button-font, inherit)",
    fontSize: "var(--mayar-pay-button-font-size, 1rem)",
    fontWeight: "var(--mayar-pay-button-font-weight, 600)" as CSSProperties["fontWeight"],
    lineHeight: 1.25,
    cursor: state.disabled ? "not-allowed" : state.pending ? "progress" : "pointer",
    opacity: state.disabled ? "var(--mayar-pay-button-disabled-opacity, 0.6)" : undefined,
  };
}

/** The wrapper: the button, with its message under it. */
export const wrapperStyle: CSSProperties = {
  display: "inline-flex",
  flexDirection: "column",
  alignItems: "flex-start",
  maxWidth: "100%",
};

/** The message area. Always rendered (a live region must exist before its text changes); empty when fine. */
export function errorStyle(hasMessage: boolean): CSSProperties {
  return {
    marginTop: hasMessage ? "var(--mayar-pay-button-gap, 0.5em)" : 0,
    color: "var(--mayar-pay-button-error-color, #b42318)",
    fontFamily: "var(--mayar-pay-button-font, inherit)",
    fontSize: "var(--mayar-pay-button-error-font-size, 0.875rem)",
  };
}
