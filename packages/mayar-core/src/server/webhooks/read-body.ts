/** What reading the body gave: its text, or why there is none. */
export type BodyRead =
  | { text: string }
  | { problem: "too_large" | "not_utf8" | "already_read" | "unreadable" };

/**
 * Reads a request body as UTF-8 text, counting bytes as they stream in and cancelling the stream as soon as
 * there are more than `maxBytes`: a sender that lies about (or omits) Content-Length still cannot make the
 * receiver buffer more than the limit.
 */
export async function readBody(request: Request, maxBytes: number): Promise<BodyRead> {
  if (request.bodyUsed) return { problem: "already_read" };
  if (!request.body) return { text: "" };
  const chunks: Uint8Array[] = [];
  let size = 0;
  let reader: ReadableStreamDefaultReader<Uint8Array>;
  try {
    reader = request.body.getReader();
  } catch {
    return { problem: "already_read" };
  }
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        reader.cancel().catch(() => {});
        return { problem: "too_large" };
      }
      chunks.push(value);
    }
  } catch {
    return { problem: "unreadable" };
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { problem: "not_utf8" };
  }
}
