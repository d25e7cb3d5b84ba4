// What a browser app that creates payment requests through a proxy ships when it picks its namespaces:
// composeMayarClient + the paymentRequests namespace, bundled, minified and gzipped (openapi-fetch is not
// needed: the namespaces call the transport directly; only `createMayarClient`'s `api` uses it).
import { composeMayarClient, paymentRequests } from "../dist/index.js";

const mayar = composeMayarClient({ baseUrl: "/api/mayar" }, { paymentRequests });
export const pay = (body) => mayar.paymentRequests.create(body);
