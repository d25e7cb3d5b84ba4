// `npm run bench`: builds the packages, runs every benchmark of the repository one after another (never two
// at once: they measure speed) and ends with one table of every TARGET line they printed.
//
//   npm run bench                      # build, run all, print the table
//   npm run bench -- --check           # the same, exiting 1 if any target says FAIL
//   npm run bench -- proxy lists       # only the scripts whose path contains one of the words
//   npm run bench -- --no-build        # skip the build (dist/ is already current)
//
// Which files are benchmarks: every `bench/*.mjs` of a workspace (packages/*, apps/*) that no other file of
// the same bench/ directory names as "./<file>.mjs". A server a benchmark forks or a module it imports is
// named that way by its user, so it is a helper and is not run on its own. Each benchmark runs with the
// package as working directory under `node --expose-gc`, and prints its results in the shape COMMON to all:
//   TARGET <name>: <ours> vs <anchor name> <anchor> → <ratio>x (target <op> <limit>) PASS|FAIL
// A benchmark that prints no TARGET line is listed as such; one that exits non-zero makes this exit 1.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const args = process.argv.slice(2);
const check = args.includes("--check");
const build = !args.includes("--no-build");
const words = args.filter((arg) => !arg.startsWith("--"));
const unknown = args.filter((arg) => arg.startsWith("--") && !["--check", "--no-build"].includes(arg));
if (unknown.length) {
  console.error(`unknown option ${unknown.join(", ")} (expected --check, --no-build, or words to filter by)`);
  process.exit(2);
}

/** The workspaces' bench/ entry scripts, in a stable order. */
function findBenchmarks() {
  const found = [];
  for (const group of ["packages", "apps"]) {
    const groupDir = join(root, group);
    if (!existsSync(groupDir)) continue;
    for (const workspace of readdirSync(groupDir).sort()) {
      const benchDir = join(groupDir, workspace, "bench");
      if (!existsSync(benchDir)) continue;
      const files = readdirSync(benchDir)
        .filter((name) => name.endsWith(".mjs"))
        .sort();
      const sources = new Map(files.map((name) => [name, readFileSync(join(benchDir, name), "utf8")]));
      const isHelper = (name) =>
        files.some((other) => other !== name && sources.get(other).includes(`"./${name}"`));
      for (const name of files.filter((file) => !isHelper(file))) {
        found.push({ cwd: join(groupDir, workspace), script: join("bench", name) });
      }
    }
  }
  return found;
}

const label = ({ cwd, script }) => relative(root, join(cwd, script));

/** Runs one benchmark, its output shown live and kept for the table. */
function run(benchmark) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--expose-gc", benchmark.script], {
      cwd: benchmark.cwd,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk) => {
      output += chunk;
      process.stdout.write(chunk);
    });
    child.stderr.on("data", (chunk) => process.stderr.write(chunk));
    child.on("close", (code, signal) => resolve({ output, code: code ?? signal }));
  });
}

// `TARGET <name>: <ours> vs <anchor name> <anchor> → <ratio>x (target <op> <limit>) PASS|FAIL`
const TARGET =
  /^TARGET (?<name>[^:]+): (?<ours>.+?) vs (?<anchor>.+) → (?<ratio>\S+?)x \(target (?<target>[^)]+)\) (?<verdict>PASS|FAIL)\s*$/;

/** The TARGET lines of one benchmark's output: parsed when in the agreed shape, kept whole otherwise. */
function targetsOf(output) {
  return output
    .split("\n")
    .filter((line) => line.startsWith("TARGET "))
    .map((line) => {
      const match = TARGET.exec(line.trim());
      if (match?.groups) return { ...match.groups, line };
      const verdict = /\bFAIL\b/.test(line) ? "FAIL" : /\bPASS\b/.test(line) ? "PASS" : "?";
      return { name: line.slice("TARGET ".length).split(":")[0], verdict, unparsed: true, line };
    });
}

const benchmarks = findBenchmarks().filter(
  (benchmark) => words.length === 0 || words.some((word) => label(benchmark).includes(word)),
);
if (benchmarks.length === 0) {
  console.error(
    `no benchmark matches ${words.join(", ") || "(none found under packages/*/bench, apps/*/bench)"}`,
  );
  process.exit(2);
}

if (build) {
  // Benchmarks import their package's dist/: build those packages and what they depend on (turbo caches).
  const filters = [...new Set(benchmarks.map(({ cwd }) => `--filter=./${relative(root, cwd)}`))];
  console.log(`building ${filters.map((f) => f.slice("--filter=./".length)).join(", ")}…`);
  const built = spawnSync(
    "pnpm",
    ["exec", "turbo", "run", "build", ...filters, "--output-logs=errors-only"],
    {
      cwd: root,
      stdio: "inherit",
      env: { TURBO_TELEMETRY_DISABLED: "1", ...process.env },
    },
  );
  if (built.status !== 0) {
    console.error("the build failed: no benchmark was run");
    process.exit(1);
  }
}

const rows = [];
const broken = [];
for (const benchmark of benchmarks) {
  console.log(`\n━━ ${label(benchmark)}`);
  const { output, code } = await run(benchmark);
  if (code !== 0) broken.push(`${label(benchmark)} exited with ${code}`);
  const targets = targetsOf(output);
  if (targets.length === 0) rows.push({ script: label(benchmark), name: "(no TARGET line)", verdict: "-" });
  for (const target of targets) rows.push({ script: label(benchmark), ...target });
}

// The table: one row per target, the numbers as the benchmark printed them.
const columns = [
  ["script", "script"],
  ["target", "name"],
  ["ours", "ours"],
  ["anchor", "anchor"],
  ["ratio", "ratio"],
  ["target", "target"],
  ["result", "verdict"],
];
const cell = (row, key) => (key === "ratio" && row.ratio ? `${row.ratio}x` : (row[key] ?? ""));
const widths = columns.map(([title, key]) =>
  Math.max(title.length, ...rows.map((row) => cell(row, key).length)),
);
const line = (values) =>
  values
    .map((value, i) => value.padEnd(widths[i]))
    .join("  ")
    .trimEnd();
console.log(`\n${line(columns.map(([title]) => title))}`);
console.log(line(widths.map((width) => "-".repeat(width))));
for (const row of rows) console.log(line(columns.map(([, key]) => cell(row, key))));

const failed = rows.filter((row) => row.verdict === "FAIL");
const unparsed = rows.filter((row) => row.unparsed);
console.log(
  `\n${rows.length - rows.filter((row) => row.verdict === "-").length} target(s): ` +
    `${rows.filter((row) => row.verdict === "PASS").length} PASS, ${failed.length} FAIL` +
    (unparsed.length ? `, ${unparsed.length} not in the TARGET shape (shown whole)` : ""),
);
for (const row of unparsed) console.log(`  ${row.line}`);
for (const problem of broken) console.error(`error: ${problem}`);
if (broken.length || (check && failed.length)) process.exitCode = 1;
