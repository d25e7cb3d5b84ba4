import { defineConfig } from "tsdown";

// One output file per source module (`unbundle`), so each file keeps its own `'use client'` directive:
// hooks and components are client modules, while the pure option factories, key helpers and message
// tables stay importable from React Server Components.
export default defineConfig({
  entry: ["src/index.ts"],
  unbundle: true,
  format: "esm",
  platform: "neutral",
  target: "es2022",
  dts: true,
  fixedExtension: false,
  clean: true,
  deps: {
    neverBundle: ["react", "react/jsx-runtime", "react-dom", "@tanstack/react-query", "@org/mayar-core"],
  },
});
