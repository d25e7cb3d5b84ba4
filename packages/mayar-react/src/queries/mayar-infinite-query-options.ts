import type { MayarError, OperationId, RequestOptions } from "@org/mayar-core";
import { type InfiniteData, infiniteQueryOptions } from "@tanstack/react-query";
import type { MayarQueryKey } from "../keys/mayar-keys";
import { assertMayarClient, assertNamespace } from "../provider/assert-mayar-client";
import type { MayarClientWith, MayarNamespaceName } from "../provider/mayar-client-with";
import { fetchRead, type MayarRead, mayarQueryKey } from "./mayar-query-options";

/** What the generated factory says about its list. */
export interface MayarList<Operation extends OperationId, Namespace extends MayarNamespaceName>
  extends MayarRead<Operation, Namespace> {
  /** `"cursor"`: `nextStartingAfter` → the cursor parameter; `"page"`: `page` + 1 while `hasMore`. */
  page: "cursor" | "page";
  /** The query (or body) member the next page's position goes in: `startingAfter`, `page`... */
  cursor: string;
}

/** One page as the client returns it: `hasMore` always, the position of the next page by pagination style. */
interface AnyPage {
  hasMore: boolean;
}

/**
 * What every generated infinite query factory returns: the list's key with `infinite: true`, a `queryFn`
 * that fetches the page at `pageParam` (TanStack's signal passed on), and the next page's position:
 * `nextStartingAfter` for cursor lists, the next page number for page-numbered ones, none once Mayar says
 * `hasMore: false` (or answers the same position twice, which would loop forever). `retry: false`, as for
 * every Mayar query: the client retries.
 */
export function mayarInfiniteQueryOptions<
  Operation extends OperationId,
  Namespace extends MayarNamespaceName,
  TInput extends object | undefined,
  TPage extends AnyPage,
>(
  operation: MayarList<Operation, Namespace>,
  client: MayarClientWith<Namespace>,
  params: Record<string, unknown>,
  input: TInput,
  requestOptions: RequestOptions | undefined,
  call: (
    client: MayarClientWith<Namespace>,
    input: TInput,
    options: RequestOptions | undefined,
  ) => PromiseLike<TPage>,
) {
  const where = `${operation.name}QueryOptions(client)`;
  assertMayarClient(client, where);
  assertNamespace(client, operation.namespace, where);
  const { cursor } = operation;
  const byNumber = operation.page === "page";
  const initialPageParam: unknown =
    (input as Record<string, unknown> | undefined)?.[cursor] ?? (byNumber ? 1 : null);
  return infiniteQueryOptions<
    TPage,
    MayarError,
    InfiniteData<TPage, unknown>,
    MayarQueryKey<Operation>,
    unknown
  >({
    queryKey: mayarQueryKey(operation, client, params, true),
    queryFn: ({ pageParam, signal }) =>
      fetchRead(client, requestOptions, signal, (mayar, options) =>
        call(mayar, (pageParam == null ? input : { ...input, [cursor]: pageParam }) as TInput, options),
      ),
    initialPageParam,
    getNextPageParam: (last, _pages, lastParam) => {
      if (!last.hasMore) return undefined;
      const page = last as AnyPage & { page?: number; nextStartingAfter?: unknown };
      const next = byNumber ? (Number(page.page ?? lastParam) || 1) + 1 : page.nextStartingAfter;
      return next == null || next === lastParam ? undefined : next;
    },
    retry: false,
  });
}
