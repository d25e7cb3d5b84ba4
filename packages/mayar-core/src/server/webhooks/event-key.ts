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

/**
 * The key one event is processed once under: what makes two deliveries "the same event".
 * - `payment.received:<transactionId>:paid`: the payload's `transactionId` (else `id`), and `paid`, the only
 *   status that reaches `onEvent`. Nothing else in the payload counts, so a replayed or altered copy of a
 *   delivery maps to the same key.
 * - `payment.reminder:<transactionId>:<transactionStatus>` and `shipper.status:<transactionId>:<status>`.
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
  if (subject === undefined) {
    const digest = await sha256(canonical(data));
    return `${type}:sha256-${Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
  }
  const status =
    type === "payment.received" ? "paid" : type === "payment.reminder" ? data.transactionStatus : data.status;
  const tier =
    type === "membership.changeTierMemberRegistered"
      ? nonEmpty(data.membershipTierId, data.tierId, data.membershipTierName, data.tierName)
      : undefined;
  return [type, part(subject), part(status), ...(tier === undefined ? [] : [part(tier)])].join(":");
}
