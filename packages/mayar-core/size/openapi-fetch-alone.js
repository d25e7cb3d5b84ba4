// openapi-fetch by itself, used the same way, to show what our middleware, errors and resources add.
import createClient from "openapi-fetch";

const client = createClient({ baseUrl: "/api/mayar" });
export const pay = (body) => client.POST("/hl/v2/payments/create", { body });
