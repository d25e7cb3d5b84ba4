// The customer's details and the rules they must meet, the same in the page (per-field messages before any
// request) and on the server (a 400 for a request that skipped the page).

/**
 * @typedef {object} Customer
 * @property {string} name
 * @property {string} email
 * @property {string} mobile
 */

/** @typedef {"name" | "email" | "mobile"} CustomerField */
/** @typedef {"required" | "invalid" | "tooLong"} CustomerProblem */
/** @typedef {Partial<Record<CustomerField, CustomerProblem>>} CustomerProblems */

/** @type {readonly CustomerField[]} */
export const CUSTOMER_FIELDS = Object.freeze(["name", "email", "mobile"]);

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

/** One "@", nothing blank, a dot in the domain: Mayar's own check (and the SDK's). */
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** An Indonesian mobile number: 08…, 628… or +628…, 10 to 15 digits; spaces, dots and dashes allowed. */
const MOBILE = /^(?:\+62|62|0)8[1-9]\d{6,11}$/;

/** A string field trimmed; anything else (missing, not a string) is blank. */
const text = (/** @type {unknown} */ value) => (typeof value === "string" ? value.trim() : "");

/** "0812-3456 7890" → "081234567890": what is sent to Mayar. */
export const normaliseMobile = (/** @type {string} */ mobile) => mobile.replace(/[\s.()-]/g, "");

/**
 * What is wrong with each field, or an empty object when the details can be sent.
 * @param {Partial<Record<CustomerField, unknown>>} customer
 * @returns {CustomerProblems}
 */
export function customerProblems(customer) {
  /** @type {CustomerProblems} */
  const problems = {};
  const { name, email, mobile } = cleanCustomer(customer);
  if (!name) problems.name = "required";
  else if (name.length > MAX_NAME_LENGTH) problems.name = "tooLong";
  if (!email) problems.email = "required";
  else if (email.length > MAX_EMAIL_LENGTH || !EMAIL.test(email)) problems.email = "invalid";
  if (!mobile) problems.mobile = "required";
  else if (!MOBILE.test(mobile)) problems.mobile = "invalid";
  return problems;
}

/**
 * The details as they are sent: trimmed, the number without separators.
 * @param {Partial<Record<CustomerField, unknown>>} customer
 * @returns {Customer}
 */
export function cleanCustomer(customer) {
  return {
    name: text(customer.name),
    email: text(customer.email),
    mobile: normaliseMobile(text(customer.mobile)),
  };
}
