// Ajv (JSON Schema 2020-12, the dialect of OpenAPI 3.1) over the whole spec, so `$ref`s between components
// resolve. One Ajv instance per process, created on first use, and each schema compiled once on first use:
// compiling is the expensive part and the spec never changes at run time.
import Ajv2020, { type ErrorObject, type ValidateFunction } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { spec } from "../spec/document.js";

const SPEC_ID = "mayar-openapi";

/**
 * `format: email` as Mayar's validator (fastest-validator's default "quick" mode) and the SDK's pre-flight
 * check read it: one `@`, no spaces, a dot in the domain. ajv-formats' own pattern accepts `a@b`, which the
 * SDK refuses; the two must agree.
 */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

let ajv: Ajv2020 | undefined;
const compiled = new Map<string, ValidateFunction>();

function getAjv(): Ajv2020 {
  if (!ajv) {
    // strict: false because an OpenAPI document carries keywords Ajv does not know (description, example,
    // x-mayar-result, ...). allErrors: Mayar's validator reports every failing field, not the first one.
    // verbose: keeps the offending value on each error, reported as `actual`.
    ajv = new Ajv2020({ strict: false, allErrors: true, verbose: true });
    addFormats(ajv);
    ajv.addFormat("email", EMAIL_PATTERN);
    ajv.addSchema(spec, SPEC_ID);
  }
  return ajv;
}

/** The compiled validator for the schema at `pointer` (a "#/..." JSON pointer into the spec). */
export function schemaValidator(pointer: string): ValidateFunction {
  let validate = compiled.get(pointer);
  if (!validate) {
    const found = getAjv().getSchema(`${SPEC_ID}${pointer}`);
    if (!found) throw new Error(`The spec has no schema at ${pointer}.`);
    validate = found;
    compiled.set(pointer, validate);
  }
  return validate;
}

/**
 * A validator for an object whose members are spec schemas (an operation's query or path parameters):
 * `{ limit: "#/components/parameters/Limit/schema" }`. Compiled once per `key`.
 */
export function objectValidator(
  key: string,
  members: Readonly<Record<string, string>>,
  required: readonly string[],
): ValidateFunction {
  let validate = compiled.get(key);
  if (!validate) {
    const properties = Object.fromEntries(
      Object.entries(members).map(([name, pointer]) => [name, { $ref: `${SPEC_ID}${pointer}` }]),
    );
    validate = getAjv().compile({ type: "object", properties, required: [...required] });
    compiled.set(key, validate);
  }
  return validate;
}

export interface SchemaCheck {
  valid: boolean;
  errors: ErrorObject[];
}

/** Validates `value` with a compiled validator (e.g. from {@link objectValidator}). */
export function checkWith(validate: ValidateFunction, value: unknown): SchemaCheck {
  const valid = validate(value) as boolean;
  return { valid, errors: valid ? [] : [...(validate.errors ?? [])] };
}

/** Validates `value` against the spec schema at `pointer`. */
export function checkAgainstSpec(pointer: string, value: unknown): SchemaCheck {
  return checkWith(schemaValidator(pointer), value);
}
