import type { components } from "./generated/openapi";

/** The spec's components (schemas, parameters, responses). */
export type Components = components;
/** Every named schema of the spec, e.g. `Schemas["CreatedPaymentRequest"]`. */
export type Schemas = components["schemas"];
