// Turns Ajv's errors into the items Mayar's validator sends in `data` on a 400:
//   { type: "required", message: "The 'amount' field is required.", field: "amount" }
// Field paths use dots and brackets (`customerInfo.email`, `items[1].rate`) as Mayar does.
import type { ErrorObject } from "ajv";

export interface FieldError {
  /** The rule that failed: the Ajv keyword (`required`, `type`, `format`, ...). */
  type: string;
  message: string;
  field: string;
  expected?: unknown;
  actual?: unknown;
}

/** `/customerInfo/email` or `/items/1/rate` → `customerInfo.email` / `items[1].rate`. */
export function fieldPath(instancePath: string, child?: string): string {
  const segments = instancePath
    .split("/")
    .slice(1)
    .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
  if (child !== undefined) segments.push(child);
  return segments.reduce((path, segment) => {
    if (/^\d+$/.test(segment)) return `${path}[${segment}]`;
    return path ? `${path}.${segment}` : segment;
  }, "");
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

function describe(field: string): string {
  return field ? `The '${field}' field` : "The request body";
}

/** Sentences in the style of Mayar's validator ("The 'items[1].rate' field must be a positive number."). */
function boundMessage(keyword: string, expected: unknown): string {
  switch (keyword) {
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
    default:
      return `must match the pattern ${String(expected)}`;
  }
}

export function toFieldError(error: ErrorObject): FieldError {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case "required": {
      const field = fieldPath(error.instancePath, String(params.missingProperty));
      return { type: "required", message: `${describe(field)} is required.`, field };
    }
    case "type": {
      const field = fieldPath(error.instancePath);
      const expected = Array.isArray(params.type) ? params.type.join(" or ") : String(params.type);
      return {
        type: "type",
        message: `${describe(field)} must be ${article(expected)}.`,
        field,
        expected,
        actual: error.data,
      };
    }
    case "format": {
      const field = fieldPath(error.instancePath);
      const expected = String(params.format);
      return {
        type: "format",
        message: `${describe(field)} must be a valid ${expected}.`,
        field,
        expected,
        actual: error.data,
      };
    }
    case "minimum":
    case "exclusiveMinimum":
    case "maximum":
    case "exclusiveMaximum":
    case "minLength":
    case "maxLength":
    case "minItems":
    case "maxItems":
    case "enum":
    case "pattern": {
      const field = fieldPath(error.instancePath);
      const expected = params.limit ?? params.allowedValues ?? params.pattern;
      return {
        type: error.keyword,
        message: `${describe(field)} ${boundMessage(error.keyword, expected)}.`,
        field,
        expected,
        actual: error.data,
      };
    }
    default: {
      const field = fieldPath(error.instancePath);
      return { type: error.keyword, message: `${describe(field)} ${error.message ?? "is invalid"}.`, field };
    }
  }
}

export function toFieldErrors(errors: readonly ErrorObject[]): FieldError[] {
  return errors.map(toFieldError);
}
