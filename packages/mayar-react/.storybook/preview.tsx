import type { Decorator, Preview } from "@storybook/react-vite";
import { withMockMayar } from "./mock-mayar";

/**
 * Each story sits in a frame: 16 px of room around a component (so a focus ring or an error message is never
 * cut off), nothing for a full-screen layout. The screenshot test photographs this frame.
 */
const withFrame: Decorator = (Story, { parameters }) => (
  <div
    data-story-frame=""
    style={
      parameters.layout === "fullscreen" ? { display: "block" } : { display: "inline-block", padding: 16 }
    }
  >
    <Story />
  </div>
);

const preview: Preview = {
  decorators: [withMockMayar, withFrame],
  parameters: {
    a11y: {
      // Accessibility violations fail the story tests, not just show in the panel.
      test: "error",
      // axe's colour-contrast check (WCAG AA, 4.5:1 for text) runs on every state a story renders; it is on
      // by default, and stated here so it is never switched off by accident.
      config: { rules: [{ id: "color-contrast", enabled: true }] },
    },
    layout: "centered",
    options: { storySort: { order: ["Introduction", "Mayar", ["PayButton", "Theming"]] } },
  },
};

export default preview;
