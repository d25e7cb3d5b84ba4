export interface Customer {
  name: string;
  email: string;
  mobile: string;
}

/** Prefilled so the demo works with one click; every field can be edited. */
export const DEMO_CUSTOMER: Customer = {
  name: "Siti Rahmawati",
  email: "siti@example.com",
  mobile: "081234567890",
};
