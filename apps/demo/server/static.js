// Serves the Vite build (dist/) and the single-page fallback for the client's routes.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serveStatic } from "@hono/node-server/serve-static";

/** Paths the React app renders. Anything else that is not a file gets the app's "not found" view, with 404. */
export const CLIENT_ROUTES = ["/", "/order"];

const securityHeaders = (c) => {
  c.header("X-Content-Type-Options", "nosniff");
  c.header("Referrer-Policy", "same-origin");
};

/**
 * @param {import("hono").Hono} app
 * @param {string} distDir absolute path of the Vite build
 * @param {string} mode "mock", "sandbox" or "production": told to the page in a meta tag (no inline script)
 * @param {string} contentSecurityPolicy the page's policy (see csp.js)
 */
export function mountStatic(app, distDir, mode, contentSecurityPolicy) {
  const indexPath = join(distDir, "index.html");
  const missingBuild = () =>
    `The demo's browser build is missing (${indexPath}). Run \`pnpm --filter demo build\` first.`;

  // Created on first use once dist/ exists, so a server started before the build picks it up later.
  let files;
  const serveFiles = (c, next) => {
    if (!files) {
      if (!existsSync(distDir)) return next();
      files = serveStatic({
        root: distDir,
        onFound: (_path, c2) => {
          securityHeaders(c2);
          // Vite puts a content hash in every asset name, so those can be cached for good.
          if (c2.req.path.startsWith("/assets/")) {
            c2.header("Cache-Control", "public, max-age=31536000, immutable");
          }
        },
      });
    }
    return files(c, next);
  };

  // Files of the build (assets/, favicon.svg), but never index.html directly: it goes out with its headers.
  app.use("*", (c, next) =>
    c.req.path === "/" || c.req.path === "/index.html" ? next() : serveFiles(c, next),
  );

  // Browsers ask for /favicon.ico on pages without an icon link (the mock's hosted checkout).
  app.get("/favicon.ico", (c) => c.redirect("/favicon.svg", 301));

  app.on(["GET", "HEAD"], "*", (c) => {
    if (!existsSync(indexPath)) return c.text(missingBuild(), 503);
    const known = CLIENT_ROUTES.includes(c.req.path);
    // Read per request: cheap, and a rebuild while the server runs is picked up.
    const html = readFileSync(indexPath, "utf8").replace(
      "</head>",
      `  <meta name="demo-mode" content="${mode}" />\n  </head>`,
    );
    securityHeaders(c);
    c.header("Content-Security-Policy", contentSecurityPolicy);
    c.header("Cache-Control", "no-cache");
    return c.html(html, known ? 200 : 404);
  });

  return { hasBuild: () => existsSync(indexPath), missingBuild };
}
