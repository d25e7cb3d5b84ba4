// The spec's documented answers, used as templates: a stateful answer starts from the documented record
// and writes the mock's own values over it, so every member Mayar documents is there (merchant ids,
// nulls, empty lists) without the mock listing them by hand.
import { findOperation } from "./operations.js";

type Json = Readonly<Record<string, unknown>>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** The `data` object of the operation's documented 200 answer. */
export function exampleData(operationId: string): Json | undefined {
  const data = findOperation(operationId)?.successExample?.data;
  return isObject(data) ? data : undefined;
}

/** The first item of the `data` list of the operation's documented 200 answer. */
export function exampleItem(operationId: string): Json | undefined {
  const data = findOperation(operationId)?.successExample?.data;
  const first = Array.isArray(data) ? data[0] : undefined;
  return isObject(first) ? first : undefined;
}

/** Every item of the `data` list of the operation's documented 200 answer. */
export function exampleItems(operationId: string): Json[] {
  const data = findOperation(operationId)?.successExample?.data;
  return Array.isArray(data) ? data.filter(isObject) : [];
}
