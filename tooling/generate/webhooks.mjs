// Renders the webhook events, described once in the spec's top-level `webhooks:` section
// (specs/resources/webhook-events.yaml), for both ends:
//   core: src/generated/webhook-events.ts  the event type names, the `data` interfaces, one interface per
//         event, their union, and the member rules parseMayarWebhook checks
//   mock: src/generated/webhook-events.ts  the event type names and each event's documented `data`, which
//         the mock's sender starts from
// Each `data` schema is flat (Mayar's events are 2 levels deep); a keyword the renderer does not know fails
// the generation instead of being dropped.
import { HEADER } from "./core.mjs";
import { resolve } from "./model.mjs";

const KNOWN_KEYWORDS = new Set(["type", "minLength", "description"]);

/** The rule parseMayarWebhook applies to one member of `data` (see its `Rule` type). */
function ruleOf(name, schema, where) {
  for (const keyword of Object.keys(schema)) {
    if (!KNOWN_KEYWORDS.has(keyword)) throw new Error(`${where}.${name}: unhandled keyword "${keyword}"`);
  }
  const types = schema.type === undefined ? [] : [schema.type].flat();
  const key = types
    .filter((t) => t !== "null")
    .sort()
    .join("|");
  if (types.length === 0) return "any";
  if (key === "string" && !types.includes("null") && schema.minLength === 1) return "id";
  if (key === "integer|string") return "time";
  if (key === "number" || key === "integer") return "number";
  if (key === "string" || key === "boolean") return key;
  throw new Error(`${where}.${name}: unhandled type ${JSON.stringify(schema.type)}`);
}

const TS_OF_RULE = {
  id: "string",
  string: "string | null",
  number: "number | null",
  boolean: "boolean | null",
  time: "string | number | null",
  any: "unknown",
};

const doc = (text, indent) => {
  const lines = String(text).trim().replaceAll("*/", "*\\/").split("\n");
  return lines.length === 1
    ? `${indent}/** ${lines[0]} */`
    : [`${indent}/**`, ...lines.map((line) => `${indent} *${line ? ` ${line}` : ""}`), `${indent} */`].join(
        "\n",
      );
};

/** The spec's webhook events, in the spec's order, each with its `data` schema and rules. */
export function webhookModel(spec) {
  const events = [];
  const dataSchemas = new Map();
  for (const [type, item] of Object.entries(spec.webhooks ?? {})) {
    const operation = item.post;
    if (!operation) throw new Error(`webhooks.${type}: Mayar delivers with POST; describe it under post`);
    const body = operation.requestBody?.content?.["application/json"];
    const envelope = resolve(spec, body?.schema);
    const dataRef = envelope?.properties?.data?.$ref;
    const dataName = dataRef?.split("/").pop();
    const data = resolve(spec, envelope?.properties?.data);
    const dataInterface = data?.["x-mayar-interface"];
    const eventInterface = operation["x-mayar-event-interface"];
    if (!dataName || !dataInterface || !eventInterface) {
      throw new Error(
        `webhooks.${type}: needs x-mayar-event-interface and a body { event, data } whose data is a component with x-mayar-interface`,
      );
    }
    if (!dataSchemas.has(dataName)) {
      const rules = Object.entries(data.properties ?? {}).map(([name, member]) => ({
        name,
        rule: ruleOf(name, member, `components.schemas.${dataName}`),
        description: member.description,
      }));
      dataSchemas.set(dataName, {
        name: dataName,
        interface: dataInterface,
        description: data.description,
        rules,
      });
    }
    const example = Object.values(body.examples ?? {})[0]?.value;
    events.push({
      type,
      eventInterface,
      description: operation.description ?? operation.summary,
      data: dataName,
      confirm: operation["x-mayar-confirm"],
      example: example?.data,
    });
  }
  if (!events.length) throw new Error("the spec has no webhooks: section");
  return { events, dataSchemas: [...dataSchemas.values()] };
}

export function renderCoreWebhooks(spec) {
  const { events, dataSchemas } = webhookModel(spec);
  const out = [
    HEADER,
    'import type { DataOf } from "../operations/types";',
    "",
    "/** The event types Mayar documents, in the order of its table. */",
    `export const MAYAR_WEBHOOK_EVENT_TYPES = ${JSON.stringify(events.map((e) => e.type))} as const;`,
    "",
    "/** One of Mayar's documented event types. */",
    "export type MayarWebhookEventType = (typeof MAYAR_WEBHOOK_EVENT_TYPES)[number];",
    "",
    '/** A transaction as `client.transactions.get(id)` answers it: `status: "paid"` is the proof of payment. */',
    'export type MayarTransaction = DataOf<"getTransaction">;',
  ];
  for (const schema of dataSchemas) {
    out.push("", doc(schema.description, ""), `export interface ${schema.interface} {`);
    for (const { name, rule, description } of schema.rules) {
      if (description) out.push(doc(description, "  "));
      out.push(`  readonly ${name}?: ${TS_OF_RULE[rule]};`);
    }
    out.push("  readonly [member: string]: unknown;", "}");
  }
  const dataInterface = (name) => dataSchemas.find((s) => s.name === name).interface;
  for (const event of events) {
    out.push("", doc(event.description, ""), `export interface ${event.eventInterface} {`);
    out.push("  /** Mayar's `event` member. */", `  readonly type: ${JSON.stringify(event.type)};`);
    out.push(
      "  /** Mayar's `data` member, as sent: unverified. */",
      `  readonly data: ${dataInterface(event.data)};`,
    );
    if (event.confirm === "getTransaction") {
      out.push(
        '  /** The transaction as Mayar answered it (`status: "paid"`), set by createMayarWebhookHandler; absent from what parseMayarWebhook returns. */',
        "  readonly transaction?: MayarTransaction;",
      );
    } else {
      out.push(
        "  /** Only a confirmed payment carries a transaction. */",
        "  readonly transaction?: undefined;",
      );
    }
    out.push("}");
  }
  out.push(
    "",
    "/** Any documented Mayar webhook event, as parseMayarWebhook returns it. Switch on `type`. */",
    `export type MayarWebhookEvent =\n${events.map((e) => `  | ${e.eventInterface}`).join("\n")};`,
    "",
    "/** How parseMayarWebhook checks each member of `data` when present (see its Rule type), by event type. */",
    "export const WEBHOOK_DATA_RULES = {",
  );
  for (const event of events) {
    const rules = dataSchemas.find((s) => s.name === event.data).rules;
    out.push(
      `  ${JSON.stringify(event.type)}: { ${rules.map((r) => `${JSON.stringify(r.name)}: ${JSON.stringify(r.rule)}`).join(", ")} },`,
    );
  }
  out.push(
    '} as const satisfies Record<MayarWebhookEventType, Record<string, "id" | "string" | "number" | "boolean" | "time" | "any">>;',
    "",
    "/** The event types whose transaction createMayarWebhookHandler confirms with Mayar before onEvent. */",
    `export const CONFIRMED_WEBHOOK_EVENT_TYPES = ${JSON.stringify(events.filter((e) => e.confirm).map((e) => e.type))} as const;`,
    "",
  );
  return out.join("\n");
}

export function renderMockWebhooks(spec) {
  const { events } = webhookModel(spec);
  const documented = Object.fromEntries(events.filter((e) => e.example).map((e) => [e.type, e.example]));
  return [
    HEADER,
    "/** The event types Mayar documents, in the order of its table. */",
    `export const WEBHOOK_EVENT_TYPES = ${JSON.stringify(events.map((e) => e.type))} as const;`,
    "",
    "/** Each event's documented `data` (the spec's example), for events the mock has no record of. */",
    `export const DOCUMENTED_WEBHOOK_DATA: Readonly<Record<string, Readonly<Record<string, unknown>>>> = ${JSON.stringify(documented, null, 2)};`,
    "",
  ].join("\n");
}
