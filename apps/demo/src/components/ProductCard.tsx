import { PayButton } from "@org/mayar-react";
import { useId } from "react";
import type { Product } from "../catalogue";
import type { Customer } from "../customer";
import { formatRupiah } from "../format";
import { useLocale } from "../i18n";

interface ProductCardProps {
  product: Product;
  customer: Customer;
  orderRef: string;
}

export function ProductCard({ product, customer, orderRef }: ProductCardProps) {
  const { locale, t } = useLocale();
  const headingId = useId();
  const name = product.name[locale];
  return (
    <article className="card product" aria-labelledby={headingId} data-product={product.id}>
      <h3 id={headingId}>{name}</h3>
      <p className="product__description">{product.description[locale]}</p>
      <p className="price">
        <span className="visually-hidden">{t.price}: </span>
        {formatRupiah(product.price)}
      </p>
      <PayButton
        locale={locale}
        payment={{
          name,
          amount: product.price,
          email: customer.email,
          mobile: customer.mobile,
          description: product.description[locale],
          notes: `${orderRef}/${product.id}`,
        }}
      />
    </article>
  );
}
