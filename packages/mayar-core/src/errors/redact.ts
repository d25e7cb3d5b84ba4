const REDACTED = "[redacted]";

/**
 * Returns a function that removes `secret` from a value before an error or a result keeps it: a string,
 * parsed JSON (every string value, at any depth; keys are left alone, they are the API's schema) or an
 * Error (a network failure's cause). A changed value is a copy; an unchanged one is returned as is, so
 * the common case allocates nothing.
 *
 * It works on values, never on serialised text, so any key is safe: quotes, backslashes, regex
 * metacharacters and one-character keys neither crash it nor mangle the JSON. It never throws: what it
 * cannot walk (a getter that throws, nesting deeper than any real answer) becomes "[redacted]".
 */
export function createRedactor(secret: string | undefined) {
  const walk = (value: unknown, depth: number): unknown => {
    if (typeof value === "string") {
      return value.includes(secret as string) ? value.split(secret as string).join(REDACTED) : value;
    }
    if (!value || typeof value !== "object") return value;
    if (depth > 32) return REDACTED;
    if (value instanceof Error) {
      // A fresh Error: the original may carry the key in its message, stack or own properties (an
      // `Authorization` header in a failed request's config), and its cause chain may too.
      const { name, message, stack, cause, ...own } = value as Error & Record<string, unknown>;
      const copy = new Error(walk(message, depth) as string);
      const facts: Record<string, unknown> = { name: walk(name, depth), stack: walk(stack, depth) };
      for (const [key, item] of Object.entries(own)) {
        if (typeof item !== "object" && typeof item !== "function") facts[key] = walk(item, depth);
      }
      if (cause !== undefined) facts.cause = walk(cause, depth + 1);
      return Object.assign(copy, facts);
    }
    const entries = Object.entries(value);
    let changed = false;
    for (const entry of entries) {
      const next = walk(entry[1], depth + 1);
      changed ||= next !== entry[1];
      entry[1] = next;
    }
    // fromEntries, not assignment: a JSON `"__proto__"` member stays a member instead of a prototype.
    return !changed
      ? value
      : Array.isArray(value)
        ? entries.map((entry) => entry[1])
        : Object.fromEntries(entries);
  };
  return <T>(value: T): T => {
    if (!secret) return value;
    try {
      return walk(value, 0) as T;
    } catch {
      return REDACTED as T;
    }
  };
}

export type Redact = ReturnType<typeof createRedactor>;
