import { useLocale } from "../i18n";
import { serverMode } from "../server-mode";

/**
 * Notes for developers trying the demo, apart from what the customer reads (and not shown when the shop
 * takes real payments): which packages it shows, and the API reference.
 */
export function Footer() {
  const { t } = useLocale();
  if (serverMode() === "production") return <footer className="site-footer" />;
  return (
    <footer className="site-footer">
      <section className="developer-note" aria-label={t.developers}>
        <p>
          <span className="developer-note__label">{t.developers}:</span> {t.developersNote}
        </p>
        <p>
          <a href="/docs/api">{t.apiReference}</a>
        </p>
      </section>
    </footer>
  );
}
