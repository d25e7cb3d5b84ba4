import type { Customer } from "../shared/customer.js";

export type { Customer };

/** Prefilled so the demo works with one click; every field can be edited, and is checked before paying. */
export const DEMO_CUSTOMER: Customer = {
  name: "Siti Rahmawati",
  email: "siti@example.com",
  mobile: "081234567890",
};
