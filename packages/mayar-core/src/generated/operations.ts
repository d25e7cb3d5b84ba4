// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.

/** Mayar's base URLs, by environment. */
export const servers = {"production":"https://api.mayar.id","sandbox":"https://api.mayar.club"} as const;

export const changePaymentRequestStatus = {"id":"changePaymentRequestStatus","method":"POST","path":"/hl/v2/payments/{id}/{action}","result":"root","params":["id","action"],"returns":[]} as const;
export const createPaymentRequest = {"id":"createPaymentRequest","method":"POST","path":"/hl/v2/payments/create","result":"data","body":{"name":"string! len=1-","amount":"integer! min=1","email":"string email","mobile":"string","description":"string","notes":"string","expiredAt":"string","paymentMethod":"string","cashtag":"string","extraData":"object"},"returns":["id","transactionId","link"]} as const;
export const generateImmutableCheckoutLink = {"id":"generateImmutableCheckoutLink","method":"POST","path":"/credit/v1/credit/generate/immutable/checkout","result":"root","body":{"productId":"string!","creditAmount":"number","customerInfo":"object!","customerInfo.name":"string! len=1-","customerInfo.email":"string! email","customerInfo.mobile":"string! len=1-"},"returns":["creditUsageImmutableCheckoutUrl","paymentLinkUrl"]} as const;
export const getPaymentRequest = {"id":"getPaymentRequest","method":"GET","path":"/hl/v2/payments/{id}","result":"data","params":["id"],"returns":["id","amount","status"]} as const;
export const listPaymentRequests = {"id":"listPaymentRequests","method":"GET","path":"/hl/v2/payments","result":"data","query":{"limit":"integer min=1 max=50","startingAfter":"string","status":"string in=active|paid|closed"},"page":"cursor"} as const;
export const updatePaymentRequest = {"id":"updatePaymentRequest","method":"POST","path":"/hl/v2/payments/{id}/update","result":"data","params":["id"],"idFromBody":true,"body":{"id":"string! len=1-","amount":"integer! min=1","email":"string email","mobile":"string","description":"string","notes":"string","expiredAt":"string","paymentMethod":"string","cashtag":"string","extraData":"object"},"returns":["id","link"]} as const;

/** Every operation, by operationId. Server-side code (the proxy) uses the whole table. */
export const operations = { changePaymentRequestStatus, createPaymentRequest, generateImmutableCheckoutLink, getPaymentRequest, listPaymentRequests, updatePaymentRequest } as const;

export type OperationId = keyof typeof operations;
