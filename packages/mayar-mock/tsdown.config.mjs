import { defineConfig } from "tsdown";

// ESM only, one entry. platform "neutral": the mock runs in Node (tests, demo server) and in browsers
// (Storybook), so nothing Node-specific may be pulled in. ajv and ajv-formats stay external (dependencies).
export default defineConfig({
  entry: ["src/index.ts"],
  format: ["esm"],
  platform: "neutral",
  fixedExtension: false,
  dts: true,
  clean: true,
  sourcemap: true,
});
