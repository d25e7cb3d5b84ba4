// URLSearchParams decodes "+" as a space, which corrupts base64 values such as the `immutable` token.
// This reads the value as written, only undoing percent-encoding.
export function rawQueryParam(url: URL, name: string): string | null {
  for (const pair of url.search.slice(1).split("&")) {
    const separator = pair.indexOf("=");
    const key = separator === -1 ? pair : pair.slice(0, separator);
    if (key !== name) continue;
    const value = separator === -1 ? "" : pair.slice(separator + 1);
    try {
      return decodeURIComponent(value);
    } catch {
      return value;
    }
  }
  return null;
}
