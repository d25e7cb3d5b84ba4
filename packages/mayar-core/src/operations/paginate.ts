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
 * Consecutive pages with no item not yet yielded (empty, or only repeats) after which a walk stops. One or
 * two happen legitimately: items deleted between two requests leave a page empty, and items on a timestamp
 * boundary come back. Three in a row, each behind a fresh cursor, is a server that no longer moves forward;
 * stopping there costs at most three extra requests.
 */
export const MAX_PAGES_WITHOUT_NEW_ITEMS = 3;

const stopped = (message: string, page: RawPage) =>
  new MayarApiError({
    message: `${message}: stopped instead of looping forever`,
    kind: "unknown",
    status: 200,
    body: page,
  });

/**
 * Turns a list operation into a {@link PageCall}: awaiting it fetches the first page only; iterating it
 * follows the cursor (`nextStartingAfter`, or the next page number for page-based lists) until Mayar says
 * there is no more, yielding each item once. Mayar's cursor is a millisecond timestamp, so an item created in
 * the same millisecond as a page boundary can come back on the next page too: items already yielded (by
 * `id`) are skipped.
 *
 * A walk that stops moving forward is an error, not an endless loop: Mayar answering a cursor (or page
 * number) already used in this walk, however far back (cursors alternating A, B, A, B are a loop too), or
 * {@link MAX_PAGES_WITHOUT_NEW_ITEMS} pages in a row with nothing new.
 *
 * @param fetchPage - fetches one page for the given query (with the cursor set); `next` is true for the
 *   pages after the first, whose query differs only by Mayar's own cursor and needs no second check
 */
export function paginate<Page, Item>(
  fetchPage: (query: Record<string, unknown>, next?: boolean) => Promise<unknown>,
  query: Record<string, unknown> | undefined,
  style: "cursor" | "page",
  cursorParam = "startingAfter",
): PageCall<Page, Item> {
  const load = (q: Record<string, unknown>, next?: boolean) =>
    fetchPage(q, next).then((raw) => {
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
      const param = style === "page" ? "page" : cursorParam;
      const seen = new Set<unknown>();
      // Every position this walk has asked for, the caller's starting one included.
      const positions = new Set<unknown>([query?.[param]]);
      let page = await firstPage();
      let position: unknown = query?.[param];
      let pagesWithoutNew = 0;
      for (;;) {
        let fresh = false;
        for (const item of page.data) {
          const id = (item as { id?: unknown } | null)?.id;
          if (id !== undefined) {
            if (seen.has(id)) continue;
            seen.add(id);
          }
          fresh = true;
          yield item as Item;
        }
        const next = style === "page" ? (page.page ?? 1) + 1 : page.nextStartingAfter;
        if (!page.hasMore || next === undefined || next === null) return;
        pagesWithoutNew = fresh ? 0 : pagesWithoutNew + 1;
        if (pagesWithoutNew >= MAX_PAGES_WITHOUT_NEW_ITEMS) {
          throw stopped(
            `Mayar answered ${pagesWithoutNew} pages in a row with nothing new (the last one ${style === "page" ? "was page" : "after cursor"} ${String(position)})`,
            page,
          );
        }
        if (positions.has(next)) throw stopped(`Mayar repeated the cursor ${String(next)}`, page);
        positions.add(next);
        position = next;
        page = await load({ ...query, [param]: next }, true);
      }
    },
  } as PageCall<Page, Item>;
}
