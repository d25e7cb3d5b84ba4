import { type MayarFieldError, MayarInputError } from "../errors/mayar-error";

/** Field rules generated from the spec: `{ "customerInfo.email": "string!" }` (`!` = required). */
export type FieldRules = Readonly<Record<string, string>>;

const typeOf = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value);

// The generator emits only these types ("" for a field whose type it does not check).
const matches = (value: unknown, type: string) =>
  type === "integer"
    ? Number.isInteger(value)
    : type === "number"
      ? Number.isFinite(value)
      : !type || typeOf(value) === type;

/**
 * The pre-flight check: refuses a body whose required fields are missing or whose fields have the wrong
 * type before anything is sent, naming every problem at once. Mayar's own answer to the same mistake is a
 * bare "Validation Error"; this says which field and why. Formats and ranges are left to Mayar.
 */
export function checkBody(operationId: string, rules: FieldRules, body: unknown): void {
  if (typeOf(body) !== "object") {
    throw new MayarInputError(`${operationId}: the body must be an object, got ${typeOf(body)}.`);
  }
  const problems: MayarFieldError[] = [];
  for (const [field, rule] of Object.entries(rules)) {
    const value = field
      .split(".")
      .reduce<unknown>((node, key) => (node as Record<string, unknown>)?.[key], body);
    const type = rule.replace("!", "");
    if (value === undefined || value === "") {
      if (rule.endsWith("!")) problems.push({ field, type: "required", message: `${field} is required` });
    } else if (!matches(value, type)) {
      problems.push({ field, type, message: `${field} must be ${type}, got ${typeOf(value)}` });
    }
  }
  if (problems.length) {
    throw new MayarInputError(`${operationId}: ${problems.map((p) => p.message).join("; ")}.`, problems);
  }
}
