import { createMayarClient } from "@org/mayar-core";
import type { Locale } from "./i18n";

/**
 * The browser's Mayar clients, one per language of the shop. They hold no API key: every call goes to this
 * site's own server, whose createMayarProxy adds the key and forwards only the operations the shop needs.
 * Each says the shop's language in Accept-Language, so the server opens Mayar's checkout in it (`lang=`).
 */
export const mayarClients: Readonly<Record<Locale, ReturnType<typeof createMayarClient>>> = {
  id: createMayarClient({ baseUrl: "/api/mayar", headers: { "Accept-Language": "id" } }),
  en: createMayarClient({ baseUrl: "/api/mayar", headers: { "Accept-Language": "en" } }),
};
