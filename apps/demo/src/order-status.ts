import { useQuery } from "@tanstack/react-query";

export type OrderStatus = "pending" | "paid" | "expired" | "review";

/** What the demo server's `/api/orders/:id` answers: its own record, never what the page's address says. */
export interface Order {
  id: string;
  /** The short order number the customer reads ("7K3M-9QXA"). */
  number: string;
  kind: "product" | "credit";
  /** A product id, or a credit pack id, of shared/catalogue.js. */
  product: string;
  credits?: number;
  amount: number;
  status: OrderStatus;
  /** The hosted checkout of this payment, while it can still be paid. */
  paymentUrl?: string;
}

/** Statuses that will not change any more (review waits for a person, not for Mayar). */
export const FINAL_STATUSES: readonly OrderStatus[] = ["paid", "expired", "review"];

/** Waits between polls: 1 s, 2 s, 4 s, 8 s, then every 10 s. */
export function pollDelay(polls: number): number {
  return Math.min(1_000 * 2 ** Math.max(0, polls - 1), 10_000);
}

class OrderFetchError extends Error {}

async function fetchOrder(id: string, signal: AbortSignal): Promise<Order | null> {
  const response = await fetch(`/api/orders/${encodeURIComponent(id)}`, {
    signal,
    headers: { accept: "application/json" },
  });
  if (response.status === 404) return null;
  if (!response.ok) throw new OrderFetchError(`GET /api/orders/… answered ${response.status}`);
  return (await response.json()) as Order;
}

/**
 * The order from the shop's server, asked again with backoff until it is final (paid, expired, under review)
 * or unknown (null). Goes on in a background tab: the customer may be paying in another one.
 */
export function useOrder(id: string) {
  return useQuery({
    queryKey: ["demo-order", id],
    queryFn: ({ signal }) => fetchOrder(id, signal),
    retry: false,
    refetchOnWindowFocus: true,
    refetchIntervalInBackground: true,
    refetchInterval: (query) => {
      const order = query.state.data;
      if (order === null) return false;
      if (order && FINAL_STATUSES.includes(order.status)) return false;
      return pollDelay(query.state.dataUpdateCount + query.state.errorUpdateCount);
    },
  });
}
