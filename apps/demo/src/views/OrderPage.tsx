import { formatRupiah } from "@org/mayar-react";
import { findCreditPack, findProduct } from "../../shared/catalogue.js";
import { withLanguage } from "../../shared/checkout-link.js";
import { formatCredits } from "../format";
import { type Messages, useLocale } from "../i18n";
import { type Order, type OrderStatus, useOrder } from "../order-status";

/**
 * What the page tells the customer: the server's status, except that an unpaid order the customer came back
 * to from the checkout without paying (`status=failed|cancelled|expired` in the address, which the hosted
 * checkout adds) says so, with a way to try again, instead of "waiting for confirmation". The address can
 * only make the page say "not paid": it never makes an order look paid.
 */
type Situation = OrderStatus | "failed" | "cancelled";

function situationOf(order: Order, returned: string | null): Situation {
  if (order.status !== "pending") return order.status;
  if (returned === "failed") return "failed";
  if (returned === "cancelled" || returned === "expired") return "cancelled";
  return "pending";
}

const HEADINGS: Record<Situation, keyof Messages> = {
  pending: "orderPendingHeading",
  failed: "orderFailedHeading",
  cancelled: "orderCancelledHeading",
  paid: "orderPaidHeading",
  expired: "orderExpiredHeading",
  review: "orderReviewHeading",
};
const BODIES: Record<Exclude<Situation, "paid">, keyof Messages> = {
  pending: "orderPendingBody",
  failed: "orderFailedBody",
  cancelled: "orderCancelledBody",
  expired: "orderExpiredBody",
  review: "orderReviewBody",
};
const STATUS_LABELS: Record<OrderStatus, keyof Messages> = {
  pending: "statusPending",
  paid: "statusPaid",
  expired: "statusExpired",
  review: "statusReview",
};

function BackToShop() {
  const { t } = useLocale();
  return (
    <p className="order__actions">
      <a className="button-link" href="/">
        {t.backToShop}
      </a>
    </p>
  );
}

/** The next step: pay again on the same checkout (failed, cancelled), order again (expired), or go back. */
function Actions({ order, situation }: { order: Order; situation: Situation }) {
  const { locale, t } = useLocale();
  if ((situation === "failed" || situation === "cancelled") && order.paymentUrl) {
    return (
      <p className="order__actions">
        <a className="button-link" href={withLanguage(order.paymentUrl, locale)}>
          {t.tryPaymentAgain}
        </a>
        <a className="button-link button-link--secondary" href="/">
          {t.backToShop}
        </a>
      </p>
    );
  }
  if (situation === "expired") {
    return (
      <p className="order__actions">
        <a
          className="button-link"
          href={order.kind === "credit" ? "/#credits" : `/#${encodeURIComponent(order.product)}`}
        >
          {t.orderAgain}
        </a>
      </p>
    );
  }
  return <BackToShop />;
}

function NoOrder() {
  const { t } = useLocale();
  return (
    <div className="card order" data-status="not-found">
      <h1>{t.orderNotFoundHeading}</h1>
      <p role="status">{t.orderNotFoundBody}</p>
      <BackToShop />
    </div>
  );
}

function Summary({ order }: { order: Order }) {
  const { locale, t } = useLocale();
  const product =
    order.kind === "credit"
      ? formatCredits(order.credits ?? findCreditPack(order.product)?.credits ?? 0, locale, t.creditsOf)
      : (findProduct(order.product)?.name[locale] ?? order.product);
  return (
    <section className="order__summary" aria-labelledby="order-summary">
      <h2 id="order-summary">{t.orderSummary}</h2>
      <dl>
        <dt>{t.orderProduct}</dt>
        <dd>{product}</dd>
        <dt>{t.orderAmount}</dt>
        <dd>{formatRupiah(order.amount, locale)}</dd>
        <dt>{t.orderStatus}</dt>
        <dd>
          <span className="badge" data-status={order.status}>
            {t[STATUS_LABELS[order.status]]}
          </span>
        </dd>
        <dt>{t.orderNumber}</dt>
        <dd>
          <span className="order__number">{order.number}</span>
        </dd>
      </dl>
    </section>
  );
}

function OrderView({ id, returned }: { id: string; returned: string | null }) {
  const { t } = useLocale();
  const { data: order, isPending, isError } = useOrder(id);
  if (order === null) return <NoOrder />;
  if (!order) {
    return (
      <div className="card order" data-status={isPending ? "loading" : "error"} aria-busy={isPending}>
        <h1>{t.orderTitle}</h1>
        <p role="status">{isError ? t.orderErrorBody : t.orderLoading}</p>
        <BackToShop />
      </div>
    );
  }
  const situation = situationOf(order, returned);
  const body =
    situation === "paid"
      ? order.kind === "credit"
        ? t.orderPaidCreditBody
        : t.orderPaidBody
      : t[BODIES[situation]];
  return (
    <div className="card order" data-status={situation}>
      <div className="order__head">
        <span className="order__icon" data-status={situation} aria-hidden="true" />
        <div>
          <h1>{t[HEADINGS[situation]]}</h1>
          <p role="status" aria-busy={situation === "pending"}>
            {body}
          </p>
        </div>
      </div>
      <Summary order={order} />
      <Actions order={order} situation={situation} />
    </div>
  );
}

/**
 * Where the hosted checkout returns: `/order?status=…&id=<payment id>`. The order is the shop server's,
 * asked until it is final; `status` only says why an unpaid order came back (see situationOf).
 */
export function OrderPage({ search }: { search: string }) {
  const query = new URLSearchParams(search);
  const id = query.get("id")?.trim();
  return id ? <OrderView id={id} returned={query.get("status")} /> : <NoOrder />;
}
