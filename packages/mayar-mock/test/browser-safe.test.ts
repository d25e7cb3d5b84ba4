// The package runs in browsers (Storybook): nothing under src/ may reach for Node built-ins, except the
// command-line server in src/cli/ (the `mayar-mock` bin), which the library never imports.
import { readdirSync, readFileSync } from "node:fs";
import { expect, it } from "vitest";

const srcDir = new URL("../src/", import.meta.url);

function sourceFiles(dir: URL): URL[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? entry.name === "cli" && dir.href === srcDir.href
        ? []
        : sourceFiles(new URL(`${entry.name}/`, dir))
      : entry.name.endsWith(".ts")
        ? [new URL(entry.name, dir)]
        : [],
  );
}

it("src/ (outside src/cli/) imports no Node built-ins and uses no Node globals", () => {
  const files = sourceFiles(srcDir);
  expect(files.length).toBeGreaterThan(10);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    expect(text, file.pathname).not.toMatch(/from\s+["']node:|require\(|\bprocess\.|\bBuffer\b|__dirname/);
  }
});

it("the library never imports the CLI", () => {
  for (const file of sourceFiles(srcDir)) {
    expect(readFileSync(file, "utf8"), file.pathname).not.toMatch(/from\s+["'][./]*cli\//);
  }
});
