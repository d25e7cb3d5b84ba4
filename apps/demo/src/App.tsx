import { Footer } from "./components/Footer";
import { Header } from "./components/Header";
import { useLocale } from "./i18n";
import { NotFound } from "./views/NotFound";
import { Shop } from "./views/Shop";
import { Thanks } from "./views/Thanks";

/** Two routes, each reached by a full page load (the hosted checkout returns to /thanks): no router needed. */
function View({ pathname, search }: { pathname: string; search: string }) {
  if (pathname === "/") return <Shop />;
  if (pathname === "/thanks") return <Thanks search={search} />;
  return <NotFound />;
}

export function App({ location = window.location }: { location?: Pick<Location, "pathname" | "search"> }) {
  const { t } = useLocale();
  return (
    <>
      <a className="skip-link" href="#main">
        {t.skipToContent}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <View pathname={location.pathname} search={location.search} />
      </main>
      <Footer />
    </>
  );
}
