// The package runs in browsers (Storybook): nothing under src/ may reach for Node built-ins.
import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const srcDir = new URL("../src/", import.meta.url);

function sourceFiles(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(new URL(`${entry.name}/`, dir))
      : entry.name.endsWith(".ts")
        ? [new URL(entry.name, dir)]
        : [],
  );
}

it("src/ imports no Node built-ins and uses no Node globals", () => {
  const files = sourceFiles(srcDir);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    expect(text, file.pathname).not.toMatch(/from\s+["']node:|require\(|\bprocess\.|\bBuffer\b|__dirname/);
  }
});
