// The demo server every test shares: what it is started with, and where its address is handed to the workers.

/** The environment variable global-setup.ts puts the server's origin in (http://127.0.0.1:<free port>). */
export const TEST_ORIGIN_VARIABLE = "DEMO_TEST_ORIGIN";

/** The webhook token of the tests' server, so a test can send a delivery with the right one (or a wrong one). */
export const TEST_WEBHOOK_TOKEN = "demo-test-webhook-token-7f3a9c2e51";

/**
 * Mock mode whatever the caller's shell has (processes.ts clears every variable the server reads), a known
 * webhook token, and room for the whole suite's payments from one address: every test creates from
 * 127.0.0.1, so the per-client limit of a real shop would refuse the suite halfway (the limit has its own
 * tests, on servers of their own).
 */
export const TEST_SERVER_ENV = {
  MAYAR_WEBHOOK_TOKEN: TEST_WEBHOOK_TOKEN,
  CREATES_PER_CLIENT: "100000",
} as const;
