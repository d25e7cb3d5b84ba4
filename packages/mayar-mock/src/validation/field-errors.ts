// Turns the problems core's rule interpreter finds (the same rules the SDK's pre-flight check uses) into
// the items Mayar's validator sends in `data` on a 400:
//   { type: "required", message: "The 'amount' field is required.", field: "amount" }
// Field paths use dots and brackets (`customerInfo.email`, `items[1].rate`) as Mayar does.
import { problemsOf, type Rule, type RuleProblem } from "@org/mayar-core/internal";

export interface FieldError {
  /** The rule that failed: the JSON Schema keyword (`required`, `type`, `format`, `minimum`, ...). */
  type: string;
  message: string;
  field: string;
  expected?: unknown;
  actual?: unknown;
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function describe(field: string): string {
  return field ? `The '${field}' field` : "The request body";
}

/** Sentences in the style of Mayar's validator ("The 'items[1].rate' field must be a positive number."). */
function sentence(keyword: string, expected: unknown): string {
  switch (keyword) {
    case "required":
      return "is required";
    case "type":
      return `must be ${article(String(expected))}`;
    case "format":
      return `must be a valid ${expected}`;
    case "minimum":
      return `must be greater than or equal to ${expected}`;
    case "exclusiveMinimum":
      return expected === 0 ? "must be a positive number" : `must be greater than ${expected}`;
    case "maximum":
      return `must be less than or equal to ${expected}`;
    case "exclusiveMaximum":
      return `must be less than ${expected}`;
    case "minLength":
      return expected === 1 ? "must not be empty" : `must be at least ${expected} characters long`;
    case "maxLength":
      return `must be at most ${expected} characters long`;
    case "minItems":
      return `must contain at least ${expected} item${expected === 1 ? "" : "s"}`;
    case "maxItems":
      return `must contain at most ${expected} items`;
    case "enum":
      return `must be one of: ${(expected as unknown[]).map(String).join(", ")}`;
    case "pattern":
      return `must match the pattern ${String(expected)}`;
    default:
      return "is not allowed";
  }
}

export function toFieldError({ field, type, expected, actual }: RuleProblem): FieldError {
  const error: FieldError = { type, message: `${describe(field)} ${sentence(type, expected)}.`, field };
  if (type !== "required") {
    if (expected !== undefined) error.expected = expected;
    error.actual = actual;
  }
  return error;
}

/** The field errors of `value` against `rule` ([] when it keeps every rule). */
export function fieldErrors(rule: Rule | undefined, value: unknown): FieldError[] {
  return rule ? problemsOf(rule, value).map(toFieldError) : [];
}
