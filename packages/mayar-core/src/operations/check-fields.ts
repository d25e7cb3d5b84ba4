import { type MayarFieldError, MayarInputError } from "../errors/mayar-error";
import { jsonType, problemsOf, type Rule, type RuleProblem } from "./rules";

/** How each broken keyword reads after the field's name; `$` is what the rule expects. */
const SAY: Record<string, string> = {
  required: "is required",
  type: "must be $",
  enum: "must be one of $",
  minimum: "must be at least $",
  maximum: "must be at most $",
  exclusiveMinimum: "must be greater than $",
  exclusiveMaximum: "must be less than $",
  minLength: "must have at least $ characters",
  maxLength: "must have at most $ characters",
  minItems: "must have at least $ items",
  maxItems: "must have at most $ items",
  pattern: "must match $",
  format: "must be $",
  additionalProperties: "is not a field Mayar knows",
};

const FORMAT: Record<string, string> = {
  email: "an email address",
  "date-time": "a date-time like 2026-01-31T23:59:59Z",
  date: "a date like 2026-01-31",
  uri: "a URL like https://example.com",
  uuid: "a UUID",
};

const sentence = ({ type, expected }: RuleProblem) =>
  /^min[LI]/.test(type) && expected === 1
    ? "must not be empty"
    : (SAY[type] as string).replace(
        "$",
        type === "format"
          ? (FORMAT[expected as string] as string)
          : ([] as unknown[]).concat(expected).join(", "),
      );

/**
 * The pre-flight check: refuses a body, query or path that breaks the spec's rules (generated from the spec:
 * required fields, types, bounds, lengths, patterns, formats, enums) before anything is sent, naming every
 * problem at once. Mayar's own answer to the same mistake is often a bare "Validation Error"; this says which
 * field and why. The mock validates with the same rules, so the two refuse the same inputs.
 */
export function checkFields(where: string, rule: Rule, input: unknown, what = "body"): void {
  if (jsonType(input) !== "object") {
    throw new MayarInputError(`${where}: the ${what} must be an object, got ${jsonType(input)}.`);
  }
  const problems: MayarFieldError[] = problemsOf(rule, input).map((problem) => ({
    field: problem.field,
    type: problem.type,
    message: `${problem.field} ${sentence(problem)}`,
  }));
  if (problems.length) {
    throw new MayarInputError(`${where}: ${problems.map((p) => p.message).join("; ")}.`, problems);
  }
}
