// Visual regression for every story, run by the Storybook project of vitest.config.ts in Debian's Chromium:
// after each story test (its play function and the accessibility check have passed), its frame is
// screenshotted and compared with the baseline in `visual/` (pixelmatch, small tolerance: vitest.config.ts).
// A missing or changed baseline fails the test (with a plain expect(element): expect.element would poll, and
// its second attempt would pass against the baseline the first one just wrote). To accept new screenshots:
// `pnpm --filter @org/mayar-react test:visual:update`, then review them (`git status visual/`, open the PNGs).
// Only vitest loads this file, so it may use vitest's browser API (the Storybook UI never sees it).
import { configure } from "storybook/test";
import { afterEach, expect } from "vitest";
import { cdp, page, userEvent } from "vitest/browser";
import { WAIT_TIMEOUT_MS } from "../../../tooling/test-timing";
import type { VisualParameters } from "./visual";

// The play functions' waitFor/findBy* give up after 1 s by default: on a busy 2-core machine a story can take
// longer to render and answer. They still end as soon as their condition holds (tooling/test-timing.ts).
configure({ asyncUtilTimeout: WAIT_TIMEOUT_MS });

interface ComposedStory {
  id: string;
  parameters: { visual?: VisualParameters };
}

/** Storybook's test context carries the story it just ran (`context.story`, set by @storybook/addon-vitest). */
const storyOf = (context: object): ComposedStory | undefined => (context as { story?: ComposedStory }).story;

const DEFAULT_VIEWPORT = { width: 1200, height: 900 };

/** The frame `.storybook/preview.tsx` puts around every story. */
function storyFrame(): HTMLElement {
  const frames = document.querySelectorAll<HTMLElement>("[data-story-frame]");
  const frame = frames[frames.length - 1];
  if (!frame)
    throw new Error("no [data-story-frame] on the page: is the preview's withFrame decorator gone?");
  return frame;
}

/** Two animation frames: the browser has laid out and painted what the last step changed. */
const painted = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

async function emulateReducedMotion(reduce: boolean) {
  await cdp().send("Emulation.setEmulatedMedia", {
    features: [{ name: "prefers-reduced-motion", value: reduce ? "reduce" : "" }],
  });
}

afterEach(async (context) => {
  const story = storyOf(context);
  if (!story) return;
  const visual = story.parameters.visual ?? {};
  if (visual.skip) return;
  const frame = storyFrame();
  // A play function's clicks leave the button focused; the screenshots show states, not that focus.
  (document.activeElement as HTMLElement | null)?.blur();
  await painted();

  if (visual.widths) {
    for (const width of visual.widths) {
      // The whole layout: the viewport grows to its height (what lies below the viewport is not painted).
      await page.viewport(width, DEFAULT_VIEWPORT.height);
      await painted();
      const height = Math.ceil(frame.getBoundingClientRect().bottom);
      await page.viewport(width, Math.max(height, DEFAULT_VIEWPORT.height));
      await painted();
      await expect(frame).toMatchScreenshot(`${story.id}--w${width}`);
    }
    await page.viewport(DEFAULT_VIEWPORT.width, DEFAULT_VIEWPORT.height);
  } else {
    await expect(frame).toMatchScreenshot(story.id);
  }

  for (const interaction of visual.interactions ?? []) {
    const button = page.elementLocator(frame).getByRole("button");
    if (interaction === "hover") await userEvent.hover(button);
    else await userEvent.tab();
    await painted();
    await expect(frame).toMatchScreenshot(`${story.id}--${interaction}`);
    if (interaction === "hover") await userEvent.unhover(button);
    else (document.activeElement as HTMLElement | null)?.blur();
  }

  if (visual.reducedMotion) {
    const animated = () =>
      [...frame.querySelectorAll("*")].filter(
        (element) => getComputedStyle(element).animationName !== "none",
      );
    expect(animated().length, "something should animate without the preference").toBeGreaterThan(0);
    await emulateReducedMotion(true);
    try {
      expect(animated(), "animating with prefers-reduced-motion: reduce").toEqual([]);
    } finally {
      await emulateReducedMotion(false);
    }
  }
});
