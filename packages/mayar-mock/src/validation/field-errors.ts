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
    default: {
      const field = fieldPath(error.instancePath);
      return { type: error.keyword, message: `${describe(field)} ${error.message ?? "is invalid"}.`, field };
    }
  }
}

export function toFieldErrors(errors: readonly ErrorObject[]): FieldError[] {
  return errors.map(toFieldError);
}
