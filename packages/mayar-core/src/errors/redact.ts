const REDACTED = "[redacted]";

/** Removes one secret from values; see {@link createRedactor}. */
export interface Redact {
  /**
   * A copy of `value` without the secret. `thrown` marks what a failed fetch threw (an Error, or anything
   * else): member names are redacted too, as nothing says what they hold. Without it, `value` is data from
   * Mayar and member names are left alone: they are the API's schema.
   */
  <T>(value: T, thrown?: boolean): T;
  /**
   * Whether parsing JSON `text` could give a string holding the secret. When it says no, the parsed value
   * needs no copy: one search of the text instead of a walk over every value of every answer.
   */
  couldHold(text: string): boolean;
}

/**
 * Returns a function that removes `secret` from a value before an error or a result keeps it: a string,
 * parsed JSON (every string value, at any depth) or whatever a failed fetch threw (an Error, its cause
 * chain, or any other value), always as a copy made of plain data.
 *
 * The copy keeps only what prints as itself: own enumerable string-named members (a getter is read once
 * and its value kept), strings, numbers, booleans, null, arrays, plain objects and fresh Errors. Functions
 * and symbols are dropped and prototypes are not copied, so no `toString`, `toJSON`, `valueOf`,
 * `Symbol.toPrimitive` or `util.inspect.custom`, own or inherited, can print the key later.
 *
 * It works on values, never on serialised text, so any key is safe: quotes, backslashes, regex
 * metacharacters and one-character keys neither crash it nor mangle the JSON. It never throws: a value it
 * cannot walk (a getter that throws, a cycle, nesting deeper than the stack) becomes "[redacted]" whole.
 */
export function createRedactor(secret: string | undefined): Redact {
  const walk = (value: unknown, names: boolean): unknown => {
    if (typeof value === "string") return value.replaceAll(secret as string, REDACTED);
    if (typeof value === "function" || typeof value === "symbol") return undefined;
    if (value instanceof Error) {
      // A fresh Error keeping only what helps debugging: the original may carry the key in its message,
      // stack, cause chain or own properties (an `Authorization` header in a failed request's config).
      const { name, message, stack, code, cause } = value as Error & { code?: unknown };
      return Object.assign(
        new Error(walk(message, true) as string),
        walk({ name, stack, code }, true),
        cause === undefined ? {} : { cause: walk(cause, true) },
      );
    }
    return !value || typeof value !== "object"
      ? value
      : Array.isArray(value)
        ? value.map((item) => walk(item, names))
        : // fromEntries, not assignment: a JSON `"__proto__"` member stays a member, not a prototype.
          Object.fromEntries(
            Object.entries(value).map(([key, item]) => [names ? walk(key, names) : key, walk(item, names)]),
          );
  };
  const redact = <T>(value: T, thrown = false): T => {
    if (!secret) return value;
    try {
      return walk(value, thrown) as T;
    } catch {
      return REDACTED as T;
    }
  };
  // Without a backslash, JSON strings are their text verbatim. With one, an escape can spell a character of
  // the secret: `\uXXXX` any of them, `\"` `\\` `\/` only those three.
  const escapable = /["\\/]/.test(secret ?? "");
  const couldHold = (text: string) =>
    !!secret && (text.includes(secret) || (text.includes("\\") && (escapable || text.includes("\\u"))));
  return Object.assign(redact, { couldHold });
}
