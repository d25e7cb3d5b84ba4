import { callOperation, type OperationContext } from "../operations/call-operation";
import type { OperationDescriptor } from "../operations/descriptor";
import { paginate } from "../operations/paginate";
import type { RequestOptions } from "./options";

type Method = (...args: unknown[]) => unknown;

/**
 * Turns a generated namespace table (`{ create: descriptor, list: descriptor, ... }`) into the methods a
 * user calls. The arguments follow one rule for every operation (specs/CONVENTIONS.md): path parameters in
 * path order, then the body (operations with one) or the query (operations with query parameters), then
 * the per-call options. Lists return a PageCall.
 */
export function bindNamespace<Namespace>(
  context: OperationContext,
  table: Readonly<Record<string, OperationDescriptor>>,
): Namespace {
  const methods: Record<string, Method> = {};
  for (const [name, operation] of Object.entries(table)) {
    const positional = operation.idFromBody ? 0 : (operation.params?.length ?? 0);
    const takesInput = Boolean(operation.body || operation.query);
    methods[name] = (...args) => {
      const path = args.slice(0, positional);
      const input = takesInput ? args[positional] : undefined;
      const options = args[positional + (takesInput ? 1 : 0)] as RequestOptions | undefined;
      // A next page changes only the cursor, which is Mayar's: the caller's query was checked on the first.
      const call = (query?: unknown, queryChecked?: boolean) =>
        callOperation(context, operation, {
          path,
          ...(operation.body ? { body: input } : { query, queryChecked }),
          options,
        });
      return operation.page
        ? paginate(call, input as Record<string, unknown> | undefined, operation.page, operation.cursor)
        : call(input);
    };
  }
  return methods as Namespace;
}
