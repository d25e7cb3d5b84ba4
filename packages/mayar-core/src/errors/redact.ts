const REDACTED = "[redacted]";

/**
 * Returns a function that removes `secret` from any text or JSON value. Used on everything an error keeps
 * that came from outside (Mayar's message and body, a network error's cause), in case it echoes the key.
 */
export function createRedactor(secret: string | undefined) {
  const redactText = (text: string) => (secret ? text.split(secret).join(REDACTED) : text);
  return <T>(value: T): T =>
    typeof value === "string"
      ? (redactText(value) as T)
      : value && typeof value === "object" && secret && JSON.stringify(value).includes(secret)
        ? (JSON.parse(redactText(JSON.stringify(value))) as T)
        : value;
}

export type Redact = ReturnType<typeof createRedactor>;
