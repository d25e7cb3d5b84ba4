// One line per target, in the shape the lead aggregates across packages:
//   TARGET <name>: <ours> vs <anchor name> <anchor> → <ratio>x (target <op> <limit>) PASS|FAIL
// With `--check` on the command line, a FAIL sets a non-zero exit code.

/**
 * Prints one target line and returns whether it passed.
 * @param {{ name: string, ours: number, anchorName: string, anchor: number, unit: string, op: "<=" | ">=", limit: number }} target
 */
export function reportTarget({ name, ours, anchorName, anchor, unit, op, limit }) {
  const ratio = ours / anchor;
  const pass = op === "<=" ? ratio <= limit : ratio >= limit;
  const shown = (value) => `${value >= 100 ? Math.round(value) : value.toFixed(3)} ${unit}`;
  console.log(
    `TARGET ${name}: ${shown(ours)} vs ${anchorName} ${shown(anchor)} → ${ratio.toFixed(2)}x (target ${op} ${limit}) ${pass ? "PASS" : "FAIL"}`,
  );
  if (!pass && process.argv.includes("--check")) process.exitCode = 1;
  return pass;
}
