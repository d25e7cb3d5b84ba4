import type { Preview } from "@storybook/react-vite";
import { withMockMayar } from "./mock-mayar";

const preview: Preview = {
  decorators: [withMockMayar],
  parameters: {
    // Accessibility violations fail the story tests, not just show in the panel.
    a11y: { test: "error" },
    layout: "centered",
  },
};

export default preview;
