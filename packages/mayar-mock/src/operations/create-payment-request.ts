// POST /hl/v2/payments/create: a single payment request with a hosted link `${publicUrl}/pl/<slug>`.
import { errorResponse, jsonResponse } from "../http/responses.js";
import { canonicalJson } from "../util/canonical-json.js";
import { randomSlug, randomUuid } from "../util/random.js";
import type { OperationHandler } from "./context.js";
import type { CreatePaymentRequestBody } from "./types.js";

const DUPLICATE_MESSAGE = "Duplicate request detected. Please wait 1 minute before trying again.";

export const createPaymentRequest: OperationHandler<CreatePaymentRequestBody> = ({
  operation,
  body,
  options,
  payments,
  duplicates,
}) => {
  const now = options.now();
  // "The same create" is the same body, whatever its key order.
  const duplicateKey = `${operation.operationId} ${canonicalJson(body)}`;
  if (duplicates.check(duplicateKey, now, options.duplicateWindowMs)) {
    return errorResponse(429, operation.messageKey, DUPLICATE_MESSAGE);
  }

  const id = randomUuid();
  const transactionId = randomUuid();
  const slug = randomSlug();
  const link = `${options.publicUrl}/pl/${slug}`;
  payments.add({
    operationId: "createPaymentRequest",
    id,
    transactionId,
    slug,
    link,
    status: "unpaid",
    createdAt: now,
    paidAt: null,
    name: body.name,
    amount: body.amount,
    request: body,
  });
  return jsonResponse(200, {
    statusCode: 200,
    [operation.messageKey]: "success",
    data: { id, transactionId, link },
  });
};
