// The proxy's own origin: the one a page served beside the proxy sends as `Origin`, allowed without being
// listed in `origins`. A browser cannot forge what this is read from, so a page on another site can never
// make its origin the proxy's own:
//
// - Without `trustProxy` it is what the platform gives: the scheme of the Request's URL, and the host of its
//   Host header when it carries a well-formed one, else the URL's host. The Host header, because under
//   self-hosted `next start` a route handler's `request.url` is always http://localhost:PORT while Host is the
//   host the browser addressed (browsers set it and scripts cannot); on Bun, Deno, Cloudflare, Vercel and
//   toNodeHandler the URL is built from Host anyway, so both agree. X-Forwarded-* are ignored: any client
//   can send them, and `next start` passes on a client's own X-Forwarded-Host as it came (it adds one copied
//   from Host only when there is none). `next start` does build request.url's scheme from a client's
//   X-Forwarded-Proto; that can only flip the site's own host between http and https, never name another.
// - With `trustProxy: true` (set it only when a reverse proxy you run sets X-Forwarded-Host/-Proto and the
//   app cannot be reached around it) the host is X-Forwarded-Host's and the scheme X-Forwarded-Proto's, each
//   falling back to the above when missing or malformed. Of comma-separated values the first counts: the
//   host and scheme the browser used, as the proxy nearest the browser recorded them (Express and Next.js's
//   own Server Action origin check read them the same way). A browser page on another site cannot set
//   X-Forwarded-Host without a CORS preflight, which carries no such header and which the proxy refuses.
// RFC 7239's `Forwarded` header is not read.

/** `host[:port]` or `[IPv6][:port]`, as HTTP's Host header carries them; nothing else (no path, user, list). */
const HOST = /^(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/** True for a well-formed Host header value: `shop.example`, `shop.example:3000`, `[::1]:3000`. */
export const isHostValue = (value: string): boolean =>
  HOST.test(value) && originFrom("http:", value) !== undefined;

// A site is called under a handful of hosts, and every request would parse one as a URL twice: the answers
// are kept, a bounded few (a client sending a new Host each time only empties the table).
const origins = new Map<string, string | undefined>();
const ORIGINS_KEPT = 64;

/** The origin a browser would write for this scheme and host (lowercase, default port dropped), or undefined. */
function originFrom(protocol: string, host: string): string | undefined {
  const key = `${protocol}//${host}`;
  if (origins.has(key)) return origins.get(key);
  let origin: string | undefined;
  try {
    const url = new URL(key);
    origin = url.host === "" ? undefined : url.origin;
  } catch {}
  if (origins.size >= ORIGINS_KEPT) origins.clear();
  origins.set(key, origin);
  return origin;
}

/** The first of a comma-separated header's values, trimmed; undefined when the header is absent. */
const firstValue = (header: string | null) => header?.split(",")[0]?.trim();

/**
 * The request's own origin (`https://shop.example`): the Request's URL's scheme with its Host header's host,
 * or with `trustProxy` X-Forwarded-Proto's scheme and X-Forwarded-Host's host. Whatever is missing or
 * malformed falls back to the URL's.
 */
export function ownOrigin(
  request: { headers: { get(name: string): string | null } },
  url: URL,
  trustProxy: boolean,
): string {
  const headers = request.headers;
  let protocol = url.protocol;
  if (trustProxy) {
    const forwarded = firstValue(headers.get("x-forwarded-proto"))?.toLowerCase();
    if (forwarded === "http" || forwarded === "https") protocol = `${forwarded}:`;
  }
  const candidates = trustProxy
    ? [firstValue(headers.get("x-forwarded-host")), headers.get("host")]
    : [headers.get("host")];
  for (const host of candidates) {
    if (host && HOST.test(host)) {
      const origin = originFrom(protocol, host);
      if (origin) return origin;
    }
  }
  return originFrom(protocol, url.host) ?? url.origin;
}
