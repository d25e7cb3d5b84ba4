// Characters that end or split a path segment for someone on the way: `/` and `\` (servers and CDNs that
// decode %2F or %5C before routing), `?` and `#` (the end of the path), and control characters.
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const UNSAFE = /[/\\?#\0-\x1f\x7f]/;

/**
 * Why `value` cannot be a path parameter, or "": the rule every path value follows, in the namespace methods
 * and in `mayar.api`. A value is percent-encoded on the way out, but encoding is not enough:
 * - `"."` and `".."` are dot segments: fetch resolves `/products/../transactions` to `/transactions` (a
 *   list of every transaction instead of one product's), and URL parsers treat `%2e` as a dot, so every
 *   spelling that decodes to a dot segment, once or several times, is refused;
 * - `/`, `\`, `?`, `#` and control characters, in any encoding, for the reason above `UNSAFE`.
 * No Mayar id, type or status holds any of them. The value itself is never quoted (it could be anything).
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
    const bare = text.trim();
    if (bare === "." || bare === "..") {
      return `${param} must be an id, not a dot segment: "." and ".." (in any encoding) change which path is called`;
    }
    const unsafe = UNSAFE.exec(text)?.[0];
    if (unsafe) {
      return `${param} must be an id, without "/", "\\", "?", "#" or control characters (encoded or not); it holds ${
        unsafe < " " || unsafe === "\x7f" ? "a control character" : `"${unsafe}"`
      }`;
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
