// A server component: the price list is read on the server; only the button below runs in the browser.
import { formatRupiah } from "@org/mayar-react";
import { PRICES } from "./catalogue";
import { Checkout } from "./checkout";

export default function Home() {
  const { name, price } = PRICES["mug-white"] as { name: string; price: number };
  return (
    <main>
      <h1>{name}</h1>
      <p>{formatRupiah(price)}</p>
      <Checkout sku="mug-white" name={name} price={price} />
    </main>
  );
}
