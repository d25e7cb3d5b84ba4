import { createMayarClient } from "@org/mayar-core";

/**
 * The browser's Mayar client. It holds no API key: every call goes to this site's own server, whose
 * createMayarProxy adds the key and forwards only the operations the shop needs.
 */
export const mayar = createMayarClient({ baseUrl: "/api/mayar" });
