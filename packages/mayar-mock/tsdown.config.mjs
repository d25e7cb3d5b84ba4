import { defineConfig } from "tsdown";

// ESM only. Two entries, one build so they share the mock's code: `index` is the library, platform
// "neutral" because it runs in Node (tests, demo server) and in browsers (Storybook), so nothing
// Node-specific may be pulled in; `cli` is the `mayar-mock` bin (node:http), kept out of the library's
// import graph. @org/mayar-core stays external (the dependency the mock shares its router, reader and
// validator with); Node built-ins are external.
export default defineConfig({
  entry: { index: "src/index.ts", cli: "src/cli/main.ts" },
  format: ["esm"],
  platform: "neutral",
  external: [/^node:/],
  fixedExtension: false,
  dts: true,
  clean: true,
  sourcemap: true,
});
