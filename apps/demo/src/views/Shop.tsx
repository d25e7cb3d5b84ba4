import { useId, useState } from "react";
import { PRODUCTS } from "../catalogue";
import { CreditTopUp } from "../components/CreditTopUp";
import { CustomerDetails } from "../components/CustomerDetails";
import { ProductCard } from "../components/ProductCard";
import { DEMO_CUSTOMER } from "../customer";
import { useLocale } from "../i18n";
import { serverMode } from "../server-mode";
import { useOrderRef } from "../use-order-ref";

export function Shop() {
  const { t } = useLocale();
  const productsHeading = useId();
  const [customer, setCustomer] = useState(DEMO_CUSTOMER);
  const orderRef = useOrderRef();
  const mode = serverMode();
  const modeNote = { mock: t.modeMock, sandbox: t.modeSandbox, production: t.modeProduction };
  return (
    <>
      <h1>{t.shopName}</h1>
      <p className="mode-note" data-mode={mode}>
        {mode ? `${modeNote[mode]} ` : ""}
        {t.keyNote}
      </p>
      <CustomerDetails customer={customer} onChange={setCustomer} />
      <section aria-labelledby={productsHeading}>
        <h2 id={productsHeading}>{t.productsHeading}</h2>
        <ul className="products">
          {PRODUCTS.map((product) => (
            <li key={product.id}>
              <ProductCard product={product} customer={customer} orderRef={orderRef} />
            </li>
          ))}
        </ul>
      </section>
      <CreditTopUp customer={customer} />
    </>
  );
}
