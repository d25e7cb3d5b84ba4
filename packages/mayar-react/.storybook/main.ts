import type { StorybookConfig } from "@storybook/react-vite";
import { mergeConfig, type Plugin, type UserConfig } from "vite";

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

/**
 * The stories' controls start at the documented `redirect="same-tab"`, so clicking a button sends the frame
 * to the payment link the in-page mock returned: `/mock-mayar/pl/<slug>` on Storybook's own origin. The dev
 * server answers there with a stand-in for Mayar's payment page instead of a 404; Back returns to the story.
 */
const mockPaymentPage: Plugin = {
  name: "mayar-mock-payment-page",
  configureServer(server) {
    server.middlewares.use("/mock-mayar/pl/", (_request, response) => {
      response.setHeader("content-type", "text/html; charset=utf-8");
      response.end(
        '<!doctype html><html lang="en"><meta charset="utf-8"><title>Mayar payment page (stand-in)</title>' +
          '<body style="font-family:system-ui,sans-serif;max-width:36rem;margin:3rem auto;padding:0 1rem">' +
          "<h1>Mayar's payment page would open here</h1><p>The button created a payment and sent this tab " +
          'to its link, as it does in a shop (<code>redirect="same-tab"</code>, the default). Stories that ' +
          "stay in place use <code>redirect={false}</code>.</p>" +
          '<p><a href="javascript:history.back()">Back to Storybook</a></p></body></html>',
      );
    });
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
  viteFinal: (viteConfig) => mergeConfig(viteConfig, { ...storybookBuild, plugins: [mockPaymentPage] }),
};

export default config;
