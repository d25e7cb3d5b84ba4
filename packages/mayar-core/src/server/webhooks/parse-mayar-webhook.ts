import { type MayarFieldError, MayarInputError } from "../../errors/mayar-error";
import { WEBHOOK_DATA_RULES } from "../../generated/webhook-events";
import { isPlainObject, jsonNestsDeeperThan } from "../body";
import { MAYAR_WEBHOOK_EVENT_TYPES, type MayarWebhookEvent, type MayarWebhookEventType } from "./events";

/** Deepest nesting accepted (the outer object is level 1). Mayar's payloads are 2 levels deep. */
export const MAX_WEBHOOK_DEPTH = 32;

/**
 * The body names an event type Mayar does not document (or this SDK does not know yet). It is a
 * MayarInputError, so `instanceof MayarInputError` still catches it; a receiver should answer 2xx for it,
 * so Mayar stops redelivering something no one will handle.
 */
export class MayarUnknownWebhookEventError extends MayarInputError {
  override name = "MayarUnknownWebhookEventError";
  /** The `event` member as sent (at most 100 characters). */
  declare readonly eventType: string;

  constructor(eventType: string) {
    const shown = eventType.slice(0, 100);
    super(
      `parseMayarWebhook: event ${JSON.stringify(shown)} is not a Mayar event type this SDK knows (known: ${MAYAR_WEBHOOK_EVENT_TYPES.join(", ")}).`,
      [{ field: "event", message: "unknown event type", type: "unknown_event" }],
    );
    Object.assign(this, { eventType: shown });
  }
}

/**
 * How a member of `data` is checked when it is present. Every one may be absent; only "id" refuses null.
 * The rules per event come from the spec's `webhooks:` section (generated WEBHOOK_DATA_RULES).
 */
type Rule = "id" | "string" | "number" | "boolean" | "time" | "any";

const RULES: Record<MayarWebhookEventType, Readonly<Record<string, Rule>>> = WEBHOOK_DATA_RULES;

const EXPECTED: Record<Rule, string> = {
  id: "a non-empty string",
  string: "a string or null",
  number: "a finite number or null",
  boolean: "true, false or null",
  time: "an ISO-8601 string, epoch milliseconds or null",
  any: "anything",
};

/** What a value is, for a message: never the value itself (it came from whoever sent the request). */
const kindOf = (value: unknown) =>
  value === null ? "null" : Array.isArray(value) ? "an array" : typeof value;

function follows(rule: Rule, value: unknown): boolean {
  if (value === undefined) return true;
  if (rule === "id") return typeof value === "string" && value.trim() !== "";
  if (value === null || rule === "any") return true;
  if (rule === "number") return typeof value === "number" && Number.isFinite(value);
  if (rule === "time")
    return typeof value === "string" || (typeof value === "number" && Number.isFinite(value));
  return typeof value === rule;
}

/**
 * True when `value` nests deeper than `max` levels (objects and arrays; the value itself is level 1).
 * Each object is visited once, so shared or cyclic references cannot make it loop or blow up.
 */
export function nestsDeeperThan(value: unknown, max: number): boolean {
  const seen = new Set<object>();
  const walk = (item: unknown, depth: number): boolean => {
    if (typeof item !== "object" || item === null || seen.has(item)) return false;
    if (depth > max) return true;
    seen.add(item);
    return Object.values(item).some((child) => walk(child, depth + 1));
  };
  return walk(value, 1);
}

const fail = (message: string, fields: MayarFieldError[] = []): never => {
  throw new MayarInputError(`parseMayarWebhook: ${message}`, fields);
};

/**
 * Checks a webhook body and returns the typed event, for receivers you write yourself; createMayarWebhookHandler
 * uses it too. Pass the parsed JSON (or the raw text, which is parsed). It throws a MayarInputError naming
 * what is wrong (its `fields` list each failing member), or a MayarUnknownWebhookEventError for an event
 * type Mayar does not document. Messages describe values by type, never quote them.
 *
 * It only reads the body: nothing here proves Mayar sent it. Check the URL's token first, and confirm a
 * payment with `client.transactions.get(id)` before fulfilling (createMayarWebhookHandler does both).
 *
 * ```ts
 * const event = parseMayarWebhook(await request.json());
 * if (event.type === "payment.received") console.log(event.data.transactionId);
 * ```
 */
export function parseMayarWebhook(body: unknown): MayarWebhookEvent {
  let value = body;
  if (typeof body === "string") {
    if (jsonNestsDeeperThan(body, MAX_WEBHOOK_DEPTH)) {
      fail(`the body nests deeper than ${MAX_WEBHOOK_DEPTH} levels; Mayar's events are 2 levels deep.`);
    }
    try {
      value = JSON.parse(body);
    } catch {
      fail(
        'the body is not JSON. Mayar sends application/json like {"event":"payment.received","data":{...}}.',
      );
    }
  } else if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) {
    fail("pass the body as text or parsed JSON, not bytes: parseMayarWebhook(await request.text()).");
  }
  if (!isPlainObject(value)) {
    fail(
      `the body must be a JSON object like { "event": "payment.received", "data": {...} }, got ${kindOf(value)}.`,
    );
  }
  const payload = value as Record<string, unknown>;
  if (nestsDeeperThan(payload, MAX_WEBHOOK_DEPTH)) {
    fail(`the body nests deeper than ${MAX_WEBHOOK_DEPTH} levels; Mayar's events are 2 levels deep.`);
  }
  const { event, data } = payload;
  if (typeof event !== "string" || !event) {
    fail(`event must be a string naming the event type (e.g. "payment.received"), got ${kindOf(event)}.`, [
      { field: "event", message: "must be a non-empty string", type: "string" },
    ]);
  }
  const type = event as string;
  if (!Object.hasOwn(RULES, type)) throw new MayarUnknownWebhookEventError(type);
  if (!isPlainObject(data)) {
    fail(`data of a ${type} event must be an object, got ${kindOf(data)}.`, [
      { field: "data", message: "must be an object", type: "object" },
    ]);
  }
  const members = data as Record<string, unknown>;
  const fields: MayarFieldError[] = [];
  for (const [name, rule] of Object.entries(RULES[type as MayarWebhookEventType])) {
    const member = members[name];
    if (!follows(rule, member)) {
      fields.push({
        field: `data.${name}`,
        message: `must be ${EXPECTED[rule]}, got ${kindOf(member)}`,
        type: rule,
      });
    }
  }
  if (type === "payment.received" && members.transactionId === undefined && members.id === undefined) {
    fields.push({
      field: "data.transactionId",
      message: "is required (or data.id): the transaction to confirm with Mayar",
      type: "id",
    });
  }
  if (fields.length) {
    fail(`a ${type} event has ${fields.map((f) => `${f.field} that ${f.message}`).join("; ")}.`, fields);
  }
  return { type, data: members } as MayarWebhookEvent;
}
