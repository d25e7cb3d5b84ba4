// The page's Content-Security-Policy. Scripts, styles and calls from this origin only, plus the one inline
// style element the page needs: <PayButton>'s stylesheet, which React inserts into <head>. It is allowed by
// its SHA-256 hash, taken from the same @org/mayar-react the page is built from (rendered once here), so a
// restyled button needs no edit of this file and no other inline style gets in.
import { createHash } from "node:crypto";
import { createMayarClient } from "@org/mayar-core";
import { MayarProvider, PayButton } from "@org/mayar-react";
import { createElement } from "react";
import { renderToString } from "react-dom/server";

/** The text of every <style> element the server rendering of a <PayButton> holds. */
export function payButtonStyles() {
  const client = createMayarClient({ baseUrl: "http://127.0.0.1/api/mayar" });
  const html = renderToString(
    createElement(MayarProvider, { client }, createElement(PayButton, { payment: { name: "x", amount: 1 } })),
  );
  return [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? "");
}

const hash = (/** @type {string} */ text) =>
  `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

/** @returns {string} */
export function contentSecurityPolicy() {
  let styleHashes = [];
  try {
    styleHashes = payButtonStyles().map(hash);
  } catch (error) {
    // The page still works; the button is unstyled and the browser reports the blocked style.
    console.warn(
      "Warning: could not render <PayButton> to allow its stylesheet in the page's CSP:",
      error instanceof Error ? error.message : error,
    );
  }
  return [
    "default-src 'self'",
    "script-src 'self'",
    ["style-src 'self'", ...styleHashes].join(" "),
    "img-src 'self' data:",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "object-src 'none'",
    "frame-ancestors 'none'",
  ].join("; ");
}
