// The hosted checkout in the shop's language: Mayar's link with `lang=id|en` added (the mock's hosted pages
// read it; Mayar's own pages ignore a parameter they do not know). Added as text, not through URL's
// searchParams: those would re-encode the credit checkout's signed `immutable=` token.

/**
 * @param {string} link  A payment link as Mayar gave it (it may already have a query, never a `lang`).
 * @param {"id" | "en"} language
 */
export function withLanguage(link, language) {
  const hash = link.indexOf("#");
  const [base, fragment] = hash === -1 ? [link, ""] : [link.slice(0, hash), link.slice(hash)];
  const cleaned = base.replace(/([?&])lang=[^&]*(&|$)/, (_, before, after) => (after ? before : ""));
  return `${cleaned}${cleaned.includes("?") ? "&" : "?"}lang=${language}${fragment}`;
}
