/** Anything with a spec path template, like an operation descriptor: `/hl/v2/payments/{id}/update`. */
export interface PathTemplate {
  readonly path: string;
}

/** The route a concrete path belongs to, with its path parameters (percent-decoded). */
export interface PathMatch<Route> {
  route: Route;
  params: Record<string, string>;
}

interface Compiled<Route> {
  route: Route;
  /** Per segment: the literal text, or `undefined` for a parameter. */
  literals: (string | undefined)[];
  names: (string | undefined)[];
  /** "1" for a literal segment, "0" for a parameter: a larger rank is more specific. */
  rank: string;
}

/**
 * Finds which route a concrete path belongs to, the way an API router reads its templates: segment by
 * segment, and where two templates match, the one with a literal segment at the first place they differ wins
 * (`/hl/v2/payments/create` over `/hl/v2/payments/{id}`, `/hl/v2/payments/{id}/update` over
 * `/hl/v2/payments/{id}/{action}`). Segments are percent-decoded before they are compared; a parameter is one
 * whole, non-empty segment. A path with a malformed escape matches nothing.
 *
 * Only server code uses it (createMayarProxy): the client builds URLs and never reads them, so a browser
 * bundle leaves this module out.
 */
export function createPathMatcher<Route extends PathTemplate>(
  routes: Iterable<Route>,
): (path: string) => PathMatch<Route> | undefined {
  const byLength = new Map<number, Compiled<Route>[]>();
  // Templates without a parameter, by path: such a match outranks every other of its length, and most calls
  // (create, list) are one, so they skip the walk over the candidates.
  const literal = new Map<string, Route>();
  for (const route of routes) {
    if (!route.path.includes("{")) literal.set(route.path, route);
    const segments = route.path.split("/");
    const names = segments.map((segment) => /^\{(.+)\}$/.exec(segment)?.[1]);
    const compiled = {
      route,
      names,
      literals: segments.map((segment, i) => (names[i] === undefined ? segment : undefined)),
      rank: names.map((name) => (name === undefined ? "1" : "0")).join(""),
    };
    byLength.set(segments.length, [...(byLength.get(segments.length) ?? []), compiled]);
  }

  return (path) => {
    const exact = path.includes("%") ? undefined : literal.get(path);
    if (exact) return { route: exact, params: {} };
    const raw = path.split("/");
    const candidates = byLength.get(raw.length);
    if (!candidates) return undefined;
    let segments: string[];
    try {
      segments = raw.map(decodeURIComponent);
    } catch {
      return undefined;
    }
    let best: Compiled<Route> | undefined;
    for (const candidate of candidates) {
      const fits = segments.every((segment, i) =>
        candidate.names[i] === undefined ? segment === candidate.literals[i] : segment !== "",
      );
      if (fits && (!best || candidate.rank > best.rank)) best = candidate;
    }
    if (!best) return undefined;
    const params: Record<string, string> = {};
    best.names.forEach((name, i) => {
      if (name !== undefined) params[name] = segments[i] as string;
    });
    return { route: best.route, params };
  };
}
