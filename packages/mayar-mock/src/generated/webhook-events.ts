// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.

/** The event types Mayar documents, in the order of its table. */
export const WEBHOOK_EVENT_TYPES = ["payment.received","payment.reminder","shipper.status","membership.memberUnsubscribed","membership.memberExpired","membership.changeTierMemberRegistered","membership.newMemberRegistered"] as const;

/** Each event's documented `data` (the spec's example), for events the mock has no record of. */
export const DOCUMENTED_WEBHOOK_DATA: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {
  "payment.received": {
    "id": "c3d4e5f6-a7b8-4901-c234-56789abcdef0",
    "transactionId": "c3d4e5f6-a7b8-4901-c234-56789abcdef0",
    "status": "SUCCESS",
    "transactionStatus": "paid",
    "createdAt": "2025-04-29T09:35:43.635Z",
    "updatedAt": "2025-04-29T09:35:43.635Z",
    "merchantId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
    "merchantName": "Toko Mayar Demo",
    "merchantEmail": "merchant@example.com",
    "customerName": "Budi Santoso",
    "customerEmail": "budi.santoso@example.com",
    "customerMobile": "081234567890",
    "amount": 150000,
    "isAdminFeeBorneByCustomer": null,
    "isChannelFeeBorneByCustomer": null,
    "productId": "7c9d2e1f-3a4b-4c5d-8e6f-1a2b3c4d5e6f",
    "productName": "Buku Digital Premium",
    "productType": "ebook",
    "pixelFbp": null,
    "pixelFbc": null,
    "qty": 1,
    "couponUsed": null,
    "paymentMethod": null
  },
  "payment.reminder": {
    "id": "c3d4e5f6-a7b8-4901-c234-56789abcdef0",
    "transactionId": "c3d4e5f6-a7b8-4901-c234-56789abcdef0",
    "status": "SUCCESS",
    "transactionStatus": "created",
    "createdAt": "2026-06-19T09:31:33.835Z",
    "updatedAt": "2026-06-19T09:35:26.588Z",
    "merchantId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
    "merchantEmail": "merchant@example.com",
    "customerId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
    "customerName": "Budi Santoso"
  },
  "membership.memberExpired": {
    "merchantId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
    "merchantName": "Toko Mayar Demo",
    "status": "INACTIVE",
    "memberId": "MBR8X2QK",
    "customerId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
    "customerName": "Budi Santoso",
    "customerEmail": "budi.santoso@example.com",
    "customerMobile": "081234567890"
  }
};
