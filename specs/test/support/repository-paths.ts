// What counts as "a file of this repository" for the reference's links and the paths its text mentions.
// A reader of the reference (from the repository, or at the demo's /docs/api) must be able to find every
// file it names: a path that only exists on someone's machine is a dead link.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

export const REPOSITORY_ROOT = fileURLToPath(new URL("../../../", import.meta.url));

/** Tracked and untracked-but-not-ignored files (so a new file counts before its first commit). */
export const repositoryFiles: readonly string[] = execFileSync(
  "git",
  ["ls-files", "--cached", "--others", "--exclude-standard"],
  { cwd: REPOSITORY_ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 },
)
  .split("\n")
  .filter(Boolean);

/**
 * Whether a mentioned path names a file or folder of the repository: from the root (`specs/CONVENTIONS.md`,
 * `specs/resources/`), or a file or folder inside it named from its own folder (`CONVENTIONS.md`).
 */
export function inRepository(path: string): boolean {
  const clean = path.replace(/^\.\//, "");
  if (clean.endsWith("/")) {
    return repositoryFiles.some((file) => file.startsWith(clean) || file.includes(`/${clean}`));
  }
  return repositoryFiles.some((file) => file === clean || file.endsWith(`/${clean}`));
}

const SCHEME = /^[a-z][a-z\d+.-]*:/i;

/** A link target that points at a file next to the page rather than at a URL or an anchor. */
export const isRelativeLink = (target: string) =>
  target !== "" && !SCHEME.test(target) && !target.startsWith("#") && !target.startsWith("//");

const EXTENSIONS = "md|mdx|js|mjs|cjs|ts|tsx|mts|json|ya?ml|html|css|svg|png";

/**
 * The file paths a piece of reader-facing text (markdown or plain) mentions, outside links to absolute URLs
 * and outside URLs themselves (`https://...`, `docs.mayar.id/...`): a path with a file extension
 * (`shared/mayar-api/REFERENCE.md`, `REFERENCE.md`), or a folder path ending in `/` (`specs/resources/`).
 * API routes (`/hl/v2/...`) start with `/` and are not files.
 */
export function mentionedPaths(text: string): string[] {
  const withoutUrls = text
    .replace(/\[([^\]]*)\]\(([^)\s]+)[^)]*\)/g, (whole, _label, target) =>
      isRelativeLink(target) ? whole : " ",
    )
    .replace(/\b[a-z][a-z\d+.-]*:\/\/\S+/gi, " ")
    .replace(/(?<![\w/.@-])[\w-]+(?:\.[\w-]+)+\/\S*/g, " ");
  const files = new RegExp(
    `(?<![\\w/.@<{-])(?:[\\w-]+/)*[\\w-]+(?:\\.[\\w-]+)*\\.(?:${EXTENSIONS})\\b(?![\\w/-])`,
    "g",
  );
  const folders = /(?<![\w/.@<{-])(?:[\w-]+\/)+(?=[\s)`'".,;:]|$)/g;
  return [...withoutUrls.matchAll(files), ...withoutUrls.matchAll(folders)].map((m) => m[0]);
}

/** The relative link targets of markdown (`[text](target)`) and HTML (`href=`, `src=`). */
export function relativeLinks(text: string): string[] {
  const targets = [
    ...[...text.matchAll(/\]\(([^)\s]+)[^)]*\)/g)].map((m) => m[1] ?? ""),
    ...[...text.matchAll(/\b(?:href|src)\s*=\s*["']([^"']*)["']/gi)].map((m) => m[1] ?? ""),
  ];
  return targets.filter(isRelativeLink);
}
