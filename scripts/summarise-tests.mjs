// Prints one closing line for the whole test run, `Tests: N passed, N failed`, from the logs turbo keeps
// for each package's `test` task (.turbo/turbo-test.log, restored on cache hits too). Vitest and
// Playwright each print their own counts; this adds them up so a reader (or CI) sees the total at the end.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const workspaces = [
  "specs",
  "packages/mayar-core",
  "packages/mayar-mock",
  "packages/mayar-react",
  "apps/demo",
  "examples/nextjs",
  "tooling/consumer-test",
];
// biome-ignore lint/suspicious/noControlCharactersInRegex: ANSI colour codes start with the ESC character.
const ansi = /\x1b\[[0-9;]*m/g;

let passed = 0;
let failed = 0;
const rows = [];
for (const workspace of workspaces) {
  const log = join(root, workspace, ".turbo", "turbo-test.log");
  if (!existsSync(log)) continue;
  const text = readFileSync(log, "utf8").replace(ansi, "");
  // Vitest: "Tests  84 passed (84)" or "Tests  2 failed | 82 passed (84)"; Playwright: "  61 passed (13.2s)".
  const vitest = [...text.matchAll(/^\s*Tests\s+(.*)\(\d+\)\s*$/gm)].map((m) => m[1]);
  const playwright = [...text.matchAll(/^\s*(\d+) (passed|failed|flaky)\b/gm)].map((m) => `${m[1]} ${m[2]}`);
  let p = 0;
  let f = 0;
  for (const line of [...vitest, ...playwright]) {
    p += Number(/(\d+) passed/.exec(line)?.[1] ?? 0);
    f += Number(/(\d+) (failed|flaky)/.exec(line)?.[1] ?? 0);
  }
  passed += p;
  failed += f;
  rows.push(`  ${workspace.padEnd(22)} ${p} passed, ${f} failed`);
}
console.log(`\n${rows.join("\n")}\nTests: ${passed} passed, ${failed} failed`);
if (passed === 0) {
  console.error("No test results found: did the test tasks run?");
  process.exit(1);
}
