import { MayarApiError } from "../errors/mayar-error";
import type { PageCall } from "./types";

interface RawPage {
  data: unknown[];
  hasMore?: boolean;
  nextStartingAfter?: string | null;
  page?: number;
  totalPages?: number;
  [member: string]: unknown;
}

/**
 * Turns a list operation into a {@link PageCall}: awaiting it fetches the first page only; iterating it
 * follows the cursor (`nextStartingAfter`, or the next page number for page-based lists) until Mayar says
 * there is no more, yielding each item once. Mayar's cursor is a millisecond timestamp, so an item created in
 * the same millisecond as a page boundary can come back on the next page too: items already yielded (by
 * `id`) are skipped. A cursor that does not move would loop forever, so it is an error.
 *
 * @param fetchPage - fetches one page for the given query (with the cursor set)
 */
export function paginate<Page, Item>(
  fetchPage: (query: Record<string, unknown>) => Promise<unknown>,
  query: Record<string, unknown> | undefined,
  style: "cursor" | "page",
  cursorParam = "startingAfter",
): PageCall<Page, Item> {
  const load = (q: Record<string, unknown>) =>
    fetchPage(q).then((raw) => {
      const page = raw as RawPage;
      if (style === "page") page.hasMore = (page.page ?? 1) < (page.totalPages ?? 0);
      else page.hasMore = page.hasMore === true;
      return page;
    });
  let first: Promise<RawPage> | undefined;
  const firstPage = () => {
    first ??= load(query as Record<string, unknown>);
    return first;
  };
  return {
    // biome-ignore lint/suspicious/noThenProperty: a PageCall is awaited for its first page by design
    then: (onFulfilled, onRejected) => firstPage().then(onFulfilled as never, onRejected),
    catch: (onRejected) => firstPage().catch(onRejected) as never,
    finally: (onFinally) => firstPage().finally(onFinally) as never,
    async *[Symbol.asyncIterator]() {
      const seen = new Set<unknown>();
      let page = await firstPage();
      let position = (query?.[style === "page" ? "page" : cursorParam] as unknown) ?? undefined;
      for (;;) {
        for (const item of page.data) {
          const id = (item as { id?: unknown } | null)?.id;
          if (id !== undefined) {
            if (seen.has(id)) continue;
            seen.add(id);
          }
          yield item as Item;
        }
        const next = style === "page" ? (page.page ?? 1) + 1 : page.nextStartingAfter;
        if (!page.hasMore || next === undefined || next === null) return;
        if (next === position) {
          throw new MayarApiError({
            message: `Mayar repeated the cursor ${next}: stopped instead of looping forever`,
            kind: "unknown",
            status: 200,
            body: page,
          });
        }
        position = next;
        page = await load({ ...query, [style === "page" ? "page" : cursorParam]: next });
      }
    },
  } as PageCall<Page, Item>;
}
