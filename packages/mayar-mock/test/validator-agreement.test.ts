// One validator for one spec: for every operation that takes a body, the SDK's client and the mock accept
// and refuse the same generated bodies. Bodies are generated from the operation's own rules, mostly near
// their edges (a missing required field, the wrong type, one below a minimum, "tomorrow" for a date-time,
// an empty string, a value outside an enum) and valid otherwise. The client's refusal (MayarInputError,
// nothing sent) must be the mock's refusal of the same body sent directly (400, the same fields for the same
// reasons); a body the client lets through must never come back from the mock as a validation error.
import {
  createMayarClient,
  MayarApiError,
  MayarInputError,
  namespaces,
  type OperationDescriptor,
} from "@org/mayar-core";
import type { Rule } from "@org/mayar-core/internal";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";

const VALID_FORMATS: Record<string, string> = {
  email: "siti@example.com",
  "date-time": "2026-07-19T16:43:23.000Z",
  date: "2026-01-31",
  uri: "https://example.com/return",
  uuid: "6f8c19ff-5b97-4792-aa89-d2a12797b356",
};

/**
 * Values for one rule: valid ones only (`valid`), or valid ones mixed with the mistakes a caller makes,
 * near the rule's edges.
 */
function sampleOf(rule: Rule, valid: boolean): fc.Arbitrary<unknown> {
  const types = ([] as string[]).concat(rule.type ?? []);
  const mixed = (good: fc.Arbitrary<unknown>, edges: unknown[]) =>
    valid
      ? good
      : fc.oneof(
          { arbitrary: good, weight: 4 },
          { arbitrary: fc.constantFrom(...edges), weight: 1 },
          { arbitrary: fc.constantFrom<unknown>(null, "12", 12, true, [], {}), weight: 1 },
        );
  if (rule.enum) return mixed(fc.constantFrom(...rule.enum), ["bogus"]);
  if (types.includes("string")) {
    const good = rule.format
      ? fc.constant(VALID_FORMATS[rule.format])
      : rule.pattern
        ? fc.constant("12345")
        : fc.string({
            minLength: rule.minLength ?? 0,
            maxLength: Math.max(rule.minLength ?? 0, Math.min(rule.maxLength ?? 12, 12)),
          });
    return mixed(good, [
      "",
      "tomorrow",
      "abc",
      "x".repeat((rule.maxLength ?? 40) + 1),
      "x".repeat(Math.max(0, (rule.minLength ?? 1) - 1)),
    ]);
  }
  if (types.includes("integer") || types.includes("number")) {
    const low = Math.ceil(rule.minimum ?? rule.exclusiveMinimum ?? -5);
    const high = rule.maximum ?? low + 100;
    return mixed(fc.integer({ min: low + 1, max: Math.max(low + 1, high) }), [
      low - 1,
      low,
      high + 1,
      0.5,
      -1,
    ]);
  }
  if (types.includes("boolean")) return mixed(fc.boolean(), ["true"]);
  if (types.includes("array")) {
    const items = rule.items ? sampleOf(rule.items, valid) : fc.string();
    const minLength = rule.minItems ?? 0;
    const good = fc.array(items, { minLength, maxLength: Math.max(minLength, rule.maxItems ?? 2) });
    return valid
      ? good
      : fc.oneof(
          fc.array(items, { maxLength: (rule.maxItems ?? 2) + 1 }),
          fc.constantFrom<unknown>("a", null),
        );
  }
  if (types.includes("object") && rule.properties) {
    const record = fc.record(
      Object.fromEntries(
        Object.entries(rule.properties).map(([name, child]) => [name, sampleOf(child, valid)]),
      ),
      { requiredKeys: [...(rule.required ?? [])] },
    );
    if (valid) return record;
    // Now and then a required member goes missing.
    return fc.tuple(record, fc.nat()).map(([value, pick]) => {
      const required = rule.required ?? [];
      if (!required.length || pick % 4 !== 0) return value;
      const { [required[pick % required.length] as string]: _dropped, ...rest } = value as Record<
        string,
        unknown
      >;
      return rest;
    });
  }
  if (types.includes("object")) return mixed(fc.constant({ a: 1 }), ["x"]);
  return fc.constant("any");
}

/** Half the bodies keep every rule, half break some (most often one field). */
const bodies = (rule: Rule) => fc.oneof(sampleOf(rule, true), sampleOf(rule, false));

interface Case {
  label: string;
  call: (mayar: ReturnType<typeof createMayarClient>, body: unknown) => Promise<unknown>;
  descriptor: OperationDescriptor;
  /** The path the raw request goes to, the body's id filled in where the id comes from the body. */
  path: (body: unknown) => string;
}

/**
 * The body's id as the path's `{id}`, or a stand-in when it has none a client could send: a blank one, or a
 * dot segment ("." or ".."), which a URL resolves away (`/events/./update` is `/events/update`, another
 * route) and the client refuses as a path value. The raw request is there to compare body rules only.
 */
const idOf = (body: unknown) => {
  const id = (body as { id?: unknown } | null)?.id;
  return typeof id === "string" && id.trim() && id !== "." && id !== ".." ? id : "sample-id";
};

const cases: Case[] = [];
for (const [namespace, methods] of Object.entries(namespaces)) {
  for (const [method, descriptor] of Object.entries(methods as Record<string, OperationDescriptor>)) {
    if (!descriptor.body) continue;
    const pathValues = (descriptor.params ?? []).map((name) => {
      const allowed = descriptor.pathRule?.properties?.[name]?.enum;
      return allowed ? String(allowed[0]) : `sample-${name}`;
    });
    cases.push({
      label: `${namespace}.${method} (${descriptor.id})`,
      descriptor,
      call: (mayar, body) => {
        const bound = (
          mayar as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>
        )[namespace]?.[method];
        if (!bound) throw new Error(`no mayar.${namespace}.${method}`);
        return descriptor.idFromBody ? bound(body) : bound(...pathValues, body);
      },
      path: (body) => {
        let index = 0;
        return descriptor.path.replace(/\{[^}]+\}/g, () =>
          encodeURIComponent(descriptor.idFromBody ? idOf(body) : (pathValues[index++] as string)),
        );
      },
    });
  }
}

const described = (fields: ReadonlyArray<{ field: string; type?: string }>) =>
  fields.map((f) => `${f.field} ${f.type}`).sort();

describe("the client and the mock accept and refuse the same bodies", () => {
  it("covers every operation that takes a body", () => {
    expect(cases.length).toBeGreaterThan(30);
  });

  it.each(cases)("$label", async ({ call, descriptor, path }) => {
    const mock = createMayarMock({ duplicateWindowMs: 0 });
    const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });
    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(bodies(descriptor.body as Rule), async (body) => {
        const outcome = await call(mayar, body).then(
          () => undefined,
          (error: unknown) => error,
        );
        // A refusal without fields is the client's own check of path values (a blank id), not a spec rule.
        if (outcome instanceof MayarInputError && outcome.fields.length) {
          refused++;
          const direct = await mock.fetch(path(body), {
            method: descriptor.method,
            headers: { authorization: `Bearer ${mock.apiKey}`, "content-type": "application/json" },
            body: JSON.stringify(body),
          });
          expect(direct.status, JSON.stringify(body)).toBe(400);
          const answer = await direct.json();
          // The webhook URL operations answer Mayar's own sentence instead of a field list.
          if (Array.isArray(answer.data)) {
            expect(described(answer.data), JSON.stringify(body)).toEqual(described(outcome.fields));
          }
        } else if (!(outcome instanceof MayarInputError)) {
          accepted++;
          // A 400 naming fields is a validation refusal; other 400s are the mock's state (no webhook URL yet).
          const validation = outcome instanceof MayarApiError && Boolean(outcome.fields?.length);
          expect(validation, `the mock refused what the client let through: ${JSON.stringify(body)}`).toBe(
            false,
          );
        }
      }),
      { numRuns: 40 },
    );
    // Both sides of the property were exercised.
    expect(refused).toBeGreaterThan(0);
    expect(accepted).toBeGreaterThan(0);
  });

  // Found by the property above (seed 1869706519): the raw request went to `/events/./update`, which the
  // mock read as another route and refused for its action, not for the body.
  it("compares a dot-segment id's body on the operation's own route", async () => {
    const update = cases.find((c) => c.descriptor.id === "updateEvent") as Case;
    const body = { id: ".", event: { isOnlineEvent: "true" } };
    expect(update.path(body)).toBe("/hl/v2/products/event/sample-id/update");
    const mock = createMayarMock({ duplicateWindowMs: 0 });
    const direct = await mock.fetch(update.path(body), {
      method: update.descriptor.method,
      headers: { authorization: `Bearer ${mock.apiKey}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    });
    expect(direct.status).toBe(400);
    expect(described((await direct.json()).data)).toEqual(["event.isOnlineEvent type"]);
  });
});
