// What the proxy and the webhook receiver share: Mayar's answer envelope, and reading an untrusted JSON body
// without buffering more than a limit or recursing as deep as the sender nests.
import type { MayarFieldError } from "../errors/mayar-error";

/**
 * An answer whose body is already text (or none): what the proxy builds. Node adapters write it as it is,
 * everything else gets it as a Response (`answerResponse`); no stream is made until one is needed.
 */
export interface BufferedAnswer {
  status: number;
  headers: Record<string, string>;
  body: string | null;
}

export const answerResponse = ({ status, headers, body }: BufferedAnswer): Response =>
  new Response(body, { status, headers });

/**
 * An answer of the server's own in Mayar's envelope (`{ statusCode, messages }`, plus `data` listing the
 * failing fields for a validation error), never cached.
 */
export function envelope(
  status: number,
  messages: string,
  options: { data?: MayarFieldError[]; headers?: Record<string, string> } = {},
): BufferedAnswer {
  const { data, headers } = options;
  return {
    status,
    headers: { ...headers, "content-type": "application/json", "cache-control": "no-store" },
    body: JSON.stringify({ statusCode: status, messages, ...(data ? { data } : {}) }),
  };
}

/** `envelope` as a Response. */
export const envelopeAnswer = (...args: Parameters<typeof envelope>): Response =>
  answerResponse(envelope(...args));

export const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** True when a request's Content-Length header (if well-formed) declares a body over `maxBytes`. */
export const declaresMoreThan = (declared: string | null, maxBytes: number) =>
  declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes;

/**
 * What reading the body gave: its text; `alreadyRead` when something consumed it before (a body-parsing
 * middleware: the server's misconfiguration, each caller says how to fix it); or the sender's fault, as the
 * answer to give.
 */
export type BodyRead = { text: string } | { alreadyRead: true } | { status: 400 | 413; messages: string };

/**
 * Reads a request body as UTF-8 text, counting bytes as they stream in and cancelling the stream as soon as
 * there are more than `maxBytes`: a sender that lies about (or omits) Content-Length still cannot make the
 * server buffer more than the limit.
 */
export async function readBody(request: Request, maxBytes: number): Promise<BodyRead> {
  const tooLarge = tooLargeRead(maxBytes);
  if (declaresMoreThan(request.headers.get("content-length"), maxBytes)) return tooLarge;
  if (request.bodyUsed) return { alreadyRead: true };
  if (!request.body) return { text: "" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = request.body.getReader();
  } catch {
    return { alreadyRead: true };
  }
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => {});
        return tooLarge;
      }
      chunks.push(value);
    }
  } catch {
    return { status: 400, messages: "Bad request: the body could not be read." };
  }
  return utf8Text(chunks, size);
}

/** The 413 a body over `maxBytes` gets. */
export const tooLargeRead = (maxBytes: number) =>
  ({
    status: 413,
    messages: `Payload too large: the body may have at most ${maxBytes} bytes.`,
  }) as const;

/** The chunks of a body, `size` bytes in all, as UTF-8 text; a 400 when they are not UTF-8. */
export function utf8Text(chunks: readonly Uint8Array[], size: number): BodyRead {
  const bytes = chunks.length === 1 ? (chunks[0] as Uint8Array) : new Uint8Array(size);
  if (chunks.length > 1) {
    let offset = 0;
    for (const chunk of chunks) {
      bytes.set(chunk, offset);
      offset += chunk.byteLength;
    }
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { status: 400, messages: "Bad request: the body is not UTF-8 text." };
  }
}

/**
 * True when JSON text nests deeper than `max` levels, found by counting brackets outside strings: no parse,
 * no recursion, so a hostile `[[[[...` costs one pass over the text.
 */
export function jsonNestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (inString) {
      if (char === 0x5c)
        i++; // backslash: skip the escaped character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x7b || char === 0x5b) {
      if (++depth > max) return true;
    } else if (char === 0x7d || char === 0x5d) depth--;
  }
  return false;
}
