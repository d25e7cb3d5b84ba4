import { LOCALES, useLocale } from "../i18n";

export function Header() {
  const { locale, setLocale, t } = useLocale();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <a className="brand" href="/">
          <img src="/favicon.svg" alt="" width="32" height="32" />
          <span>
            <span className="brand__name">{t.shopName}</span>
            <span className="brand__tagline">{t.tagline}</span>
          </span>
        </a>
        <fieldset className="locale-switch">
          <legend className="visually-hidden">{t.language}</legend>
          {LOCALES.map((code) => (
            <button
              key={code}
              type="button"
              lang={code}
              aria-pressed={locale === code}
              onClick={() => setLocale(code)}
            >
              {code === "id" ? "Bahasa Indonesia" : "English"}
            </button>
          ))}
        </fieldset>
      </div>
    </header>
  );
}
