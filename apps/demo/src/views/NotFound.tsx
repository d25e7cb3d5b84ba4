import { useLocale } from "../i18n";

export function NotFound() {
  const { t } = useLocale();
  return (
    <div className="card">
      <h1>{t.notFoundHeading}</h1>
      <p>{t.notFoundBody}</p>
      <p>
        <a className="button-link" href="/">
          {t.backToShop}
        </a>
      </p>
    </div>
  );
}
