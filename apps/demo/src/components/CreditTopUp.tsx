import { formatPaymentLabel, formatRupiah, PayButton } from "@org/mayar-react";
import { useId, useState } from "react";
import { CREDIT_PACKS, DEFAULT_CREDIT_PACK_ID, findCreditPack } from "../../shared/catalogue.js";
import type { Customer } from "../customer";
import { formatCredits } from "../format";
import { useLocale } from "../i18n";
import { CheckoutGuard } from "./CheckoutGuard";

export function CreditTopUp({ customer, canPay }: { customer: Customer; canPay: () => boolean }) {
  const { locale, t } = useLocale();
  const id = useId();
  const [packId, setPackId] = useState(DEFAULT_CREDIT_PACK_ID);
  const pack = findCreditPack(packId) ?? CREDIT_PACKS[0];
  if (!pack) return null;
  return (
    <section className="card credit" id="credits" aria-labelledby={`${id}-heading`}>
      <div className="credit__intro">
        <h2 id={`${id}-heading`}>{t.creditHeading}</h2>
        <p className="product__description">{t.creditDescription}</p>
      </div>
      <div className="credit__buy">
        <div className="field">
          <label htmlFor={`${id}-pack`}>{t.creditAmount}</label>
          <select id={`${id}-pack`} value={pack.id} onChange={(event) => setPackId(event.target.value)}>
            {CREDIT_PACKS.map((option) => (
              <option key={option.id} value={option.id}>
                {formatCredits(option.credits, locale, t.creditsOf)} · {formatRupiah(option.price, locale)}
              </option>
            ))}
          </select>
        </div>
        <p className="price">
          <span className="visually-hidden">{t.price}: </span>
          {formatRupiah(pack.price, locale)}
        </p>
        <CheckoutGuard allowed={canPay}>
          {/* productId names the pack; the server swaps in Mayar's credit product and the pack's size. */}
          <PayButton
            locale={locale}
            fullWidth
            creditCheckout={{
              productId: pack.id,
              creditAmount: pack.credits,
              customerInfo: { name: customer.name, email: customer.email, mobile: customer.mobile },
            }}
          >
            {formatPaymentLabel(pack.price, locale)}
          </PayButton>
        </CheckoutGuard>
      </div>
    </section>
  );
}
