import react from "@vitejs/plugin-react";
import { defineConfig, type Plugin } from "vite";

// `vite` (dev) serves the page with hot reload; the Mayar proxy, the orders and the mock's hosted pages come
// from the demo server, so run it alongside: `PUBLIC_ORIGIN=http://127.0.0.1:5173 pnpm --filter demo start`
// (so the mock's links and its return to /order come back through Vite). DEMO_SERVER overrides where it listens.
const server = process.env.DEMO_SERVER ?? "http://127.0.0.1:3000";

/**
 * Fails the build when a chunk still imports a bare module ("@org/mayar-core"): the bundler leaves an import
 * it could not resolve (e.g. a workspace package whose dist/ was being rebuilt) as an external, and the page
 * would then fail in the browser with "Failed to resolve module specifier".
 */
function selfContained(): Plugin {
  return {
    name: "demo:self-contained",
    apply: "build",
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== "chunk") continue;
        const unresolved = [...output.imports, ...output.dynamicImports].filter((id) => !(id in bundle));
        if (unresolved.length > 0) {
          this.error(
            `${output.fileName} imports ${unresolved.join(", ")}, which was not bundled. ` +
              "Build the workspace packages first (turbo run build --filter=demo...) and retry.",
          );
        }
      }
    },
  };
}

export default defineConfig({
  plugins: [react(), selfContained()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: {
      "/api": { target: server },
      "/mock-mayar": { target: server },
    },
  },
  build: {
    // No source maps in the shipped build: nothing is needed from them, and nothing should be readable.
    sourcemap: false,
  },
});
