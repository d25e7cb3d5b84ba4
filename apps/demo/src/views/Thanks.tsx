import { useLocale } from "../i18n";

/** Where the hosted checkout sends the customer back: `/thanks?status=paid&id=<payment id>`. */
export function Thanks({ search }: { search: string }) {
  const { t } = useLocale();
  const params = new URLSearchParams(search);
  const paid = params.get("status") === "paid";
  const paymentId = params.get("id");
  return (
    <div className="card thanks" data-status={paid ? "paid" : "unknown"}>
      <h1>{paid ? t.thanksPaidHeading : t.thanksOtherHeading}</h1>
      <p role="status">{paid ? t.thanksPaidBody : t.thanksOtherBody}</p>
      {paymentId ? (
        <dl>
          <dt>{t.paymentId}</dt>
          <dd>
            <code>{paymentId}</code>
          </dd>
        </dl>
      ) : null}
      <p className="hint">{t.statusNote}</p>
      <p>
        <a className="button-link" href="/">
          {t.backToShop}
        </a>
      </p>
    </div>
  );
}
