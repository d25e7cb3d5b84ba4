// The API pipeline for one spec operation: fault → auth → path and query parameters → JSON body → handler
// (the operation's own, or the documented example).
import type { FaultQueue } from "../faults.js";
import { serveFault } from "../faults.js";
import type { OperationContext } from "../operations/context.js";
import { exampleAnswer } from "../operations/generic.js";
import { invalidBodyAnswers, operationHandlers } from "../operations/index.js";
import type { MockOperationId } from "../operations/types.js";
import type { SpecOperation, SpecParameter } from "../spec/operations.js";
import type { RouteMatch } from "../spec/router.js";
import { type FieldError, toFieldErrors } from "../validation/field-errors.js";
import { checkAgainstSpec, checkWith, objectValidator } from "../validation/spec-validator.js";
import { isAuthorized } from "./auth.js";
import { type BodyProblem, readJsonBody } from "./body.js";
import { readQuery } from "./query.js";
import { errorResponse } from "./responses.js";

type Services = Pick<OperationContext, "options" | "state" | "webhooks">;

function bodyError(operation: SpecOperation, problem: BodyProblem): Response {
  const { messageKey } = operation;
  if (problem.kind === "too-large") return errorResponse(413, messageKey, "Payload Too Large");
  const message =
    problem.kind === "too-deep"
      ? `The request body is nested more than ${problem.limit} levels deep.`
      : "The request body must be valid JSON.";
  return errorResponse(400, messageKey, "Validation Error", [{ type: "json", message, field: "" }]);
}

/** Field errors for parameters (path or query) against their schemas, or [] when they pass. */
function checkParameters(
  operation: SpecOperation,
  where: "path" | "query",
  parameters: readonly SpecParameter[],
  values: Record<string, unknown>,
): FieldError[] {
  if (parameters.length === 0) return [];
  const validate = objectValidator(
    `${where} ${operation.operationId}`,
    Object.fromEntries(parameters.map((p) => [p.name, p.schemaPointer])),
    parameters.filter((p) => p.required).map((p) => p.name),
  );
  const check = checkWith(validate, values);
  return check.valid ? [] : toFieldErrors(check.errors);
}

export async function handleOperation(
  request: Request,
  url: URL,
  { operation, params }: RouteMatch,
  services: Services,
  faults: FaultQueue,
): Promise<Response> {
  const { messageKey } = operation;
  const fault = faults.take(operation.operationId as MockOperationId);
  if (fault) return serveFault(fault, messageKey);

  if (!isAuthorized(request, services.options.apiKey)) return errorResponse(401, messageKey, "Unauthorized");

  const query = readQuery(url, operation.queryParams);
  const parameterErrors = [
    ...checkParameters(operation, "path", operation.pathParams, params),
    ...checkParameters(operation, "query", operation.queryParams, query),
  ];
  if (parameterErrors.length) return errorResponse(400, messageKey, "Validation Error", parameterErrors);

  let body: unknown;
  if (operation.requestSchemaPointer) {
    const read = await readJsonBody(request, services.options);
    if (!read.ok) return bodyError(operation, read.problem);
    const check = checkAgainstSpec(operation.requestSchemaPointer, read.value);
    if (!check.valid) {
      // A few operations document their own sentence for a bad body (the webhook URL ones).
      const documented = invalidBodyAnswers[operation.operationId]?.(read.value);
      return documented ?? errorResponse(400, messageKey, "Validation Error", toFieldErrors(check.errors));
    }
    body = read.value;
  }

  const context: OperationContext = { ...services, operation, params, query, body };
  const handler = operationHandlers[operation.operationId];
  return handler ? handler(context as OperationContext<never>) : exampleAnswer(context);
}
