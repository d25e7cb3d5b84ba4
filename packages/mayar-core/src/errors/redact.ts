const REDACTED = "[redacted]";

/**
 * Returns a function that removes `secret` from a value before an error or a result keeps it: a string,
 * parsed JSON (every string value, at any depth; keys are left alone, they are the API's schema) or an
 * Error (a network failure's cause), always as a copy.
 *
 * It works on values, never on serialised text, so any key is safe: quotes, backslashes, regex
 * metacharacters and one-character keys neither crash it nor mangle the JSON. It never throws: a value it
 * cannot walk (a getter that throws, a cycle, nesting deeper than the stack) becomes "[redacted]" whole.
 */
export function createRedactor(secret: string | undefined) {
  const walk = (value: unknown): unknown => {
    if (typeof value === "string") return value.replaceAll(secret as string, REDACTED);
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
          Object.fromEntries(Object.entries(value).map(([key, item]) => [key, walk(item)]));
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
