// Generated from specs/mayar.openapi.yaml by packages/mayar-core/scripts/generate.mjs. Do not edit.

/** Mayar's base URLs, by environment. */
export const servers = {"production":"https://api.mayar.id","sandbox":"https://api.mayar.club"} as const;

export const createPaymentRequest = {"id":"createPaymentRequest","method":"POST","path":"/hl/v2/payments/create","result":"data","body":{"name":"string!","amount":"integer!","email":"string","mobile":"string","description":"string","notes":"string","expiredAt":"string","paymentMethod":"string","cashtag":"string","extraData":"object"}} as const;
export const generateImmutableCheckoutLink = {"id":"generateImmutableCheckoutLink","method":"POST","path":"/credit/v1/credit/generate/immutable/checkout","result":"root","body":{"productId":"string!","creditAmount":"number","customerInfo":"object!","customerInfo.name":"string!","customerInfo.email":"string!","customerInfo.mobile":"string!"}} as const;

/** Every operation, by operationId. Server-side code (the proxy) uses the whole table. */
export const operations = { createPaymentRequest, generateImmutableCheckoutLink } as const;

export type OperationId = keyof typeof operations;
