// What `@org/mayar-core/server` resolves to under the "browser" export condition: code bundled for a browser
// (a "use client" module, a Vite or esbuild browser build). The server entry holds the Mayar API key, so this
// file stops the build instead: its one import (a relative path that never exists) cannot be resolved, and
// the bundler's "could not resolve" error (esbuild, Vite, webpack, Next.js) quotes it: it is the explanation. Server runtimes that also set "browser" (Cloudflare
// Workers: "workerd", Vercel Edge: "edge-light") match their own condition before this one.
import "./@org/mayar-core/server is server-only: it holds your Mayar API key and cannot be bundled for the browser. Import it from server code (route handlers, server actions, your Node server), never from a 'use client' module; in the browser use createMayarClient({ baseUrl: '/api/mayar' }) from @org/mayar-core.";

throw new Error(
  "@org/mayar-core/server is server-only: it holds your Mayar API key and cannot run in the browser. Import it from server code only.",
);
