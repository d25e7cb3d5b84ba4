import { useId } from "react";
import type { Customer } from "../customer";
import { useLocale } from "../i18n";

interface CustomerDetailsProps {
  customer: Customer;
  onChange: (customer: Customer) => void;
}

export function CustomerDetails({ customer, onChange }: CustomerDetailsProps) {
  const { t } = useLocale();
  const id = useId();
  const headingId = `${id}-heading`;
  const fields = [
    { key: "name", label: t.name, type: "text", autoComplete: "name", inputMode: undefined },
    { key: "email", label: t.email, type: "email", autoComplete: "email", inputMode: "email" },
    { key: "mobile", label: t.mobile, type: "tel", autoComplete: "tel", inputMode: "tel" },
  ] as const;

  return (
    <section className="card customer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.customerHeading}</h2>
      <p className="hint" id={`${id}-hint`}>
        {t.customerHint}
      </p>
      <div className="customer__fields">
        {fields.map((field) => (
          <div className="field" key={field.key}>
            <label htmlFor={`${id}-${field.key}`}>{field.label}</label>
            <input
              id={`${id}-${field.key}`}
              name={field.key}
              type={field.type}
              autoComplete={field.autoComplete}
              inputMode={field.inputMode}
              required
              aria-describedby={`${id}-hint`}
              value={customer[field.key]}
              onChange={(event) => onChange({ ...customer, [field.key]: event.target.value })}
            />
          </div>
        ))}
      </div>
    </section>
  );
}
