// The whole client: every namespace and the raw typed client (`mayar.api`, openapi-fetch).
import { createMayarClient } from "../dist/index.js";

export const mayar = createMayarClient({ baseUrl: "/api/mayar" });
