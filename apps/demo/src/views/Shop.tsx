import { useId, useRef, useState } from "react";
import { PRODUCTS } from "../../shared/catalogue.js";
import {
  CUSTOMER_FIELDS,
  type CustomerProblems,
  cleanCustomer,
  customerProblems,
} from "../../shared/customer.js";
import { CreditTopUp } from "../components/CreditTopUp";
import { CustomerForm } from "../components/CustomerForm";
import { ProductCard } from "../components/ProductCard";
import { DEMO_CUSTOMER } from "../customer";
import { useLocale } from "../i18n";
import { serverMode } from "../server-mode";

export function Shop() {
  const { t } = useLocale();
  const productsHeading = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [customer, setCustomer] = useState(DEMO_CUSTOMER);
  const [triedToPay, setTriedToPay] = useState(false);
  const mode = serverMode();
  // For the customer: whether money moves. How the shop works is for developers (the footer, the README).
  const modeNote = mode === "mock" ? t.modeMock : mode === "sandbox" ? t.modeSandbox : undefined;

  const problems = customerProblems(customer);
  // Problems show from the first attempt to pay (or Enter in a field) on, then follow the typing. Not on
  // leaving a field: a message appearing then moves the page under the pointer and the click on "Bayar"
  // that caused the blur lands elsewhere.
  const shown: CustomerProblems = triedToPay ? problems : {};

  /** Shows every problem and puts the focus on the first field to fix; true when there is none. */
  const check = () => {
    const first = CUSTOMER_FIELDS.find((field) => problems[field]);
    if (!first) return true;
    setTriedToPay(true);
    formRef.current?.querySelector<HTMLInputElement>(`[name="${first}"]`)?.focus();
    return false;
  };

  // What the pay buttons send: trimmed, the number without spaces or dashes.
  const details = cleanCustomer(customer);

  return (
    <>
      <div className="intro">
        <h1>{t.shopName}</h1>
        {modeNote ? (
          <p className="mode-note" data-mode={mode}>
            {modeNote}
          </p>
        ) : null}
      </div>
      <CustomerForm
        formRef={formRef}
        customer={customer}
        problems={shown}
        onChange={setCustomer}
        onSubmit={check}
      />
      <section aria-labelledby={productsHeading}>
        <h2 id={productsHeading}>{t.productsHeading}</h2>
        <ul className="products">
          {PRODUCTS.map((product) => (
            <li key={product.id}>
              <ProductCard product={product} customer={details} canPay={check} />
            </li>
          ))}
        </ul>
      </section>
      <CreditTopUp customer={details} canPay={check} />
    </>
  );
}
