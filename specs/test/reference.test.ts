// The rendered reference (dist/index.html, built by scripts/reference.mjs): a TypeScript sample for every
// operation that calls the client's real method with the spec's examples, no file it names that is missing
// from the repository, and nothing in the page that loads from another origin (test/offline.test.ts opens it
// in Chromium for the requests themselves).
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  buildModel,
  forReaders,
  type ModelOperation,
  renderReference,
  sourceMarkdown,
} from "../scripts/reference.mjs";
import { inRepository, mentionedPaths, relativeLinks } from "./support/repository-paths";
import { type Json, operationsOf, resolveRef, spec } from "./support/spec";

const rendered = forReaders(spec);
const model = buildModel(spec);
const methods = new Set(model.operations.map((op) => `${op.namespace}.${op.method}`));
const operations = operationsOf(rendered);
const modelOf = (id: string): ModelOperation => {
  const op = model.operations.find((candidate) => candidate.id === id);
  if (!op) throw new Error(`${id} is not in the model`);
  return op;
};
const dist = new URL("../dist/", import.meta.url);

/**
 * What the client's argument rule (specs/CONVENTIONS.md) says a call with the spec's examples passes, read
 * from the spec itself rather than from the sample generator: path values in path order (none when the id
 * comes from the body), then the body example, else the query example.
 */
function expectedArguments(path: string, operation: Json): unknown[] {
  const parameters: Json[] = (operation.parameters ?? []).map(resolveRef);
  const args: unknown[] = operation["x-mayar-id-from-body"]
    ? []
    : [...path.matchAll(/\{([^}]+)\}/g)].map((m) => {
        const parameter = parameters.find((p) => p.in === "path" && p.name === m[1]);
        return parameter?.example ?? parameter?.schema?.example;
      });
  const body = operation.requestBody?.content?.["application/json"];
  const query = parameters.filter((p) => p.in === "query" && p.example !== undefined);
  if (body) args.push(Object.values<Json>(body.examples ?? {})[0]?.value);
  else if (query.length) args.push(Object.fromEntries(query.map((p) => [p.name, p.example])));
  return args;
}

interface Call {
  name: string;
  args: unknown[];
}

/** Runs a sample against a stand-in client that records each call (a list call is awaitable and iterable). */
async function run(source: string): Promise<Call[]> {
  const calls: Call[] = [];
  const namespace = (ns: string) =>
    new Proxy(
      {},
      {
        get:
          (_target, method) =>
          (...args: unknown[]) => {
            calls.push({ name: `${ns}.${String(method)}`, args });
            return {
              // biome-ignore lint/suspicious/noThenProperty: a list call is a thenable PageCall
              then: (resolve: (value: unknown) => void) => resolve({ data: [] }),
              async *[Symbol.asyncIterator]() {},
            };
          },
      },
    );
  const mayar = new Proxy({}, { get: (_target, ns) => namespace(String(ns)) });
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
  await new AsyncFunction("mayar", source)(mayar);
  return calls;
}

describe("the TypeScript samples of the rendered reference", () => {
  it("cover every operation, with one @org/mayar-core sample each", () => {
    expect(operations.length).toBe(model.operations.length);
    for (const { operation } of operations) {
      expect(operation["x-codeSamples"], operation.operationId).toEqual([
        { lang: "TypeScript", label: "@org/mayar-core", source: expect.any(String) },
      ]);
    }
  });

  it.each(operations)(
    "$method $path: calls a method of the client with the spec's examples",
    async ({ path, operation }) => {
      const source: string = operation["x-codeSamples"][0].source;
      const op = modelOf(operation.operationId);
      const named = [...source.matchAll(/\bmayar\.(\w+)\.(\w+)\(/g)].map((m) => `${m[1]}.${m[2]}`);
      expect(named.length).toBeGreaterThan(0);
      for (const name of named) expect(methods.has(name), `${name} is not a method of the client`).toBe(true);
      expect(new Set(named)).toEqual(new Set([`${op.namespace}.${op.method}`]));
      expect(source.split("\n")[0]).toMatch(/^\/\/ .*createMayarClient\(/);

      const calls = await run(source);
      const expected = expectedArguments(path, operation);
      expect(calls[0]).toEqual({ name: `${op.namespace}.${op.method}`, args: expected });
      if (op.pagination) {
        expect(source).toMatch(/^for await \(const item of mayar\./m);
        // The walk starts at the first page: the same arguments without the page cursor.
        const cursor = op.cursorParam ?? (op.pagination === "cursor" ? "startingAfter" : "page");
        const query = { ...(expected.at(-1) as Json) };
        delete query[cursor];
        expect(calls).toHaveLength(2);
        expect(calls[1]?.args.at(-1) ?? {}).toEqual(query);
      } else {
        expect(calls).toHaveLength(1);
      }
    },
  );

  it("stay out of dist/openapi.json, which the generator reads", () => {
    const bundled = readFileSync(new URL("openapi.json", dist), "utf8");
    expect(bundled).not.toContain("x-codeSamples");
    expect(JSON.parse(bundled)).toEqual(spec);
  });
});

/** Every reader-facing string of the rendered copy: descriptions, summaries, titles, samples. */
function readerText(node: unknown, key = "", out: string[] = []): string[] {
  if (typeof node === "string") {
    if (["description", "summary", "title", "source", "name", "url"].includes(key)) out.push(node);
  } else if (Array.isArray(node)) {
    for (const item of node) readerText(item, key, out);
  } else if (node && typeof node === "object") {
    // Example values are data, not text about files; parameter/property names are identifiers.
    for (const [k, v] of Object.entries(node)) if (k !== "example" && k !== "examples") readerText(v, k, out);
  }
  return out;
}

describe("files the rendered reference names", () => {
  const htmlFile = new URL("index.html", dist);
  const html = existsSync(htmlFile) ? readFileSync(htmlFile, "utf8") : "";
  // The page without its two scripts (Redoc's bundle, the inlined spec) is what we wrote around them.
  const shell = html.replace(/<script>[\s\S]*?<\/script>/g, "");
  const texts = [shell, ...readerText(rendered)];

  it("is the current build (run `pnpm --filter @org/mayar-spec build`)", () => {
    expect(html, "dist/index.html is missing").not.toBe("");
    expect(html === renderReference(spec), "dist/index.html is stale").toBe(true);
  });

  it("are all in the repository: every relative link and every file path mentioned", () => {
    const missing = new Set<string>();
    for (const text of texts) {
      for (const target of relativeLinks(text)) {
        const path = new URL(target, "file:///repo/specs/dist/index.html").pathname.replace(/^\/repo\//, "");
        if (!inRepository(decodeURIComponent(path))) missing.add(`link ${target}`);
      }
      for (const path of mentionedPaths(text)) if (!inRepository(path)) missing.add(path);
    }
    expect([...missing]).toEqual([]);
  });

  it("names files that exist (the check finds them, and finds a missing one)", () => {
    const named = texts.flatMap(mentionedPaths);
    expect(named).toContain("specs/CONVENTIONS.md");
    expect(named).toContain("specs/mayar.openapi.yaml");
    expect(mentionedPaths("written from the notes (see `shared/mayar-api/REFERENCE.md`)")).toEqual([
      "shared/mayar-api/REFERENCE.md",
    ]);
    expect(inRepository("shared/mayar-api/REFERENCE.md")).toBe(false);
    expect(
      relativeLinks('<a href="../notes/REFERENCE.md">notes</a> [spec](openapi.yaml) [x](#tag/Invoices)'),
    ).toEqual(["openapi.yaml", "../notes/REFERENCE.md"]);
    // URLs and API routes are not files of the repository.
    expect(
      mentionedPaths(
        "[`src/commands/product.js`](https://github.com/mayarid/mayar-cli/blob/HEAD/src/commands/product.js), " +
          "docs.mayar.id/api-reference-v2/transaction/detail.md, `/hl/v2/invoices/`, https://x.test/a.md",
      ),
    ).toEqual([]);
  });

  it("link each operation's sources where they live", () => {
    expect(sourceMarkdown("official CLI src/commands/saas.js (no doc page in REFERENCE.md)")).toBe(
      "official CLI [`src/commands/saas.js`](https://github.com/mayarid/mayar-cli/blob/HEAD/src/commands/saas.js) (no doc page)",
    );
    expect(sourceMarkdown("docs.mayar.id/api-reference-v2/reqpayment/create")).toBe(
      "[docs.mayar.id/api-reference-v2/reqpayment/create](https://docs.mayar.id/api-reference-v2/reqpayment/create)",
    );
    const createEvent = operations.find(({ operation }) => operation.operationId === "createEvent");
    expect(createEvent?.operation.description).toContain(
      "(https://docs.mayar.id/api-reference-v2/event/create.md)",
    );
  });
});

describe("the page's own markup", () => {
  const html = renderReference(spec);

  it("loads nothing from another origin: no logo, fonts from the system, a policy that allows only the page", () => {
    expect(html).not.toContain("cdn.redoc.ly/redoc/logo");
    expect(html).not.toMatch(/fonts\.(googleapis|gstatic)\.com/);
    expect(rendered.info["x-logo"]).toBeUndefined();
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'self'; /);
    expect(html).toContain('<link rel="icon" href="data:," />');
    const options = html.match(/Redoc\.init\([\s\S]*?, (\{"expandResponses".*\}), document/)?.[1];
    expect(JSON.parse(options ?? "{}").theme.typography.fontFamily).toMatch(/^system-ui, /);
  });

  it("refuses a spec with an x-logo", () => {
    expect(() =>
      forReaders({ ...spec, info: { ...spec.info, "x-logo": { url: "https://x.test/logo.png" } } }),
    ).toThrow(/x-logo/);
  });
});
