import path from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import react from "@vitejs/plugin-react";
import { playwright } from "@vitest/browser-playwright";
import { defineConfig } from "vitest/config";
import { chromiumLaunchOptions } from "../../tooling/chromium";

const dirname = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: "unit",
          environment: "happy-dom",
          include: ["test/**/*.test.{ts,tsx}"],
          setupFiles: ["test/setup.ts"],
        },
      },
      {
        plugins: [storybookTest({ configDir: path.join(dirname, ".storybook") })],
        test: {
          name: "storybook",
          // Every story is also a screenshot test against visual/<story id>.png (see the file).
          setupFiles: [".storybook/vitest.setup.ts"],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: chromiumLaunchOptions,
              // Vitest shrinks the test iframe to fit the window: a window larger than any story's viewport
              // (1280 px wide, up to 3000 px tall for a full-page layout) keeps screenshots at 1:1.
              contextOptions: { viewport: { width: 1440, height: 3200 } },
            }),
            instances: [{ browser: "chromium" }],
            // Screenshots of failed stories, for debugging (not committed).
            screenshotDirectory: "visual/__failures__",
            expect: {
              toMatchScreenshot: {
                comparatorName: "pixelmatch",
                comparatorOptions: {
                  // pixelmatch's default colour tolerance per pixel (anti-aliased edges are ignored anyway),
                  threshold: 0.1,
                  // and at most 0.1% of the pixels may differ: a changed colour, size or word in any
                  // button still fails, sub-pixel text rendering noise does not.
                  allowedMismatchedPixelRatio: 0.001,
                },
                // The spinner is photographed at its first frame, transitions at their end.
                screenshotOptions: { animations: "disabled", caret: "hide", scale: "css" },
                resolveScreenshotPath: ({ root, arg, ext }) => path.join(root, "visual", `${arg}${ext}`),
                resolveDiffPath: ({ root, arg, ext }) => path.join(root, "visual/__diffs__", `${arg}${ext}`),
              },
            },
          },
        },
      },
    ],
  },
});
