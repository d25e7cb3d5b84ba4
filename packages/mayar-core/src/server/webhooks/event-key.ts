import { sha256 } from "./constant-time";
import type { MayarWebhookEvent } from "./events";

const part = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? encodeURIComponent(String(value)) : "";

const nonEmpty = (...values: unknown[]) =>
  values.find((value) => (typeof value === "string" && value.trim() !== "") || typeof value === "number");

/** JSON with object keys sorted at every level, so equal data always gives equal text. */
const canonical = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(canonical).join(",")}]`
    : value && typeof value === "object"
      ? `{${Object.keys(value)
          .sort()
          .map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`)
          .join(",")}}`
      : (JSON.stringify(value) ?? "null");

const hex = (digest: Uint8Array) => Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");

/**
 * The transaction a payment.received names: `data.transactionId`, else `data.id` (parseMayarWebhook makes
 * sure one of them is a non-empty string). createMayarWebhookHandler asks Mayar for exactly this id.
 */
export const paymentTransactionId = (event: { data: { transactionId?: unknown; id?: unknown } }) =>
  nonEmpty(event.data.transactionId, event.data.id) as string;

/**
 * The key one event is processed once under: what makes two deliveries "the same event".
 * - `payment.received:<transactionId>:paid`: the transaction id (`transactionId`, else `id`) and `paid`, the
 *   only status that reaches `onEvent`. createMayarWebhookHandler runs onEvent only when Mayar confirms the
 *   transaction under this very id, so the key is the confirmed transaction's id: another spelling of it
 *   (case, spaces, escapes) is refused, never processed a second time. Nothing else in the payload counts,
 *   so a replayed or altered copy of a delivery maps to the same key.
 * - `payment.reminder:<transactionId>:<transactionStatus>`.
 * - `shipper.status:<transactionId>:<status>:sha256-<hex>`: each tracking update (a new tracking code,
 *   description or anything else in `data`) is its own event; only identical deliveries collapse.
 * - `membership.<name>:<memberId>:<status>` (`customerId` when there is no `memberId`);
 *   changeTierMemberRegistered adds the tier (`membershipTierId`, `tierId`, `membershipTierName` or
 *   `tierName`, whichever the payload carries), since one member can change tier several times.
 * - An event without such an id: `<type>:sha256-<hex>` of its data (keys sorted), so only identical
 *   deliveries collapse.
 * Each part is URI-encoded, so an id holding ":" cannot imitate another key.
 */
export async function mayarWebhookEventKey(event: MayarWebhookEvent): Promise<string> {
  const { type } = event;
  const data = event.data as Record<string, unknown>;
  const subject = type.startsWith("membership.")
    ? nonEmpty(data.memberId, data.customerId)
    : nonEmpty(data.transactionId, data.id);
  if (subject === undefined) return `${type}:sha256-${hex(await sha256(canonical(data)))}`;
  const status =
    type === "payment.received" ? "paid" : type === "payment.reminder" ? data.transactionStatus : data.status;
  const detail =
    type === "membership.changeTierMemberRegistered"
      ? nonEmpty(data.membershipTierId, data.tierId, data.membershipTierName, data.tierName)
      : type === "shipper.status"
        ? `sha256-${hex(await sha256(canonical(data)))}`
        : undefined;
  return [type, part(subject), part(status), ...(detail === undefined ? [] : [part(detail)])].join(":");
}
