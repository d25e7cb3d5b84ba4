/**
 * The look of <PayButton>: one small stylesheet that the component renders itself, as
 * `<style href="mayar-pay-button" precedence="default">`. React 19 hoists it into <head> once (also when
 * rendering on the server); React 18 renders it next to each button, which works the same.
 *
 * - Every rule is wrapped in `:where()`, so it has no specificity: any class of the app wins without
 *   `!important`, and `style` (inline) always wins.
 * - Every colour, size and font comes from a `--mayar-pay-button-*` CSS variable with a default
 *   ({@link PAY_BUTTON_CSS_VARIABLES}); set them on any ancestor or on `:root`. The hover, active, pending
 *   and focus colours are derived from `--mayar-pay-button-bg` unless set, so one variable re-themes them all.
 * - No `<`, `>`, `&` or quotes: React 18 escapes those in a server-rendered <style>, which would break it.
 */

const BG = "#1d4ed8";
const bg = `var(--mayar-pay-button-bg,${BG})`;

/**
 * Every CSS variable <PayButton> reads (without the `--mayar-pay-button-` prefix), with the value used when
 * it is not set. Documented in the README and on Storybook's Theming page; a test keeps the three in step.
 */
export const PAY_BUTTON_CSS_VARIABLES = {
  font: "-apple-system,Segoe UI,Roboto,Noto Sans,Helvetica Neue,Arial,Liberation Sans,sans-serif",
  "font-size": "1rem",
  "font-weight": "600",
  "min-height": "44px",
  padding: ".625em 1.25em",
  radius: "8px",
  border: "none",
  bg: BG,
  fg: "#ffffff",
  "bg-hover": `color-mix(in srgb,${bg} 85%,#000000)`,
  "bg-active": `color-mix(in srgb,${bg} 70%,#000000)`,
  "focus-ring": bg,
  "focus-ring-inner": "#ffffff",
  "bg-pending": `color-mix(in srgb,${bg} 60%,#6b7280)`,
  "bg-success": "#047857",
  "fg-success": "#ffffff",
  "bg-disabled": "#e5e7eb",
  "fg-disabled": "#4b5563",
  "error-color": "#b42318",
  "error-font-size": ".875rem",
  gap: ".5em",
} as const;

/** The name of a <PayButton> CSS variable, without its `--mayar-pay-button-` prefix. */
export type PayButtonCssVariable = keyof typeof PAY_BUTTON_CSS_VARIABLES;

const v = (name: PayButtonCssVariable) => `var(--mayar-pay-button-${name},${PAY_BUTTON_CSS_VARIABLES[name]})`;
const rule = (selector: string, body: string) => `:where(${selector}){${body}}`;

const root = "[data-mayar-pay-button]";
const button = `${root} button`;
const message = `${root} [role=alert]`;

/** The stylesheet. Later rules win (all have zero specificity): pending and disabled override hover. */
export const PAY_BUTTON_CSS = [
  rule(
    root,
    `display:inline-flex;flex-direction:column;align-items:flex-start;max-width:100%;font-family:${v("font")}`,
  ),
  rule(`${root}[data-full-width]`, "display:flex;align-items:stretch"),
  rule(
    button,
    "display:inline-flex;align-items:center;justify-content:center;gap:.5em;" +
      `box-sizing:border-box;min-height:${v("min-height")};margin:0;padding:${v("padding")};` +
      `border:${v("border")};border-radius:${v("radius")};background:${v("bg")};color:${v("fg")};` +
      `font:inherit;font-size:${v("font-size")};font-weight:${v("font-weight")};line-height:1.25;` +
      "text-align:center;cursor:pointer;transition:background-color .15s",
  ),
  rule(
    `${button}[data-size=sm]`,
    `min-height:calc(${v("min-height")} - 8px);font-size:calc(${v("font-size")}*.875)`,
  ),
  rule(
    `${button}[data-size=lg]`,
    `min-height:calc(${v("min-height")} + 8px);font-size:calc(${v("font-size")}*1.125)`,
  ),
  rule(`${button}:hover`, `background:${v("bg-hover")}`),
  rule(`${button}:active`, `background:${v("bg-active")}`),
  // Two rings, so focus shows on light and dark pages alike: the outline, and an inner ring in the gap.
  rule(
    `${button}:focus-visible`,
    `outline:2px solid ${v("focus-ring")};outline-offset:2px;box-shadow:0 0 0 2px ${v("focus-ring-inner")}`,
  ),
  rule(`${button}[data-state=success]`, `background:${v("bg-success")};color:${v("fg-success")}`),
  rule(`${button}[aria-busy=true]`, `background:${v("bg-pending")};cursor:progress`),
  rule(`${button}:disabled`, `background:${v("bg-disabled")};color:${v("fg-disabled")};cursor:not-allowed`),
  rule(
    `${root} [data-icon=spinner]`,
    "flex:none;width:1em;height:1em;box-sizing:border-box;border:.15em solid;border-right-color:transparent;" +
      "border-radius:50%;animation:mayar-pay-button-spin .7s linear infinite",
  ),
  rule(
    `${root} [data-icon=check]`,
    "flex:none;width:.35em;height:.7em;margin:0 .15em .2em;border:solid;border-width:0 .15em .15em 0;" +
      "transform:rotate(45deg)",
  ),
  "@keyframes mayar-pay-button-spin{to{transform:rotate(1turn)}}",
  rule(
    message,
    `max-width:20rem;color:${v("error-color")};font-size:${v("error-font-size")};line-height:1.4`,
  ),
  rule(`${message}:not(:empty)`, `display:flex;gap:.375em;margin-top:${v("gap")}`),
  rule(`${root}[data-full-width] [role=alert]`, "max-width:none"),
  rule(`${message} svg`, "flex:none;width:1em;height:1.4em"),
  // The spinner stops turning (it still reads as busy, with the "Memproses…" label); colours change at once.
  `@media (prefers-reduced-motion:reduce){${rule(`${root} *`, "animation:none;transition:none")}}`,
].join("");
