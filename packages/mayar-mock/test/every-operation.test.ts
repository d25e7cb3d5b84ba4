// The "done when": every operation of the spec is reachable as `mayar.<namespace>.<method>(...)`,
// and the mock answers each one, called the way users call it (arguments from the spec's examples: path
// parameter `example`s, query parameter examples, the request body example), with a result that is valid
// against the operation's 200 schema as the SDK returns it: the `data` schema for `x-mayar-result: data`,
// the envelope less statusCode/messages/message for `root`, the page for lists.
import { createMayarClient, namespaces, type OperationDescriptor } from "@org/mayar-core";
import Ajv2020, { type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { createMayarMock } from "../src/index.js";
import { operationLocation, spec } from "./support/spec.js";

// biome-ignore lint/suspicious/noExplicitAny: walking an arbitrary JSON document
type Json = Record<string, any>;

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(spec, "spec");

const ENVELOPE = ["statusCode", "messages", "message"];

function resolve(node: Json): { node: Json; pointer: string | undefined } {
  let pointer: string | undefined;
  let current = node;
  while (current?.$ref) {
    pointer = current.$ref as string;
    current = pointer
      .slice(2)
      .split("/")
      .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"))
      .reduce((n: Json, k) => n[k], spec);
  }
  return { node: current, pointer };
}

/** `#/...` refs inside a schema copied out of the document, pointed back into it. */
function anchored(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(anchored);
  if (schema === null || typeof schema !== "object") return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === "$ref" && typeof value === "string" && value.startsWith("#/")
        ? `spec${value}`
        : anchored(value),
    ]),
  );
}

function operationOf(id: string): Json {
  const [path, method] = operationLocation(id);
  return spec.paths[path][method];
}

/** The schema of what the SDK method returns, derived from the operation's 200 schema. */
function resultValidator(descriptor: OperationDescriptor): ValidateFunction {
  const response = resolve(operationOf(descriptor.id).responses["200"]).node;
  const { node: envelope, pointer } = resolve(response.content["application/json"].schema);
  // A success with several documented shapes (oneOf, x-mayar-result root): the result is one of them.
  if (Array.isArray(envelope.oneOf) && descriptor.result === "root") {
    return ajv.compile({
      anyOf: envelope.oneOf.map((alternative: Json) =>
        withoutEnvelope(descriptor, resolve(alternative).node),
      ),
    });
  }
  expect(envelope.properties, `${descriptor.id}: the 200 schema must list its members`).toBeDefined();
  if (descriptor.result === "data" && !descriptor.page) {
    expect(pointer, `${descriptor.id}: the 200 schema must be a component`).toBeDefined();
    return ajv.compile({ $ref: `spec${pointer}/properties/data` });
  }
  return ajv.compile(withoutEnvelope(descriptor, envelope));
}

/** An envelope schema without its envelope members (what a root result holds), plus hasMore for pages. */
function withoutEnvelope(descriptor: OperationDescriptor, envelope: Json): Json {
  expect(envelope.properties, `${descriptor.id}: the 200 schema must list its members`).toBeDefined();
  const properties = { ...envelope.properties };
  for (const key of ENVELOPE) delete properties[key];
  const required = (envelope.required ?? []).filter((key: string) => !ENVELOPE.includes(key));
  if (descriptor.page) {
    properties.hasMore = { type: "boolean" };
    required.push("hasMore");
  }
  return anchored({ ...envelope, properties, required: [...new Set(required)] }) as Json;
}

/** `mayar.<namespace>.<method>(...)`'s arguments, from the spec's examples (specs/CONVENTIONS.md). */
function exampleArguments(descriptor: OperationDescriptor): unknown[] {
  const operation = operationOf(descriptor.id);
  const parameters: Json[] = (operation.parameters ?? []).map((p: Json) => resolve(p).node);
  const example = (p: Json) => p.example ?? p.schema?.example;
  const args: unknown[] = [];
  if (!descriptor.idFromBody) {
    for (const name of descriptor.params ?? []) {
      const parameter = parameters.find((p) => p.in === "path" && p.name === name);
      expect(
        example(parameter ?? {}),
        `${descriptor.id}: path parameter ${name} has no example`,
      ).toBeDefined();
      args.push(example(parameter ?? {}));
    }
  }
  if (descriptor.body) {
    const examples = operation.requestBody?.content?.["application/json"]?.examples ?? {};
    const body = Object.values<Json>(examples).map((e) => resolve(e).node.value)[0];
    expect(body, `${descriptor.id}: the request body has no example`).toBeDefined();
    args.push(body);
  } else if (descriptor.query) {
    args.push(
      Object.fromEntries(
        parameters
          .filter((p) => p.in === "query" && example(p) !== undefined)
          .map((p) => [p.name, example(p)]),
      ),
    );
  }
  return args;
}

const methods = Object.entries(namespaces).flatMap(([namespace, table]) =>
  Object.entries(table as Record<string, OperationDescriptor>).map(
    ([method, descriptor]) => [`${namespace}.${method}`, namespace, method, descriptor] as const,
  ),
);

describe("every operation through the SDK", () => {
  it("every operation of the spec has a method", () => {
    const specIds = Object.values<Json>(spec.paths).flatMap((item) =>
      Object.values<Json>(item).flatMap((op) => (op?.operationId ? [op.operationId] : [])),
    );
    const reachable = methods.map(([, , , descriptor]) => descriptor.id);
    expect(new Set(reachable).size, "two methods share an operation").toBe(reachable.length);
    expect([...reachable].sort()).toEqual([...specIds].sort());
  });

  it.each(methods)(
    "mayar.%s answers a result valid against its 200 schema",
    async (_name, namespace, method, descriptor) => {
      const mock = createMayarMock({ seed: "examples" });
      const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: mock.fetch });
      const call = (mayar as unknown as Record<string, Record<string, (...args: unknown[]) => unknown>>)[
        namespace
      ]?.[method];
      expect(call, `mayar.${namespace}.${method} is not a function`).toBeTypeOf("function");

      const result = await (call as (...args: unknown[]) => unknown)(...exampleArguments(descriptor));
      const validate = resultValidator(descriptor);
      validate(result);
      expect(validate.errors ?? [], JSON.stringify(result)).toEqual([]);
    },
  );
});

describe("async iteration over the mock's pages", () => {
  it("walks a 3-page list of invoices created in the mock, yielding each exactly once", async () => {
    const mock = createMayarMock();
    let listCalls = 0;
    const countingFetch: typeof fetch = (input, init) => {
      if (
        new URL(String(input instanceof Request ? input.url : input)).pathname.endsWith("/hl/v2/invoices")
      ) {
        listCalls++;
      }
      return mock.fetch(input, init);
    };
    const mayar = createMayarClient({ baseUrl: mock.publicUrl, apiKey: mock.apiKey, fetch: countingFetch });

    const created: string[] = [];
    for (let i = 0; i < 25; i++) {
      const invoice = await mayar.invoices.create({
        name: `Pelanggan ${i}`,
        email: `pelanggan${i}@example.com`,
        mobile: "081234567890",
        items: [{ quantity: 1, rate: 10_000 + i, description: `Pesanan ${i}` }],
      });
      created.push(invoice.id);
    }

    const seen: string[] = [];
    for await (const invoice of mayar.invoices.list({ limit: 10 })) seen.push(invoice.id);

    expect(listCalls).toBe(3);
    expect(seen).toHaveLength(25);
    expect(new Set(seen).size).toBe(25);
    expect(seen).toEqual([...created].reverse());
  });
});
