// What a browser app that creates payment requests through a proxy actually ships: the size budget in
// .size-limit.json measures this file bundled, minified and gzipped (openapi-fetch included).
import { createMayarClient } from "../dist/index.js";

const mayar = createMayarClient({ baseUrl: "/api/mayar" });
export const pay = (body) => mayar.paymentRequests.create(body);
