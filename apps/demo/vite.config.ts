import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// `vite` (dev) serves the page with hot reload; the Mayar proxy and the mock's hosted pages come from the
// demo server, so run it alongside: `PUBLIC_ORIGIN=http://127.0.0.1:5173 pnpm --filter demo start` (so the
// mock's links and its return to /thanks come back through Vite). DEMO_SERVER overrides where it listens.
const server = process.env.DEMO_SERVER ?? "http://127.0.0.1:3000";

export default defineConfig({
  plugins: [react()],
  server: {
    host: "127.0.0.1",
    port: 5173,
    strictPort: true,
    proxy: {
      "/api/mayar": { target: server },
      "/mock-mayar": { target: server },
    },
  },
  build: {
    // No source maps in the shipped build: nothing of the server's should be readable, and nothing is needed.
    sourcemap: false,
  },
});
