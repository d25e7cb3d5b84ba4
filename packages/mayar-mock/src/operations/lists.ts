// Cursor paging as Mayar's v2 lists do it: `limit` (default 10; the spec caps it at 50 and the query is
// validated before a handler runs) and `startingAfter`, the previous page's `nextStartingAfter`.
import { errorResponse } from "../http/responses.js";
import type { GroupSelection, Page, RecordStore, StoredRecord } from "../state/record-store.js";
import type { OperationContext } from "./context.js";

const DEFAULT_LIMIT = 10;

/**
 * One newest-first page of `store`, or the 400 for a cursor that is not a millisecond timestamp. `within`
 * names the group the filter needs (the first of `choices` given: pass the most selective first), so the page
 * walks only the records that can pass.
 */
export function pageOf<T extends StoredRecord>(
  context: OperationContext,
  store: RecordStore<T>,
  filter?: (record: T) => boolean,
  ...choices: Array<GroupSelection | undefined>
): Page<T> | Response {
  const { operation, query } = context;
  const limit = typeof query.limit === "number" ? query.limit : DEFAULT_LIMIT;
  const cursor = query[operation.cursorParam];
  if (cursor !== undefined && !(typeof cursor === "string" && /^\d+$/.test(cursor))) {
    return errorResponse(400, operation.messageKey, "Validation Error", [
      {
        type: "format",
        message: `The '${operation.cursorParam}' field must be the previous page's nextStartingAfter (a millisecond timestamp).`,
        field: operation.cursorParam,
        expected: "millisecond timestamp",
        actual: cursor,
      },
    ]);
  }
  const within = choices.find((choice) => choice !== undefined);
  return store.page(limit, cursor === undefined ? undefined : Number(cursor), filter, within);
}

/** `startAt`/`endAt` filters (millisecond timestamps as strings) on createdAt. */
export function withinRange(query: Readonly<Record<string, unknown>>, createdAt: number): boolean {
  const start = typeof query.startAt === "string" ? Number(query.startAt) : undefined;
  const end = typeof query.endAt === "string" ? Number(query.endAt) : undefined;
  return (start === undefined || createdAt >= start) && (end === undefined || createdAt <= end);
}

/** The group of records whose `group` key is the query's string value, or undefined without one. */
export function groupOf(group: string, value: unknown): GroupSelection | undefined {
  return typeof value === "string" ? { group, keys: [value] } : undefined;
}
