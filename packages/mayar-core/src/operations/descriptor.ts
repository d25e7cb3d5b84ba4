import type { Rule } from "./rules";

/** The generated runtime description of one operation (see src/generated/operations.ts). */
export interface OperationDescriptor {
  readonly id: string;
  readonly method: string;
  /** The path template, e.g. `/hl/v2/invoices/{id}`. */
  readonly path: string;
  /** Where the result lives in Mayar's envelope: inside `data`, or the envelope's other members. */
  readonly result: "data" | "root";
  /** Path parameters, in path order. */
  readonly params?: readonly string[];
  /** The `{id}` path segment is cosmetic: Mayar reads the body's `id`, and the SDK puts it in both. */
  readonly idFromBody?: boolean;
  /** The rules of the JSON body, the query and (where the spec constrains them) the path parameters. */
  readonly body?: Rule;
  readonly query?: Rule;
  readonly pathRule?: Rule;
  /** What the result must hold: its required keys, or `"array"`. */
  readonly returns?: readonly string[] | "array";
  /** How the list pages: a cursor (`startingAfter`) or page numbers. */
  readonly page?: "cursor" | "page";
  /** The cursor's query name when it is not `startingAfter`. */
  readonly cursor?: string;
}
