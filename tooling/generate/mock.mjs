// Renders @org/mayar-mock's src/generated/openapi.ts: the bundled spec as a module. The mock runs in
// browsers (Storybook), so it cannot read the spec from disk at run time; the document is compiled into its
// bundle instead. The mock's TypeScript types are not generated here: it imports the one copy from
// @org/mayar-core.

import { HEADER } from "./core.mjs";
import { buildModel } from "./model.mjs";
import { renderMockWebhooks } from "./webhooks.mjs";

export async function renderMock(model = buildModel()) {
  return {
    "openapi.ts": `${HEADER}\nexport const openapiDocument = ${JSON.stringify(model.spec, null, 2)};\n`,
    "webhook-events.ts": renderMockWebhooks(model.spec),
  };
}
