import { type FormEvent, type Ref, useId } from "react";
import type { CustomerField, CustomerProblem, CustomerProblems } from "../../shared/customer.js";
import type { Customer } from "../customer";
import { type Messages, useLocale } from "../i18n";

interface CustomerFormProps {
  customer: Customer;
  /** The problems to show now (from the first attempt to pay on). */
  problems: CustomerProblems;
  onChange: (customer: Customer) => void;
  onSubmit: () => void;
  formRef?: Ref<HTMLFormElement>;
}

const MESSAGE_KEYS: Record<CustomerField, Partial<Record<CustomerProblem, keyof Messages>>> = {
  name: { required: "nameRequired", tooLong: "nameTooLong" },
  email: { required: "emailRequired", invalid: "emailInvalid" },
  mobile: { required: "mobileRequired", invalid: "mobileInvalid" },
};

/**
 * The customer's details: a real form with labelled inputs. The page checks it itself (the same rules as
 * the server, in the page's language), so `noValidate` turns off the browser's own bubbles; each problem is
 * written under its field, linked with aria-describedby, and the field is marked aria-invalid.
 */
export function CustomerForm({ customer, problems, onChange, onSubmit, formRef }: CustomerFormProps) {
  const { t } = useLocale();
  const id = useId();
  const headingId = `${id}-heading`;
  const fields = [
    { key: "name", label: t.name, type: "text", autoComplete: "name", inputMode: undefined, hint: undefined },
    {
      key: "email",
      label: t.email,
      type: "email",
      autoComplete: "email",
      inputMode: "email",
      hint: undefined,
    },
    {
      key: "mobile",
      label: t.mobile,
      type: "tel",
      autoComplete: "tel",
      inputMode: "tel",
      hint: t.mobileHint,
    },
  ] as const;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };

  return (
    <section className="card customer" aria-labelledby={headingId}>
      <h2 id={headingId}>{t.customerHeading}</h2>
      <p className="hint">{t.customerHint}</p>
      <form
        ref={formRef}
        className="customer__fields"
        noValidate
        onSubmit={submit}
        aria-labelledby={headingId}
      >
        {fields.map((field) => {
          const inputId = `${id}-${field.key}`;
          const problem = problems[field.key];
          const messageKey = problem ? MESSAGE_KEYS[field.key][problem] : undefined;
          const describedBy = [
            messageKey ? `${inputId}-error` : undefined,
            field.hint ? `${inputId}-hint` : undefined,
          ].filter(Boolean);
          return (
            // Three rows per field (label, input, notes) on the form's grid: in a row of fields, the inputs
            // line up whatever the length of a label, a hint or a message, in either language.
            <div className="field" key={field.key} data-invalid={messageKey ? "" : undefined}>
              <label htmlFor={inputId}>{field.label}</label>
              <input
                id={inputId}
                name={field.key}
                type={field.type}
                autoComplete={field.autoComplete}
                inputMode={field.inputMode}
                required
                aria-invalid={messageKey ? true : undefined}
                aria-describedby={describedBy.length ? describedBy.join(" ") : undefined}
                value={customer[field.key]}
                onChange={(event) => onChange({ ...customer, [field.key]: event.target.value })}
              />
              <div className="field__notes">
                {field.hint ? (
                  <p className="field__hint" id={`${inputId}-hint`}>
                    {field.hint}
                  </p>
                ) : null}
                {messageKey ? (
                  <p className="field__error" id={`${inputId}-error`}>
                    <svg viewBox="0 0 16 16" fill="currentColor" aria-hidden="true">
                      <path d="M8 1a7 7 0 1 0 0 14A7 7 0 0 0 8 1Zm-.8 3.2h1.6v5.2H7.2Zm0 6.4h1.6v1.6H7.2Z" />
                    </svg>
                    {t[messageKey]}
                  </p>
                ) : null}
              </div>
            </div>
          );
        })}
        {/* Enter in a field checks the details, like any form (no request is made from here). */}
        <button type="submit" hidden />
      </form>
    </section>
  );
}
