import type { Meta, StoryObj } from "@storybook/react-vite";
import { expect } from "storybook/test";
import { FONT, ForcedStates, PAGE, Panel, StateList } from "../../.storybook/state-gallery";
import { PAY_BUTTON_CSS_VARIABLES, type PayButtonCssVariable } from "./styles";
import { cssVariables, PAY_BUTTON_CSS_VARIABLE_DOCS } from "./theme-docs";

type ThemeArgs = Record<PayButtonCssVariable, string>;
const NAMES = Object.keys(PAY_BUTTON_CSS_VARIABLES) as PayButtonCssVariable[];

/** The variables the controls changed, as CSS an app can paste. */
function changedCss(args: ThemeArgs): string {
  const changed = NAMES.filter((name) => args[name] !== PAY_BUTTON_CSS_VARIABLES[name]);
  if (changed.length === 0) return "/* Every variable is at its default: change one with the controls. */";
  return `:root {\n${changed.map((name) => `  --mayar-pay-button-${name}: ${args[name]};`).join("\n")}\n}`;
}

/** Every state of <PayButton> with the variables the controls set, and the CSS to copy. */
function ThemePlayground(args: ThemeArgs) {
  return (
    <div style={{ display: "grid", gap: 16, fontFamily: FONT, maxWidth: 720 }}>
      <ForcedStates />
      <Panel tone="light" title="Every state, with your variables" style={cssVariables(args)}>
        <StateList tone="light" />
      </Panel>
      <Panel tone="light" title="CSS for your app">
        <pre
          style={{
            margin: 0,
            fontSize: 13,
            lineHeight: 1.5,
            whiteSpace: "pre-wrap",
            color: PAGE.light.color,
          }}
        >
          {changedCss(args)}
        </pre>
      </Panel>
    </div>
  );
}

const isColour = (value: string) => /^#[0-9a-f]{6}$/i.test(value);

/**
 * A live playground for the `--mayar-pay-button-*` CSS variables: change them with the controls and every
 * state updates; the CSS to copy into your app is under the buttons.
 */
const meta = {
  title: "Mayar/Theming",
  component: ThemePlayground,
  tags: ["!autodocs"],
  parameters: { layout: "padded" },
  args: { ...PAY_BUTTON_CSS_VARIABLES },
  argTypes: Object.fromEntries(
    NAMES.map((name) => [
      name,
      {
        name: `--mayar-pay-button-${name}`,
        description: PAY_BUTTON_CSS_VARIABLE_DOCS[name].description,
        control: isColour(PAY_BUTTON_CSS_VARIABLES[name]) ? "color" : "text",
        table: {
          category: PAY_BUTTON_CSS_VARIABLE_DOCS[name].group,
          defaultValue: { summary: PAY_BUTTON_CSS_VARIABLES[name] },
          type: { summary: "CSS" },
        },
      },
    ]),
  ),
} satisfies Meta<typeof ThemePlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Playground: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/Every variable is at its default/)).toBeInTheDocument();
  },
};

/** The same playground with a brand colour and a pill shape: only `bg` is set, the states follow it. */
export const BrandExample: Story = {
  args: { bg: "#0f766e", radius: "999px" },
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/--mayar-pay-button-bg: #0f766e;/)).toBeInTheDocument();
  },
};
