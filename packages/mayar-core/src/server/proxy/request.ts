import type { MayarFieldError } from "../../errors/mayar-error";
import { pathParamProblem } from "../../operations/path-param";
import type { Rule } from "../../operations/rules";
import { type BodyRead, isPlainObject, jsonNestsDeeperThan } from "../body";
import { FORWARDED_RESPONSE_HEADERS } from "./answer";

/** Deepest JSON body accepted: Mayar's bodies are 3 levels deep at most. */
export const MAX_PROXY_BODY_DEPTH = 32;

/** True for `application/json`, with or without parameters (a charset, if given, must be UTF-8). */
export function isJsonContentType(header: string | null): boolean {
  if (header === "application/json") return true;
  const [type = "", ...parameters] = (header ?? "").toLowerCase().split(";");
  if (type.trim() !== "application/json") return false;
  return parameters.every((parameter) => {
    const [name = "", value = ""] = parameter.split("=").map((part) => part.trim());
    return name !== "charset" || value.replace(/"/g, "") === "utf-8";
  });
}

/**
 * Whether a browser at `origin` may call: the proxy's own origin always (a page served beside the proxy), and
 * the listed ones, or any for `"*"`.
 */
export const originAllowed = (origin: string, own: string, allowed: ReadonlySet<string> | "*") =>
  origin === own || allowed === "*" || allowed.has(origin);

/** The CORS headers an allowed cross-origin caller needs to read the answer; none for same-origin calls. */
export const corsHeaders = (origin: string | null, own: string): Record<string, string> =>
  origin === null || origin === own
    ? {}
    : {
        "access-control-allow-origin": origin,
        "access-control-expose-headers": FORWARDED_RESPONSE_HEADERS.join(", "),
        vary: "origin",
      };

export type ParsedBody = { body: Record<string, unknown> } | Exclude<BodyRead, { text: string }>;

/**
 * Parses a body read with at most the proxy's `maxBodyBytes` (body.ts `readBody`, or toNodeHandler's reader):
 * UTF-8 JSON, at most MAX_PROXY_BODY_DEPTH levels deep (checked on the text before parsing), an object.
 */
export function parseJsonBody(read: BodyRead): ParsedBody {
  if (!("text" in read)) return read;
  if (jsonNestsDeeperThan(read.text, MAX_PROXY_BODY_DEPTH)) {
    return {
      status: 400,
      messages: `Bad request: the body nests deeper than ${MAX_PROXY_BODY_DEPTH} levels.`,
    };
  }
  let body: unknown;
  try {
    body = JSON.parse(read.text);
  } catch {
    return { status: 400, messages: "Bad request: the body is not valid JSON." };
  }
  return isPlainObject(body)
    ? { body }
    : { status: 400, messages: "Bad request: the body must be a JSON object." };
}

/**
 * The operation's declared query parameters, read from the URL (the first value of each; any other name is
 * dropped), numbers and booleans converted as the parameter's rule types them, so the rules can check them.
 * A value that does not convert stays a string and fails the type check. The mock reads queries with this too.
 */
export function declaredQuery(search: URLSearchParams, rule: Rule | undefined): Record<string, unknown> {
  const query: Record<string, unknown> = {};
  for (const [name, parameter] of Object.entries(rule?.properties ?? {})) {
    const value = search.get(name);
    if (value === null) continue;
    const types = ([] as unknown[]).concat(parameter.type);
    query[name] =
      (types.includes("integer") || types.includes("number")) &&
      value.trim() !== "" &&
      Number.isFinite(Number(value))
        ? Number(value)
        : types.includes("boolean") && (value === "true" || value === "false")
          ? value === "true"
          : value;
  }
  return query;
}

/**
 * Path parameters that could make Mayar's router read another path are refused, each named: the client's own
 * rule (`pathParamProblem`: dot segments and separators in any encoding, e.g. a browser's `%252e%252e`).
 */
export function pathParamProblems(params: Readonly<Record<string, string>>): MayarFieldError[] {
  return Object.entries(params).flatMap(([field, value]) => {
    const message = pathParamProblem(field, value);
    return message ? [{ field, type: "path", message }] : [];
  });
}
