import type { CSSProperties } from "react";
import { PAY_BUTTON_CSS_VARIABLES, type PayButtonCssVariable } from "./styles";

// What each <PayButton> CSS variable does, for the README table and Storybook's Theming page (a test keeps
// the README in step). Not exported from the package: apps only need the variable names.

/** Where a variable is used, to group the Theming table. */
export type PayButtonCssVariableGroup = "Type and shape" | "Colours" | "State colours" | "Error message";

export const PAY_BUTTON_CSS_VARIABLE_DOCS: Readonly<
  Record<PayButtonCssVariable, { group: PayButtonCssVariableGroup; description: string }>
> = {
  font: {
    group: "Type and shape",
    description:
      "Font of the button and its message. Set it to your page's font stack to match it (`inherit` does not work here: a custom property set to `inherit` copies the parent's custom property, not its font). The default is the system's own UI font (San Francisco, Segoe UI, Roboto...); on Debian it resolves to Liberation Sans.",
  },
  "font-size": {
    group: "Type and shape",
    description: 'Font size at `size="md"`; `sm` is ×0.875, `lg` ×1.125.',
  },
  "font-weight": { group: "Type and shape", description: "Font weight of the label." },
  "min-height": {
    group: "Type and shape",
    description: 'Height at `size="md"` (a comfortable touch target); `sm` is 8px less, `lg` 8px more.',
  },
  padding: {
    group: "Type and shape",
    description: "Padding inside the button (in `em`, so it follows the size).",
  },
  radius: { group: "Type and shape", description: "Corner radius (`999px` for a pill)." },
  border: {
    group: "Type and shape",
    description: "Border, e.g. `2px solid currentColor` for an outlined look.",
  },
  bg: {
    group: "Colours",
    description: "Background. Hover, active, pending and the focus ring are derived from it unless set.",
  },
  fg: { group: "Colours", description: "Text colour (keep a 4.5:1 contrast with the background)." },
  "bg-hover": { group: "State colours", description: "Background under the mouse: `bg` 15% darker." },
  "bg-active": { group: "State colours", description: "Background while pressed: `bg` 30% darker." },
  "focus-ring": {
    group: "State colours",
    description: "Keyboard focus ring (2px, 2px away from the button; shown for keyboard focus only).",
  },
  "focus-ring-inner": {
    group: "State colours",
    description: "Inner ring in the gap between button and focus ring, so focus shows on dark pages too.",
  },
  "bg-pending": {
    group: "State colours",
    description: "Background while waiting for Mayar (spinner and “Memproses…”): `bg` dimmed towards grey.",
  },
  "bg-success": {
    group: "State colours",
    description:
      "Background once the payment link was created and handed over (new tab, or `redirect={false}`), with a check mark.",
  },
  "fg-success": { group: "State colours", description: "Text colour of the success state." },
  "bg-disabled": { group: "State colours", description: "Background with `disabled`." },
  "fg-disabled": { group: "State colours", description: "Text colour with `disabled`." },
  "error-color": {
    group: "Error message",
    description: "Colour of the error message under the button (and its icon).",
  },
  "error-font-size": { group: "Error message", description: "Font size of the error message." },
  gap: { group: "Error message", description: "Space between the button and the error message." },
};

/** Every variable with its default and description, in table order. */
export const PAY_BUTTON_THEME_TABLE = (Object.keys(PAY_BUTTON_CSS_VARIABLES) as PayButtonCssVariable[]).map(
  (name) => ({
    variable: `--mayar-pay-button-${name}`,
    defaultValue: PAY_BUTTON_CSS_VARIABLES[name],
    ...PAY_BUTTON_CSS_VARIABLE_DOCS[name],
  }),
);

/**
 * The variables to change on a dark background (the defaults are for light pages): a lighter error text,
 * a disabled state that reads as disabled on dark, and a focus ring that stands out from the dark page.
 */
export const PAY_BUTTON_DARK_THEME: Readonly<Partial<Record<PayButtonCssVariable, string>>> = {
  "error-color": "#fda29b",
  "bg-disabled": "#334155",
  "fg-disabled": "#cbd5e1",
  "focus-ring": "#93c5fd",
  "focus-ring-inner": "#0f172a",
};

/** Variables as a React `style` object: `{ "--mayar-pay-button-bg": "#0f766e" }`. */
export const cssVariables = (values: Readonly<Partial<Record<PayButtonCssVariable, string>>>) =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [`--mayar-pay-button-${name}`, value]),
  ) as CSSProperties;
