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

interface QueryParameter {
  name: string;
  schema: { type?: string | string[] };
}

function typesOf(schema: QueryParameter["schema"]): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
}

/**
 * The operation's query parameters, each read once and converted to the type its schema names (`"10"` →
 * 10, `"false"` → false) so Ajv can check `maximum: 50` and friends. A value that does not convert stays a
 * string and fails the type check. Parameters the spec does not list are ignored, as Mayar ignores them.
 */
export function readQuery(url: URL, parameters: readonly QueryParameter[]): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const parameter of parameters) {
    const raw = url.searchParams.get(parameter.name);
    if (raw === null) continue;
    const types = typesOf(parameter.schema);
    if ((types.includes("integer") || types.includes("number")) && /^-?\d+(\.\d+)?$/.test(raw)) {
      query[parameter.name] = Number(raw);
    } else if (types.includes("boolean") && (raw === "true" || raw === "false")) {
      query[parameter.name] = raw === "true";
    } else {
      query[parameter.name] = raw;
    }
  }
  return query;
}
