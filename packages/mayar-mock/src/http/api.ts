// The API pipeline for one spec operation: fault → auth → JSON body → schema → handler.
import type { FaultQueue } from "../faults.js";
import { serveFault } from "../faults.js";
import type { OperationContext } from "../operations/context.js";
import { isMockOperationId, operationHandlers } from "../operations/index.js";
import type { SpecOperation } from "../spec/operations.js";
import { toFieldErrors } from "../validation/field-errors.js";
import { checkAgainstSpec } from "../validation/spec-validator.js";
import { isAuthorized } from "./auth.js";
import { errorResponse } from "./responses.js";

type Services = Omit<OperationContext<unknown>, "operation" | "body">;

const NOT_JSON = [{ type: "json", message: "The request body must be valid JSON.", field: "" }];

async function readJson(request: Request): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const text = await request.text();
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export async function handleOperation(
  request: Request,
  operation: SpecOperation,
  services: Services,
  faults: FaultQueue,
): Promise<Response> {
  const { messageKey } = operation;
  if (!isMockOperationId(operation.operationId)) {
    // The spec gained an operation the mock does not implement yet (a test guards against this).
    return errorResponse(501, messageKey, `Not implemented by @org/mayar-mock: ${operation.operationId}`);
  }

  const fault = faults.take(operation.operationId);
  if (fault) return serveFault(fault, messageKey);

  if (!isAuthorized(request, services.options.apiKey)) return errorResponse(401, messageKey, "Unauthorized");

  let body: unknown;
  if (operation.requestSchemaPointer) {
    const parsed = await readJson(request);
    if (!parsed.ok) return errorResponse(400, messageKey, "Validation Error", NOT_JSON);
    const check = checkAgainstSpec(operation.requestSchemaPointer, parsed.value);
    if (!check.valid) return errorResponse(400, messageKey, "Validation Error", toFieldErrors(check.errors));
    body = parsed.value;
  }

  const handler = operationHandlers[operation.operationId];
  return handler({ ...services, operation, body: body as never });
}
