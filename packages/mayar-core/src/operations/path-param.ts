// A dot segment ("." or ".."), or a character that ends or splits a path segment for someone on the way:
// `/` and `\` (servers and CDNs that decode %2F or %5C before routing), `?` and `#` (the end of the path),
// and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const UNSAFE = /^\s*\.\.?\s*$|[/\\?#\0-\x1f\x7f]/;

/**
 * Why `value` cannot be a path parameter, or "": the rule every path value follows, in the namespace methods
 * and in `mayar.api`. A value is percent-encoded on the way out, but encoding is not enough: fetch resolves
 * `/products/../transactions` to `/transactions` (every transaction instead of one product's), URL parsers
 * read `%2e` as a dot, and servers may decode once more; so the value and each of its decodings are checked.
 * No Mayar id, type or status holds any of these. The value itself is never quoted (it could be anything).
 */
export function pathParamProblem(param: string, value: unknown): string {
  if (typeof value === "number" ? !Number.isFinite(value) : typeof value !== "string" || !value.trim()) {
    return `${param} must be a non-empty string, got ${
      typeof value === "string" || typeof value === "number" || value == null
        ? (JSON.stringify(value) ?? "undefined")
        : typeof value
    }`;
  }
  // Decoding shrinks the text until it is stable or not valid percent-encoding: the loop ends.
  for (let text = String(value), previous = ""; text !== previous; ) {
    if (UNSAFE.test(text)) {
      return `${param} must be an id: not "." or "..", and without "/", "\\", "?", "#" or control characters, in any encoding`;
    }
    previous = text;
    try {
      text = decodeURIComponent(text);
    } catch {}
  }
  return "";
}

/** `template` with each `{name}` replaced by its value, checked and percent-encoded; throws `refuse(problem)`. */
export function fillPath(
  template: string,
  valueAt: (name: string, index: number) => unknown,
  refuse: (problem: string) => Error,
): string {
  let index = 0;
  return template.replace(/\{([^{}]+)\}/g, (_, name: string) => {
    const value = valueAt(name, index++);
    const problem = pathParamProblem(name, value);
    if (problem) throw refuse(problem);
    return encodeURIComponent(String(value));
  });
}
