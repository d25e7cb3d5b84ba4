// Where a request lands inside the mock.
//
// Routing rule (the same for every route): only the URL's path is looked at; scheme, host and port are
// ignored. When the path starts with the path of `publicUrl` (e.g. `/mock-mayar` for
// `http://127.0.0.1:3000/mock-mayar`) at a segment boundary, that prefix is removed first; otherwise the path
// is routed as it is. So both `http://host/mock-mayar/hl/v2/payments/create` (mounted under a prefix) and
// `https://api.example/hl/v2/payments/create` (the mock as a fake API host) reach createPaymentRequest.

/** Normalises publicUrl's path to "" (mounted at the root) or "/prefix" without a trailing slash. */
export function mountPrefix(publicUrl: URL): string {
  return publicUrl.pathname.replace(/\/+$/, "");
}

export function routedPath(requestUrl: URL, prefix: string): string {
  const path = requestUrl.pathname;
  if (prefix && (path === prefix || path.startsWith(`${prefix}/`))) {
    return path.slice(prefix.length) || "/";
  }
  return path;
}

/** A percent-decoded path segment, or undefined when it is not valid percent-encoding. */
export function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}
