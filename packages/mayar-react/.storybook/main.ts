import type { StorybookConfig } from "@storybook/react-vite";
import { mergeConfig, type UserConfig } from "vite";

/**
 * How the props table is read from the source. react-docgen-typescript asks TypeScript itself, so it follows
 * `PayButtonProps` (a union of two interfaces sharing `PayButtonCommonProps`) and shows every prop with its
 * JSDoc, its `@default` and its real type (`redirect` as `"same-tab" | "new-tab" | false`). Storybook's
 * default, react-docgen, reads only the syntax of the file and listed 5 of the props. These are Storybook's
 * own defaults for it, spelled out so `test/props-table.test.ts` parses with exactly the same options.
 */
export const reactDocgenTypescriptOptions = {
  // The components are in src/; the Storybook helpers in .storybook/ need no props table.
  include: ["src/**/*.tsx"],
  exclude: ["**/*.stories.tsx"],
  // String-literal unions become a list of values (a select control and "same-tab" | "new-tab" | false).
  shouldExtractLiteralValuesFromEnum: true,
  shouldRemoveUndefinedFromOptional: true,
  // Our props only, not the hundreds of HTML attributes from @types/react.
  propFilter: (prop: { parent?: { fileName: string } }) =>
    prop.parent ? !/node_modules/.test(prop.parent.fileName) : true,
  // Storybook requires it (defaults as strings, like react-docgen).
  savePropValueAsString: true,
};

/** What Storybook's own build needs on top of its Vite config: no warning left unexplained. */
const storybookBuild: UserConfig = {
  build: {
    // Three chunks are big, and all three are Storybook's own, for reviewers, never shipped: the preview
    // runtime (≈1.7 MB: Storybook, its test tools, and @org/mayar-mock with its copy of the API spec, which
    // the stories run against), the docs blocks (≈750 kB) and axe-core (≈660 kB, the accessibility checks).
    // Our stories are ≈30 kB. The limit sits above them; a chunk growing past it still warns.
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      // Rolldown reports how long plugins took when one is slow: react-docgen-typescript (the props table)
      // runs the TypeScript checker over each component, ≈2 s here. Expected, not a problem.
      checks: { bundlerTimings: false },
      onwarn(warning, warn) {
        // Our components and TanStack Query start with "use client" (for React Server Components in the apps
        // that use them). Storybook bundles everything into one client-side app, where the directive means
        // nothing, so Rolldown warns that it drops it (≈20 warnings, one per file). Dropping it is right
        // here; any other warning still shows.
        if (warning.code === "MODULE_LEVEL_DIRECTIVE" && /["']use client["']/.test(warning.message)) return;
        warn(warning);
      },
    },
  },
};

const config: StorybookConfig = {
  stories: ["../src/**/*.mdx", "../src/**/*.stories.@(ts|tsx)"],
  addons: ["@storybook/addon-a11y", "@storybook/addon-docs", "@storybook/addon-vitest"],
  framework: { name: "@storybook/react-vite", options: {} },
  core: { disableTelemetry: true },
  // Storybook's "Get started" checklist is for people setting Storybook up, not for reviewers.
  features: { sidebarOnboardingChecklist: false },
  typescript: { reactDocgen: "react-docgen-typescript", reactDocgenTypescriptOptions },
  viteFinal: (viteConfig) => mergeConfig(viteConfig, storybookBuild),
};

export default config;
