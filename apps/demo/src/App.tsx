import { useEffect } from "react";
import { Footer } from "./components/Footer";
import { Header } from "./components/Header";
import { type Messages, useLocale } from "./i18n";
import { NotFound } from "./views/NotFound";
import { OrderPage } from "./views/OrderPage";
import { Shop } from "./views/Shop";

type Route = { title: keyof Messages | null; view: () => React.ReactNode };

/** Two routes, each reached by a full page load (the hosted checkout returns to /order): no router needed. */
function route(pathname: string, search: string): Route {
  if (pathname === "/") return { title: null, view: () => <Shop /> };
  if (pathname === "/order") return { title: "orderTitle", view: () => <OrderPage search={search} /> };
  return { title: "notFoundHeading", view: () => <NotFound /> };
}

export function App({ location = window.location }: { location?: Pick<Location, "pathname" | "search"> }) {
  const { t } = useLocale();
  const { title, view } = route(location.pathname, location.search);
  const documentTitle = title ? `${t[title]} · ${t.shopName}` : `${t.shopName} · ${t.tagline}`;
  useEffect(() => {
    document.title = documentTitle;
  }, [documentTitle]);
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        {view()}
      </main>
      <Footer />
    </>
  );
}
