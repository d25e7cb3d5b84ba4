// Renders packages/mayar-core/docs/methods.md: every namespace method of the client, with its signature,
// HTTP route, how sure we are of it and what it does. The README links to it; it is generated from the same
// model as the client, so the list can't drift from what the client exposes.
import { argumentsOf } from "./core.mjs";
import { buildModel } from "./model.mjs";

const cell = (text) => text.replaceAll("|", "\\|").replaceAll("\n", " ");

export async function renderDocs(model = buildModel()) {
  const lines = [
    "<!-- Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead. -->",
    "",
    "# Every method of `createMayarClient()`",
    "",
    `${model.operations.length} operations in ${model.namespaces.length} namespaces. Arguments follow one rule: path`,
    "parameters in path order, then the body (operations with one) or the query, then the per-call options",
    "`{ signal, timeoutMs, headers, maxRetries }`. Lists return a `PageCall`: `await` it for one page",
    "(`{ data, hasMore, nextStartingAfter }`), or `for await` over it for every item of every page.",
    "Confidence: **H** read on Mayar's docs, **M** partly documented or from Mayar's official CLI, **L** one",
    "source or contradicted by live reports.",
    "",
  ];
  const letter = { high: "H", medium: "M", low: "L" };
  for (const ns of model.namespaces) {
    lines.push(
      `## \`mayar.${ns.name}\``,
      "",
      ns.description,
      "",
      "| method | route | conf. | what it does |",
      "|---|---|---|---|",
    );
    for (const op of ns.operations) {
      const names = argumentsOf(op).map(({ name, optional }) => `${name}${optional ? "?" : ""}`);
      const signature = `${op.method}(${names.join(", ")})`;
      lines.push(
        `| \`${cell(signature)}\` | \`${op.httpMethod} ${op.path}\` | ${letter[op.confidence] ?? "?"} | ${cell(op.summary)} |`,
      );
    }
    lines.push("");
  }
  return { "methods.md": lines.join("\n") };
}
