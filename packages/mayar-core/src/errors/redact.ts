const REDACTED = "[redacted]";

/**
 * Returns a function that removes `secret` from a value before an error or a result keeps it: a string,
 * parsed JSON (every string at any depth, member names included) or whatever a failed fetch threw (an
 * Error, its cause chain, or any other value), always as a copy made of plain data.
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
export function createRedactor(secret: string | undefined) {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return value.replaceAll(secret as string, REDACTED);
    if (typeof value === "function" || typeof value === "symbol") return undefined;
    if (value instanceof Error) {
      // A fresh Error keeping only what helps debugging: the original may carry the key in its message,
      // stack, cause chain or own properties (an `Authorization` header in a failed request's config).
      const { name, message, stack, code, cause } = value as Error & { code?: unknown };
      return Object.assign(
        new Error(walk(message) as string),
        walk({ name, stack, code }),
        cause === undefined ? {} : { cause: walk(cause) },
      );
    }
    return !value || typeof value !== "object"
      ? value
      : Array.isArray(value)
        ? value.map(walk)
        : // fromEntries, not assignment: a JSON `"__proto__"` member stays a member, not a prototype.
          Object.fromEntries(Object.entries(value).map(([key, item]) => [walk(key), walk(item)]));
  };
  return <T>(value: T): T => {
    if (!secret) return value;
    try {
      return walk(value) as T;
    } catch {
      return REDACTED as T;
    }
  };
}

export type Redact = ReturnType<typeof createRedactor>;
