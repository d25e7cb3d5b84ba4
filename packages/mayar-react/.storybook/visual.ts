/**
 * `parameters.visual` of a story: how the screenshot test (`.storybook/vitest.setup.ts`) takes it. By default
 * one screenshot of the story's frame (the component with 16 px around it), compared with
 * `visual/<story id>.png`.
 */
export interface VisualParameters {
  /** A layout: one screenshot of the whole story per viewport width (`visual/<story id>--w390.png`, ...). */
  widths?: number[];
  /**
   * Extra screenshots after a real interaction with the button, by the real mouse and keyboard (so the
   * browser's own `:hover` and `:focus-visible` apply): `visual/<story id>--hover.png`, `--focus.png`.
   */
  interactions?: Array<"hover" | "focus">;
  /** Also check that nothing in the story animates with `prefers-reduced-motion: reduce`. */
  reducedMotion?: boolean;
  /** No screenshot for this story. */
  skip?: boolean;
}
