// @vitest-environment node
// React Server Components need `"use client"` on exactly the modules that use React state, effects or
// context, in the source and in the published files (tsdown builds one file per module to keep them).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, test } from "vitest";

const root = join(import.meta.dirname, "..");

/** Whether a module imports a hook (`useX`) or `createContext`: what makes it a client module. */
function usesClientReact(text: string): boolean {
  const imported = [...text.matchAll(/^import\s+(?!type\b)\{([^}]*)\}\s+from/gm)]
    .flatMap((match) => (match[1] ?? "").split(","))
    .map((name) => name.trim())
    .filter((name) => name && !name.startsWith("type "));
  return imported.some((name) => /^use[A-Z]/.test(name) || name === "createContext");
}
const DIRECTIVE = /^"use client";\n/;

const sources = readdirSync(join(root, "src"), { recursive: true, encoding: "utf8" })
  .filter((file) => /\.tsx?$/.test(file) && !file.includes(".stories.") && !file.endsWith("index.ts"))
  .map((file) => ({ file, text: readFileSync(join(root, "src", file), "utf8") }));

describe('"use client"', () => {
  test("the check sees both kinds of module", () => {
    expect(sources.filter(({ text }) => usesClientReact(text)).length).toBeGreaterThanOrEqual(5);
    expect(sources.filter(({ text }) => !usesClientReact(text)).length).toBeGreaterThanOrEqual(5);
  });

  test.each(sources.map(({ file, text }) => [file, text]))("source %s", (_file, text) => {
    expect(DIRECTIVE.test(text)).toBe(usesClientReact(text));
  });

  test("the built files keep it (run the build first: pnpm --filter @org/mayar-react build)", () => {
    const dist = join(root, "dist");
    expect(existsSync(join(dist, "index.js")), "dist/ is missing: build the package first").toBe(true);
    const mismatched = sources
      .map(({ file, text }) => {
        const built = join(dist, file.replace(/\.tsx?$/, ".js"));
        return { file, wanted: DIRECTIVE.test(text), built };
      })
      .filter(({ built }) => existsSync(built))
      .filter(({ built, wanted }) => DIRECTIVE.test(readFileSync(built, "utf8")) !== wanted)
      .map(({ built }) => relative(root, built));
    expect(mismatched).toEqual([]);
    expect(readFileSync(join(dist, "pay-button/PayButton.js"), "utf8")).toMatch(DIRECTIVE);
    expect(readFileSync(join(dist, "index.js"), "utf8")).not.toMatch(DIRECTIVE);
  });
});
