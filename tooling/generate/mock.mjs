// Renders @org/mayar-mock's src/generated/operations.ts: the mock's operation table, one row per operation
// of the model. The mock routes with core's path matcher and validates with core's rules (both read from
// @org/mayar-core/internal, generated from the same model), so a row holds only what the mock alone needs:
// the envelope's message member, the documented answer (and request), the paging and id conventions, and
// the result members it may echo the caller's values into (with their rules). The mock never reads the spec
// at run time: everything it needs is here, compiled into its bundle (it runs in browsers too).

import { HEADER } from "./core.mjs";
import { buildModel } from "./model.mjs";
import { renderMockWebhooks } from "./webhooks.mjs";

const rowOf = (op) => ({
  operationId: op.id,
  method: op.httpMethod,
  path: op.path,
  pathParams: op.pathParams,
  hasBody: op.hasBody,
  messageKey: op.messageKey,
  result: op.result,
  ...(op.pagination ? { pagination: op.pagination } : {}),
  cursorParam: op.cursorParam ?? "startingAfter",
  idFromBody: op.idFromBody,
  ...(op.successExample !== undefined ? { successExample: op.successExample } : {}),
  ...(op.requestExample !== undefined ? { requestExample: op.requestExample } : {}),
  echo: op.echo,
});

export async function renderMock(model = buildModel()) {
  return {
    "webhook-events.ts": renderMockWebhooks(model.spec),
    "operations.ts": [
      HEADER,
      'import type { SpecOperation } from "../spec/operations.js";',
      "",
      "/** Every operation of the spec, as the mock answers it (see tooling/generate/mock.mjs). */",
      "export const specOperationTable: readonly SpecOperation[] = [",
      ...model.operations.map((op) => `  ${JSON.stringify(rowOf(op))},`),
      "];",
      "",
    ].join("\n"),
  };
}
