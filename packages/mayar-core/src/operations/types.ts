// Types of each operation's inputs and results, read from the spec's generated types by operationId. The
// generated namespace interfaces (src/generated/namespaces.ts) are written in these terms.
import type { operations } from "../generated/openapi";

type Operations = operations;
type Id = keyof Operations;
type Json<R> = R extends { content: { "application/json": infer Body } } ? Body : never;
type Success<I extends Id> = Json<Operations[I]["responses"] extends { 200: infer R } ? R : never>;

/** The JSON body an operation takes. */
export type BodyOf<I extends Id> = Operations[I] extends { requestBody?: infer R }
  ? Json<NonNullable<R>>
  : never;
/** The query parameters an operation takes. */
export type QueryOf<I extends Id> = Operations[I]["parameters"] extends { query?: infer Q }
  ? NonNullable<Q>
  : never;
/** The path parameters an operation takes. */
export type PathOf<I extends Id> = Operations[I]["parameters"] extends { path: infer P } ? P : never;
/** The result of an operation whose payload is the envelope's `data`. */
export type DataOf<I extends Id> = Success<I> extends { data?: infer D } ? D : never;
/** Omit over each member of a union (Omit itself would merge a union's members into their common keys). */
type OmitEach<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
/**
 * The result of an operation whose payload is the envelope's other top-level members. A success described
 * as a union (`oneOf`, e.g. credits.generateImmutableCheckoutLink) stays a union.
 */
export type RootOf<I extends Id> = OmitEach<Success<I>, "statusCode" | "messages" | "message">;
/** One page of a list: Mayar's members (`data`, `nextStartingAfter`, ...) and `hasMore`. */
export type PageOf<I extends Id> = RootOf<I> & { hasMore: boolean };
/** One item of a list. */
export type ItemOf<I extends Id> = DataOf<I> extends ReadonlyArray<infer Item> ? Item : never;

/**
 * What a list method returns: `await` it for the first page, or iterate it with `for await` for every item of
 * every page (the next page is fetched only when the loop gets there).
 */
export interface PageCall<Page, Item> extends PromiseLike<Page>, AsyncIterable<Item> {
  catch<T = never>(onRejected?: ((reason: unknown) => T | PromiseLike<T>) | null): Promise<Page | T>;
  finally(onFinally?: (() => void) | null): Promise<Page>;
}
