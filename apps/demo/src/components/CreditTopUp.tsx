import { PayButton } from "@org/mayar-react";
import { useId, useState } from "react";
import { CREDIT_OPTIONS, CREDIT_PRODUCT_ID } from "../catalogue";
import type { Customer } from "../customer";
import { formatNumber } from "../format";
import { useLocale } from "../i18n";

export function CreditTopUp({ customer }: { customer: Customer }) {
  const { locale, t } = useLocale();
  const id = useId();
  const [creditAmount, setCreditAmount] = useState<number>(CREDIT_OPTIONS[1]);
  return (
    <section className="card credit" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t.creditHeading}</h2>
      <p>{t.creditDescription}</p>
      <div className="field">
        <label htmlFor={`${id}-amount`}>{t.creditAmount}</label>
        <select
          id={`${id}-amount`}
          value={creditAmount}
          onChange={(event) => setCreditAmount(Number(event.target.value))}
        >
          {CREDIT_OPTIONS.map((amount) => (
            <option key={amount} value={amount}>
              {formatNumber(amount, locale)} {t.credits}
            </option>
          ))}
        </select>
      </div>
      <PayButton
        locale={locale}
        creditCheckout={{
          productId: CREDIT_PRODUCT_ID,
          creditAmount,
          customerInfo: { name: customer.name, email: customer.email, mobile: customer.mobile },
        }}
      />
    </section>
  );
}
