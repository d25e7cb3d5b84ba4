import { type MayarFieldError, MayarInputError } from "../errors/mayar-error";

/**
 * Field rules generated from the spec (tooling/generate/model.mjs): `{ "items[].rate": "number! gt=0" }`:
 * the JSON type (empty when unchecked), `!` when required, then Mayar's documented constraints
 * (`min=`, `max=`, `gt=`, `email`, `len=min-max`, `items=min-max`, `in=a|b`). The mock validates the same
 * spec keywords, so the two agree.
 */
export type FieldRules = Readonly<Record<string, string>>;

const typeOf = (value: unknown) => (Array.isArray(value) ? "array" : value === null ? "null" : typeof value);

// Deliberately loose (one @, no spaces, a dot in the domain): the same shape as the mock's `email` format.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Every value at `path`, where `items[].rate` fans out over the array. */
function valuesAt(root: unknown, path: string): Array<[string, unknown]> {
  let found: Array<[string, unknown]> = [["", root]];
  for (const step of path.split(".")) {
    const key = step.replace("[]", "");
    const next: Array<[string, unknown]> = [];
    for (const [where, node] of found) {
      const value = (node as Record<string, unknown> | undefined)?.[key];
      const at = where ? `${where}.${key}` : key;
      if (step.endsWith("[]")) {
        if (Array.isArray(value)) {
          for (const [i, item] of value.entries()) next.push([`${at}[${i}]`, item]);
        }
      } else if (node !== undefined && node !== null) next.push([at, value]);
    }
    found = next;
  }
  return found;
}

/** The problem with one value, or "" when it passes. */
function problemWith(value: unknown, rule: string): string {
  const [head = "", ...constraints] = rule.split(" ");
  const type = head.replace("!", "");
  const actual = typeOf(value);
  if (
    type === "integer"
      ? !Number.isInteger(value)
      : type === "number"
        ? !Number.isFinite(value)
        : type && actual !== type
  ) {
    return `must be ${type === "integer" ? "an integer" : type}, got ${actual}`;
  }
  const number = value as number;
  for (const constraint of constraints) {
    const [name, arg = ""] = constraint.split("=");
    const [low = "", high = ""] = arg.split("-");
    const size = (value as { length: number }).length;
    const broken =
      name === "min"
        ? number < +arg
        : name === "max"
          ? number > +arg
          : name === "gt"
            ? number <= +arg
            : name === "email"
              ? !EMAIL.test(value as string)
              : name === "in"
                ? !arg.split("|").includes(value as string)
                : size < +low || (high !== "" && size > +high);
    if (broken) {
      return `must ${
        name === "min"
          ? `be at least ${arg}`
          : name === "max"
            ? `be at most ${arg}`
            : name === "gt"
              ? `be greater than ${arg}`
              : name === "email"
                ? "be an email address"
                : name === "in"
                  ? `be one of ${arg.replaceAll("|", ", ")}`
                  : `have ${high ? `${low} to ${high}` : `at least ${low}`} ${name === "len" ? "characters" : "items"}`
      }`;
    }
  }
  return "";
}

/**
 * The pre-flight check: refuses a body or query whose required fields are missing or whose fields break
 * Mayar's documented rules before anything is sent, naming every problem at once. Mayar's own answer to the
 * same mistake is often a bare "Validation Error"; this says which field and why.
 */
export function checkFields(where: string, rules: FieldRules, input: unknown, what = "body"): void {
  if (typeOf(input) !== "object") {
    throw new MayarInputError(`${where}: the ${what} must be an object, got ${typeOf(input)}.`);
  }
  const problems: MayarFieldError[] = [];
  for (const [path, rule] of Object.entries(rules)) {
    for (const [field, value] of valuesAt(input, path)) {
      if (value === undefined || (value === "" && rule.includes("!"))) {
        if (rule.split(" ")[0]?.endsWith("!"))
          problems.push({ field, type: "required", message: `${field} is required` });
        continue;
      }
      const problem = problemWith(value, rule);
      if (problem)
        problems.push({
          field,
          type: rule.split(" ")[0]?.replace("!", "") ?? "",
          message: `${field} ${problem}`,
        });
    }
  }
  if (problems.length) {
    throw new MayarInputError(`${where}: ${problems.map((p) => p.message).join("; ")}.`, problems);
  }
}
