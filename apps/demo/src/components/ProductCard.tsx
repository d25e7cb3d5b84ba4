import { formatRupiah, PayButton } from "@org/mayar-react";
import { useId } from "react";
import type { Product } from "../../shared/catalogue.js";
import type { Customer } from "../customer";
import { useLocale } from "../i18n";
import { CheckoutGuard } from "./CheckoutGuard";

interface ProductCardProps {
  product: Product;
  customer: Customer;
  canPay: () => boolean;
}

export function ProductCard({ product, customer, canPay }: ProductCardProps) {
  const { locale, t } = useLocale();
  const headingId = useId();
  const name = product.name[locale];
  return (
    <article className="card product" id={product.id} aria-labelledby={headingId} data-product={product.id}>
      <h3 id={headingId}>{name}</h3>
      <p className="product__description">{product.description[locale]}</p>
      <p className="price">
        <span className="visually-hidden">{t.price}: </span>
        {formatRupiah(product.price, locale)}
      </p>
      <CheckoutGuard allowed={canPay}>
        {/* The server sets the name, amount and description from its own catalogue (by extraData.productId);
            amount is here for the button's label. */}
        <PayButton
          locale={locale}
          fullWidth
          payment={{
            name,
            amount: product.price,
            email: customer.email,
            mobile: customer.mobile,
            extraData: { productId: product.id, customerName: customer.name, locale },
          }}
        />
      </CheckoutGuard>
    </article>
  );
}
