// `Authorization: Bearer <API key>` on every API operation, checked before the body is read.
// The outcome is a boolean on purpose: nothing about the expected key may leak into a response.

const BEARER = /^Bearer[ \t]+([^\s]+)[ \t]*$/i;

export function isAuthorized(request: Request, apiKey: string): boolean {
  const header = request.headers.get("authorization");
  if (!header) return false;
  const match = BEARER.exec(header);
  return match !== null && constantTimeEqual(match[1] ?? "", apiKey);
}

// Not a security boundary (this is a mock), but cheap, and it keeps the mock from modelling a timing leak.
function constantTimeEqual(a: string, b: string): boolean {
  let diff = a.length ^ b.length;
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    diff |= (a.charCodeAt(i) || 0) ^ (b.charCodeAt(i) || 0);
  }
  return diff === 0;
}
