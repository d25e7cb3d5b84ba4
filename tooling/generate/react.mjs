// Renders @org/mayar-react's src/generated/ from the operation model:
//   options.ts  pure option factories, importable from React Server Components (no 'use client'):
//               `<operationId>MutationOptions(client)` per write, `<name>QueryOptions(client, ...)` per read,
//               and `<name>InfiniteQueryOptions(client, ...)` per list
//   hooks.ts    ('use client') a thin hook over each factory: `use<OperationId>`, `use<Name>`, `use<Name>Infinite`
// Both files only call the hand-written helpers of the package (mayarMutationOptions, mayarQueryOptions,
// mayarInfiniteQueryOptions, useMayarMutation, useMayarQuery, useMayarInfiniteQuery): behaviour lives there,
// the generated code only says which client method each operation calls and with what.
import { argumentsOf, HEADER } from "./core.mjs";
import { buildModel, resolve } from "./model.mjs";

const upper = (s) => s[0].toUpperCase() + s.slice(1);
const lower = (s) => s[0].toLowerCase() + s.slice(1);

/** Reads are GETs, and lists whatever their HTTP method (Mayar pages some lists over POST). */
export const isRead = (op) => op.httpMethod === "GET" || Boolean(op.pagination);

/**
 * Namespaces a successful write invalidates besides its own: creating or changing a payment request or
 * an invoice changes transactions and the balance too.
 */
export const ALSO_INVALIDATES = {
  paymentRequests: ["transactions", "balances"],
  invoices: ["transactions", "balances"],
};

/**
 * Status values after which polling stops whatever the caller waits for: the resource can no longer
 * reach another status (a paid or expired transaction stays so).
 */
export const FINAL_STATUSES = ["paid", "expired", "closed", "failed", "cancelled", "canceled"];

/** Names the package writes by hand: a generated name equal to one of them fails generation. */
const HAND_WRITTEN = new Set([
  "MayarProvider",
  "PayButton",
  "mayarKeys",
  "mayarMutationOptions",
  "mayarQueryOptions",
  "mayarInfiniteQueryOptions",
  "useMayarClient",
  "useMayarContext",
  "useMayarMutation",
  "useMayarQuery",
  "useMayarInfiniteQuery",
  "UseMayarMutationOptions",
  "UseMayarQueryOptions",
  "UseMayarInfiniteQueryOptions",
  "UseMayarPollingOptions",
]);

// Arguments every factory or hook already has; a path parameter must not shadow them.
const TAKEN = new Set(["client", "requestOptions", "options", "body", "query", "mayar", "input"]);
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;
const RESERVED = new Set(
  "break case catch class const continue debugger default delete do else enum export extends false finally for function if import in instanceof new null return super switch this throw true try typeof var void while with yield let static implements interface package private protected public await".split(
    " ",
  ),
);

/** The exported names of one operation (the naming rule of the README). */
export function namesOf(op) {
  if (!isRead(op)) {
    return {
      kind: "mutation",
      hook: `use${upper(op.id)}`,
      factory: `${op.id}MutationOptions`,
      optionsType: `Use${upper(op.id)}Options`,
    };
  }
  const prefix = op.pagination ? /^list(?=[A-Z])/ : /^get(?=[A-Z])/;
  const base = upper(op.id.replace(prefix, ""));
  const names = {
    kind: "query",
    base,
    hook: `use${base}`,
    factory: `${lower(base)}QueryOptions`,
    optionsType: `Use${base}Options`,
  };
  if (!op.pagination) return names;
  return {
    ...names,
    infiniteHook: `use${base}Infinite`,
    infiniteFactory: `${lower(base)}InfiniteQueryOptions`,
    infiniteOptionsType: `Use${base}InfiniteOptions`,
  };
}

/** Throws when two operations (or an operation and a hand-written export) would export the same name. */
export function checkNames(operations) {
  const owner = new Map();
  for (const op of operations) {
    const { kind: _kind, base: _base, ...names } = namesOf(op);
    for (const name of Object.values(names)) {
      if (HAND_WRITTEN.has(name)) {
        throw new Error(`react: ${op.id} would export ${name}, a name @org/mayar-react writes by hand`);
      }
      const other = owner.get(name);
      if (other && other !== op.id) {
        throw new Error(
          `react: ${other} and ${op.id} would both export ${name}; rename one operationId in the spec`,
        );
      }
      owner.set(name, op.id);
    }
  }
}

// --- the spec facts the renderers need beyond the model --------------------------------------------

/** The `status` enum of a single read's result, when the spec lists one (what `until` can wait for). */
export function statusesOf(spec, op) {
  if (!isRead(op) || op.pagination) return undefined;
  const operation = spec.paths[op.path]?.[op.httpMethod.toLowerCase()];
  const response = resolve(spec, operation?.responses?.["200"]);
  const envelope = resolve(spec, response?.content?.["application/json"]?.schema);
  const result = op.result === "data" ? resolve(spec, envelope?.properties?.data) : envelope;
  const status = resolve(spec, result?.properties?.status);
  const values = status?.enum?.filter((value) => typeof value === "string");
  return values?.length ? values : undefined;
}

// --- signatures ------------------------------------------------------------------------------------

const isPathArgument = ({ type }) => type.startsWith("PathOf<");

/**
 * The operation's own arguments, as core's method takes them (core.mjs `argumentsOf`, CONVENTIONS.md order):
 * the path parameters (none when the id comes from the body), then the body or the query; not the options.
 */
function ownArgumentsOf(op) {
  const args = argumentsOf(op).filter(({ name }) => name !== "options");
  for (const { name } of args.filter(isPathArgument)) {
    if (!IDENTIFIER.test(name) || RESERVED.has(name) || TAKEN.has(name)) {
      throw new Error(`react: ${op.id}'s path parameter "${name}" cannot be a function argument name`);
    }
  }
  return args;
}

/** Path parameters the caller passes (none when the id comes from the body). */
const pathArgsOf = (op) =>
  ownArgumentsOf(op)
    .filter(isPathArgument)
    .map(({ name }) => name);

/** The body or query the operation takes: `{ name, required, type }`. */
function inputOf(op) {
  const input = ownArgumentsOf(op).find((arg) => !isPathArgument(arg));
  return input && { name: input.name, required: !input.optional, type: input.type };
}

const resultTypeOf = (op) =>
  op.pagination ? `PageOf<"${op.id}">` : op.result === "data" ? `DataOf<"${op.id}">` : `RootOf<"${op.id}">`;

/** `id: PathOf<"getInvoice">["id"], query?: QueryOf<...>`: a read's own arguments, in core's order. */
const readParams = (op) =>
  ownArgumentsOf(op).map(({ name, optional, type }) => `${name}${optional ? "?" : ""}: ${type}`);

const readArgNames = (op) => ownArgumentsOf(op).map(({ name }) => name);

/**
 * What a mutation's `mutate(variables)` takes: the body (or query) alone when there are no path
 * parameters, the path parameters as an object when there is no body, else both: `{ memberId, body }`.
 */
function variablesOf(op) {
  const path = pathArgsOf(op);
  const input = inputOf(op);
  const call = [...path, ...(input ? [input.name] : [])].join(", ");
  if (!path.length && !input) return { type: "void", pattern: "_", call };
  if (!path.length) {
    return input.required
      ? { type: input.type, pattern: input.name, call }
      : { type: `${input.type} | void`, pattern: input.name, call: `${input.name} || undefined` };
  }
  const pathObject = `PathOf<"${op.id}">`;
  if (!input) return { type: pathObject, pattern: `{ ${path.join(", ")} }`, call };
  return {
    type: `${pathObject} & { ${input.name}${input.required ? "" : "?"}: ${input.type} }`,
    pattern: `{ ${[...path, input.name].join(", ")} }`,
    call,
  };
}

const doc = (lines, indent = "") => [
  `${indent}/**`,
  ...lines.map((line) => `${indent} *${line ? ` ${line.replaceAll("*/", "*\\/")}` : ""}`),
  `${indent} */`,
];

const summaryOf = (op) => op.summary.replace(/\.$/, "") || op.id;
const where = (op) => `\`${op.httpMethod} ${op.path}\` (operationId \`${op.id}\`)`;
const methodCall = (op, args) => `mayar.${op.namespace}.${op.method}(${args})`;
/**
 * The client a factory takes: one with the namespace it calls, so a `composeMayarClient` client carrying
 * only that namespace type-checks (and one without it does not).
 */
const clientType = (op) => `MayarClientWith<"${op.namespace}">`;

function invalidatesOf(op, namespaceNames) {
  const extra = (ALSO_INVALIDATES[op.namespace] ?? []).filter((name) => namespaceNames.has(name));
  return [op.namespace, ...extra.filter((name) => name !== op.namespace)];
}

const list = (names) => names.map((name) => JSON.stringify(name)).join(", ");
const english = (names) =>
  names.length === 1 ? names[0] : `${names.slice(0, -1).join(", ")} and ${names.at(-1)}`;

// --- options.ts ------------------------------------------------------------------------------------

function renderMutationOptions(op, namespaceNames) {
  const { factory } = namesOf(op);
  const variables = variablesOf(op);
  const invalidates = invalidatesOf(op, namespaceNames);
  const result = resultTypeOf(op);
  return [
    ...doc([
      `Mutation options for \`mayar.${op.namespace}.${op.method}\`: ${summaryOf(op)}. ${where(op)}.`,
      `\`mutate(variables)\` takes \`${variables.type}\`. On success it invalidates this client's`,
      `${english(invalidates)} queries. Key: \`[{ operationId: "${op.id}", baseUrl }]\`.`,
    ]),
    `export function ${factory}(client: ${clientType(op)}, requestOptions?: RequestOptions) {`,
    `  return mayarMutationOptions(`,
    `    { id: "${op.id}", namespace: "${op.namespace}", invalidates: [${list(invalidates)}] },`,
    "    client,",
    "    requestOptions,",
    `    (mayar, ${variables.pattern}: ${variables.type}, options): Promise<${result}> =>`,
    `      ${methodCall(op, [variables.call, "options"].filter(Boolean).join(", "))},`,
    "  );",
    "}",
    "",
  ];
}

function keyParams(op) {
  return `{ ${readArgNames(op).join(", ")} }`;
}

function renderQueryOptions(op) {
  const { factory, base } = namesOf(op);
  const params = [...readParams(op), "requestOptions?: RequestOptions"];
  const args = [...readArgNames(op), "options"].join(", ");
  return [
    ...doc([
      `Query options for \`mayar.${op.namespace}.${op.method}\`: ${summaryOf(op)}. ${where(op)}.`,
      `Key: \`[{ scope: "mayar", namespace: "${op.namespace}", operationId: "${op.id}", baseUrl, params: ${keyParams(op)} }]\`.`,
      ...(op.pagination ? ["One page; see the infinite variant to follow the pages."] : []),
    ]),
    `export function ${factory}(client: ${clientType(op)}, ${params.join(", ")}) {`,
    "  return mayarQueryOptions(",
    `    { name: "${lower(base)}", id: "${op.id}", namespace: "${op.namespace}" },`,
    "    client,",
    `    ${keyParams(op)},`,
    "    requestOptions,",
    `    (mayar, options): PromiseLike<${resultTypeOf(op)}> => ${methodCall(op, args)},`,
    "  );",
    "}",
    "",
  ];
}

function renderInfiniteQueryOptions(op) {
  const { infiniteFactory, base } = namesOf(op);
  const input = inputOf(op);
  if (!input) throw new Error(`react: ${op.id} is a list without a query or body to carry its cursor`);
  const params = [...readParams(op), "requestOptions?: RequestOptions"];
  const cursor = op.pagination === "page" ? "page" : (op.cursorParam ?? "startingAfter");
  const callArgs = [...pathArgsOf(op), "input", "options"].join(", ");
  return [
    ...doc([
      `Infinite query options for \`mayar.${op.namespace}.${op.method}\`: ${summaryOf(op)}, every page.`,
      op.pagination === "page"
        ? "Follows the page number (`page`) while `hasMore`."
        : `Follows \`nextStartingAfter\` (sent as \`${cursor}\`) while \`hasMore\`.`,
      `${where(op)}. Key: as the one-page key, with \`infinite: true\`.`,
    ]),
    `export function ${infiniteFactory}(client: ${clientType(op)}, ${params.join(", ")}) {`,
    "  return mayarInfiniteQueryOptions(",
    `    { name: "${lower(base)}Infinite", id: "${op.id}", namespace: "${op.namespace}", page: "${op.pagination}", cursor: "${cursor}" },`,
    "    client,",
    `    ${keyParams(op)},`,
    `    ${input.name},`,
    "    requestOptions,",
    `    (mayar, input: ${input.type}${input.required ? "" : " | undefined"}, options): PromiseLike<${resultTypeOf(op)}> =>`,
    `      ${methodCall(op, callArgs)},`,
    "  );",
    "}",
    "",
  ];
}

function renderOptionsFile(model) {
  const namespaceNames = new Set(model.namespaces.map((ns) => ns.name));
  const body = [];
  for (const op of model.operations) {
    if (!isRead(op)) body.push(...renderMutationOptions(op, namespaceNames));
    else {
      body.push(...renderQueryOptions(op));
      if (op.pagination) body.push(...renderInfiniteQueryOptions(op));
    }
  }
  return [
    HEADER,
    "// Pure option factories, one per operation (no React state here: importable from Server Components).",
    `import type { ${usedTypes(body, CORE_TYPES).join(", ")} } from "@org/mayar-core";`,
    'import { mayarMutationOptions } from "../mutations/mayar-mutation-options";',
    'import { mayarInfiniteQueryOptions } from "../queries/mayar-infinite-query-options";',
    'import type { MayarClientWith } from "../provider/mayar-client-with";',
    'import { mayarQueryOptions } from "../queries/mayar-query-options";',
    "",
    ...body,
  ].join("\n");
}

const CORE_TYPES = [
  "BodyOf",
  "DataOf",
  "MayarClient",
  "MayarError",
  "PageOf",
  "PathOf",
  "QueryOf",
  "RequestOptions",
  "RootOf",
];
const usedTypes = (lines, names) => {
  const text = lines.join("\n");
  return names.filter((name) => new RegExp(`\\b${name}\\b`).test(text));
};

// --- hooks.ts --------------------------------------------------------------------------------------

function renderMutationHook(op) {
  const { hook, factory, optionsType } = namesOf(op);
  const { type } = variablesOf(op);
  const result = resultTypeOf(op);
  return [
    ...doc([
      `Options of {@link ${hook}}: \`useMutation\` options, plus \`requestOptions\` for the client call.`,
    ]),
    `export type ${optionsType}<TOnMutateResult = unknown> = UseMayarMutationOptions<${result}, ${type}, TOnMutateResult>;`,
    "",
    ...doc([
      `${summaryOf(op)}: a TanStack Query mutation over \`mayar.${op.namespace}.${op.method}\`, ${where(op)}.`,
      `\`mutate(variables)\` takes \`${type}\`; \`error\` is the MayarError. Options: {@link ${factory}}.`,
    ]),
    `export function ${hook}<TOnMutateResult = unknown>(`,
    `  options?: ${optionsType}<TOnMutateResult>,`,
    `): UseMutationResult<${result}, MayarError, ${type}, TOnMutateResult> {`,
    `  return useMayarMutation("${hook}", "${op.namespace}", ${factory}, options);`,
    "}",
    "",
  ];
}

function renderQueryHook(op, statuses) {
  const { hook, factory, optionsType } = namesOf(op);
  const result = resultTypeOf(op);
  const final = statuses?.filter((status) => FINAL_STATUSES.includes(status));
  const polling = statuses
    ? ` & UseMayarPollingOptions<${statuses.map((s) => JSON.stringify(s)).join(" | ")}>`
    : "";
  const args = readArgNames(op);
  return [
    ...doc([
      `Options of {@link ${hook}}: \`useQuery\` options, plus \`requestOptions\` for the client call` +
        (statuses ? ", and `until` to poll for a status." : "."),
    ]),
    `export type ${optionsType}<TSelected = ${result}> = UseMayarQueryOptions<${result}, TSelected>${polling};`,
    "",
    ...doc([
      `${summaryOf(op)}: a TanStack Query query over \`mayar.${op.namespace}.${op.method}\`, ${where(op)}.`,
      ...(op.pagination
        ? ["One page: `data` is `{ data, hasMore, ... }`. Every page: the infinite variant."]
        : []),
      ...(statuses
        ? [
            `\`{ until: "${final?.[0] ?? statuses[0]}" }\` polls (1 s doubling to 10 s) until the status is that one` +
              (final?.length ? ` or final (${final.join(", ")}).` : "."),
          ]
        : []),
      `Options: {@link ${factory}}.`,
    ]),
    `export function ${hook}<TSelected = ${result}>(`,
    ...[...readParams(op), `options?: ${optionsType}<TSelected>`].map((param) => `  ${param},`),
    `): UseQueryResult<TSelected, MayarError> {`,
    `  return useMayarQuery(`,
    `    "${hook}",`,
    `    "${op.namespace}",`,
    `    (client, requestOptions) => ${factory}(client, ${[...args, "requestOptions"].join(", ")}),`,
    "    options,",
    ...(statuses ? [`    [${list(final ?? [])}],`] : []),
    "  );",
    "}",
    "",
  ];
}

function renderInfiniteHook(op) {
  const { infiniteHook, infiniteFactory, infiniteOptionsType } = namesOf(op);
  const page = resultTypeOf(op);
  const args = readArgNames(op);
  return [
    ...doc([`Options of {@link ${infiniteHook}}: \`useInfiniteQuery\` options, plus \`requestOptions\`.`]),
    `export type ${infiniteOptionsType} = UseMayarInfiniteQueryOptions<${page}>;`,
    "",
    ...doc([
      `${summaryOf(op)}, every page: a TanStack Query infinite query over \`mayar.${op.namespace}.${op.method}\`,`,
      `${where(op)}. \`fetchNextPage()\` loads the next page while \`hasNextPage\`. Options: {@link ${infiniteFactory}}.`,
    ]),
    `export function ${infiniteHook}(`,
    ...[...readParams(op), `options?: ${infiniteOptionsType}`].map((param) => `  ${param},`),
    `): UseInfiniteQueryResult<InfiniteData<${page}, unknown>, MayarError> {`,
    "  return useMayarInfiniteQuery(",
    `    "${infiniteHook}",`,
    `    "${op.namespace}",`,
    `    (client, requestOptions) => ${infiniteFactory}(client, ${[...args, "requestOptions"].join(", ")}),`,
    "    options,",
    "  );",
    "}",
    "",
  ];
}

function renderHooksFile(model) {
  const body = [];
  const factories = [];
  for (const op of model.operations) {
    const names = namesOf(op);
    factories.push(names.factory);
    if (!isRead(op)) body.push(...renderMutationHook(op));
    else {
      body.push(...renderQueryHook(op, statusesOf(model.spec, op)));
      if (op.pagination) {
        factories.push(names.infiniteFactory);
        body.push(...renderInfiniteHook(op));
      }
    }
  }
  const tanstack = usedTypes(body, [
    "InfiniteData",
    "UseInfiniteQueryResult",
    "UseMutationResult",
    "UseQueryResult",
  ]);
  const polling = body.some((line) => line.includes("UseMayarPollingOptions"));
  return [
    '"use client";',
    HEADER,
    "// One thin hook per operation over its option factory (./options.ts).",
    `import type { ${usedTypes(body, CORE_TYPES).join(", ")} } from "@org/mayar-core";`,
    `import type { ${tanstack.join(", ")} } from "@tanstack/react-query";`,
    'import { type UseMayarMutationOptions, useMayarMutation } from "../mutations/use-mayar-mutation";',
    'import { type UseMayarInfiniteQueryOptions, useMayarInfiniteQuery } from "../queries/use-mayar-infinite-query";',
    `import { ${polling ? "type UseMayarPollingOptions, " : ""}type UseMayarQueryOptions, useMayarQuery } from "../queries/use-mayar-query";`,
    "import {",
    ...factories.sort().map((name) => `  ${name},`),
    '} from "./options";',
    "",
    ...body,
  ].join("\n");
}

// --- the list for the README -----------------------------------------------------------------------

function renderHookList(model) {
  const lines = [
    "<!-- Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead. -->",
    "# Generated hooks",
    "",
    "One row per operation of the spec (the naming rule is in the README). Writes are mutations: the hook takes",
    "`useMutation` options, `mutate()` the body, or the path values (with the body as `body`). Reads are queries",
    "taking the path values, then the query; lists also have an infinite query. Every hook also takes options last",
    "(`requestOptions`, TanStack's own). Each has a pure options factory (`src/generated/options.ts`) taking the client first:",
    "one from `createMayarClient`, or from `composeMayarClient` with the namespace the operation calls (the client method's",
    "first part). Under a `<MayarProvider>` whose client lacks that namespace, the hook throws naming it.",
    "",
    "| operation | client method | hook | options factory |",
    "|---|---|---|---|",
  ];
  for (const op of model.operations) {
    const names = namesOf(op);
    const call = `mayar.${op.namespace}.${op.method}`;
    if (!isRead(op)) {
      const { pattern } = variablesOf(op);
      const mutate = `mutate(${pattern === "_" ? "" : pattern})`;
      lines.push(
        `| \`${op.id}\` | \`${call}\` | \`${names.hook}()\`, \`${mutate}\` | \`${names.factory}\` |`,
      );
      continue;
    }
    const args = readArgNames(op).join(", ");
    lines.push(`| \`${op.id}\` | \`${call}\` | \`${names.hook}(${args})\` | \`${names.factory}\` |`);
    if (op.pagination) {
      lines.push(
        `| \`${op.id}\` (every page) | \`${call}\` | \`${names.infiniteHook}(${args})\` | \`${names.infiniteFactory}\` |`,
      );
    }
  }
  return `${lines.join("\n")}\n`;
}

/** `{ fileName: contents }` for packages/mayar-react/src/generated/. */
export async function renderReact(model = buildModel()) {
  checkNames(model.operations);
  return {
    "options.ts": renderOptionsFile(model),
    "hooks.ts": renderHooksFile(model),
    "HOOKS.md": renderHookList(model),
  };
}
