import { formatRupiah } from "@org/mayar-react";
import { findCreditPack, findProduct } from "../../shared/catalogue.js";
import { formatCredits } from "../format";
import { type Messages, useLocale } from "../i18n";
import { type Order, type OrderStatus, useOrder } from "../order-status";

const HEADINGS: Record<OrderStatus, keyof Messages> = {
  pending: "orderPendingHeading",
  paid: "orderPaidHeading",
  expired: "orderExpiredHeading",
  review: "orderReviewHeading",
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
    <p>
      <a className="button-link" href="/">
        {t.backToShop}
      </a>
    </p>
  );
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
          <code className="order__id">{order.id}</code>
        </dd>
      </dl>
    </section>
  );
}

function OrderView({ id }: { id: string }) {
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
  const body =
    order.status === "paid"
      ? order.kind === "credit"
        ? t.orderPaidCreditBody
        : t.orderPaidBody
      : order.status === "pending"
        ? t.orderPendingBody
        : order.status === "expired"
          ? t.orderExpiredBody
          : t.orderReviewBody;
  return (
    <div className="card order" data-status={order.status}>
      <div className="order__head">
        <span className="order__icon" data-status={order.status} aria-hidden="true" />
        <div>
          <h1>{t[HEADINGS[order.status]]}</h1>
          <p role="status" aria-busy={order.status === "pending"}>
            {body}
          </p>
        </div>
      </div>
      <Summary order={order} />
      <p className="hint">{t.statusNote}</p>
      <BackToShop />
    </div>
  );
}

/**
 * Where the hosted checkout returns: `/order?status=…&id=<payment id>`. Only `id` is read; the status shown
 * is the shop server's, asked until it is final.
 */
export function OrderPage({ search }: { search: string }) {
  const id = new URLSearchParams(search).get("id")?.trim();
  return id ? <OrderView id={id} /> : <NoOrder />;
}
