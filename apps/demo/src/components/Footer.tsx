import { useLocale } from "../i18n";

export function Footer() {
  const { t } = useLocale();
  return (
    <footer className="site-footer">
      <p>{t.footer}</p>
      <p>
        <a href="/docs/api">{t.apiReference}</a>
      </p>
    </footer>
  );
}
