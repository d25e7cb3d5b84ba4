// @vitest-environment node
// The default look of <PayButton>: every state readable (WCAG AA contrast) with the documented defaults,
// the documented dark preset and a few brand colours; one list of CSS variables behind the stylesheet, the
// README and Storybook's Theming page; a stylesheet that survives React 18's server renderer.
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import {
  PAY_BUTTON_CSS,
  PAY_BUTTON_CSS_VARIABLES,
  type PayButtonCssVariable,
} from "../src/pay-button/styles";
import { PAY_BUTTON_DARK_THEME, PAY_BUTTON_THEME_TABLE } from "../src/pay-button/theme-docs";

type Theme = Partial<Record<PayButtonCssVariable, string>>;
type Rgb = [number, number, number];

/** A variable's value as the browser would compute it: hex colours, var() fallbacks and srgb color-mix(). */
function resolve(value: string, theme: Theme): Rgb {
  const text = value.trim();
  const variable = /^var\(--mayar-pay-button-([a-z-]+),(.*)\)$/s.exec(text);
  if (variable) {
    const [, name = "", fallback = ""] = variable;
    return resolve(theme[name as PayButtonCssVariable] ?? fallback, theme);
  }
  const mix = /^color-mix\(in srgb,(.*) (\d+)%,(.*)\)$/s.exec(text);
  if (mix) {
    const [, first = "", percent = "", second = ""] = mix;
    const [a, b, p] = [resolve(first, theme), resolve(second, theme), Number(percent) / 100];
    return a.map((channel, i) => channel * p + (b[i] ?? 0) * (1 - p)) as Rgb;
  }
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(text);
  if (!hex) throw new Error(`cannot resolve ${text}`);
  return [hex[1], hex[2], hex[3]].map((part) => Number.parseInt(part ?? "", 16)) as Rgb;
}

const token = (name: PayButtonCssVariable, theme: Theme) =>
  resolve(theme[name] ?? PAY_BUTTON_CSS_VARIABLES[name], theme);

/** WCAG 2 contrast ratio of two sRGB colours. */
function contrast(a: Rgb, b: Rgb): number {
  const luminance = (rgb: Rgb) => {
    const [r = 0, g = 0, bl = 0] = rgb.map((c) => {
      const s = Math.round(c) / 255;
      return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text and background of each state of the button. */
const STATES: Record<string, [fg: PayButtonCssVariable, bg: PayButtonCssVariable]> = {
  idle: ["fg", "bg"],
  hover: ["fg", "bg-hover"],
  active: ["fg", "bg-active"],
  pending: ["fg", "bg-pending"],
  success: ["fg-success", "bg-success"],
  disabled: ["fg-disabled", "bg-disabled"],
};

const WHITE: Rgb = [255, 255, 255];
const DARK_PAGE: Rgb = [15, 23, 42]; // #0f172a, the dark background of the stories

describe("contrast (WCAG 2.2 AA)", () => {
  const themes: Array<[string, Theme, Rgb]> = [
    ["the defaults on a white page", {}, WHITE],
    ["the dark preset on a dark page", PAY_BUTTON_DARK_THEME, DARK_PAGE],
    // Derived states follow a brand colour: darker for hover/active, towards an AA grey for pending.
    ["a teal brand (#0f766e)", { bg: "#0f766e" }, WHITE],
    ["a violet brand (#6d28d9)", { bg: "#6d28d9" }, WHITE],
    ["a rose brand (#be123c)", { bg: "#be123c" }, WHITE],
  ];

  test.each(themes)("every state's label is 4.5:1 or more: %s", (_name, theme) => {
    for (const [state, [fg, bg]] of Object.entries(STATES)) {
      expect(contrast(token(fg, theme), token(bg, theme)), state).toBeGreaterThanOrEqual(4.5);
    }
  });

  test.each(themes)(
    "the error message is 4.5:1 on the page and the focus ring 3:1: %s",
    (_name, theme, page) => {
      expect(contrast(token("error-color", theme), page)).toBeGreaterThanOrEqual(4.5);
      expect(contrast(token("focus-ring", theme), page)).toBeGreaterThanOrEqual(3);
    },
  );

  test("the numbers designers see in the docs", () => {
    const ratio = (state: string) => {
      const [fg, bg] = STATES[state] ?? ["fg", "bg"];
      return Math.floor(contrast(token(fg, {}), token(bg, {})) * 10) / 10;
    };
    expect(Object.fromEntries(Object.keys(STATES).map((state) => [state, ratio(state)]))).toEqual({
      idle: 6.7,
      hover: 8.3,
      active: 10.3,
      pending: 6.1,
      success: 5.4,
      disabled: 6.1,
    });
  });
});

describe("the stylesheet", () => {
  test("reads only documented variables, each with its documented default", () => {
    const uses = [...PAY_BUTTON_CSS.matchAll(/var\(--mayar-pay-button-([a-z-]+),/g)].map((m) => m[1]);
    expect(new Set(uses)).toEqual(new Set(Object.keys(PAY_BUTTON_CSS_VARIABLES)));
    for (const [name, value] of Object.entries(PAY_BUTTON_CSS_VARIABLES)) {
      expect(PAY_BUTTON_CSS).toContain(`var(--mayar-pay-button-${name},${value})`);
    }
  });

  test("has no characters React 18 escapes in a server-rendered <style> (< > & and quotes)", () => {
    expect(PAY_BUTTON_CSS).not.toMatch(/[<>&"']/);
  });

  test("has zero specificity (every rule in :where), so an app's class always wins", () => {
    const selectors = [...PAY_BUTTON_CSS.matchAll(/(?:^|})([^{}@]+)\{/g)].map((m) => m[1] ?? "");
    const ruleSelectors = selectors.filter((selector) => !/^(to|from|\d+%)$/.test(selector));
    expect(ruleSelectors.length).toBeGreaterThan(10);
    for (const selector of ruleSelectors) expect(selector).toMatch(/^:where\(.*\)$/);
  });

  test("stops the spinner and transitions for people who ask for less motion", () => {
    expect(PAY_BUTTON_CSS).toContain(
      "@media (prefers-reduced-motion:reduce){:where([data-mayar-pay-button] *){animation:none;transition:none}}",
    );
  });

  test("replaces the browser's focus outline with its own ring, for keyboard focus only", () => {
    expect(PAY_BUTTON_CSS).toMatch(
      /:where\(\[data-mayar-pay-button\] button:focus-visible\)\{outline:2px solid/,
    );
    expect(PAY_BUTTON_CSS).not.toMatch(/:focus\)/);
  });

  test("never falls back to the browser's serif font", () => {
    expect(PAY_BUTTON_CSS_VARIABLES.font).toMatch(/,sans-serif$/);
    expect(PAY_BUTTON_CSS).toContain(
      `font-family:var(--mayar-pay-button-font,${PAY_BUTTON_CSS_VARIABLES.font})`,
    );
  });
});

describe("the README", () => {
  test("lists every CSS variable with its default, in the stylesheet's order", () => {
    const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
    const rows = [...readme.matchAll(/^\| `(--mayar-pay-button-[a-z-]+)` \| `([^`]*)` \| (.*) \|$/gm)].map(
      ([, variable, defaultValue, description]) => ({ variable, defaultValue, description }),
    );
    expect(rows).toEqual(
      PAY_BUTTON_THEME_TABLE.map(({ variable, defaultValue, description }) => ({
        variable,
        defaultValue,
        description,
      })),
    );
  });
});
