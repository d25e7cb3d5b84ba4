// Reads a JSON request body within limits. An oversized body is refused while it streams in (nothing past
// the limit is buffered), and nesting is measured on the raw text before JSON.parse, so a hostile body such
// as 100 000 nested arrays is refused in one linear pass instead of reaching recursive code (key sorting,
// cloning, freezing) that would overflow the stack.

export type BodyProblem =
  | { kind: "too-large"; limit: number }
  | { kind: "too-deep"; limit: number }
  | { kind: "not-json" };

export type BodyRead = { ok: true; value: unknown } | { ok: false; problem: BodyProblem };

export interface BodyLimits {
  maxBodyBytes: number;
  maxJsonDepth: number;
}

export async function readText(request: Request, maxBytes: number): Promise<string | undefined> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) return undefined;
  if (!request.body) return "";
  const reader = request.body.getReader();
  const decoder = new TextDecoder();
  let size = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      return undefined;
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

/** The deepest nesting of objects and arrays in JSON text (strings skipped), stopping past `limit`. */
function jsonDepth(text: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > limit) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

export async function readJsonBody(request: Request, limits: BodyLimits): Promise<BodyRead> {
  const text = await readText(request, limits.maxBodyBytes);
  if (text === undefined) return { ok: false, problem: { kind: "too-large", limit: limits.maxBodyBytes } };
  if (jsonDepth(text, limits.maxJsonDepth) > limits.maxJsonDepth) {
    return { ok: false, problem: { kind: "too-deep", limit: limits.maxJsonDepth } };
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false, problem: { kind: "not-json" } };
  }
}
