// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.

export const openapiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Mayar API",
    "version": "0.2.0",
    "summary": "Hand-written description of the Mayar HTTP API, the source of truth for the Mayar TypeScript SDK.",
    "description": "Mayar is an Indonesian payment platform. This document describes its HTTP API (Headless v2, the credit\nwallets and the licence checks), written from Mayar's public documentation (docs.mayar.id) and its official CLI\n(github.com/mayarid/mayar-cli). Headless v1 is left out: v2 replaces it.\n\nConventions that hold for every operation here:\n- Every request carries `Authorization: Bearer <API key>`. Sandbox and production keys are separate.\n- Bodies are JSON. Responses are wrapped in an envelope `{ statusCode, messages, ... }`; some families\n  (`/credit/v1/...`, SaaS licence activation, v2 membership writes) use the singular `message`. The SDK\n  reads `messages ?? message`.\n- Mayar sometimes reports a failure inside a 2xx response (`statusCode` in the body differs from the HTTP\n  status, or `messages: \"failed\"` with a validator list in `data`). The body is authoritative; the SDK\n  normalises this in one place.\n- v2 lists page with a cursor: `limit` (default 10, at most 50) and `startingAfter`, the\n  `nextStartingAfter` of the previous page (a millisecond timestamp as a string, `null` on the last page).\n- v2 updates select the record by the `id` in the body; the id in the path is cosmetic. The SDK sends the\n  body's id in both places.\n- Timestamps are mixed: most are epoch milliseconds (integers), some are ISO-8601 strings. Each field\n  says which.\n\nExtensions (the SDK generator reads them; see `specs/CONVENTIONS.md`): `x-mayar-namespace` (tag),\n`x-mayar-method`, `x-mayar-result`, `x-mayar-pagination`, `x-mayar-id-from-body`, `x-mayar-confidence`\nand `x-mayar-source` (operation).\n",
    "contact": {
      "name": "Mayar SDK team"
    },
    "license": {
      "name": "MIT",
      "identifier": "MIT"
    }
  },
  "servers": [
    {
      "url": "https://api.mayar.id",
      "description": "Production",
      "x-mayar-environment": "production"
    },
    {
      "url": "https://api.mayar.club",
      "description": "Sandbox (keys from web.mayar.club)",
      "x-mayar-environment": "sandbox"
    }
  ],
  "security": [
    {
      "bearerAuth": []
    }
  ],
  "tags": [
    {
      "name": "Payment requests",
      "description": "Single payment requests (\"reqpayment\"): a one-off bill with a hosted payment link.",
      "x-mayar-namespace": "paymentRequests"
    },
    {
      "name": "Invoices",
      "description": "Itemised bills sent to a customer, with a hosted invoice page.",
      "x-mayar-namespace": "invoices"
    },
    {
      "name": "Products",
      "description": "The catalogue (payment links, digital products, events, webinars, ...) and its transactions.",
      "x-mayar-namespace": "products"
    },
    {
      "name": "Payment links",
      "description": "Generic payment links (`generic_link` products).",
      "x-mayar-namespace": "paymentLinks"
    },
    {
      "name": "Digital products",
      "description": "Downloadable products.",
      "x-mayar-namespace": "digitalProducts"
    },
    {
      "name": "Webinars",
      "description": "Paid or free online sessions.",
      "x-mayar-namespace": "webinars"
    },
    {
      "name": "Events",
      "description": "Online or offline events with tickets.",
      "x-mayar-namespace": "events"
    },
    {
      "name": "Bundles",
      "description": "Bundles of several products sold as one (\"bundling\").",
      "x-mayar-namespace": "bundles"
    },
    {
      "name": "Customers",
      "description": "The merchant's customers.",
      "x-mayar-namespace": "customers"
    },
    {
      "name": "Transactions",
      "description": "Paid transactions (balance history), unpaid transactions, one transaction's status, daily totals.",
      "x-mayar-namespace": "transactions"
    },
    {
      "name": "Balances",
      "description": "The merchant's account balance.",
      "x-mayar-namespace": "balances"
    },
    {
      "name": "QR codes",
      "description": "Dynamic and static QRIS codes.",
      "x-mayar-namespace": "qrCodes"
    },
    {
      "name": "Payment channels",
      "description": "The payment channels enabled for the merchant.",
      "x-mayar-namespace": "paymentChannels"
    },
    {
      "name": "Coupons",
      "description": "Discounts and their coupon codes.",
      "x-mayar-namespace": "coupons"
    },
    {
      "name": "Installments",
      "description": "Bills paid in monthly instalments.",
      "x-mayar-namespace": "installments"
    },
    {
      "name": "Memberships",
      "description": "Membership products, their tiers, members and member invoices.",
      "x-mayar-namespace": "memberships"
    },
    {
      "name": "Credits",
      "description": "Credit-based products and usage-based memberships (customer credit wallets).",
      "x-mayar-namespace": "credits"
    },
    {
      "name": "SaaS licences",
      "description": "Licence codes of SaaS memberships.",
      "x-mayar-namespace": "saasLicenses"
    },
    {
      "name": "Software licences",
      "description": "Licence codes of software products.",
      "x-mayar-namespace": "softwareLicenses"
    },
    {
      "name": "Reviews",
      "description": "Customer reviews of products.",
      "x-mayar-namespace": "reviews"
    },
    {
      "name": "Webhooks",
      "description": "The merchant's webhook URL, test deliveries and delivery history.",
      "x-mayar-namespace": "webhooks"
    },
    {
      "name": "Name services",
      "description": "Services of the power-up store (\"name services\").",
      "x-mayar-namespace": "nameServices"
    }
  ],
  "paths": {
    "/hl/v2/balances": {
      "get": {
        "operationId": "getBalance",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/balance/accountbalance",
        "summary": "Get Account Balance",
        "description": "The merchant's balance in rupiah: `balanceActive` can be withdrawn, `balancePending` cannot yet, and\n`balance` is their sum.\n",
        "tags": [
          "Balances"
        ],
        "responses": {
          "200": {
            "description": "The balance.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetBalanceResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "balanceActive": 0,
                        "balancePending": 0,
                        "balance": 0
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/bundling": {
      "get": {
        "operationId": "listBundles",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/bundling",
        "summary": "Get Bundling",
        "description": "Lists the merchant's bundles (several products sold as one), one page at a time.",
        "tags": [
          "Bundles"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of bundles.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BundleListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (first two products; paging values illustrative)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                          "name": "Paket Belajar Lengkap",
                          "amount": 150000,
                          "description": "<p>Paket bundling kelas online dan produk digital.</p>\n",
                          "type": "bundling",
                          "status": "active",
                          "link": "paket-belajar-lengkap",
                          "updatedAt": 1782557015266,
                          "createdAt": 1773826841895,
                          "bundlingProductType": "payment_link",
                          "coverImageId": null,
                          "coverImage": null,
                          "products": [
                            {
                              "id": "6f8c19ff-2b6a-4c7e-9f1d-1a2b3c4d5e6f",
                              "status": "ENABLED",
                              "paymentLinkId": "21d84338-7c2e-4a9b-8d3f-4e5f6a7b8c9d",
                              "paymentLink": {
                                "id": "21d84338-7c2e-4a9b-8d3f-4e5f6a7b8c9d",
                                "name": "Kelas Online Dasar",
                                "type": "course",
                                "amount": 0
                              }
                            },
                            {
                              "id": "b2c3d4e5-f6a7-4890-b123-456789abcdef",
                              "status": "ENABLED",
                              "paymentLinkId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                              "paymentLink": {
                                "id": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                                "name": "Produk Digital Premium",
                                "type": "digital_product",
                                "amount": 100000
                              }
                            }
                          ]
                        }
                      ],
                      "hasMore": false,
                      "nextStartingAfter": null
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/bundling/{id}": {
      "get": {
        "operationId": "getBundle",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/bundling/detail",
        "summary": "Get Bundling Detail",
        "description": "One bundle with its products and owner. The detail also carries the product attributes every product\ntype shares (`subType`, `tax`, `items`, `limit`, `expiredAt`, `terms`, ...), all null for bundles.\n",
        "tags": [
          "Bundles"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/BundleIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The bundle.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/BundleGetResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (first product)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                        "name": "Paket Belajar Lengkap",
                        "amount": 150000,
                        "description": "<p>Paket bundling kelas online dan produk digital.</p>\n",
                        "type": "bundling",
                        "status": "active",
                        "link": "paket-belajar-lengkap",
                        "updatedAt": 1782557015266,
                        "createdAt": 1773826841895,
                        "subType": null,
                        "tax": null,
                        "items": null,
                        "limit": null,
                        "expiredAt": null,
                        "redirectUrl": "",
                        "notes": "Catatan internal paket bundling.",
                        "terms": null,
                        "target": null,
                        "reason": null,
                        "receiver": null,
                        "usage": null,
                        "category": null,
                        "affiliateCommission": null,
                        "paymentType": null,
                        "qty": null,
                        "bundlingProductType": "payment_link",
                        "coverImageId": null,
                        "multipleImageId": null,
                        "customerId": null,
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "event": null,
                        "coverImage": null,
                        "multipleImage": null,
                        "customer": null,
                        "user": {
                          "id": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "accountId": "d4e5f6a7-b8c9-4012-d345-6789abcdef01",
                          "account": {
                            "id": "d4e5f6a7-b8c9-4012-d345-6789abcdef01",
                            "name": "Mayar Demo Account"
                          }
                        },
                        "products": [
                          {
                            "id": "6f8c19ff-2b6a-4c7e-9f1d-1a2b3c4d5e6f",
                            "status": "ENABLED",
                            "variantId": null,
                            "updatedAt": 1773826843750,
                            "paymentLinkId": "21d84338-7c2e-4a9b-8d3f-4e5f6a7b8c9d",
                            "paymentLink": {
                              "id": "21d84338-7c2e-4a9b-8d3f-4e5f6a7b8c9d",
                              "name": "Kelas Online Dasar",
                              "type": "course",
                              "amount": 0,
                              "variant": null
                            }
                          }
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "No bundle has this id (the documentation gives the message, not the status code).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented message (status code inferred)",
                    "value": {
                      "statusCode": 404,
                      "messages": "Bundling not found"
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/coupons/create": {
      "post": {
        "operationId": "createCoupon",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/discount/create",
        "summary": "Create Coupon",
        "description": "Creates a discount with one coupon code. Without `expiredAt` the discount never expires. `products`\nlimits it to at most 2 of the merchant's products (empty: every product); each item is an object\n`{ id }`, not a bare id string.\n\nNote the timestamps: this answer sends ISO-8601 strings (`createdAt`, `expiredAt`), while\n`getCoupon` sends epoch milliseconds for the same fields.\n",
        "tags": [
          "Coupons"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCouponBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example (every product)",
                  "value": {
                    "name": "Diskon Lebaran",
                    "expiredAt": "2026-12-31T16:59:59.000Z",
                    "discount": {
                      "discountType": "percentage",
                      "eligibleCustomerType": "all",
                      "minimumPurchase": 50000,
                      "value": 10,
                      "totalCoupons": 100
                    },
                    "coupon": {
                      "code": "LEBARAN10",
                      "type": "reusable"
                    }
                  }
                },
                "forProducts": {
                  "summary": "Limited to one product, never expiring",
                  "value": {
                    "name": "Potongan E-book",
                    "discount": {
                      "discountType": "monetary",
                      "eligibleCustomerType": "all",
                      "minimumPurchase": 0,
                      "value": 5000,
                      "totalCoupons": 50
                    },
                    "coupon": {
                      "code": "EBOOK5K",
                      "type": "onetime"
                    },
                    "products": [
                      {
                        "id": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created discount (ISO-8601 timestamps).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateCouponResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                        "name": "Diskon Lebaran",
                        "discountType": "percentage",
                        "value": 10,
                        "minimumPurchase": 50000,
                        "eligibleCustomerType": "all",
                        "totalCoupons": 100,
                        "discountProductType": "all",
                        "expiredAt": "2026-12-31T16:59:59.000Z",
                        "isLifeTime": false,
                        "status": "active",
                        "coupons": [
                          {
                            "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                            "code": "LEBARAN10",
                            "type": "reusable",
                            "expiredAt": "2026-12-31T16:59:59.000Z"
                          }
                        ],
                        "products": [],
                        "createdAt": "2026-01-13T07:16:51.042Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/coupons/{id}": {
      "get": {
        "operationId": "getCoupon",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/discount/detail",
        "summary": "Get Coupon",
        "description": "One discount with its coupon codes. Timestamps here are epoch milliseconds (the create answer sends\nISO-8601 strings for the same fields).\n",
        "tags": [
          "Coupons"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CouponIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The discount (epoch-millisecond timestamps).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetCouponResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                        "createdAt": 1768288611042,
                        "expiredAt": 1798736399000,
                        "productDiscount": [],
                        "discountType": "percentage",
                        "discountProductType": "all",
                        "eligibleCustomerType": "all",
                        "name": "Diskon Lebaran",
                        "minimumPurchase": 50000,
                        "isLifeTime": false,
                        "totalCoupons": 100,
                        "value": 10,
                        "coupons": [
                          {
                            "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                            "code": "LEBARAN10",
                            "createdAt": 1768288611042,
                            "discountId": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                            "endMonthTrial": null,
                            "expiredAt": 1798736399000,
                            "isActive": true,
                            "limit": 100,
                            "type": "reusable",
                            "updatedAt": 1768288611042,
                            "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413"
                          }
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/coupons/validate": {
      "post": {
        "operationId": "validateCoupon",
        "x-mayar-method": "validate",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/discount/validate",
        "summary": "Validate Coupon",
        "description": "Checks that a coupon code applies to a purchase (product, amount for the minimum-purchase rule,\ncustomer for new/old-customer coupons) and returns the discount. Validating does not use the coupon\nup. An unknown code, or one bound to another product, answers 404 (observed live, third-party).\n",
        "tags": [
          "Coupons"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ValidateCouponBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "couponCode": "LEBARAN10",
                    "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                    "amount": 100000,
                    "customerEmail": "budi.santoso@example.com"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The code applies.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ValidateCouponResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "valid": true,
                        "coupon": {
                          "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                          "code": "LEBARAN10",
                          "discountType": "percentage",
                          "discountValue": 10,
                          "minimumPurchase": 50000,
                          "eligibleCustomerType": "all"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "The code does not exist or is bound to another product.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "observed": {
                    "summary": "Observed 404 body (\"Failed! This discount code was not found.\")",
                    "value": {
                      "statusCode": 404,
                      "messages": "Gagal! Kode diskon ini tidak ditemukan.",
                      "data": null
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/coupons/check": {
      "post": {
        "operationId": "checkCoupon",
        "x-mayar-method": "check",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/discount/check",
        "summary": "Check Coupon Usage",
        "description": "How much a coupon code has been used. `isUsed` is true when `totalUsed` has reached `limit` and\n`limit` is above 0; a `limit` of 0 means no limit.\n",
        "tags": [
          "Coupons"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CheckCouponBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "couponCode": "LEBARAN10"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The code's usage.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CheckCouponResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "couponCode": "LEBARAN10",
                        "isUsed": false,
                        "totalUsed": 12,
                        "limit": 100,
                        "remaining": 88
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "No coupon has this code.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 404 body (\"Coupon code not found.\")",
                    "value": {
                      "statusCode": 404,
                      "messages": "Kode kupon tidak ditemukan.",
                      "data": null
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/coupons": {
      "get": {
        "operationId": "listCoupons",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "low",
        "x-mayar-source": "mayarid docs repository plan file for api-reference-v2/discount/index.mdx (dated 2026-07-28; no published page seen)",
        "summary": "List Coupons",
        "description": "Lists discounts, newest first, one page at a time, with their coupon codes and total usage. Only\nplanned in Mayar's documentation repository when this was written: check before relying on it.\nTimestamps are ISO-8601 strings, as in the create answer.\n",
        "tags": [
          "Coupons"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only discounts in this state.",
            "schema": {
              "type": "string",
              "enum": [
                "active",
                "inactive",
                "expired",
                "upcoming"
              ]
            },
            "example": "active"
          },
          {
            "name": "search",
            "in": "query",
            "required": false,
            "description": "Only discounts whose name or code contains this text.",
            "schema": {
              "type": "string"
            },
            "example": "LEBARAN"
          },
          {
            "name": "productId",
            "in": "query",
            "required": false,
            "description": "Only discounts that apply to this product.",
            "schema": {
              "type": "string"
            },
            "example": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of discounts.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCouponsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the planned fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": false,
                      "nextStartingAfter": null,
                      "data": [
                        {
                          "id": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                          "name": "Diskon Lebaran",
                          "discountType": "percentage",
                          "value": 10,
                          "minimumPurchase": 50000,
                          "eligibleCustomerType": "all",
                          "totalCoupons": 100,
                          "discountProductType": "all",
                          "expiredAt": "2026-12-31T16:59:59.000Z",
                          "isLifeTime": false,
                          "status": "active",
                          "coupons": [
                            {
                              "id": "7a8b9c0d-1e2f-4a3b-8c4d-5e6f7a8b9c0d",
                              "code": "LEBARAN10",
                              "type": "reusable",
                              "expiredAt": "2026-12-31T16:59:59.000Z"
                            }
                          ],
                          "totalUsage": 12,
                          "products": [],
                          "createdAt": "2026-01-13T07:16:51.042Z"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/credit/v1/credit/generate/immutable/checkout": {
      "post": {
        "operationId": "generateImmutableCheckoutLink",
        "x-mayar-method": "generateImmutableCheckoutLink",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/creditbasedproduct/generateimmutablecheckoutlink",
        "summary": "Generate Immutable Checkout Link",
        "description": "This endpoint is used to generate immutable checkout link for membership credit product.\n\nNote the envelope: singular `message`. Two documented answers, both successes: for a credit-based\nproduct the links are at the top level (`creditUsageImmutableCheckoutUrl`, `paymentLinkUrl`); for a\nmembership credit product they are under `data` (`membershipTiers[{ id, specificPaymentLinkUrl }]`,\none immutable link per tier, and `paymentLinkUrl`). Tell them apart with `\"data\" in result`.\n",
        "tags": [
          "Credits"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/GenerateImmutableCheckoutLinkBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "productId": "0e787345-9aaf-4b72-aa00-1174be6b52b1",
                    "creditAmount": 1000,
                    "customerInfo": {
                      "name": "memberTambahan",
                      "email": "tambahan@gg.com",
                      "mobile": "08777777799"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GenerateImmutableCheckoutLinkResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "creditUsageImmutableCheckoutUrl": "https://donasisekutscom.myr.id/pl/test-product-credit?immutable=eyJuYW1lIjoiam9obiBkb2UiLCJlbWFpbCI6ImpvaG5kb2U1QGdtYWlsLmNvbSIsIm1vYmlsZSI6IjA4Nzc3Nzc3Nzc3IiwiY3JlZGl0QW1vdW50IjoyMDAwMH0=.03de9bf29c5861d950d13364c2c23d62675cd2f03cd27a5b7c682f2c43d25b4e",
                      "paymentLinkUrl": "https://donasisekutscom.myr.id/pl/test-product-credit"
                    }
                  },
                  "membership": {
                    "summary": "Response example for a membership credit product (the documentation's second version)",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "membershipTiers": [
                          {
                            "id": "9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
                            "specificPaymentLinkUrl": "https://donasisekutscom.myr.id/m/kelas-premium?immutable=eyJuYW1lIjoiam9obiBkb2UifQ==.03de9bf29c5861d950d13364c2c23d62675cd2f03cd27a5b7c682f2c43d25b4e"
                          }
                        ],
                        "paymentLinkUrl": "https://donasisekutscom.myr.id/m/kelas-premium"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/credit/v1/credit/customer/balance": {
      "get": {
        "operationId": "getCreditBalance",
        "x-mayar-method": "getBalance",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/creditbasedproduct/customerbalance (and usagebasedmembership/customerbalance)",
        "summary": "Get Customer Balance",
        "description": "A customer's credit balance for a credit-based product, or a member's for a usage-based membership\n(then also send `membershipTierId`, and `memberId` or `customerId`). The balances are at the top level\nof the answer (no `data` member); the envelope uses the singular `message`.\n\nThe field table names the main-wallet balance `customerBalanceMain`, while the documented example\nsends `customerMainBalance`; the spec models the example's name. The usage-based-membership variant\nsends `customerBalanceMembership` instead.\n",
        "tags": [
          "Credits"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/CreditProductIdQuery"
          },
          {
            "name": "customerId",
            "in": "query",
            "required": false,
            "description": "The customer whose balance to read (credit-based products; one of `customerId`/`memberId`).",
            "schema": {
              "type": "string"
            },
            "example": "faa4ee60-cf45-4043-b964-303890713bb9"
          },
          {
            "$ref": "#/components/parameters/CreditMembershipTierIdQuery"
          },
          {
            "name": "memberId",
            "in": "query",
            "required": false,
            "description": "The member code whose balance to read (usage-based memberships, instead of `customerId`).",
            "schema": {
              "type": "string"
            },
            "example": "PQVS4KGY"
          }
        ],
        "responses": {
          "200": {
            "description": "The balances, at the top level of the envelope.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditBalanceResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (credit-based product)",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "customerBalance": 30001,
                      "customerMainBalance": 29801,
                      "customerBalanceAddon": 500
                    }
                  },
                  "usageBasedMembership": {
                    "summary": "Response example from the usage-based-membership page",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "customerBalance": 50990,
                      "customerBalanceMembership": 0,
                      "customerBalanceAddon": 50990
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/credit/v1/credit/customer/add-credit": {
      "post": {
        "operationId": "addCredit",
        "x-mayar-method": "add",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/creditbasedproduct/addcustomercredit and usagebasedmembership/addcustomercredit",
        "summary": "Add Customer Credit",
        "description": "Adds credit to a customer's (credit-based product) or member's (usage-based membership) wallet.\nIdentify the wallet by `customerId` or `memberId` (at least one); usage-based memberships also need\n`membershipTierId`.\n\nThe one URL has two documented answers: the credit-based page wraps the result in `data`, the\nusage-based-membership page puts the same fields at the top level. The schema allows both; read\n`data ?? envelope`.\n",
        "tags": [
          "Credits"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditWalletChangeBody"
              },
              "examples": {
                "documented": {
                  "summary": "Credit-based product (customerId)",
                  "value": {
                    "customerId": "faa4ee60-cf45-4043-b964-303890713bb9",
                    "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                    "amount": 100
                  }
                },
                "usageBasedMembership": {
                  "summary": "Request example from the usage-based-membership page (memberId)",
                  "value": {
                    "memberId": "KKGOL1MV",
                    "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                    "membershipTierId": "9bbbfa01-1bf8-4e4d-8470-cdf7066b6ea2",
                    "amount": 100
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The credit was added; the new balance comes back in `data` or at the top level.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditAddResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Credit-based product (result in data)",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "customerId": "faa4ee60-cf45-4043-b964-303890713bb9",
                        "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                        "amount": 100,
                        "customerBalance": 30101
                      }
                    }
                  },
                  "usageBasedMembership": {
                    "summary": "Usage-based membership (result at the top level)",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "customerId": "faa4ee60-cf45-4043-b964-303890713bb9",
                      "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                      "membershipTierId": "9bbbfa01-1bf8-4e4d-8470-cdf7066b6ea2",
                      "amount": 100,
                      "customerBalance": 51090
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/credit/v1/credit/customer/spend": {
      "post": {
        "operationId": "spendCredit",
        "x-mayar-method": "spend",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/creditbasedproduct/spendcustomercredit and usagebasedmembership/spendcustomercredit",
        "summary": "Spend Customer Credit",
        "description": "Spends credit from a customer's or member's wallets (same body rules as adding credit). The answer\ncarries no data: the singular `message` says how much was taken from each wallet, e.g.\n\"Successfully spent 10. MAIN: 10, ADD_ON: 0\" (usage-based memberships: `MEMBERSHIP` instead of\n`MAIN`).\n",
        "tags": [
          "Credits"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditWalletChangeBody"
              },
              "examples": {
                "documented": {
                  "summary": "Credit-based product (customerId)",
                  "value": {
                    "customerId": "faa4ee60-cf45-4043-b964-303890713bb9",
                    "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                    "amount": 10
                  }
                },
                "usageBasedMembership": {
                  "summary": "Request example from the usage-based-membership page (memberId)",
                  "value": {
                    "memberId": "KKGOL1MV",
                    "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                    "membershipTierId": "9bbbfa01-1bf8-4e4d-8470-cdf7066b6ea2",
                    "amount": 10
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The credit was spent.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditMessageResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (credit-based product)",
                    "value": {
                      "statusCode": 200,
                      "message": "Successfully spent 10. MAIN: 10, ADD_ON: 0"
                    }
                  },
                  "usageBasedMembership": {
                    "summary": "Response example from the usage-based-membership page",
                    "value": {
                      "statusCode": 200,
                      "message": "Successfully spent 10. MEMBERSHIP: 10, ADD_ON: 0"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/credit/v1/credit/customer/paginate-credit-history/{customerId}": {
      "get": {
        "operationId": "listCreditHistory",
        "x-mayar-method": "listHistory",
        "x-mayar-result": "data",
        "x-mayar-pagination": "page",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/creditbasedproduct/paginatecustomercredithistory",
        "summary": "Get Paginate Customer Credit History",
        "description": "A customer's (or member's) credit movements, one page at a time (`page`/`limit` → `totalPages`).\nThe path segment is the customer id, or the member code for usage-based memberships (the\ndocumentation's example uses `PQVS4KGY`). `createdAt` is an ISO-8601 string; entry ids are 24-hex\nstrings.\n",
        "tags": [
          "Credits"
        ],
        "parameters": [
          {
            "name": "customerId",
            "in": "path",
            "required": true,
            "description": "The customer's id, or the member code (usage-based memberships).",
            "schema": {
              "type": "string"
            },
            "example": "PQVS4KGY"
          },
          {
            "$ref": "#/components/parameters/CreditProductIdQuery"
          },
          {
            "$ref": "#/components/parameters/CreditMembershipTierIdQuery"
          },
          {
            "name": "page",
            "in": "query",
            "required": false,
            "description": "The page to read, from 1.",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 1
          },
          {
            "name": "limit",
            "in": "query",
            "required": false,
            "description": "How many entries per page.",
            "schema": {
              "type": "integer",
              "minimum": 1
            },
            "example": 5
          }
        ],
        "responses": {
          "200": {
            "description": "One page of credit movements.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditHistoryResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (first entry)",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "total": 10,
                      "page": 1,
                      "limit": 5,
                      "totalPages": 2,
                      "data": [
                        {
                          "id": "68a84724c8d5f89bdeae7346",
                          "createdAt": "2025-08-22T10:32:04.204Z",
                          "amount": -100000,
                          "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                          "status": "ACTIVE",
                          "membershipTierId": "9bbbfa01-1bf8-4e4d-8470-cdf7066b6ea2",
                          "customerId": "faa4ee60-cf45-4043-b964-303890713bb9",
                          "merchantId": "35776524-8ea9-46ac-b2dd-89efc496593f",
                          "walletType": "MEMBERSHIP",
                          "type": "EXPIRE_VOID",
                          "referenceId": "68a56306c8d5f89bdeae32fd"
                        }
                      ]
                    }
                  },
                  "creditDebit": {
                    "summary": "An entry with the credit/debit fields the documentation's field table lists",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "total": 1,
                      "page": 1,
                      "limit": 5,
                      "totalPages": 1,
                      "data": [
                        {
                          "id": "68a84724c8d5f89bdeae7350",
                          "createdAt": "2025-08-23T08:15:00.000Z",
                          "credit": 0,
                          "debit": 10,
                          "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                          "status": "ACTIVE",
                          "customerId": "faa4ee60-cf45-4043-b964-303890713bb9",
                          "merchantId": "35776524-8ea9-46ac-b2dd-89efc496593f",
                          "expiredAt": null,
                          "walletType": "MAIN",
                          "type": "CREDIT_USAGE"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/credit/v1/credit/credit-usage/customer/regist": {
      "post": {
        "operationId": "registerCreditCustomer",
        "x-mayar-method": "registerCustomer",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/creditbasedproduct/registernewcustomer",
        "summary": "Regist New Customer",
        "description": "Registers a customer on a credit-based (credit-usage) product, optionally with trial credit, and\nreturns the customer's id and the product's payment link id. (One stored copy of this page shows the\nmembership URL and a malformed example instead; this follows the other copy.)\n",
        "tags": [
          "Credits"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditRegisterCustomerBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                    "trialCredit": 100,
                    "customerInfo": {
                      "name": "memberTambahan",
                      "email": "tambahan@gg.com",
                      "mobile": "08777777799"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The customer was registered.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditRegisterCustomerResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response in the documented shape",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "customerId": "faa4ee60-cf45-4043-b964-303890713bb9",
                        "paymentLinkId": "40f26fbe-f4d8-4693-975f-e6d105d291e6"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/credit/v1/credit/membership/customer/regist": {
      "post": {
        "operationId": "registerCreditMember",
        "x-mayar-method": "registerMember",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/usagebasedmembership/registnewmembershipcustomer",
        "summary": "Regist New Membership Customer",
        "description": "Registers a customer as a member of a usage-based membership tier, optionally with trial credit. The\nnew member comes back as a top-level `membershipCustomer` (no `data` member); its `createdAt` and\n`nextPayment` are epoch milliseconds.\n",
        "tags": [
          "Credits"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreditRegisterMemberBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "productId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                    "membershipTierId": "9bbbfa01-1bf8-4e4d-8470-cdf7066b6ea2",
                    "membershipMonthlyPeriod": 1,
                    "trialCredit": 100,
                    "customerInfo": {
                      "name": "memberTambahan",
                      "email": "tambahan@gg.com",
                      "mobile": "08777777799"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The member was registered.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreditRegisterMemberResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "membershipCustomer": {
                        "id": "68ca1a1c-7ed8-47f3-a5c2-c5ff314dd750",
                        "userId": "35776524-8ea9-46ac-b2dd-89efc496593f",
                        "paymentLinkId": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                        "createdAt": 1756088397669,
                        "nextPayment": 1758766797571,
                        "isLifetimePeriod": null,
                        "paymentLink": {
                          "id": "40f26fbe-f4d8-4693-975f-e6d105d291e6",
                          "name": "produk baru 2",
                          "description": "<p class='preserveHtml'>xcxcxccx</p>\n"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/hl/v2/customers": {
      "get": {
        "operationId": "listCustomers",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/customer/getdetail",
        "summary": "List Customers",
        "description": "Lists the merchant's customers, newest first, one page at a time. Optionally only the customers of\none payment link, or those created between `startAt` and `endAt` (millisecond timestamps as strings).\nThe documentation page cuts off the name of the payment-link filter (\"Filter customers by a specific\npayment link ID\"); `paymentLinkId` is the name the other v2 lists use.\n",
        "tags": [
          "Customers"
        ],
        "parameters": [
          {
            "name": "paymentLinkId",
            "in": "query",
            "required": false,
            "description": "Only the customers of this payment link (product) id.",
            "schema": {
              "type": "string"
            },
            "example": "6f8c19ff-5b97-4792-aa89-d2a12797b356"
          },
          {
            "name": "startAt",
            "in": "query",
            "required": false,
            "description": "Only customers created at or after this time (epoch milliseconds, as a string).",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "example": "1767225600000"
          },
          {
            "name": "endAt",
            "in": "query",
            "required": false,
            "description": "Only customers created at or before this time (epoch milliseconds, as a string).",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "example": "1769903999999"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of customers.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListCustomersResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented item fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": true,
                      "nextStartingAfter": "1768288611042",
                      "data": [
                        {
                          "id": "9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
                          "createdAt": 1768288611042,
                          "email": "budi.santoso@example.com",
                          "mobile": "081234567890",
                          "name": "Budi Santoso",
                          "status": "active",
                          "updatedAt": 1768288611042,
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/customers/detail": {
      "get": {
        "operationId": "getCustomerByEmail",
        "x-mayar-method": "getByEmail",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/customer/searchcustomerbyemail",
        "summary": "Search Customer by Email",
        "description": "Finds one customer by email address. The answer also carries the merchant's own account as `user`,\nincluding `urlHook`, the webhook URL registered for the merchant.\n",
        "tags": [
          "Customers"
        ],
        "parameters": [
          {
            "name": "email",
            "in": "query",
            "required": true,
            "description": "The customer's email address.",
            "schema": {
              "type": "string",
              "format": "email"
            },
            "example": "budi.santoso@example.com"
          }
        ],
        "responses": {
          "200": {
            "description": "The customer, with the merchant's account.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetCustomerByEmailResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e",
                        "createdAt": 1768288611042,
                        "email": "budi.santoso@example.com",
                        "mobile": "081234567890",
                        "name": "Budi Santoso",
                        "status": "active",
                        "updatedAt": 1768288611042,
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "user": {
                          "id": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "name": "Testing Mayar",
                          "urlHook": "https://testingmayar.com/webhooks/mayar",
                          "email": "owner@testingmayar.com",
                          "paymeLink": "testingmayar",
                          "isSelfDomain": false,
                          "accountId": "5d0e7c1a-8b3f-4e2a-9c6d-1f2e3a4b5c6d",
                          "account": {
                            "id": "5d0e7c1a-8b3f-4e2a-9c6d-1f2e3a4b5c6d",
                            "name": "Testing Mayar",
                            "imageId": "0b7c6d5e-4f3a-4b2c-9d1e-8f7a6b5c4d3e",
                            "logo": {
                              "id": "0b7c6d5e-4f3a-4b2c-9d1e-8f7a6b5c4d3e",
                              "fileType": "image/png",
                              "url": "https://media.mayar.id/images/0b7c6d5e-4f3a-4b2c-9d1e-8f7a6b5c4d3e.png"
                            }
                          }
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/customers/create": {
      "post": {
        "operationId": "createCustomer",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/customer/create",
        "summary": "Create Customer",
        "description": "Creates a customer. The answer names the new record `customerId` (there is no `id` member).\n",
        "tags": [
          "Customers"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CustomerInfo"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "name": "Budi Santoso",
                    "email": "budi.santoso@example.com",
                    "mobile": "081234567890"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateCustomerResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "name": "Budi Santoso",
                        "email": "budi.santoso@example.com",
                        "mobile": "081234567890",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "customerId": "9b1c2d3e-4f5a-4b6c-8d7e-0f1a2b3c4d5e"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/customers/update": {
      "post": {
        "operationId": "updateCustomer",
        "x-mayar-method": "update",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/customer/update",
        "summary": "Update Customer Email",
        "description": "Changes a customer's email address from `fromEmail` to `toEmail`. The answer has no `data`.\n",
        "tags": [
          "Customers"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateCustomerBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "fromEmail": "budi.santoso@example.com",
                    "toEmail": "budi.s@example.co.id"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The email address was changed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented success body",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "No customer has the `fromEmail` address.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 404 body (\"Email ... is not registered as a customer\")",
                    "value": {
                      "statusCode": 404,
                      "messages": "Email budi.santoso@example.com tidak terdaftar sebagai customer"
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/customers/portal-login": {
      "post": {
        "operationId": "createCustomerPortalLink",
        "x-mayar-method": "sendPortalLink",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/customer/createmagiclink",
        "summary": "Create Magic Link (Customer Portal Login)",
        "description": "Emails the customer a magic link to the customer portal. The link itself is never returned:\n`data.url` holds an Indonesian sentence, \"Sudah kami kirim ke email anda\" (\"we have sent it to your\nemail\"), not a URL.\n",
        "tags": [
          "Customers"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateCustomerPortalLinkBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "email": "budi.santoso@example.com"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The magic link was emailed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateCustomerPortalLinkResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "url": "Sudah kami kirim ke email anda"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The request fails validation (note the trailing period in this family's message).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 400 body",
                    "value": {
                      "statusCode": 400,
                      "messages": "Validation Error."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "No customer has this email address.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 404 body (\"Email not registered\")",
                    "value": {
                      "statusCode": 404,
                      "messages": "Email tidak terdaftar"
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/digital-product/create": {
      "post": {
        "operationId": "createDigitalProduct",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/digitalproduct/create",
        "summary": "Create Digital Product",
        "description": "Creates a downloadable product and returns its id and catalogue `link`. Which fields the page marks\nrequired was not visible; `name` is required here, as on every other product create.\n",
        "tags": [
          "Digital products"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DigitalProductCreateBody"
              },
              "examples": {
                "documented": {
                  "summary": "A realistic request with the documented fields (the page's example was not recorded)",
                  "value": {
                    "name": "E-Book Panduan Bisnis Buat Pemula",
                    "description": "Panduan lengkap memulai bisnis online",
                    "amount": 99000,
                    "crossoutPrice": 150000,
                    "redirectUrl": "https://example.com/ebook-download",
                    "notes": "early-bird",
                    "expiredAt": "2026-06-15T12:00:00.000Z",
                    "limit": 500
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductCreateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response in the documented shape (values from the edit page's example)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6894b1b2-f303-423b-a6b6-93e230e1d393",
                        "link": "https://testingmayar.myr.id/catalog/E-Book-Panduan-Bisnis-Buat-Pemula"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/ProductConflict"
          }
        }
      }
    },
    "/hl/v2/products/digital-product/{id}/update": {
      "post": {
        "operationId": "updateDigitalProduct",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-id-from-body": true,
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/digitalproduct/edit",
        "summary": "Edit Digital Product",
        "description": "Updates a digital product. Mayar selects the product by the `id` in the body; the id in the path is\ncosmetic. A body that fails validation is answered with HTTP 200, `messages: \"failed\"` and the\nvalidator's field list in `data`; the SDK treats that as an error.\n",
        "tags": [
          "Digital products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/DigitalProductIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/DigitalProductUpdateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "id": "6894b1b2-f303-423b-a6b6-93e230e1d393",
                    "name": "E-Book Panduan Bisnis Buat Pemula Edisi Revisi",
                    "description": "Panduan lengkap memulai bisnis online",
                    "amount": 85000,
                    "redirectUrl": "https://example.com/ebook-download",
                    "notes": "diskon-50",
                    "expiredAt": "2026-06-15T12:00:00.000Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The product was updated.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductUpdateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6894b1b2-f303-423b-a6b6-93e230e1d393",
                        "link": "https://testingmayar.myr.id/catalog/E-Book-Panduan-Bisnis-Buat-Pemula"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/products/event/create": {
      "post": {
        "operationId": "createEvent",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "medium",
        "x-mayar-source": "official CLI src/commands/product.js (path); body and required fields from docs.mayar.id/api-reference/event/create (v1), whose example a v2 page api-reference-v2/event/create.md repeats",
        "summary": "Create Event",
        "description": "Creates an event product (online or offline, with tickets) and returns its id and hosted `link`. The\nv2 path comes from the official CLI; the body is the v1 event create page's (a v2 create page repeats\nits example; the v2 edit page matches it). All dates are ISO-8601 strings.\n",
        "tags": [
          "Events"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EventCreateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation (the v1 and v2 event create pages)",
                  "value": {
                    "name": "Bootcamp Coding Fullstack Asix",
                    "description": "Workshop fullstack development 2 hari",
                    "amount": 3100000,
                    "crossoutPrice": 500000,
                    "eventUrl": "https://meet.google.com/abc-defg-hij",
                    "notes": "offline-jakarta",
                    "terms": "Tiket tidak dapat di-refund",
                    "redirectUrl": "https://example.com/event-thanks",
                    "paymentType": "paid",
                    "startAt": "2026-07-01T08:00:00.000Z",
                    "eventStartAt": "2026-07-15T08:00:00.000Z",
                    "eventEndAt": "2026-07-16T17:00:00.000Z",
                    "expiredAt": "2026-07-10T17:00:00.000Z",
                    "limit": 50,
                    "event": {
                      "eventAddress": "jl perjuangan no 32",
                      "isOnlineEvent": false,
                      "maxTicket": 5
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductCreateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "7f992557-8791-41b5-a1c8-c5641c3e72b5",
                        "link": "https://testingmayar.myr.id/event/Bootcamp-Coding-Fullstack-Asix"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/hl/v2/products/event/{id}/update": {
      "post": {
        "operationId": "updateEvent",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-id-from-body": true,
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/event/edit",
        "summary": "Edit Event",
        "description": "Updates an event. Mayar selects the product by the `id` in the body; the id in the path is cosmetic.\nA body that fails validation is answered with HTTP 200, `messages: \"failed\"` and the validator's field\nlist in `data`; the SDK treats that as an error.\n",
        "tags": [
          "Events"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/EventIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/EventUpdateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "id": "7f992557-8791-41b5-a1c8-c5641c3e72b5",
                    "name": "Bootcamp Coding Fullstack Asix Batch 2",
                    "description": "Workshop fullstack development 2 hari",
                    "amount": 3500000,
                    "redirectUrl": "https://example.com/event-thanks",
                    "expiredAt": "2026-07-10T17:00:00.000Z",
                    "event": {
                      "eventAddress": "jl perjuangan no 32",
                      "isOnlineEvent": false,
                      "maxTicket": 5
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The event was updated.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductUpdateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "7f992557-8791-41b5-a1c8-c5641c3e72b5",
                        "link": "https://testingmayar.myr.id/event/Bootcamp-Coding-Fullstack-Asix"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/installments/create": {
      "post": {
        "operationId": "createInstallment",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/installment/create",
        "summary": "Create Installment",
        "description": "Creates a bill paid in monthly instalments: `tenure` months (3 to 24), each due on day `dueDate` of\nthe month (1 to 28), with `interest` added flat. The answer lists the generated invoices.\n`invoices[].link` is a bare slug, not a URL.\n",
        "tags": [
          "Installments"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateInstallmentBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "email": "budi.santoso@example.com",
                    "mobile": "081234567890",
                    "name": "Budi Santoso",
                    "amount": 3000000,
                    "installment": {
                      "description": "Cicilan laptop",
                      "interest": 2,
                      "tenure": 3,
                      "dueDate": 10
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The installment and its invoices.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InstallmentResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e",
                        "amount": 3000000,
                        "interest": 2,
                        "interestType": "FLAT",
                        "period": "MONTHLY",
                        "tenure": 3,
                        "dueDate": 10,
                        "totalInterest": 180000,
                        "totalAmount": 3180000,
                        "description": "Cicilan laptop",
                        "customer": {
                          "email": "budi.santoso@example.com",
                          "name": "Budi Santoso",
                          "mobile": "081234567890"
                        },
                        "status": "unpaid",
                        "invoices": [
                          {
                            "id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                            "index": 1,
                            "amount": 1060000,
                            "interestAmount": 60000,
                            "remainingAmount": 1060000,
                            "dueDate": "2026-02-10T00:00:00.000Z",
                            "status": "unpaid",
                            "link": "c1l4n7x9q2"
                          },
                          {
                            "id": "2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c",
                            "index": 2,
                            "amount": 1060000,
                            "interestAmount": 60000,
                            "remainingAmount": 1060000,
                            "dueDate": "2026-03-10T00:00:00.000Z",
                            "status": "unpaid",
                            "link": "c2m5p8y0r3"
                          },
                          {
                            "id": "3a4b5c6d-7e8f-4a9b-8c0d-2e3f4a5b6c7d",
                            "index": 3,
                            "amount": 1060000,
                            "interestAmount": 60000,
                            "remainingAmount": 1060000,
                            "dueDate": "2026-04-10T00:00:00.000Z",
                            "status": "unpaid",
                            "link": "c3n6q9z1s4"
                          }
                        ],
                        "createdAt": "2026-01-13T07:16:51.042Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/installments/{id}": {
      "get": {
        "operationId": "getInstallment",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/installment/detail",
        "summary": "Get Installment",
        "description": "One installment with its invoices (ISO-8601 timestamps). `invoices[].link` is a bare slug, not a\nURL.\n",
        "tags": [
          "Installments"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/InstallmentIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The installment.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InstallmentResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e",
                        "amount": 3000000,
                        "interest": 2,
                        "interestType": "FLAT",
                        "period": "MONTHLY",
                        "tenure": 3,
                        "dueDate": 10,
                        "totalInterest": 180000,
                        "totalAmount": 3180000,
                        "description": "Cicilan laptop",
                        "customer": {
                          "email": "budi.santoso@example.com",
                          "name": "Budi Santoso",
                          "mobile": "081234567890"
                        },
                        "status": "unpaid",
                        "invoices": [
                          {
                            "id": "1e2f3a4b-5c6d-4e7f-8a9b-0c1d2e3f4a5b",
                            "index": 1,
                            "amount": 1060000,
                            "interestAmount": 60000,
                            "remainingAmount": 0,
                            "dueDate": "2026-02-10T00:00:00.000Z",
                            "status": "paid",
                            "link": "c1l4n7x9q2"
                          },
                          {
                            "id": "2f3a4b5c-6d7e-4f8a-9b0c-1d2e3f4a5b6c",
                            "index": 2,
                            "amount": 1060000,
                            "interestAmount": 60000,
                            "remainingAmount": 1060000,
                            "dueDate": "2026-03-10T00:00:00.000Z",
                            "status": "unpaid",
                            "link": "c2m5p8y0r3"
                          },
                          {
                            "id": "3a4b5c6d-7e8f-4a9b-8c0d-2e3f4a5b6c7d",
                            "index": 3,
                            "amount": 1060000,
                            "interestAmount": 60000,
                            "remainingAmount": 1060000,
                            "dueDate": "2026-04-10T00:00:00.000Z",
                            "status": "unpaid",
                            "link": "c3n6q9z1s4"
                          }
                        ],
                        "createdAt": "2026-01-13T07:16:51.042Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/installments": {
      "get": {
        "operationId": "listInstallments",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/installment",
        "summary": "List Installments",
        "description": "Lists installments, newest first, one page at a time. Each item is the installment's payment link\n(`type: \"installment\"`); its `installmentId` is what `getInstallment` takes. `nextStartingAfter` is\nnull on the last page.\n",
        "tags": [
          "Installments"
        ],
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only installments with this status (e.g. `unpaid`, `active`).",
            "schema": {
              "type": "string"
            },
            "example": "unpaid"
          },
          {
            "name": "customerId",
            "in": "query",
            "required": false,
            "description": "Only the installments of this customer.",
            "schema": {
              "type": "string"
            },
            "example": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of installments.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListInstallmentsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented item fields; last page)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": false,
                      "nextStartingAfter": null,
                      "data": [
                        {
                          "id": "5c6d7e8f-9a0b-4c1d-8e2f-3a4b5c6d7e8f",
                          "amount": 3180000,
                          "category": null,
                          "createdAt": 1768288611042,
                          "description": "Cicilan laptop",
                          "link": "cicilan-laptop-x7k2m9",
                          "type": "installment",
                          "status": "unpaid",
                          "name": "Cicilan laptop",
                          "limit": null,
                          "redirectUrl": null,
                          "installmentId": "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e",
                          "event": null,
                          "order": null,
                          "coverImage": null,
                          "multipleImage": [],
                          "transactions": [
                            {
                              "id": "8d9e0f1a-2b3c-4d4e-9f5a-6b7c8d9e0f1a",
                              "extraData": null
                            }
                          ]
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/invoices/create": {
      "post": {
        "operationId": "createInvoice",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/invoice/create",
        "summary": "Create Invoice",
        "description": "Creates an itemised invoice for a customer and returns its hosted invoice `link`. The invoice's amount\nis the sum of `quantity × rate` over `items`. `extraData` is echoed back as sent. Repeating the same\ncreate (one customer, one amount) within about a minute answers 429.\n",
        "tags": [
          "Invoices"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InvoiceCreateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "name": "Budi Santoso",
                    "email": "budi.santoso@example.com",
                    "mobile": "081234567890",
                    "description": "Pelunasan pesanan",
                    "expiredAt": "2026-07-19T16:43:23.000Z",
                    "items": [
                      {
                        "quantity": 3,
                        "rate": 11000,
                        "description": "Paket layanan A"
                      }
                    ],
                    "extraData": {
                      "noCustomer": "827hiueqy271hj",
                      "idProd": "contoh aja"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoiceCreateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                        "transactionId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                        "link": "https://testingmayar.myr.id/invoices/ycfyxbj2h3",
                        "expiredAt": 1784479403000,
                        "extraData": {
                          "noCustomer": "827hiueqy271hj",
                          "idProd": "contoh aja"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The body fails validation. Mayar lists the failing fields in `data`.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "400 body as the v2 create pages document it",
                    "value": {
                      "statusCode": 400,
                      "messages": "Validation Error"
                    }
                  },
                  "negativeRate": {
                    "summary": "Observed for a negative item rate (third-party report, mayarid/mayar-superapp)",
                    "value": {
                      "statusCode": 400,
                      "messages": "Validation Error",
                      "data": [
                        {
                          "type": "numberPositive",
                          "message": "The 'items[1].rate' field must be a positive number.",
                          "field": "items[1].rate",
                          "actual": -200
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "description": "An invoice with the same identifier already exists.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "409 body (the invoice page's error body was not seen; this is the v2 create pages' body)",
                    "value": {
                      "statusCode": 409,
                      "messages": "already exist"
                    }
                  }
                }
              }
            }
          },
          "429": {
            "description": "A duplicate create request was detected (the same customer and amount repeated within about one\nminute; mayarid/skills). Ordinary rate limiting also answers 429, with a `Retry-After` header and\nanother message.\n",
            "headers": {
              "Retry-After": {
                "description": "Seconds to wait before trying again (sent when rate limited).",
                "schema": {
                  "type": "integer"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "429 body for a duplicate create (as on the payment request create)",
                    "value": {
                      "statusCode": 429,
                      "messages": "Duplicate request detected. Please wait 1 minute before trying again."
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/hl/v2/invoices/{id}/update": {
      "post": {
        "operationId": "updateInvoice",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-id-from-body": true,
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/invoice/edit",
        "summary": "Edit Invoice",
        "description": "Updates an invoice. Mayar selects the invoice by the `id` in the body; the id in the path is cosmetic\nand ignored. The SDK sends the body's `id` in both places.\n",
        "tags": [
          "Invoices"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/InvoiceIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/InvoiceUpdateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                    "description": "Invoice yang sudah diedit",
                    "items": [
                      {
                        "quantity": 2,
                        "rate": 55000,
                        "description": "Paket layanan B"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UpdatePaymentRequestResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                        "link": "https://testingmayar.myr.id/invoices/ibzfrf4880"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hl/v2/invoices": {
      "get": {
        "operationId": "listInvoices",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/invoice (status and search filters from the official CLI src/commands/invoice.js)",
        "summary": "Get List Invoice",
        "description": "Lists invoices, newest first, one page at a time.",
        "tags": [
          "Invoices"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "$ref": "#/components/parameters/InvoiceStatusQuery"
          },
          {
            "$ref": "#/components/parameters/InvoiceSearchQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of invoices.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoiceListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (first item; paging values illustrative)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": true,
                      "nextStartingAfter": "1768375011056",
                      "data": [
                        {
                          "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                          "amount": 110000,
                          "category": null,
                          "createdAt": 1768375011056,
                          "description": "",
                          "link": "ibzfrf4880",
                          "type": "invoice",
                          "status": "paid",
                          "name": "INVOICE",
                          "redirectUrl": null,
                          "customerId": "21d84338-b46d-42d7-9b49-d402520407a5",
                          "transactions": [
                            {
                              "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                              "status": "created",
                              "extraData": null
                            },
                            {
                              "id": "b2c3d4e5-f6a7-8901-bcde-f23456789012",
                              "status": "paid",
                              "extraData": null
                            }
                          ],
                          "customer": {
                            "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                            "email": "budi.santoso@example.com",
                            "mobile": "081234567890",
                            "name": "Budi Santoso"
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/invoices/filter": {
      "get": {
        "operationId": "listInvoicesByEmail",
        "x-mayar-method": "listByEmail",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/invoice/filter (status and search filters from the official CLI src/commands/invoice.js)",
        "summary": "Filter Invoices by Customer Email",
        "description": "Lists the invoices of one customer, found by email, newest first, one page at a time.",
        "tags": [
          "Invoices"
        ],
        "parameters": [
          {
            "name": "email",
            "in": "query",
            "required": true,
            "description": "The customer's email address.",
            "schema": {
              "type": "string",
              "format": "email"
            },
            "example": "budi.santoso@example.com"
          },
          {
            "$ref": "#/components/parameters/InvoiceStatusQuery"
          },
          {
            "$ref": "#/components/parameters/InvoiceSearchQuery"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of the customer's invoices.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoiceListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (paging values illustrative)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": false,
                      "nextStartingAfter": null,
                      "data": [
                        {
                          "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                          "amount": 80000,
                          "category": null,
                          "createdAt": 1768375011056,
                          "description": "",
                          "link": "a0me074770a",
                          "type": "invoice",
                          "status": "closed",
                          "name": "INVOICE",
                          "redirectUrl": null,
                          "customerId": "21d84338-b46d-42d7-9b49-d402520407a5",
                          "transactions": [
                            {
                              "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                              "status": "created",
                              "extraData": null
                            }
                          ],
                          "customer": {
                            "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                            "email": "budi.santoso@example.com",
                            "mobile": "081234567890",
                            "name": "Budi Santoso"
                          }
                        },
                        {
                          "id": "c3d4e5f6-a7b8-9012-cdef-345678901234",
                          "amount": 2070000,
                          "category": null,
                          "createdAt": 1768288611056,
                          "description": "",
                          "link": "wpib3ybq3ym",
                          "type": "invoice",
                          "status": "closed",
                          "name": "INVOICE",
                          "redirectUrl": null,
                          "customerId": "21d84338-b46d-42d7-9b49-d402520407a5",
                          "transactions": [
                            {
                              "id": "d4e5f6a7-b8c9-0123-defa-456789012345",
                              "status": "created",
                              "extraData": null
                            }
                          ],
                          "customer": {
                            "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                            "email": "budi.santoso@example.com",
                            "mobile": "081234567890",
                            "name": "Budi Santoso"
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/invoices/{id}": {
      "get": {
        "operationId": "getInvoice",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/invoice/detail",
        "summary": "Get Detail Invoice",
        "description": "One invoice with its status, customer, transactions and payment URL. It carries no `paymentDetail`\n(mayarid/skills).\n",
        "tags": [
          "Invoices"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/InvoiceIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The invoice.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/InvoiceGetResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                        "amount": 110000,
                        "status": "paid",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "link": "ibzfrf4880",
                        "expiredAt": 1768371411000,
                        "transactions": [
                          {
                            "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                            "extraData": null
                          },
                          {
                            "id": "b2c3d4e5-f6a7-8901-bcde-f23456789012",
                            "extraData": null
                          }
                        ],
                        "customerId": "21d84338-b46d-42d7-9b49-d402520407a5",
                        "customer": {
                          "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                          "email": "budi.santoso@example.com",
                          "mobile": "081234567890",
                          "name": "Budi Santoso"
                        },
                        "transactionId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                        "paymentUrl": "https://testingmayar.myr.id/invoices/ibzfrf4880",
                        "paymentLinkId": "6f8c19ff-5b97-4792-aa89-d2a12797b356"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/invoices/{id}/{action}": {
      "post": {
        "operationId": "changeInvoiceStatus",
        "x-mayar-method": "setStatus",
        "x-mayar-result": "root",
        "x-mayar-confidence": "medium",
        "x-mayar-source": "official CLI src/commands/invoice.js (no v2 doc page; the action set is the v2 product status page's)",
        "summary": "Change Invoice Status",
        "description": "Opens, closes or unlists an invoice. Mayar may answer HTTP 200 with `messages: \"failed\"`; the SDK\ntreats that as an error.\n",
        "tags": [
          "Invoices"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/InvoiceIdPath"
          },
          {
            "$ref": "#/components/parameters/StatusActionPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The status was changed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Success",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/memberships/members/create": {
      "post": {
        "operationId": "createMember",
        "x-mayar-method": "createMember",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/membership/register",
        "summary": "Register Membership Member",
        "description": "Registers a customer as a member of a membership tier. Mayar answers with `statusCode: 201` in the\nbody and the singular `message` key (errors use `{ statusCode, message }` too).\n\nThe documented `data` wraps the member in `membershipCustomer`. A third-party live test\n(mayarid/mayar-superapp) reports the member flat under `data`, with no wrapper; the schema accepts both\nshapes, so read `data.membershipCustomer ?? data`. Registering an email that is already on the tier is\nrefused with \"Email sudah terdaftar pada tier ini.\" (same report; the status code is not documented).\n",
        "tags": [
          "Memberships"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMembershipMemberBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "productId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                    "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                    "customerInfo": {
                      "name": "Budi Santoso",
                      "email": "budi.santoso@example.com",
                      "mobile": "081234567890"
                    },
                    "membershipMonthlyPeriod": 1
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The member was registered. The body's `statusCode` is 201 (the HTTP status may be 200 or 201).\n",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateMembershipMemberResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (statusCode 201, member wrapped)",
                    "value": {
                      "statusCode": 201,
                      "message": "success",
                      "data": {
                        "membershipCustomer": {
                          "id": "c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f",
                          "memberId": "MBR8X2QK",
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "customerId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                          "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                          "paymentLinkId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                          "monthlyPaymentPeriod": 1,
                          "status": "active",
                          "nextPayment": "2026-07-20T09:10:57.994Z",
                          "expiredAt": null,
                          "createdAt": "2026-06-20T09:10:57.994Z",
                          "updatedAt": "2026-06-20T09:10:57.994Z"
                        }
                      }
                    }
                  },
                  "flat": {
                    "summary": "The flat shape a third-party live test reported (no membershipCustomer wrapper)",
                    "value": {
                      "statusCode": 201,
                      "message": "success",
                      "data": {
                        "id": "c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f",
                        "memberId": "MBR8X2QK",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "customerId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                        "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                        "paymentLinkId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                        "monthlyPaymentPeriod": 1,
                        "status": "active",
                        "nextPayment": "2026-07-20T09:10:57.994Z",
                        "expiredAt": null,
                        "createdAt": "2026-06-20T09:10:57.994Z",
                        "updatedAt": "2026-06-20T09:10:57.994Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipWriteError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/memberships/members": {
      "get": {
        "operationId": "listMembers",
        "x-mayar-method": "listMembers",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/membership/members",
        "summary": "Get Membership Members",
        "description": "Lists the members of one membership product, one page at a time. Rows use flattened dotted keys\n(`\"customer.email\"`, `\"membershipTier.name\"`, ...): these are literal key names, not nested objects\n(the member detail nests the same data). `\"membershipTier.gracePeriodInDays\"` is a string (`\"0\"`).\nWith `isChurnedMember` the envelope also carries `totalMember`.\n",
        "tags": [
          "Memberships"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipProductIdQuery"
          },
          {
            "name": "searchTerm",
            "in": "query",
            "required": false,
            "description": "Only members whose name, email or mobile matches this text.",
            "schema": {
              "type": "string"
            },
            "example": "budi"
          },
          {
            "name": "startDate",
            "in": "query",
            "required": false,
            "description": "Only members who joined on or after this date (ISO-8601).",
            "schema": {
              "type": "string"
            },
            "example": "2026-01-01T00:00:00.000Z"
          },
          {
            "name": "endDate",
            "in": "query",
            "required": false,
            "description": "Only members who joined on or before this date (ISO-8601).",
            "schema": {
              "type": "string"
            },
            "example": "2026-01-31T23:59:59.999Z"
          },
          {
            "name": "isChurnedMember",
            "in": "query",
            "required": false,
            "description": "Only members who churned (stopped or expired). Adds `totalMember` to the envelope.",
            "schema": {
              "type": "boolean"
            },
            "example": false
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of members.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListMembershipMembersResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f",
                          "createdAt": "2026-01-15T15:29:59.659Z",
                          "customerId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                          "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                          "nextPayment": "2026-02-15T15:29:59.430Z",
                          "status": "inactive",
                          "updatedAt": "2026-02-15T17:30:03.531Z",
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "memberId": "MBR8X2QK",
                          "membershipTier.name": "Paket 1",
                          "membershipTier.gracePeriodInDays": "0",
                          "customer.name": "Budi Santoso",
                          "customer.mobile": "081234567890",
                          "customer.email": "budi.santoso@example.com"
                        }
                      ],
                      "hasMore": false,
                      "nextStartingAfter": "1768490999659"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipInvalidQuery"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/memberships/members/{memberId}": {
      "get": {
        "operationId": "getMember",
        "x-mayar-method": "getMember",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/membership/memberdetail",
        "summary": "Get Membership Member Detail",
        "description": "One member, by its public member code, with its payment link, customer and tier nested (the list\nflattens the same data into dotted keys).\n",
        "tags": [
          "Memberships"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipMemberIdPath"
          },
          {
            "$ref": "#/components/parameters/MembershipProductIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The member.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetMembershipMemberResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (the nested objects' values are illustrative)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f",
                        "createdAt": "2026-01-15T15:29:59.659Z",
                        "customerId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                        "expiredAt": "2026-02-15T15:29:59.430Z",
                        "isAlreadyUsedTrial": true,
                        "isInTrial": false,
                        "isLifetimePeriod": null,
                        "isTodayReminderSent": true,
                        "memberId": "MBR8X2QK",
                        "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                        "monthlyPaymentPeriod": null,
                        "nextPayment": "2026-02-15T15:29:59.430Z",
                        "nextPaymentEmailSent": true,
                        "paymentLinkId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                        "status": "inactive",
                        "updatedAt": "2026-02-15T17:30:03.531Z",
                        "paymentLink": {
                          "id": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                          "name": "Kelas Premium Mayar",
                          "status": "active",
                          "membershipInfo": {
                            "id": "5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b",
                            "type": "SAAS"
                          }
                        },
                        "customer": {
                          "id": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                          "name": "Budi Santoso",
                          "email": "budi.santoso@example.com",
                          "mobile": "081234567890"
                        },
                        "membershipTier": {
                          "id": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                          "name": "Paket 1",
                          "status": "ACTIVE"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipInvalidQuery"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/memberships/members/{memberId}/update": {
      "post": {
        "operationId": "updateMember",
        "x-mayar-method": "updateMember",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/membership/update",
        "summary": "Update Membership Member",
        "description": "Changes a member's tier, billing period, status, next payment or expiry. The member is selected by the\nmember code in the path (it is not cosmetic here); `productId` is the only required body field.\nAnswers with the singular `message` key.\n",
        "tags": [
          "Memberships"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipMemberIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateMembershipMemberBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "productId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                    "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                    "membershipMonthlyPeriod": 1,
                    "status": "active",
                    "nextPayment": "2026-08-20T09:10:57.994Z",
                    "expiredAt": "2026-09-20T09:10:57.994Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated member.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MembershipCustomerWriteResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "membershipCustomer": {
                          "id": "c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f",
                          "memberId": "MBR8X2QK",
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "customerId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                          "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                          "paymentLinkId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                          "monthlyPaymentPeriod": 1,
                          "status": "active",
                          "nextPayment": "2026-08-20T09:10:57.994Z",
                          "expiredAt": "2026-09-20T09:10:57.994Z",
                          "createdAt": "2026-06-20T09:10:57.994Z",
                          "updatedAt": "2026-06-23T10:30:00.000Z"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipWriteError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/memberships/members/{memberId}/cancel": {
      "post": {
        "operationId": "cancelMember",
        "x-mayar-method": "cancelMember",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/membership/cancel",
        "summary": "Cancel Membership Member",
        "description": "Cancels a membership: the member's status becomes `stopped`. Mayar also accepts `productId` as a\n`?productId=` query parameter instead of the body; the SDK always sends it in the body. Answers with\nthe singular `message` key.\n",
        "tags": [
          "Memberships"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipMemberIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MembershipProductRefBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation (productId in the body)",
                  "value": {
                    "productId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The cancelled member (status `stopped`).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/MembershipCustomerWriteResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "membershipCustomer": {
                          "id": "c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f",
                          "memberId": "MBR8X2QK",
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "customerId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                          "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                          "paymentLinkId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                          "monthlyPaymentPeriod": 1,
                          "status": "stopped",
                          "nextPayment": "2026-07-20T09:10:57.994Z",
                          "expiredAt": null,
                          "createdAt": "2026-06-20T09:10:57.994Z",
                          "updatedAt": "2026-06-23T10:30:00.000Z"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipWriteError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/memberships/members/{memberId}/invoice/create": {
      "post": {
        "operationId": "createMemberInvoice",
        "x-mayar-method": "createMemberInvoice",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/membership/createinvoice",
        "summary": "Create Membership Invoice",
        "description": "Creates the invoice for the member's current billing term and returns its `membershipBillUrl`.\nInvoices are idempotent per billing term: while an unpaid invoice for the current period exists,\nMayar returns it again instead of creating another. `productId` may also go in the `?productId=`\nquery; the SDK sends it in the body. Answers with the singular `message` key.\n\nA third-party live test (mayarid/mayar-superapp) saw `name` and `term`\n(`membershipInvoice:<id>:<month>:<year>`) in the answer and no `transactionId`.\n",
        "tags": [
          "Memberships"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipMemberIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MembershipProductRefBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation (productId in the body)",
                  "value": {
                    "productId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The invoice for the current billing term (new or reused).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateMembershipInvoiceResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "id": "df65d192-8396-4f9a-b4e5-8244648c07c5",
                        "transactionId": "ca87fd13-8742-4d48-af33-7de1a417bc34",
                        "customerId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                        "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                        "amount": 150000,
                        "status": "created",
                        "expiredAt": "2026-07-20T09:10:57.994Z",
                        "createdAt": "2026-06-20T09:10:57.994Z",
                        "membershipBillUrl": "https://testingmayar.mayar.shop/pl/mbr9x2k7m3a"
                      }
                    }
                  },
                  "reported": {
                    "summary": "The shape a third-party live test reported (name and term, no transactionId)",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "id": "df65d192-8396-4f9a-b4e5-8244648c07c5",
                        "name": "Paket 1",
                        "term": "membershipInvoice:c4d5e6f7-a8b9-4c0d-8e1f-2a3b4c5d6e7f:6:2026",
                        "customerId": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                        "membershipTierId": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                        "amount": 150000,
                        "status": "created",
                        "expiredAt": "2026-07-20T09:10:57.994Z",
                        "createdAt": "2026-06-20T09:10:57.994Z",
                        "membershipBillUrl": "https://testingmayar.mayar.shop/pl/mbr9x2k7m3a"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipWriteError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/memberships/tiers": {
      "get": {
        "operationId": "listMembershipTiers",
        "x-mayar-method": "listTiers",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/membership/tiers",
        "summary": "Get Membership Tiers",
        "description": "Lists the tiers of one membership product, one page at a time.",
        "tags": [
          "Memberships"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipProductIdQuery"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of tiers.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListMembershipTiersResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                          "createdAt": "2026-01-15T15:07:33.868Z",
                          "description": "<p>Access to all premium content and monthly live sessions.</p>\n",
                          "finishMembershipAt": null,
                          "gracePeriodInDays": 0,
                          "isSoldOut": false,
                          "isTrialAvailable": true,
                          "limit": null,
                          "name": "Paket 1",
                          "notes": "Access to all premium content and monthly live sessions.",
                          "paymentAtStart": true,
                          "paymentLinkId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                          "position": null,
                          "redirectUrl": "",
                          "status": "ACTIVE",
                          "trialCredit": null,
                          "trialPeriodInDays": 0,
                          "updatedAt": "2026-01-15T15:07:33.868Z",
                          "upfrontFee": null,
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413"
                        }
                      ],
                      "hasMore": false,
                      "nextStartingAfter": "1768489653868"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipInvalidQuery"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/memberships/tiers/{tierId}": {
      "get": {
        "operationId": "getMembershipTier",
        "x-mayar-method": "getTier",
        "x-mayar-result": "data",
        "x-mayar-confidence": "low",
        "x-mayar-source": "official CLI src/commands/membership.js and docs/membership-product-tier-backend-spec.md (no doc page)",
        "summary": "Get Membership Tier",
        "description": "One tier of a membership product. Only the official CLI uses this path; its own backend spec says it\nwas still to be built (the CLI answered 404 until then), and no documentation page describes the\nanswer. The tier is modelled like a row of the tier list.\n",
        "tags": [
          "Memberships"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipTierIdPath"
          },
          {
            "$ref": "#/components/parameters/MembershipProductIdQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "The tier.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetMembershipTierResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Illustrative answer (no documented example; a tier-list row in the read envelope)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d",
                        "createdAt": "2026-01-15T15:07:33.868Z",
                        "description": "<p>Access to all premium content and monthly live sessions.</p>\n",
                        "finishMembershipAt": null,
                        "gracePeriodInDays": 0,
                        "isSoldOut": false,
                        "isTrialAvailable": true,
                        "limit": null,
                        "name": "Paket 1",
                        "notes": "Access to all premium content and monthly live sessions.",
                        "paymentAtStart": true,
                        "paymentLinkId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                        "position": null,
                        "redirectUrl": "",
                        "status": "ACTIVE",
                        "trialCredit": null,
                        "trialPeriodInDays": 0,
                        "updatedAt": "2026-01-15T15:07:33.868Z",
                        "upfrontFee": null,
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipInvalidQuery"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hl/v2/memberships/tiers/create": {
      "post": {
        "operationId": "createMembershipTier",
        "x-mayar-method": "createTier",
        "x-mayar-result": "data",
        "x-mayar-confidence": "low",
        "x-mayar-source": "official CLI src/commands/membership.js and docs/membership-product-tier-backend-spec.md (no doc page)",
        "summary": "Create Membership Tier",
        "description": "Creates a tier (with its billing periods) under a membership product. Only the official CLI uses this\npath, as a contract for a backend wrapper that was still to be built (the CLI answered 404 until\nthen). The body is the CLI's contract; the answer is only specified as \"the new tier, at least its\n`id`\", modelled here like a tier-list row in the write envelope (singular `message`).\n",
        "tags": [
          "Memberships"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMembershipTierBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the shape of the CLI's contract",
                  "value": {
                    "productId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                    "name": "Paket 2",
                    "description": "Semua materi premium dan sesi live bulanan.",
                    "notes": "Termasuk akses grup diskusi.",
                    "gracePeriodInDays": 3,
                    "trialPeriodInDays": 7,
                    "isTrialAvailable": true,
                    "periods": [
                      {
                        "monthPeriod": 1,
                        "amount": 150000,
                        "status": "ACTIVE"
                      },
                      {
                        "monthPeriod": 12,
                        "amount": 1500000,
                        "status": "ACTIVE"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new tier.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateMembershipTierResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Illustrative answer (no documented example)",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "id": "2f4a6c8e-0b1d-4f3a-9c5e-7a9b1c3d5e7f",
                        "createdAt": "2026-06-20T09:10:57.994Z",
                        "description": "Semua materi premium dan sesi live bulanan.",
                        "finishMembershipAt": null,
                        "gracePeriodInDays": 3,
                        "isSoldOut": false,
                        "isTrialAvailable": true,
                        "limit": null,
                        "name": "Paket 2",
                        "notes": "Termasuk akses grup diskusi.",
                        "paymentLinkId": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                        "status": "ACTIVE",
                        "trialPeriodInDays": 7,
                        "updatedAt": "2026-06-20T09:10:57.994Z",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipWriteError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hl/v2/memberships/products/create": {
      "post": {
        "operationId": "createMembershipProduct",
        "x-mayar-method": "createProduct",
        "x-mayar-result": "data",
        "x-mayar-confidence": "low",
        "x-mayar-source": "official CLI src/commands/membership.js and docs/membership-product-tier-backend-spec.md (no doc page)",
        "summary": "Create Membership Product",
        "description": "Creates a membership product (`MEMBERSHIP`, `SAAS` or `CREDIT`). Only the official CLI uses this path,\nas a contract for a backend wrapper that was still to be built (the CLI answered 404 until then). The\nbody is the CLI's contract; the answer is only specified as \"the new product, at least its `id`\"\n(write envelope, singular `message`).\n",
        "tags": [
          "Memberships"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateMembershipProductBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request from the CLI's contract (its verification example)",
                  "value": {
                    "name": "Pro",
                    "description": "Paket pro",
                    "membershipInfo": {
                      "showMembers": true,
                      "type": "MEMBERSHIP"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The new product.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateMembershipProductResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Illustrative answer (no documented example)",
                    "value": {
                      "statusCode": 200,
                      "message": "success",
                      "data": {
                        "id": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                        "name": "Pro",
                        "description": "Paket pro",
                        "link": "pro",
                        "type": "membership",
                        "status": "active",
                        "membershipInfo": {
                          "showMembers": true,
                          "type": "MEMBERSHIP"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/MembershipWriteError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/hl/v2/memberships/products/{productId}": {
      "get": {
        "operationId": "getMembershipProduct",
        "x-mayar-method": "getProduct",
        "x-mayar-result": "data",
        "x-mayar-confidence": "low",
        "x-mayar-source": "official CLI src/commands/membership.js and docs/membership-product-tier-backend-spec.md (no doc page)",
        "summary": "Get Membership Product",
        "description": "One membership product. Only the official CLI uses this path, as a contract for a backend wrapper that\nwas still to be built (the CLI answered 404 until then); the answer is only specified as \"the\nproduct\". No query parameters.\n",
        "tags": [
          "Memberships"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/MembershipProductIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The product.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetMembershipProductResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Illustrative answer (no documented example)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f",
                        "name": "Pro",
                        "description": "Paket pro",
                        "link": "pro",
                        "type": "membership",
                        "status": "active",
                        "membershipInfo": {
                          "showMembers": true,
                          "type": "MEMBERSHIP"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hl/v2/name-services/create": {
      "post": {
        "operationId": "createNameService",
        "x-mayar-method": "create",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/nameservice/create",
        "summary": "Create Name Service",
        "description": "Creates a name service (a power-up store entry); Mayar derives its slug from `name`. `payload` is\nstored serialised. The answer only says it succeeded: no `data`, so the new entry's id is not\nreturned. A failure (e.g. a missing `name`) may come back as a 500 with the error's description.\n",
        "tags": [
          "Name services"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NameServiceCreateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "name": "Premium Newsletter",
                    "description": "Monthly premium newsletter access",
                    "website": "https://testingmayar.myr.id",
                    "amount": 50000,
                    "urlHook": "https://webhook.example.com/name-service",
                    "image": "https://media.mayar.id/images/a1b2c3d4-e5f6-4789-a012-3456789abcde.png",
                    "payload": {
                      "plan": "premium",
                      "durationInDays": 30
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The name service was created.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NameServiceSuccessResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "500": {
            "description": "Mayar failed to create it and answers with the error's description (e.g. `name` missing).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                }
              }
            }
          }
        }
      }
    },
    "/hl/v2/name-services/update": {
      "post": {
        "operationId": "updateNameService",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/nameservice/update",
        "summary": "Update Name Service",
        "description": "Updates a name service. The record is selected by the `id` in the body (this path has no id segment).\nThe answer's `payload`, `credential` and `event` come back as JSON strings (serialised), although\nthey are sent as objects.\n",
        "tags": [
          "Name services"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/NameServiceUpdateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "id": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                    "name": "Premium Newsletter",
                    "description": "Monthly premium newsletter access",
                    "website": "https://testingmayar.myr.id",
                    "amount": 75000,
                    "urlHook": "https://webhook.example.com/name-service",
                    "image": "https://media.mayar.id/images/b2c3d4e5-f6a7-489a-b012-3456789abcde.png",
                    "payload": {
                      "plan": "premium",
                      "durationInDays": 30
                    },
                    "credential": {
                      "apiKey": "service-credential-value"
                    },
                    "event": {
                      "type": "subscription.renewed"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated name service.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/NameServiceUpdateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "name": "Premium Newsletter",
                        "slug": "premium-newsletter",
                        "description": "Monthly premium newsletter access",
                        "website": "https://testingmayar.myr.id",
                        "amount": 75000,
                        "urlHook": "https://webhook.example.com/name-service",
                        "image": "https://media.mayar.id/images/b2c3d4e5-f6a7-489a-b012-3456789abcde.png",
                        "payload": "{\"plan\":\"premium\",\"durationInDays\":30}",
                        "credential": "{\"apiKey\":\"service-credential-value\"}",
                        "event": "{\"type\":\"subscription.renewed\"}"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hl/v2/payment-channels": {
      "get": {
        "operationId": "getPaymentChannels",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/qrcode/paymentchannels",
        "summary": "Get Payment Channels",
        "description": "The merchant's payment settings: which channels are enabled (`config[]`, one entry per channel with\n`status`), which approvals the merchant has, who bears the fees, and whether rate limiting is active\nfor the merchant.\n",
        "tags": [
          "Payment channels"
        ],
        "responses": {
          "200": {
            "description": "The merchant's payment channels.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetPaymentChannelsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented channels)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "isAkulakuApproved": false,
                        "isCreditCardApproved": true,
                        "isQRISStaticApproved": true,
                        "isAdminFeeBorneByCustomer": false,
                        "isChannelFeeBorneByCustomer": false,
                        "isRateLimitActive": true,
                        "config": [
                          {
                            "name": "QRIS",
                            "status": true,
                            "img": "https://media.mayar.id/payment-channels/qris.png",
                            "type": "qris",
                            "code": "QRIS"
                          },
                          {
                            "name": "Bank Transfer Mandiri",
                            "status": true,
                            "img": "https://media.mayar.id/payment-channels/mandiri.png",
                            "type": "va",
                            "code": "MANDIRI"
                          },
                          {
                            "name": "EWallet OVO",
                            "status": true,
                            "img": "https://media.mayar.id/payment-channels/ovo.png",
                            "type": "ewallet",
                            "code": "OVO"
                          },
                          {
                            "name": "Kartu Kredit Debit",
                            "status": true,
                            "img": "https://media.mayar.id/payment-channels/card.png",
                            "type": "card",
                            "code": null
                          },
                          {
                            "name": "Retail Alfamart",
                            "status": true,
                            "img": "https://media.mayar.id/payment-channels/alfamart.png",
                            "type": "retail",
                            "code": "ALFAMART"
                          },
                          {
                            "name": "Pay Later Akulaku",
                            "status": false,
                            "img": "https://media.mayar.id/payment-channels/akulaku.png",
                            "type": "paylater",
                            "code": "AKULAKU"
                          },
                          {
                            "name": "QRIS Statis",
                            "status": true,
                            "img": "https://media.mayar.id/payment-channels/qris.png",
                            "type": "qris_static"
                          }
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/payment-link/create": {
      "post": {
        "operationId": "createPaymentLink",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/genericlink/createpaymentlink",
        "summary": "Create Payment Link",
        "description": "Creates a generic payment link (`generic_link` product) and returns its id and hosted `link`. Same\nhandler and body as `products.create` (`POST /hl/v2/products/create`).\n",
        "tags": [
          "Payment links"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProductCreateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "name": "Jasa Buat Website Kece",
                    "description": "Untuk testing API",
                    "amount": 150000,
                    "redirectUrl": "https://example.com/thank-you",
                    "notes": "catatan opsional",
                    "expiredAt": "2026-06-15T12:00:00.000Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductCreateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                        "link": "https://testingmayar.myr.id/pl/Jasa-Buat-Website-Kece"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/ProductConflict"
          }
        }
      }
    },
    "/hl/v2/payment-links/{id}/update": {
      "post": {
        "operationId": "updatePaymentLink",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-id-from-body": true,
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/genericlink/editpaymentlink",
        "summary": "Update Payment Link",
        "description": "Updates a generic payment link. Mayar selects the product by the `id` in the body; the id in the path\nis cosmetic. Same handler as `products.update` (`POST /hl/v2/products/payment-link/{id}/update`).\n\nA body that fails validation is answered with HTTP 200, `messages: \"failed\"` and the validator's field\nlist in `data` (documented as \"200 OK (validation failed)\"); the SDK treats that as an error. Live\nreports (third-party) say `name` is required in practice, and that `redirectUrl` is ignored on\n`payment_request` links.\n",
        "tags": [
          "Payment links"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PaymentLinkIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProductUpdateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                    "name": "Jasa Buat Website Kece Editan",
                    "description": "Deskripsinya diubah",
                    "amount": 150000,
                    "redirectUrl": "https://example.com/thank-you",
                    "notes": "catatan opsional",
                    "expiredAt": "2026-06-15T12:00:00.000Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The payment link was updated.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductUpdateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                        "link": "https://testingmayar.myr.id/pl/Jasa-Buat-Website-Kece"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/payment-links/sort/{type}": {
      "post": {
        "operationId": "listPaymentLinksByType",
        "x-mayar-method": "listByType",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-cursor-param": "starting_after",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/genericlink/sort (the snake_case cursor from the official CLI src/commands/product.js)",
        "summary": "Sort Payment Links by Type",
        "description": "Lists the active products of one type, one page at a time. A read done with POST and no body; the\ncursor is the snake_case `starting_after` (not `startingAfter`).\n",
        "tags": [
          "Payment links"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductTypePath"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/PaymentLinkStartingAfterQuery"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of active products of that type.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "3d4a503a-04a7-4587-915a-8983f0ab05f7",
                          "amount": 150000,
                          "category": null,
                          "createdAt": 1768375011056,
                          "description": "<p>Jasa pembuatan website company profile.</p>\n",
                          "link": "jasa-pembuatan-website",
                          "type": "generic_link",
                          "status": "active",
                          "name": "Jasa Pembuatan Website",
                          "limit": null,
                          "redirectUrl": null,
                          "installmentId": null,
                          "event": null,
                          "order": null,
                          "coverImageId": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                          "multipleImageId": null,
                          "transactions": [],
                          "coverImage": {
                            "id": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                            "fileType": "jpeg",
                            "url": "https://media.mayar.id/images/2529541f-dc98-4ca0-93bb-3c1d35a8dd07.jpeg"
                          },
                          "multipleImage": null
                        }
                      ],
                      "hasMore": true,
                      "nextStartingAfter": "1768375011056"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/payments/create": {
      "post": {
        "operationId": "createPaymentRequest",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reqpayment/create",
        "summary": "Create Single Payment Request",
        "description": "Creates a single payment request and returns its hosted payment `link`. v2 has no `redirectUrl`\n(a sent one is dropped silently). Repeating the same create within about a minute answers 429.\n",
        "tags": [
          "Payment requests"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreatePaymentRequestBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "name": "Penagihan",
                    "amount": 100000,
                    "email": "budi.santoso@example.com",
                    "mobile": "081234567890",
                    "description": "Pembayaran jasa konsultasi",
                    "expiredAt": "2026-07-19T16:43:23.000Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreatePaymentRequestResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                        "transactionId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                        "link": "https://testingmayar.myr.id/pl/rqp9x2k7m3a"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "description": "A payment request with the same identifier already exists.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 409 body",
                    "value": {
                      "statusCode": 409,
                      "messages": "already exist"
                    }
                  }
                }
              }
            }
          },
          "429": {
            "description": "A duplicate create request was detected (the same request repeated within about one minute).\nOrdinary rate limiting also answers 429, with a `Retry-After` header and another message.\n",
            "headers": {
              "Retry-After": {
                "description": "Seconds to wait before trying again (sent when rate limited).",
                "schema": {
                  "type": "integer"
                }
              }
            },
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 429 body",
                    "value": {
                      "statusCode": 429,
                      "messages": "Duplicate request detected. Please wait 1 minute before trying again."
                    }
                  }
                }
              }
            }
          }
        }
      }
    },
    "/hl/v2/payments/{id}/update": {
      "post": {
        "operationId": "updatePaymentRequest",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-id-from-body": true,
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reqpayment/edit",
        "summary": "Update Single Payment Request",
        "description": "Updates a payment request. Mayar selects the record by the `id` in the body; the id in the path is\ncosmetic and ignored. The SDK sends the body's `id` in both places.\n",
        "tags": [
          "Payment requests"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PaymentRequestIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdatePaymentRequestBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                    "amount": 150000,
                    "description": "Pembayaran jasa konsultasi (revisi)"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UpdatePaymentRequestResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                        "link": "https://testingmayar.myr.id/pl/rqp9x2k7m3a"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          }
        }
      }
    },
    "/hl/v2/payments": {
      "get": {
        "operationId": "listPaymentRequests",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reqpayment",
        "summary": "List Payment Requests",
        "description": "Lists payment requests, newest first, one page at a time.",
        "tags": [
          "Payment requests"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only payment requests with this status (`unpaid`, `paid`, `closed` as v2 spells them; `active` too).",
            "schema": {
              "type": "string",
              "enum": [
                "active",
                "unpaid",
                "paid",
                "closed"
              ]
            },
            "example": "paid"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of payment requests.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListPaymentRequestsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": true,
                      "nextStartingAfter": "1768288611042",
                      "data": [
                        {
                          "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                          "amount": 100000,
                          "category": null,
                          "createdAt": 1768288611042,
                          "description": "Pembayaran jasa konsultasi",
                          "link": "rqp9x2k7m3a",
                          "type": "payment_request",
                          "status": "unpaid",
                          "name": "Penagihan",
                          "limit": null,
                          "redirectUrl": null,
                          "installmentId": null,
                          "event": null,
                          "order": null,
                          "coverImageId": null,
                          "multipleImageId": null,
                          "coverImage": null,
                          "multipleImage": null,
                          "transactions": [
                            {
                              "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                              "extraData": null
                            }
                          ]
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/payments/{id}": {
      "get": {
        "operationId": "getPaymentRequest",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reqpayment/detail",
        "summary": "Get Payment Request",
        "description": "One payment request, with its transactions.",
        "tags": [
          "Payment requests"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PaymentRequestIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The payment request.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetPaymentRequestResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                        "link": "rqp9x2k7m3a",
                        "name": "Penagihan",
                        "category": null,
                        "limit": null,
                        "type": "payment_request",
                        "subType": null,
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "event": null,
                        "order": null,
                        "qty": null,
                        "amount": 100000,
                        "status": "unpaid",
                        "description": "Pembayaran jasa konsultasi",
                        "coverImageId": null,
                        "multipleImageId": null,
                        "coverImage": null,
                        "multipleImage": null,
                        "variant": null,
                        "membershipTier": [],
                        "transactions": [
                          {
                            "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                            "extraData": null
                          }
                        ],
                        "linkUrl": "https://testingmayar.myr.id/pl/rqp9x2k7m3a",
                        "linkPayment": "https://testingmayar.myr.id/pl/rqp9x2k7m3a"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/payments/{id}/{action}": {
      "post": {
        "operationId": "changePaymentRequestStatus",
        "x-mayar-method": "setStatus",
        "x-mayar-result": "root",
        "x-mayar-confidence": "medium",
        "x-mayar-source": "official CLI src/commands/payment.js (no v2 doc page; the action set is the v2 product status page's)",
        "summary": "Change Payment Request Status",
        "description": "Opens, closes or unlists a payment request. Mayar may answer HTTP 200 with `messages: \"failed\"`; the\nSDK treats that as an error.\n",
        "tags": [
          "Payment requests"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PaymentRequestIdPath"
          },
          {
            "$ref": "#/components/parameters/StatusActionPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The status was changed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Success",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/products": {
      "get": {
        "operationId": "listProducts",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/product/productpage (the name filter's name and the type filter from the official CLI src/commands/product.js)",
        "summary": "Get Product Page",
        "description": "Lists the merchant's products of every type, newest first, one page at a time.",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "name": "search",
            "in": "query",
            "required": false,
            "description": "Only products whose name contains this keyword.",
            "schema": {
              "type": "string"
            },
            "example": "website"
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "Only products of this type (see `listByType` for the known values).",
            "schema": {
              "type": "string"
            },
            "example": "generic_link"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of products.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "3d4a503a-04a7-4587-915a-8983f0ab05f7",
                          "amount": 150000,
                          "category": null,
                          "createdAt": 1768375011056,
                          "description": "<p>Jasa pembuatan website company profile.</p>\n",
                          "link": "jasa-pembuatan-website",
                          "type": "generic_link",
                          "subType": null,
                          "status": "active",
                          "name": "Jasa Pembuatan Website",
                          "limit": null,
                          "redirectUrl": null,
                          "installmentId": null,
                          "variant": null,
                          "membershipTier": [],
                          "event": null,
                          "order": null,
                          "coverImageId": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                          "multipleImageId": null,
                          "coverImage": {
                            "id": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                            "fileType": "jpeg",
                            "url": "https://media.mayar.id/images/2529541f-dc98-4ca0-93bb-3c1d35a8dd07.jpeg"
                          },
                          "multipleImage": null,
                          "variants": null,
                          "linkUrl": "https://testingmayar.myr.id/plink/jasa-pembuatan-website",
                          "linkPayment": "https://testingmayar.myr.id/pl/jasa-pembuatan-website"
                        }
                      ],
                      "hasMore": true,
                      "nextStartingAfter": "1768375011056"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/types/{type}": {
      "get": {
        "operationId": "listProductsByType",
        "x-mayar-method": "listByType",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/product/productpagewithfilter",
        "summary": "Get Product Page with Type Filter",
        "description": "Lists the merchant's products of one type, newest first, one page at a time. Note the plural `types` (v1 has `type`).",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductTypePath"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of products of that type.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "3d4a503a-04a7-4587-915a-8983f0ab05f7",
                          "amount": 150000,
                          "category": null,
                          "createdAt": 1768375011056,
                          "description": "<p>Jasa pembuatan website company profile.</p>\n",
                          "link": "jasa-pembuatan-website",
                          "type": "generic_link",
                          "subType": null,
                          "status": "active",
                          "name": "Jasa Pembuatan Website",
                          "limit": null,
                          "redirectUrl": null,
                          "installmentId": null,
                          "variant": null,
                          "membershipTier": [],
                          "event": null,
                          "order": null,
                          "coverImageId": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                          "multipleImageId": null,
                          "coverImage": {
                            "id": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                            "fileType": "jpeg",
                            "url": "https://media.mayar.id/images/2529541f-dc98-4ca0-93bb-3c1d35a8dd07.jpeg"
                          },
                          "multipleImage": null,
                          "variants": null,
                          "linkUrl": "https://testingmayar.myr.id/plink/jasa-pembuatan-website",
                          "linkPayment": "https://testingmayar.myr.id/pl/jasa-pembuatan-website"
                        }
                      ],
                      "hasMore": true,
                      "nextStartingAfter": "1768375011056"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/{id}": {
      "get": {
        "operationId": "getProduct",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/product/detail",
        "summary": "Get Product Detail",
        "description": "One product with its images, variants and transactions. `variant` is the variants serialised as a JSON\nstring (or null); `variants` is the same list parsed.\n",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The product.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductGetResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                        "link": "jasa-pembuatan-website",
                        "name": "Jasa Pembuatan Website",
                        "category": null,
                        "limit": null,
                        "type": "generic_link",
                        "subType": null,
                        "variant": null,
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "membershipTier": [],
                        "event": null,
                        "order": null,
                        "qty": null,
                        "amount": 150000,
                        "status": "active",
                        "description": "<p>Jasa pembuatan website company profile.</p>\n",
                        "coverImageId": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                        "multipleImageId": null,
                        "transactions": [
                          {
                            "id": "b2c3d4e5-f6a7-8901-bcde-f23456789012",
                            "extraData": null
                          }
                        ],
                        "multipleImage": null,
                        "coverImage": {
                          "id": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                          "fileType": "jpeg",
                          "url": "https://media.mayar.id/images/2529541f-dc98-4ca0-93bb-3c1d35a8dd07.jpeg"
                        },
                        "linkUrl": "https://testingmayar.myr.id/plink/jasa-pembuatan-website",
                        "linkPayment": "https://testingmayar.myr.id/pl/jasa-pembuatan-website"
                      }
                    }
                  },
                  "withVariants": {
                    "summary": "A product with variants (the v1 detail page's example; v2 sends the same fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                        "link": "pembuatan-jasa-web",
                        "name": "Pembuatan Jasa Web",
                        "category": null,
                        "limit": null,
                        "type": "generic_link",
                        "subType": null,
                        "variant": "[{\"id\":\"986cb91e-70ee-4579-a046-3201f936e6e1\",\"name\":\"Landing Page \",\"description\":\"<p></p>\\n\",\"amount\":100000,\"limit\":null,\"notes\":\"\",\"redirectUrl\":\"\",\"status\":\"ACTIVE\",\"createdAt\":1778236239496},{\"id\":\"99de25dc-0302-4d64-9467-6f1c85fbc1bb\",\"name\":\"Sistem Crud\",\"description\":\"<p></p>\\n\",\"amount\":500000,\"limit\":null,\"notes\":\"\",\"redirectUrl\":\"\",\"status\":\"ACTIVE\",\"createdAt\":1778236254836}]",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "membershipTier": [],
                        "event": null,
                        "order": null,
                        "qty": null,
                        "amount": 100000,
                        "status": "active",
                        "description": "<p>Testing</p>\n",
                        "coverImageId": null,
                        "multipleImageId": "62840541-d45d-4e3f-a13a-e4f8bcdf4e5d",
                        "transactions": [],
                        "coverImage": null,
                        "multipleImage": [
                          {
                            "id": "503d493e-7ae5-4892-80a6-b925e057698f",
                            "fileType": "jpeg",
                            "url": "https://media.mayar.id/images/503d493e-7ae5-4892-80a6-b925e057698f.jpeg"
                          }
                        ],
                        "linkUrl": "https://testingmayar.myr.id/plink/pembuatan-jasa-web",
                        "linkPayment": "https://testingmayar.myr.id/pl/pembuatan-jasa-web",
                        "variants": [
                          {
                            "id": "986cb91e-70ee-4579-a046-3201f936e6e1",
                            "name": "Landing Page ",
                            "description": "<p></p>\n",
                            "amount": 100000,
                            "limit": null,
                            "notes": "",
                            "redirectUrl": "",
                            "status": "ACTIVE",
                            "createdAt": 1778236239496
                          },
                          {
                            "id": "99de25dc-0302-4d64-9467-6f1c85fbc1bb",
                            "name": "Sistem Crud",
                            "description": "<p></p>\n",
                            "amount": 500000,
                            "limit": null,
                            "notes": "",
                            "redirectUrl": "",
                            "status": "ACTIVE",
                            "createdAt": 1778236254836
                          }
                        ]
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/{id}/{action}": {
      "post": {
        "operationId": "changeProductStatus",
        "x-mayar-method": "setStatus",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/product/changestatus",
        "summary": "Change Product Status",
        "description": "Opens, closes or unlists a product. Mayar may answer HTTP 200 with `messages: \"failed\"` (documented);\nthe SDK treats that as an error. An unsupported action answers 400, an unknown product 404.\n",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductIdPath"
          },
          {
            "$ref": "#/components/parameters/StatusActionPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The status was changed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (success)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "The action is not supported.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 400 body (`<action>. allowed: active, closed, unlisted`), here for `archive`",
                    "value": {
                      "statusCode": 400,
                      "messages": "archive. allowed: active, closed, unlisted"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "The product does not exist.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 404 body",
                    "value": {
                      "statusCode": 404,
                      "messages": "Product not found"
                    }
                  }
                }
              }
            }
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/products/{id}/transactions": {
      "get": {
        "operationId": "listProductTransactions",
        "x-mayar-method": "listTransactions",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/product/transactions (status and customerId filters from the official CLI src/commands/product.js)",
        "summary": "Get Product Transactions",
        "description": "Lists the transactions made on one product, newest first, one page at a time. Each row's custom form\nfields are in `customeField`: Mayar's spelling, kept as the API sends it.\n",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ProductIdPath"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only transactions with this status (`created`, `paid`, ...; official CLI, values not documented).",
            "schema": {
              "type": "string"
            },
            "example": "paid"
          },
          {
            "name": "customerId",
            "in": "query",
            "required": false,
            "description": "Only the transactions of this customer (official CLI).",
            "schema": {
              "type": "string"
            },
            "example": "a1b2c3d4-e5f6-7890-abcd-ef1234567890"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of the product's transactions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductTransactionListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "b2c3d4e5-f6a7-8901-bcde-f23456789012",
                          "createdAt": 1768375011056,
                          "type": "CHILD",
                          "amount": 150000,
                          "status": "created",
                          "urlParamTrackingData": null,
                          "paymentLinkId": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                          "customerId": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                          "customeField": null,
                          "customer": {
                            "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                            "email": "budi.santoso@example.com",
                            "name": "Budi Santoso",
                            "mobile": "081234567890"
                          },
                          "paymentLink": {
                            "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                            "type": "generic_link",
                            "category": null,
                            "createdAt": 1768375011056,
                            "description": "<p>Jasa pembuatan website company profile.</p>\n",
                            "link": "jasa-pembuatan-website",
                            "name": "Jasa Pembuatan Website",
                            "redirectUrl": null,
                            "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                            "coverImageId": "2529541f-dc98-4ca0-93bb-3c1d35a8dd07",
                            "multipleImageId": null,
                            "coverImage": null,
                            "multipleImage": null
                          },
                          "productName": "Jasa Pembuatan Website",
                          "productType": "generic_link",
                          "productLink": "jasa-pembuatan-website"
                        }
                      ],
                      "hasMore": false,
                      "nextStartingAfter": "1768375011056"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/create": {
      "post": {
        "operationId": "createProduct",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/genericlink/create",
        "summary": "Create Product",
        "description": "Creates a generic payment link (`generic_link` product) and returns its id and hosted `link`. Same\nhandler and body as `paymentLinks.create` (`POST /hl/v2/products/payment-link/create`).\n",
        "tags": [
          "Products"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProductCreateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "name": "Jasa Buat Website Kece",
                    "description": "Untuk testing API",
                    "amount": 150000,
                    "redirectUrl": "https://example.com/thank-you",
                    "notes": "catatan opsional",
                    "expiredAt": "2026-06-15T12:00:00.000Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductCreateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                        "link": "https://testingmayar.myr.id/pl/Jasa-Buat-Website-Kece"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "409": {
            "$ref": "#/components/responses/ProductConflict"
          }
        }
      }
    },
    "/hl/v2/products/payment-link/{id}/update": {
      "post": {
        "operationId": "updateProduct",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-id-from-body": true,
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/genericlink/edit",
        "summary": "Edit Payment Link",
        "description": "Updates a generic payment link. Mayar selects the product by the `id` in the body; the id in the path\nis cosmetic. Same handler as `paymentLinks.update` (`POST /hl/v2/payment-links/{id}/update`).\n\nA body that fails validation is answered with HTTP 200, `messages: \"failed\"` and the validator's field\nlist in `data` (documented as \"200 OK (validation failed)\"); the SDK treats that as an error. Live\nreports (third-party) say `name` is required in practice, `amount` too for membership products, and\nthat an undocumented `link` field changes the public slug.\n",
        "tags": [
          "Products"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/PaymentLinkIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ProductUpdateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                    "name": "Jasa Buat Website Kece Editan",
                    "description": "Deskripsinya diubah",
                    "amount": 150000,
                    "redirectUrl": "https://example.com/thank-you",
                    "notes": "catatan opsional",
                    "expiredAt": "2026-06-15T12:00:00.000Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The product was updated.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductUpdateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "21d84338-b46d-42d7-9b49-d402520407a5",
                        "link": "https://testingmayar.myr.id/pl/Jasa-Buat-Website-Kece"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/qr-codes/create": {
      "post": {
        "operationId": "createQrCode",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/qrcode/createdynamicqrcode",
        "summary": "Create Dynamic QR Code",
        "description": "Creates a dynamic QRIS code for a fixed amount and returns the URL of its image. The answer carries\n**no transaction id**, so a payment made with the code cannot be looked up from it; watch the webhook\nor the paid-transactions list instead.\n",
        "tags": [
          "QR codes"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateQrCodeBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "amount": 10000
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The QR code's image.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateQrCodeResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "url": "https://media.mayar.id/images/resized/480/3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c.png",
                        "amount": 10000
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/qr-codes/static": {
      "get": {
        "operationId": "getStaticQrCode",
        "x-mayar-method": "getStatic",
        "x-mayar-result": "data",
        "x-mayar-confidence": "medium",
        "x-mayar-source": "official CLI src/commands/qrcode.js (no doc page)",
        "summary": "Get Static QR Code",
        "description": "The merchant's static QRIS code (the customer enters the amount), as an image URL. An unofficial SDK\nnotes the v1 equivalent is only available to merchants who joined before 8 May 2023.\n",
        "tags": [
          "QR codes"
        ],
        "responses": {
          "200": {
            "description": "The static QR code's image.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetStaticQrCodeResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the field the CLI prints)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "url": "https://media.mayar.id/images/resized/480/7c6b5a4d-3e2f-4a1b-9c8d-7e6f5a4b3c2d.png"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/reviews": {
      "get": {
        "operationId": "listReviews",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "medium",
        "x-mayar-source": "official CLI, mayarid/mayar-cli (no v2 page seen; row fields from api-reference/reviews/getallreviews, v1)",
        "summary": "List Reviews",
        "description": "Lists the reviews of all the merchant's products, newest first, one page at a time, optionally\nfiltered by status, product and rating.\n",
        "tags": [
          "Reviews"
        ],
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only reviews with this status.",
            "schema": {
              "type": "string",
              "enum": [
                "ACTIVE",
                "ARCHIVED",
                "INACTIVE"
              ]
            },
            "example": "ACTIVE"
          },
          {
            "name": "paymentLinkId",
            "in": "query",
            "required": false,
            "description": "Only the reviews of this product.",
            "schema": {
              "type": "string"
            },
            "example": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
          },
          {
            "name": "rating",
            "in": "query",
            "required": false,
            "description": "Only reviews with this rating.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 5
            },
            "example": 5
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of reviews.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReviewListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the v1 row fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": true,
                      "nextStartingAfter": "1768461411000",
                      "data": [
                        {
                          "id": "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b",
                          "createdAt": 1768461411000,
                          "updatedAt": 1768461411000,
                          "customerId": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                          "message": "E-book-nya sangat membantu, penjelasannya mudah dipahami.",
                          "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                          "rating": 5,
                          "status": "ACTIVE",
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "multipleImage": [],
                          "content": [],
                          "customer": {
                            "id": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                            "name": "Budi Santoso"
                          },
                          "paymentLink": {
                            "id": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                            "name": "E-book Belajar Investasi",
                            "type": "digital_product",
                            "link": "ebook-belajar-investasi",
                            "subType": null
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/reviews/create": {
      "post": {
        "operationId": "createReview",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reviews/create",
        "summary": "Create Review",
        "description": "Adds a customer's review of a product. `customerEmail` must belong to a customer who paid for the\nproduct. Up to 10 images or videos (`contentReview`) can be attached by their uploaded file ids.\n",
        "tags": [
          "Reviews"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/CreateReviewBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                    "customerEmail": "budi.santoso@example.com",
                    "rating": 5,
                    "message": "E-book-nya sangat membantu, penjelasannya mudah dipahami."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The created review.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/CreateReviewResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b",
                        "rating": 5,
                        "message": "E-book-nya sangat membantu, penjelasannya mudah dipahami.",
                        "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                        "customerId": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "status": "ACTIVE",
                        "createdAt": 1768461411000,
                        "updatedAt": 1768461411000
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/ReviewNotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ReviewServerError"
          }
        }
      }
    },
    "/hl/v2/reviews/{id}/update": {
      "post": {
        "operationId": "updateReview",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-id-from-body": true,
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reviews/update",
        "summary": "Update Review",
        "description": "Changes a review. Mayar selects the review by the `id` in the body; the id in the path is cosmetic\nand ignored. The SDK sends the body's `id` in both places. `contentReview` adds images or videos,\n`deleteContentReview` removes attached ones.\n\nA body that fails validation is answered with HTTP 200, `messages: \"failed\"` and the validator's\nlist in `data` (the `2XX` response); the SDK treats it as an error.\n",
        "tags": [
          "Reviews"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ReviewIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateReviewBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "id": "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b",
                    "rating": 4,
                    "message": "Bagus, tapi beberapa bab bisa lebih rinci."
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The updated review.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/UpdateReviewResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Success",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b",
                        "rating": 4,
                        "message": "Bagus, tapi beberapa bab bisa lebih rinci.",
                        "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                        "customerId": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "status": "ACTIVE",
                        "createdAt": 1768461411000,
                        "updatedAt": 1768547811000
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/ReviewNotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ReviewServerError"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/reviews/bulk-status/update": {
      "post": {
        "operationId": "updateReviewStatuses",
        "x-mayar-method": "updateStatuses",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reviews/bulkstatusupdate",
        "summary": "Bulk Update Review Status",
        "description": "Sets the status of 1 to 50 reviews at once (`ACTIVE` shows a review, `ARCHIVED` and `INACTIVE` hide\nit). The answer has no `data`. A failure may come back as HTTP 200 with `messages: \"failed\"` (see the\n`failed` example; Mayar may add the validator's list in `data`); the SDK treats it as an error.\n",
        "tags": [
          "Reviews"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/UpdateReviewStatusesBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example",
                  "value": {
                    "input": [
                      {
                        "id": "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b",
                        "status": "ARCHIVED",
                        "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
                      },
                      {
                        "id": "9f0a1b2c-3d4e-4f5a-8b6c-7d8e9f0a1b2c",
                        "status": "ACTIVE"
                      }
                    ]
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The statuses were changed.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SuccessEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Success",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "A review in `input` does not exist or does not belong to the merchant.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 400 body",
                    "value": {
                      "statusCode": 400,
                      "messages": "Review is not valid! Please check your payload."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          },
          "500": {
            "$ref": "#/components/responses/ReviewServerError"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    },
    "/hl/v2/products/{id}/reviews": {
      "get": {
        "operationId": "listProductReviews",
        "x-mayar-method": "listForProduct",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reviews/productreviews",
        "summary": "List Product Reviews",
        "description": "Lists the active reviews of one product, one page at a time, with their attached images and videos\nin `content`.\n",
        "tags": [
          "Reviews"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ReviewProductIdPath"
          },
          {
            "name": "rating",
            "in": "query",
            "required": false,
            "description": "Only reviews with this rating.",
            "schema": {
              "type": "integer",
              "minimum": 1,
              "maximum": 5
            },
            "example": 5
          },
          {
            "name": "prioritizeMessage",
            "in": "query",
            "required": false,
            "description": "List reviews that have a written message first (sent by the official CLI).",
            "schema": {
              "type": "boolean"
            },
            "example": true
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of the product's active reviews.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReviewListResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": false,
                      "nextStartingAfter": null,
                      "data": [
                        {
                          "id": "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b",
                          "createdAt": 1768461411000,
                          "updatedAt": 1768461411000,
                          "customerId": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                          "message": "E-book-nya sangat membantu, penjelasannya mudah dipahami.",
                          "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                          "rating": 5,
                          "status": "ACTIVE",
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "content": [
                            {
                              "id": "5a6b7c8d-9e0f-4a1b-8c2d-3e4f5a6b7c8d",
                              "value": "image",
                              "file": {
                                "id": "6b7c8d9e-0f1a-4b2c-9d3e-4f5a6b7c8d9e",
                                "filename": "halaman-depan.jpg",
                                "mimetype": "image/jpeg",
                                "size": 184320
                              }
                            }
                          ],
                          "customer": {
                            "id": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                            "name": "Budi Santoso"
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/{id}/reviews/customer": {
      "get": {
        "operationId": "getCustomerProductReview",
        "x-mayar-method": "getForCustomer",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reviews/productreviewcustomer",
        "summary": "Get Product Review by Customer",
        "description": "The review one customer wrote for one product, or `null` (in `data`) when the customer has not\nreviewed it.\n",
        "tags": [
          "Reviews"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ReviewProductIdPath"
          },
          {
            "name": "customerId",
            "in": "query",
            "required": true,
            "description": "The customer's id.",
            "schema": {
              "type": "string",
              "format": "uuid"
            },
            "example": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b"
          }
        ],
        "responses": {
          "200": {
            "description": "The customer's review, or null.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetCustomerProductReviewResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "The customer reviewed the product",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b",
                        "createdAt": 1768461411000,
                        "updatedAt": 1768461411000,
                        "customerId": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                        "message": "E-book-nya sangat membantu, penjelasannya mudah dipahami.",
                        "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                        "rating": 5,
                        "status": "ACTIVE",
                        "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                        "content": []
                      }
                    }
                  },
                  "none": {
                    "summary": "The customer has not reviewed the product",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": null
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/{id}/reviews/stats": {
      "get": {
        "operationId": "getProductReviewStats",
        "x-mayar-method": "getProductStats",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reviews/productreviewstats",
        "summary": "Get Product Review Statistics",
        "description": "One product's rating summary, counting active reviews only: the total, the average (one decimal) and\none entry per rating from 5 down to 1. `data` is `{}` when the product has no reviews.\n",
        "tags": [
          "Reviews"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/ReviewProductIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The product's rating summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReviewStatsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "total": 4,
                        "average": 4.5,
                        "stats": [
                          {
                            "rating": 5,
                            "percentage": 50,
                            "totalRating": 2
                          },
                          {
                            "rating": 4,
                            "percentage": 50,
                            "totalRating": 2
                          },
                          {
                            "rating": 3,
                            "percentage": 0,
                            "totalRating": 0
                          },
                          {
                            "rating": 2,
                            "percentage": 0,
                            "totalRating": 0
                          },
                          {
                            "rating": 1,
                            "percentage": 0,
                            "totalRating": 0
                          }
                        ]
                      }
                    }
                  },
                  "none": {
                    "summary": "No reviews yet",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {}
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/merchants/reviews/stats": {
      "get": {
        "operationId": "getMerchantReviewStats",
        "x-mayar-method": "getMerchantStats",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/reviews/merchantreviewstats",
        "summary": "Get Merchant Review Statistics",
        "description": "The rating summary over all the merchant's products, counting active reviews only: the total, the\naverage (one decimal) and one entry per rating from 5 down to 1. `data` is `{}` when there are no\nreviews.\n",
        "tags": [
          "Reviews"
        ],
        "responses": {
          "200": {
            "description": "The merchant's rating summary.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ReviewStatsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "total": 10,
                        "average": 4.3,
                        "stats": [
                          {
                            "rating": 5,
                            "percentage": 50,
                            "totalRating": 5
                          },
                          {
                            "rating": 4,
                            "percentage": 30,
                            "totalRating": 3
                          },
                          {
                            "rating": 3,
                            "percentage": 20,
                            "totalRating": 2
                          },
                          {
                            "rating": 2,
                            "percentage": 0,
                            "totalRating": 0
                          },
                          {
                            "rating": 1,
                            "percentage": 0,
                            "totalRating": 0
                          }
                        ]
                      }
                    }
                  },
                  "none": {
                    "summary": "No reviews yet",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {}
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/saas/v1/license/verify": {
      "post": {
        "operationId": "verifySaasLicense",
        "x-mayar-method": "verify",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/saas/verify",
        "summary": "Verify License (SaaS)",
        "description": "Checks a SaaS membership's licence code. The answer has no `messages`/`message` at all: `isLicenseActive`\nand the `licenseCode` object sit at the top level. The field table calls `licenseCode` an \"array of\nobject\"; the example (modelled here) is an object. `activationLimit` is a number, or the string\n\"Tidak terbatas\" (\"unlimited\").\n",
        "tags": [
          "SaaS licences"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SaasLicenseBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the documented shape",
                  "value": {
                    "licenseCode": "LICENSECODE12345",
                    "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The licence's state.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SaasLicenseVerifyResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "isLicenseActive": true,
                      "licenseCode": {
                        "licenseCode": "LICENSECODE12345",
                        "status": "ACTIVE",
                        "expiredAt": "2025-12-12T19:46:24.000Z",
                        "transactionId": "994d4071-a81e-4558-a854-47530eea9b6d",
                        "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33",
                        "customerId": "6a38cf26-6bab-42c8-92be-72f3a9fd4c33",
                        "customerName": "John Doe",
                        "customerEmail": "johndoe@gmail.com",
                        "activationLimit": "Tidak terbatas",
                        "useCount": 10,
                        "createdAt": "2024-02-12T08:41:13.579Z",
                        "updatedAt": "2024-02-12T08:57:36.047Z",
                        "membershipTierId": "c96850f9-b379-4ed3-bcf2-6d88a87bd20c",
                        "membershipTierName": "Master Black Belt Membership"
                      }
                    }
                  },
                  "limitedActivations": {
                    "summary": "A licence with a numeric activation limit",
                    "value": {
                      "statusCode": 200,
                      "isLicenseActive": true,
                      "licenseCode": {
                        "licenseCode": "LICENSECODE12345",
                        "status": "ACTIVE",
                        "expiredAt": "2025-12-12T19:46:24.000Z",
                        "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33",
                        "activationLimit": 3,
                        "useCount": 1
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/saas/v1/license/activate": {
      "post": {
        "operationId": "activateSaasLicense",
        "x-mayar-method": "activate",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/saas/activate",
        "summary": "Activate License (SaaS)",
        "description": "Sets the licence code's status to `ACTIVE`. The answer carries only the singular `message` (the field\ntable says `messages`; the example sends `message`).\n",
        "tags": [
          "SaaS licences"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SaasLicenseBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the documented shape",
                  "value": {
                    "licenseCode": "LICENSECODE12345",
                    "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The licence code is now active.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SaasLicenseStatusResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "message": "Success updating license code status to ACTIVE."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/saas/v1/license/deactivate": {
      "post": {
        "operationId": "deactivateSaasLicense",
        "x-mayar-method": "deactivate",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/saas/deactivate.md",
        "summary": "Deactivate License (SaaS)",
        "description": "Sets the licence code's status to `INACTIVE`. The answer carries only the singular `message`.",
        "tags": [
          "SaaS licences"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SaasLicenseBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the documented shape",
                  "value": {
                    "licenseCode": "LICENSECODE12345",
                    "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The licence code is now inactive.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SaasLicenseStatusResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "message": "Success updating license code status to INACTIVE."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/saas/v2/license/verify": {
      "post": {
        "operationId": "verifySaasLicenseV2",
        "x-mayar-method": "verifyV2",
        "x-mayar-result": "root",
        "x-mayar-confidence": "low",
        "x-mayar-source": "official CLI src/commands/saas.js (no doc page found)",
        "summary": "Verify License (SaaS, v2)",
        "description": "The v2 path of the SaaS licence check, used by the official CLI. Only the CLI documents it, and a\nthird-party live test got 401 \"Failed authentication! Please check your token authorization.\" here\nfor a key that `/hl/v2` accepted: prefer `verify` (v1) until this is confirmed. Modelled like v1 (no\nmessage key); a stored copy of a v2 page adds `memberStatus` and `licenseCode.memberPaymentLink`.\n",
        "tags": [
          "SaaS licences"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SaasLicenseBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the v1 shape (the CLI sends the same two fields)",
                  "value": {
                    "licenseCode": "CA5DA5D3E1AA8B74",
                    "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The licence's state.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SaasLicenseVerifyResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Answer as a stored copy of the v2 page shows it",
                    "value": {
                      "statusCode": 200,
                      "isLicenseActive": true,
                      "memberStatus": "ACTIVE",
                      "licenseCode": {
                        "licenseCode": "CA5DA5D3E1AA8B74",
                        "status": "ACTIVE",
                        "expiredAt": "2026-04-22T17:12:53.646Z",
                        "transactionId": "994d4071-a81e-4558-a854-47530eea9b6d",
                        "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33",
                        "customerId": "6a38cf26-6bab-42c8-92be-72f3a9fd4c33",
                        "customerName": "John Doe",
                        "customerEmail": "johndoe@gmail.com",
                        "createdAt": "2024-02-12T08:41:13.579Z",
                        "updatedAt": "2024-02-12T08:57:36.047Z",
                        "membershipTierId": "c96850f9-b379-4ed3-bcf2-6d88a87bd20c",
                        "membershipTierName": "Master Black Belt Membership",
                        "memberPaymentLink": "https://johndoe.mayar.id/pay-membership/MBR8X2QK"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/SaasLicenseV2Unauthorized"
          }
        }
      }
    },
    "/saas/v2/license/activate": {
      "post": {
        "operationId": "activateSaasLicenseV2",
        "x-mayar-method": "activateV2",
        "x-mayar-result": "root",
        "x-mayar-confidence": "low",
        "x-mayar-source": "official CLI src/commands/saas.js (no doc page found)",
        "summary": "Activate License (SaaS, v2)",
        "description": "The v2 path of licence activation, used by the official CLI. Only the CLI documents it, and a\nthird-party live test got 401 on `/saas/v2` for a key that `/hl/v2` accepted: prefer `activate` (v1)\nuntil this is confirmed. Modelled like v1 (singular `message`).\n",
        "tags": [
          "SaaS licences"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SaasLicenseBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the v1 shape (the CLI sends the same two fields)",
                  "value": {
                    "licenseCode": "CA5DA5D3E1AA8B74",
                    "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The licence code is now active.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SaasLicenseStatusResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Answer in the v1 shape",
                    "value": {
                      "statusCode": 200,
                      "message": "Success updating license code status to ACTIVE."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/SaasLicenseV2Unauthorized"
          }
        }
      }
    },
    "/saas/v2/license/deactivate": {
      "post": {
        "operationId": "deactivateSaasLicenseV2",
        "x-mayar-method": "deactivateV2",
        "x-mayar-result": "root",
        "x-mayar-confidence": "low",
        "x-mayar-source": "official CLI src/commands/saas.js (no doc page found)",
        "summary": "Deactivate License (SaaS, v2)",
        "description": "The v2 path of licence deactivation, used by the official CLI. Only the CLI documents it, and a\nthird-party live test got 401 on `/saas/v2` for a key that `/hl/v2` accepted: prefer `deactivate` (v1)\nuntil this is confirmed. Modelled like v1 (singular `message`).\n",
        "tags": [
          "SaaS licences"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SaasLicenseBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the v1 shape (the CLI sends the same two fields)",
                  "value": {
                    "licenseCode": "CA5DA5D3E1AA8B74",
                    "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The licence code is now inactive.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SaasLicenseStatusResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Answer in the v1 shape",
                    "value": {
                      "statusCode": 200,
                      "message": "Success updating license code status to INACTIVE."
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/SaasLicenseV2Unauthorized"
          }
        }
      }
    },
    "/software/v1/license/verify": {
      "post": {
        "operationId": "verifySoftwareLicense",
        "x-mayar-method": "verify",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/licensecode/verifylicense",
        "summary": "Verify License",
        "description": "Checks a software product's licence code. The answer has no `messages`/`message` at all:\n`isLicenseActive` and the `licenseCode` object sit at the top level (the field table calls it an\n\"array of object\"; the example, modelled here, is an object). `activationLimit` is a number, or the\nstring \"Tidak terbatas\" (\"unlimited\").\n",
        "tags": [
          "Software licences"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SoftwareLicenseBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the documented shape",
                  "value": {
                    "licenseCode": "LICENSECODE12345",
                    "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The licence's state.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SoftwareLicenseVerifyResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "isLicenseActive": true,
                      "licenseCode": {
                        "licenseCode": "LICENSECODE12345",
                        "status": "ACTIVE",
                        "expiredAt": "2025-12-12T19:46:24.000Z",
                        "transactionId": "994d4071-a81e-4558-a854-47530eea9b6d",
                        "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33",
                        "customerId": "6a38cf26-6bab-42c8-92be-72f3a9fd4c33",
                        "customerName": "John Doe",
                        "customerEmail": "johndoe@gmail.com",
                        "activationLimit": "Tidak terbatas",
                        "useCount": 10,
                        "createdAt": "2024-02-12T08:41:13.579Z",
                        "updatedAt": "2024-02-12T08:57:36.047Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/software/v2/license/verify": {
      "post": {
        "operationId": "verifySoftwareLicenseV2",
        "x-mayar-method": "verifyV2",
        "x-mayar-result": "root",
        "x-mayar-confidence": "medium",
        "x-mayar-source": "official CLI src/commands/software.js (third-party live test confirms the path)",
        "summary": "Verify License (v2)",
        "description": "The v2 path of the software licence check, used by the official CLI; a third-party live test reached\nit with the same key as `/hl/v2`. Same body and answer as v1. An unknown code answers 400 \"There's no\nlicense with code X and product id Y registered in user …\" (same report).\n",
        "tags": [
          "Software licences"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/SoftwareLicenseBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request in the v1 shape (the CLI sends the same two fields)",
                  "value": {
                    "licenseCode": "LICENSECODE12345",
                    "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The licence's state.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/SoftwareLicenseVerifyResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Answer in the v1 shape",
                    "value": {
                      "statusCode": 200,
                      "isLicenseActive": true,
                      "licenseCode": {
                        "licenseCode": "LICENSECODE12345",
                        "status": "ACTIVE",
                        "expiredAt": "2026-12-12T19:46:24.000Z",
                        "transactionId": "994d4071-a81e-4558-a854-47530eea9b6d",
                        "productId": "84d1d247-a8b3-4c7d-96f0-cf276edb7c33",
                        "customerId": "6a38cf26-6bab-42c8-92be-72f3a9fd4c33",
                        "customerName": "John Doe",
                        "customerEmail": "johndoe@gmail.com",
                        "activationLimit": "Tidak terbatas",
                        "useCount": 10,
                        "createdAt": "2024-02-12T08:41:13.579Z",
                        "updatedAt": "2024-02-12T08:57:36.047Z"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/hl/v2/transactions": {
      "get": {
        "operationId": "listTransactions",
        "x-mayar-method": "list",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/transaction/paidtransaction (query filters from the official CLI, mayarid/mayar-cli)",
        "summary": "Get Paid Transactions (Balance History)",
        "description": "**The rows are balance-history rows, not transactions.** Each row is a credit to the merchant's\nbalance caused by a payment:\n- `id` is the balance-history row's id, **not** the transaction id. The transaction id is\n  `paymentLinkTransactionId`: pass that to `getTransaction`.\n- The amount credited is `credit`; there is no `amount` member. The fees taken from it are listed in\n  `fee[]` (each with a `debit`).\n\nLive reports (third-party) add: `startAt`/`endAt` had no visible effect, and without `status=paid`\nrecent payments did not appear on the first page. One report saw `limit=50` return a stale, shorter\npage where `limit=40` did not.\n",
        "tags": [
          "Transactions"
        ],
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only rows with this status. Pass `paid` to see recent payments on the first page.",
            "schema": {
              "type": "string",
              "enum": [
                "paid",
                "settled"
              ]
            },
            "example": "paid"
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "Only rows of this product type (`digital_product`, `payment_request`, `invoice`, ...).",
            "schema": {
              "type": "string"
            },
            "example": "digital_product"
          },
          {
            "name": "customerId",
            "in": "query",
            "required": false,
            "description": "Only the rows of this customer.",
            "schema": {
              "type": "string"
            },
            "example": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b"
          },
          {
            "name": "paymentLinkId",
            "in": "query",
            "required": false,
            "description": "Only the rows of this payment link (product).",
            "schema": {
              "type": "string"
            },
            "example": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
          },
          {
            "name": "startAt",
            "in": "query",
            "required": false,
            "description": "Only rows created at or after this time (epoch milliseconds, as a string). Reported to have no effect.",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "example": "1767225600000"
          },
          {
            "name": "endAt",
            "in": "query",
            "required": false,
            "description": "Only rows created at or before this time (epoch milliseconds, as a string). Reported to have no effect.",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "example": "1769903999999"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of balance-history rows.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListTransactionsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (ids completed, customer and paymentLink filled in)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": true,
                      "nextStartingAfter": "1768375011056",
                      "data": [
                        {
                          "id": "025b0f2a-7c1e-4d8b-9a3f-5e6d7c8b9a01",
                          "credit": 1059,
                          "status": "settled",
                          "balanceHistoryType": "digital_product",
                          "paymentMethod": "QRIS",
                          "customerId": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                          "createdAt": 1768375011056,
                          "paymentLinkTransactionId": "dc37faf8-2b4e-4c6a-8d1f-3e5a7b9c0d12",
                          "fee": [
                            {
                              "id": "360d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f",
                              "balanceHistoryType": "xendit_fee",
                              "debit": 6
                            },
                            {
                              "id": "fd7e8a9b-0c1d-4e2f-8a3b-4c5d6e7f8a9b",
                              "balanceHistoryType": "mayar_fee",
                              "debit": 53
                            }
                          ],
                          "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                          "subscriptionId": null,
                          "xenditTransactionId": "41ac5b6c-7d8e-4f9a-8b0c-1d2e3f4a5b6c",
                          "subscription": null,
                          "paymentLinkTransaction": {
                            "id": "dc37faf8-2b4e-4c6a-8d1f-3e5a7b9c0d12",
                            "urlParamTrackingData": null,
                            "isAdminFeeBorneByCustomer": true,
                            "isChannelFeeBorneByCustomer": true
                          },
                          "customeField": null,
                          "customer": {
                            "id": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                            "name": "Budi Santoso",
                            "email": "budi.santoso@example.com",
                            "mobile": "081234567890"
                          },
                          "paymentLink": {
                            "id": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                            "name": "E-book Belajar Investasi",
                            "type": "digital_product",
                            "link": "ebook-belajar-investasi",
                            "amount": 1000
                          }
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/transactions/unpaid": {
      "get": {
        "operationId": "listUnpaidTransactions",
        "x-mayar-method": "listUnpaid",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/transaction/unpaidtransaction",
        "summary": "Get Unpaid Transactions",
        "description": "Lists transactions not paid yet (open payment requests and invoices), one page at a time. Unlike the\npaid list, `id` here is the transaction id and the amount is `amount`. `paymentUrl` opens the\npayment-channel choice for the transaction.\n",
        "tags": [
          "Transactions"
        ],
        "parameters": [
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only transactions with this status.",
            "schema": {
              "type": "string",
              "enum": [
                "active",
                "expired"
              ]
            },
            "example": "active"
          },
          {
            "name": "customerId",
            "in": "query",
            "required": false,
            "description": "Only the transactions of this customer.",
            "schema": {
              "type": "string"
            },
            "example": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b"
          },
          {
            "name": "paymentLinkId",
            "in": "query",
            "required": false,
            "description": "Only the transactions of this payment link.",
            "schema": {
              "type": "string"
            },
            "example": "6f8c19ff-5b97-4792-aa89-d2a12797b356"
          },
          {
            "name": "startAt",
            "in": "query",
            "required": false,
            "description": "Only transactions created at or after this time (epoch milliseconds, as a string).",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "example": "1767225600000"
          },
          {
            "name": "endAt",
            "in": "query",
            "required": false,
            "description": "Only transactions created at or before this time (epoch milliseconds, as a string).",
            "schema": {
              "type": "string",
              "pattern": "^[0-9]+$"
            },
            "example": "1769903999999"
          },
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of unpaid transactions.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ListUnpaidTransactionsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the documented row fields)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "hasMore": false,
                      "nextStartingAfter": null,
                      "data": [
                        {
                          "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
                          "createdAt": 1768288611042,
                          "type": "payment_request",
                          "amount": 100000,
                          "status": "active",
                          "urlParamTrackingData": null,
                          "paymentLinkId": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                          "customerId": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                          "customeField": null,
                          "customer": {
                            "id": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                            "name": "Budi Santoso",
                            "email": "budi.santoso@example.com",
                            "mobile": "081234567890"
                          },
                          "paymentLink": {
                            "id": "6f8c19ff-5b97-4792-aa89-d2a12797b356",
                            "name": "Penagihan",
                            "type": "payment_request",
                            "link": "rqp9x2k7m3a",
                            "amount": 100000
                          },
                          "paymentUrl": "https://yourstore.myr.id/select-channel/a1b2c3d4-e5f6-7890-abcd-ef1234567890"
                        }
                      ]
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/transactions/daily": {
      "get": {
        "operationId": "getDailyTransactions",
        "x-mayar-method": "getDaily",
        "x-mayar-result": "data",
        "x-mayar-confidence": "medium",
        "x-mayar-source": "official CLI (mayarid/mayar-cli); shape from the laravel-mayar fixture (page transaction/dailytransaction not read)",
        "summary": "Get Daily Transaction Statistics",
        "description": "One day's totals (`date`): the total payment volume (`tpvCount`, in rupiah) and the number of\ntransactions (`trxCount`). The known body (an SDK's test fixture) carries no `messages` member.\n",
        "tags": [
          "Transactions"
        ],
        "responses": {
          "200": {
            "description": "The day's totals.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetDailyTransactionsResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (laravel-mayar fixture)",
                    "value": {
                      "statusCode": 200,
                      "data": {
                        "date": "2026-05-08",
                        "tpvCount": 125000,
                        "trxCount": 10
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/transactions/{id}": {
      "get": {
        "operationId": "getTransaction",
        "x-mayar-method": "get",
        "x-mayar-result": "data",
        "x-mayar-confidence": "medium",
        "x-mayar-source": "mayarid/skills (cites docs.mayar.id/api-reference-v2/transaction/detail.md, not read); field types from mayarid/mayar-superapp",
        "summary": "Get Transaction",
        "description": "One transaction and its status: **the authoritative proof of payment.** Webhooks are unsigned, so\nfulfil an order only once this answers `status: \"paid\"`. The id is the transaction id (the\n`paymentLinkTransactionId` of a paid-list row, the `id` of an unpaid-list row, the `transactionId` of\na created payment request), never a balance-history row's `id`.\n",
        "tags": [
          "Transactions"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/TransactionIdPath"
          }
        ],
        "responses": {
          "200": {
            "description": "The transaction.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/GetTransactionResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example (the fields the superapp reads)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "dc37faf8-2b4e-4c6a-8d1f-3e5a7b9c0d12",
                        "status": "paid",
                        "amount": 1000,
                        "createdAt": 1768375011056,
                        "paymentLinkId": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b",
                        "customer": {
                          "id": "c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b",
                          "name": "Budi Santoso",
                          "email": "budi.santoso@example.com",
                          "mobile": "081234567890"
                        }
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/webhooks/update": {
      "post": {
        "operationId": "registerWebhook",
        "x-mayar-method": "register",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/webhook/registerurlhook",
        "summary": "Register URL Hook",
        "description": "Sets the merchant's webhook URL (one per account), where Mayar POSTs events such as\n`payment.received` as JSON. `webhookConfig` is stored alongside the URL; its shape is not documented.\nThe answer carries no data.\n\nMayar does not sign deliveries: treat a webhook as a notification and confirm a payment with\n`GET /hl/v2/transactions/{id}` before fulfilling.\n",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookRegisterBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "urlHook": "https://webhook.example.com"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The URL was saved.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookSuccessResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "`urlHook` is missing or not a valid URL.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "missing": {
                    "summary": "Documented 400 body (no urlHook)",
                    "value": {
                      "statusCode": 400,
                      "messages": "urlHook is required"
                    }
                  },
                  "invalid": {
                    "summary": "Documented 400 body (not a URL)",
                    "value": {
                      "statusCode": 400,
                      "messages": "urlHook is not a valid URL"
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/webhooks/test": {
      "post": {
        "operationId": "testWebhook",
        "x-mayar-method": "test",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/webhook/testurlhook",
        "summary": "Test URL Hook",
        "description": "Sends a test delivery to the given URL. The answer carries no data.",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookTestBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "urlHook": "https://webhook.example.com"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The test delivery was sent.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookSuccessResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "`urlHook` is missing or not a valid URL.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "missing": {
                    "summary": "Documented 400 body (no urlHook)",
                    "value": {
                      "statusCode": 400,
                      "messages": "Url tidak ditemukan. Silahkan masukkan url webhook anda."
                    }
                  },
                  "invalid": {
                    "summary": "Documented 400 body (not a URL)",
                    "value": {
                      "statusCode": 400,
                      "messages": "Url tidak valid. Silahkan masukkan url webhook yang valid."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/webhooks/history": {
      "get": {
        "operationId": "listWebhookHistory",
        "x-mayar-method": "listHistory",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/webhook/history (filters from the official CLI and the reactmore SDK)",
        "summary": "Get History",
        "description": "Past webhook deliveries, newest first, one page at a time. Each row's `payload` is the delivered body\nas a JSON string (`{\"event\": ..., \"data\": {...}}`): parse it yourself. `createdAt` and `updatedAt`\nare epoch milliseconds. The filters come from the official CLI and the reactmore SDK; the\ndocumentation page shows only `limit`.\n",
        "tags": [
          "Webhooks"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          },
          {
            "name": "status",
            "in": "query",
            "required": false,
            "description": "Only deliveries with this outcome.",
            "schema": {
              "type": "string",
              "enum": [
                "SUCCESS",
                "FAILED"
              ]
            },
            "example": "FAILED"
          },
          {
            "name": "type",
            "in": "query",
            "required": false,
            "description": "Only deliveries of this event (e.g. `payment.received`).",
            "schema": {
              "type": "string"
            },
            "example": "payment.received"
          },
          {
            "name": "urlDestination",
            "in": "query",
            "required": false,
            "description": "Only deliveries sent to this URL.",
            "schema": {
              "type": "string"
            },
            "example": "https://webhook.example.com"
          },
          {
            "name": "startAt",
            "in": "query",
            "required": false,
            "description": "Only deliveries from this time on (format not documented; the CLI passes it through as given).",
            "schema": {
              "type": "string"
            },
            "example": "2025-04-01T00:00:00.000Z"
          },
          {
            "name": "endAt",
            "in": "query",
            "required": false,
            "description": "Only deliveries up to this time (format not documented; the CLI passes it through as given).",
            "schema": {
              "type": "string"
            },
            "example": "2025-04-30T23:59:59.999Z"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of deliveries.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookHistoryResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (the fields after `payload` completed from the field list)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "a1b2c3d4-e5f6-4789-a012-3456789abcde",
                          "createdAt": 1745919352229,
                          "nextDelivery": null,
                          "paymentLinkId": "7c9d2e1f-3a4b-4c5d-8e6f-1a2b3c4d5e6f",
                          "payload": "{\"event\":\"payment.received\",\"data\":{\"id\":\"c3d4e5f6-a7b8-4901-c234-56789abcdef0\",\"transactionId\":\"c3d4e5f6-a7b8-4901-c234-56789abcdef0\",\"status\":\"SUCCESS\",\"transactionStatus\":\"paid\",\"createdAt\":\"2025-04-29T09:35:43.635Z\",\"updatedAt\":\"2025-04-29T09:35:43.635Z\",\"merchantId\":\"348e083d-315a-4e5c-96b1-5a2a98c48413\",\"merchantName\":\"Toko Mayar Demo\",\"merchantEmail\":\"merchant@example.com\",\"customerName\":\"Budi Santoso\",\"customerEmail\":\"budi.santoso@example.com\",\"customerMobile\":\"081234567890\",\"amount\":150000,\"isAdminFeeBorneByCustomer\":null,\"isChannelFeeBorneByCustomer\":null,\"productId\":\"7c9d2e1f-3a4b-4c5d-8e6f-1a2b3c4d5e6f\",\"productName\":\"Buku Digital Premium\",\"productType\":\"ebook\",\"pixelFbp\":null,\"pixelFbc\":null,\"qty\":1,\"couponUsed\":null,\"paymentMethod\":null}}",
                          "status": "SUCCESS",
                          "type": "payment.received",
                          "updatedAt": 1745919352229,
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "paymentLinkTransactionId": "c3d4e5f6-a7b8-4901-c234-56789abcdef0",
                          "urlDestination": "https://webhook.example.com",
                          "responsePayload": null,
                          "source": "AUTOMATIC"
                        }
                      ],
                      "hasMore": false,
                      "nextStartingAfter": null
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/webhooks/new-history": {
      "get": {
        "operationId": "listWebhookNewHistory",
        "x-mayar-method": "listNewHistory",
        "x-mayar-result": "data",
        "x-mayar-pagination": "cursor",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/webhook/newhistory",
        "summary": "Get New History",
        "description": "Deliveries from Mayar's new webhook history store, one page at a time. Unlike `listHistory`, the\ntimestamps (`createdAt`, `updatedAt`, `nextDelivery`) are ISO-8601 strings, and rows carry the literal\nkey `Webhooktype` (capital W, as Mayar spells it). `payload` is the delivered body as a JSON string.\n",
        "tags": [
          "Webhooks"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/Limit"
          },
          {
            "$ref": "#/components/parameters/StartingAfter"
          }
        ],
        "responses": {
          "200": {
            "description": "One page of deliveries.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookNewHistoryResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation (first row)",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": [
                        {
                          "id": "e5f6a7b8-c9d0-4123-e456-789abcdef012",
                          "userId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                          "createdAt": "2026-06-27T17:00:36.126Z",
                          "updatedAt": null,
                          "nextDelivery": "2026-06-27T17:00:36.126Z",
                          "payload": "{\"event\":\"membership.memberExpired\",\"data\":{\"merchantId\":\"348e083d-315a-4e5c-96b1-5a2a98c48413\",\"merchantName\":\"Toko Mayar Demo\",\"status\":\"INACTIVE\",\"memberId\":\"MBR8X2QK\",\"customerId\":\"a1b2c3d4-e5f6-4789-a012-3456789abcde\",\"customerName\":\"Budi Santoso\",\"customerEmail\":\"budi.santoso@example.com\",\"customerMobile\":\"081234567890\"}}",
                          "paymentLinkId": null,
                          "paymentLinkTransactionId": null,
                          "responsePayload": null,
                          "source": "AUTOMATIC",
                          "status": "SUCCESS",
                          "type": "membership.memberExpired",
                          "Webhooktype": null,
                          "urlDestination": "https://webhook.example.com"
                        }
                      ],
                      "hasMore": true,
                      "nextStartingAfter": "1782579636126"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/webhooks/retry": {
      "post": {
        "operationId": "retryWebhook",
        "x-mayar-method": "retry",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/webhook/retryhistory",
        "summary": "Retry History",
        "description": "Delivers a past webhook again, to the merchant's registered URL. Answers 400 when no URL is registered\nand 404 when the history id is unknown. The answer carries no data.\n",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebhookRetryBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "webhookHistoryId": "a1b2c3d4-e5f6-4789-a012-3456789abcde"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The delivery was sent again.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/WebhookSuccessResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success"
                    }
                  }
                }
              }
            }
          },
          "400": {
            "description": "No webhook URL is registered yet (or the body fails validation).",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 400 body (no registered URL hook)",
                    "value": {
                      "statusCode": 400,
                      "messages": "Url tidak ditemukan. Silahkan register url webhook anda terlebih dahulu."
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "description": "The `webhookHistoryId` matches no delivery.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ErrorEnvelope"
                },
                "examples": {
                  "documented": {
                    "summary": "Documented 404 body",
                    "value": {
                      "statusCode": 404,
                      "messages": "Webhook history not found"
                    }
                  }
                }
              }
            }
          },
          "429": {
            "$ref": "#/components/responses/RateLimited"
          }
        }
      }
    },
    "/hl/v2/products/webinar/create": {
      "post": {
        "operationId": "createWebinar",
        "x-mayar-method": "create",
        "x-mayar-result": "data",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/webinar/create",
        "summary": "Create Webinar",
        "description": "Creates a webinar product and returns its id and hosted `link`. All dates are ISO-8601 strings:\n`startAt` opens sales, `eventStartAt`/`eventEndAt` frame the session, `expiredAt` closes the product.\n",
        "tags": [
          "Webinars"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebinarCreateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "name": "Webinar Belajar Crypto Untuk Pemula",
                    "description": "Belajar dulu",
                    "amount": 100000,
                    "crossoutPrice": 199000,
                    "eventUrl": "https://zoom.us/j/123456",
                    "notes": "early-bird",
                    "terms": "Tidak ada refund setelah pembelian",
                    "redirectUrl": "https://example.com/webinar-thanks",
                    "paymentType": "paid",
                    "startAt": "2026-06-01T09:00:00.000Z",
                    "eventStartAt": "2026-06-10T09:00:00.000Z",
                    "eventEndAt": "2026-06-10T12:00:00.000Z",
                    "expiredAt": "2026-06-15T12:00:00.000Z",
                    "limit": 100
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Successful Response",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductCreateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "3f4fc3fd-10dc-4a97-b54c-7632881858cb",
                        "link": "https://testingmayar.myr.id/pl/Webinar-Belajar-Crypto-Untuk-Pemula"
                      }
                    }
                  }
                }
              }
            }
          },
          "400": {
            "$ref": "#/components/responses/ValidationError"
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          }
        }
      }
    },
    "/hl/v2/products/webinar/{id}/update": {
      "post": {
        "operationId": "updateWebinar",
        "x-mayar-method": "update",
        "x-mayar-result": "data",
        "x-mayar-id-from-body": true,
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference-v2/webinar/edit",
        "summary": "Edit Webinar",
        "description": "Updates a webinar. Mayar selects the product by the `id` in the body; the id in the path is cosmetic.\nA body that fails validation is answered with HTTP 200, `messages: \"failed\"` and the validator's field\nlist in `data`; the SDK treats that as an error.\n",
        "tags": [
          "Webinars"
        ],
        "parameters": [
          {
            "$ref": "#/components/parameters/WebinarIdPath"
          }
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/WebinarUpdateBody"
              },
              "examples": {
                "documented": {
                  "summary": "Request example from the documentation",
                  "value": {
                    "id": "3f4fc3fd-10dc-4a97-b54c-7632881858cb",
                    "name": "Webinar Belajar Crypto Untuk Pemula Batch 2",
                    "description": "Belajar dulu",
                    "amount": 120000,
                    "eventUrl": "https://zoom.us/j/123456",
                    "redirectUrl": "https://example.com/webinar-thanks",
                    "expiredAt": "2026-06-15T12:00:00.000Z"
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "The webinar was updated.",
            "content": {
              "application/json": {
                "schema": {
                  "$ref": "#/components/schemas/ProductUpdateResponse"
                },
                "examples": {
                  "documented": {
                    "summary": "Response example from the documentation",
                    "value": {
                      "statusCode": 200,
                      "messages": "success",
                      "data": {
                        "id": "3f4fc3fd-10dc-4a97-b54c-7632881858cb",
                        "link": "https://testingmayar.myr.id/pl/Webinar-Belajar-Crypto-Untuk-Pemula"
                      }
                    }
                  }
                }
              }
            }
          },
          "401": {
            "$ref": "#/components/responses/Unauthorized"
          },
          "404": {
            "$ref": "#/components/responses/NotFound"
          },
          "2XX": {
            "$ref": "#/components/responses/FailedInside200"
          }
        }
      }
    }
  },
  "components": {
    "securitySchemes": {
      "bearerAuth": {
        "type": "http",
        "scheme": "bearer",
        "description": "`Authorization: Bearer <API key>`. Keys are created at web.mayar.id/api-keys (sandbox: web.mayar.club/api-keys)."
      }
    },
    "parameters": {
      "Limit": {
        "name": "limit",
        "in": "query",
        "required": false,
        "description": "How many items per page (default 10, at most 50).",
        "schema": {
          "type": "integer",
          "minimum": 1,
          "maximum": 50
        },
        "example": 10
      },
      "StartingAfter": {
        "name": "startingAfter",
        "in": "query",
        "required": false,
        "description": "The `nextStartingAfter` of the previous page (a millisecond timestamp as a string).",
        "schema": {
          "type": "string"
        },
        "example": "1768288611042"
      },
      "BundleIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The bundle's id.",
        "schema": {
          "type": "string"
        },
        "example": "a1b2c3d4-e5f6-4789-a012-3456789abcde"
      },
      "CouponIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The discount's id.",
        "schema": {
          "type": "string"
        },
        "example": "2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f"
      },
      "CreditProductIdQuery": {
        "name": "productId",
        "in": "query",
        "required": true,
        "description": "The credit product or usage-based membership.",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "40f26fbe-f4d8-4693-975f-e6d105d291e6"
      },
      "CreditMembershipTierIdQuery": {
        "name": "membershipTierId",
        "in": "query",
        "required": false,
        "description": "The membership tier (usage-based memberships).",
        "schema": {
          "type": "string"
        },
        "example": "261acae0-d6ae-4d8c-adf5-6fb8c2361514"
      },
      "DigitalProductIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The digital product's id. Cosmetic; Mayar reads the body's `id`.",
        "schema": {
          "type": "string"
        },
        "example": "6894b1b2-f303-423b-a6b6-93e230e1d393"
      },
      "EventIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The event's id. Cosmetic; Mayar reads the body's `id`.",
        "schema": {
          "type": "string"
        },
        "example": "7f992557-8791-41b5-a1c8-c5641c3e72b5"
      },
      "InstallmentIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The installment's id (`installmentId` on a list item).",
        "schema": {
          "type": "string"
        },
        "example": "4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e"
      },
      "InvoiceIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The invoice's id.",
        "schema": {
          "type": "string"
        },
        "example": "6f8c19ff-5b97-4792-aa89-d2a12797b356"
      },
      "InvoiceStatusQuery": {
        "name": "status",
        "in": "query",
        "required": false,
        "description": "Only invoices with this status (`active`, `paid`, `closed`, ...; the accepted values are not documented).",
        "schema": {
          "type": "string"
        },
        "example": "paid"
      },
      "InvoiceSearchQuery": {
        "name": "search",
        "in": "query",
        "required": false,
        "description": "A keyword to search invoices by (official CLI; what it matches is not documented).",
        "schema": {
          "type": "string"
        },
        "example": "Budi"
      },
      "MembershipMemberIdPath": {
        "name": "memberId",
        "in": "path",
        "required": true,
        "description": "The member's public membership code (not the record's uuid).",
        "schema": {
          "type": "string"
        },
        "example": "MBR8X2QK"
      },
      "MembershipProductIdQuery": {
        "name": "productId",
        "in": "query",
        "required": true,
        "description": "The membership product (payment link) the member or tier belongs to. Missing or malformed, Mayar\nanswers 400 \"Invalid query parameters\".\n",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
      },
      "MembershipTierIdPath": {
        "name": "tierId",
        "in": "path",
        "required": true,
        "description": "The tier's id.",
        "schema": {
          "type": "string"
        },
        "example": "9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d"
      },
      "MembershipProductIdPath": {
        "name": "productId",
        "in": "path",
        "required": true,
        "description": "The membership product's id.",
        "schema": {
          "type": "string"
        },
        "example": "7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f"
      },
      "PaymentLinkStartingAfterQuery": {
        "name": "starting_after",
        "in": "query",
        "required": false,
        "description": "The `nextStartingAfter` of the previous page (a millisecond timestamp as a string). Snake_case here only.",
        "schema": {
          "type": "string"
        },
        "example": "1768375011056"
      },
      "PaymentRequestIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The payment request's id.",
        "schema": {
          "type": "string"
        },
        "example": "6f8c19ff-5b97-4792-aa89-d2a12797b356"
      },
      "StatusActionPath": {
        "name": "action",
        "in": "path",
        "required": true,
        "description": "What to do. `open`/`active` reopen, `close`/`closed` close, `unlisted` hides it from the store.",
        "schema": {
          "type": "string",
          "enum": [
            "open",
            "close",
            "active",
            "closed",
            "unlisted"
          ]
        },
        "example": "close"
      },
      "ProductIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The product's id.",
        "schema": {
          "type": "string"
        },
        "example": "6f8c19ff-5b97-4792-aa89-d2a12797b356"
      },
      "PaymentLinkIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The payment link (`generic_link` product) id. Cosmetic on updates, which read the body's `id`.",
        "schema": {
          "type": "string"
        },
        "example": "21d84338-b46d-42d7-9b49-d402520407a5"
      },
      "ProductTypePath": {
        "name": "type",
        "in": "path",
        "required": true,
        "description": "A product type. Known values (not a closed list): `generic_link`, `physical_product`, `event`,\n`webinar`, `digital_product`, `coaching`, `course`, `cohort_based`, `fundraising`, `ebook`, `podcast`,\n`audiobook`, `membership`, `zakat`, `invoice`, `bundling`, `saas`, `payment_request`, `support`.\n",
        "schema": {
          "type": "string",
          "minLength": 1
        },
        "example": "generic_link"
      },
      "ReviewIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The review's id (cosmetic; Mayar reads the body's `id`).",
        "schema": {
          "type": "string"
        },
        "example": "0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b"
      },
      "ReviewProductIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The product's id (its `paymentLinkId`).",
        "schema": {
          "type": "string"
        },
        "example": "6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b"
      },
      "TransactionIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The transaction id (`paymentLinkTransactionId` on a paid-list row).",
        "schema": {
          "type": "string"
        },
        "example": "dc37faf8-2b4e-4c6a-8d1f-3e5a7b9c0d12"
      },
      "WebinarIdPath": {
        "name": "id",
        "in": "path",
        "required": true,
        "description": "The webinar's id. Cosmetic; Mayar reads the body's `id`.",
        "schema": {
          "type": "string"
        },
        "example": "3f4fc3fd-10dc-4a97-b54c-7632881858cb"
      }
    },
    "responses": {
      "ValidationError": {
        "description": "The request fails validation. Mayar may list the failing fields in `data`.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "documented": {
                "summary": "Documented 400 body",
                "value": {
                  "statusCode": 400,
                  "messages": "Validation Error"
                }
              },
              "withFields": {
                "summary": "400 body with the validator's field list (observed on v2 create endpoints)",
                "value": {
                  "statusCode": 400,
                  "messages": "Validation Error",
                  "data": [
                    {
                      "type": "required",
                      "message": "The 'amount' field is required.",
                      "field": "amount"
                    }
                  ]
                }
              }
            }
          }
        }
      },
      "Unauthorized": {
        "description": "The API key is missing, wrong, or belongs to the other environment.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "observed": {
                "summary": "401 body",
                "value": {
                  "statusCode": 401,
                  "messages": "Unauthorized"
                }
              }
            }
          }
        }
      },
      "NotFound": {
        "description": "The record does not exist (or belongs to another merchant).",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "documented": {
                "summary": "404 body",
                "value": {
                  "statusCode": 404,
                  "messages": "Not Found"
                }
              }
            }
          }
        }
      },
      "FailedInside200": {
        "description": "Mayar's quirk: a failure answered with HTTP 200 (documented as \"200 OK (validation failed)\"): the body\nsays `messages: \"failed\"` and, for a validation failure, lists the failing fields in `data`. The SDK\ntreats it as the error it is (a `MayarApiError` of kind `validation`), so it never reaches a result.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "validationFailed": {
                "summary": "Validation failed inside HTTP 200 (body as observed live)",
                "value": {
                  "statusCode": 200,
                  "messages": "failed",
                  "data": [
                    {
                      "type": "required",
                      "message": "The 'name' field is required.",
                      "field": "name"
                    }
                  ]
                }
              },
              "failed": {
                "summary": "An action that failed inside HTTP 200 (documented on the status endpoints)",
                "value": {
                  "statusCode": 200,
                  "messages": "failed"
                }
              }
            }
          }
        }
      },
      "RateLimited": {
        "description": "Too many requests (Mayar documents 20 per minute per IP, or 50 per minute per key). Wait for\n`Retry-After` seconds. A duplicate create answers 429 too, with a message saying so.\n",
        "headers": {
          "Retry-After": {
            "description": "Seconds to wait before trying again.",
            "schema": {
              "type": "integer"
            }
          }
        },
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "documented": {
                "summary": "429 body",
                "value": {
                  "statusCode": 429,
                  "messages": "Too Many Requests"
                }
              }
            }
          }
        }
      },
      "MembershipInvalidQuery": {
        "description": "`productId` is missing or malformed.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "documented": {
                "summary": "Documented 400 body",
                "value": {
                  "statusCode": 400,
                  "messages": "Invalid query parameters"
                }
              }
            }
          }
        }
      },
      "MembershipWriteError": {
        "description": "The request was refused. Membership write endpoints spell their errors with the singular `message`\n(`{ \"statusCode\": <code>, \"message\": \"<reason>\" }`); the reason text varies.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "documented": {
                "summary": "The error envelope of the membership write endpoints",
                "value": {
                  "statusCode": 400,
                  "message": "Validation Error"
                }
              }
            }
          }
        }
      },
      "ProductConflict": {
        "description": "A product with the same identifier already exists.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "documented": {
                "summary": "Documented 409 body",
                "value": {
                  "statusCode": 409,
                  "messages": "already exist"
                }
              }
            }
          }
        }
      },
      "ReviewNotFound": {
        "description": "The customer has no transaction for the product, or the review does not exist. Mayar documents the\nmessages but not their status code; 404 is assumed.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "transaction": {
                "summary": "No transaction (\"Transaction not found\")",
                "value": {
                  "statusCode": 404,
                  "messages": "Transaksi tidak ditemukan"
                }
              },
              "review": {
                "summary": "No such review (\"Review not found\")",
                "value": {
                  "statusCode": 404,
                  "messages": "Review tidak ditemukan"
                }
              }
            }
          }
        }
      },
      "ReviewServerError": {
        "description": "Mayar failed while saving; the message describes the error.",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/ErrorEnvelope"
            },
            "examples": {
              "documented": {
                "summary": "500 body",
                "value": {
                  "statusCode": 500,
                  "messages": "Internal Server Error"
                }
              }
            }
          }
        }
      },
      "SaasLicenseV2Unauthorized": {
        "description": "Reported live on `/saas/v2` for a key that `/hl/v2` accepted. Note the body: no `statusCode`, and the\nplural `messages`.\n",
        "content": {
          "application/json": {
            "schema": {
              "$ref": "#/components/schemas/SaasLicenseAuthFailure"
            },
            "examples": {
              "observed": {
                "summary": "401 body observed by a third-party live test",
                "value": {
                  "messages": "Failed authentication! Please check your token authorization."
                }
              }
            }
          }
        }
      }
    },
    "schemas": {
      "SuccessEnvelope": {
        "type": "object",
        "description": "An answer that only says the call succeeded (no `data`).",
        "required": [
          "statusCode"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "The status code, authoritative over the HTTP status."
          },
          "messages": {
            "type": "string",
            "description": "Status message (most endpoints)."
          },
          "message": {
            "type": "string",
            "description": "Status message (credit family, v2 membership writes, licence activation)."
          }
        }
      },
      "CustomerInfo": {
        "type": "object",
        "description": "Object containing customer details.",
        "required": [
          "name",
          "email",
          "mobile"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Full name of the customer."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "Email address of the customer."
          },
          "mobile": {
            "type": "string",
            "minLength": 1,
            "description": "Mobile phone number of the customer."
          }
        }
      },
      "ErrorEnvelope": {
        "type": "object",
        "description": "Mayar's error body. Most families send `messages`; the credit family and v2 write endpoints send\n`message`. `data` may hold the validator's field list.\n",
        "required": [
          "statusCode"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "The status code, authoritative over the HTTP status."
          },
          "messages": {
            "type": "string",
            "description": "What went wrong (most endpoints)."
          },
          "message": {
            "type": "string",
            "description": "What went wrong (credit family, v2 write endpoints)."
          },
          "data": {
            "description": "The failing fields when Mayar's validator rejected the body, otherwise absent or null.",
            "oneOf": [
              {
                "type": "array",
                "items": {
                  "$ref": "#/components/schemas/FieldError"
                }
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "FieldError": {
        "type": "object",
        "description": "One failing field, as Mayar's validator reports it.",
        "required": [
          "type",
          "message",
          "field"
        ],
        "properties": {
          "type": {
            "type": "string",
            "description": "The rule that failed (`required`, `string`, `numberPositive`, ...)."
          },
          "message": {
            "type": "string",
            "description": "A human-readable sentence, e.g. \"The 'amount' field is required.\""
          },
          "field": {
            "type": "string",
            "description": "The path of the failing field, e.g. `items[1].rate`."
          },
          "expected": {
            "description": "What the rule expected, when Mayar says."
          },
          "actual": {
            "description": "The value Mayar received, when it says."
          }
        }
      },
      "Balance": {
        "type": "object",
        "description": "The merchant's balance, in rupiah.",
        "required": [
          "balanceActive",
          "balancePending",
          "balance"
        ],
        "properties": {
          "balanceActive": {
            "type": "integer",
            "description": "The part that can be withdrawn."
          },
          "balancePending": {
            "type": "integer",
            "description": "The part not settled yet (cannot be withdrawn)."
          },
          "balance": {
            "type": "integer",
            "description": "The total, `balanceActive + balancePending`."
          }
        }
      },
      "GetBalanceResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/Balance"
          }
        }
      },
      "BundleProduct": {
        "type": "object",
        "description": "One product of a bundle.",
        "required": [
          "id",
          "paymentLinkId"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The id of the bundle-product link record."
          },
          "status": {
            "type": "string",
            "description": "The product's status within the bundle (`ENABLED`, ...)."
          },
          "variantId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The chosen variant, when any (detail only)."
          },
          "updatedAt": {
            "type": "integer",
            "description": "When the link record last changed (epoch milliseconds; detail only)."
          },
          "paymentLinkId": {
            "type": "string",
            "description": "The product's id."
          },
          "paymentLink": {
            "type": "object",
            "description": "A summary of the product.",
            "properties": {
              "id": {
                "type": "string",
                "description": "The product's id."
              },
              "name": {
                "type": "string",
                "description": "The product's name."
              },
              "type": {
                "type": "string",
                "description": "The product type (`course`, `digital_product`, `generic_link`, ...)."
              },
              "amount": {
                "type": "integer",
                "description": "Price in rupiah."
              },
              "variant": {
                "type": [
                  "string",
                  "null"
                ],
                "contentMediaType": "application/json",
                "description": "The product's variants as serialised JSON, or null (detail only)."
              }
            }
          }
        }
      },
      "Bundle": {
        "type": "object",
        "description": "A bundle as the list and the detail show it. Fields only the detail has are marked so.",
        "required": [
          "id",
          "name",
          "amount",
          "status",
          "link"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The bundle's id."
          },
          "name": {
            "type": "string",
            "description": "The bundle's name."
          },
          "amount": {
            "type": "integer",
            "description": "The bundle's price in rupiah."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description (may contain HTML)."
          },
          "type": {
            "type": "string",
            "description": "Always `bundling`."
          },
          "status": {
            "type": "string",
            "description": "`active`, `closed`, ..."
          },
          "link": {
            "type": "string",
            "description": "The bundle page's slug."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "updatedAt": {
            "type": "integer",
            "description": "When it last changed (epoch milliseconds)."
          },
          "bundlingProductType": {
            "type": "string",
            "description": "What the bundled items are (`payment_link`)."
          },
          "coverImageId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cover image id."
          },
          "coverImage": {
            "description": "The cover image, or null.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ProductImage"
              },
              {
                "type": "null"
              }
            ]
          },
          "products": {
            "type": "array",
            "description": "The bundled products.",
            "items": {
              "$ref": "#/components/schemas/BundleProduct"
            }
          },
          "multipleImageId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Gallery id (detail only)."
          },
          "multipleImage": {
            "description": "The gallery images, or null (detail only)."
          },
          "redirectUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where the customer goes after paying, possibly empty (detail only)."
          },
          "notes": {
            "type": [
              "string",
              "null"
            ],
            "description": "Internal notes (detail only)."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id (detail only)."
          },
          "user": {
            "type": "object",
            "description": "The owning merchant (detail only).",
            "properties": {
              "id": {
                "type": "string",
                "description": "The merchant's user id."
              },
              "accountId": {
                "type": "string",
                "description": "The merchant's account id."
              },
              "account": {
                "type": "object",
                "description": "The merchant's account.",
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "The account id."
                  },
                  "name": {
                    "type": "string",
                    "description": "The account name."
                  }
                }
              }
            }
          },
          "subType": {
            "type": [
              "string",
              "null"
            ],
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "tax": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "items": {
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "limit": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "expiredAt": {
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "terms": {
            "type": [
              "string",
              "null"
            ],
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "target": {
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "reason": {
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "receiver": {
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "usage": {
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "category": {
            "type": [
              "string",
              "null"
            ],
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "affiliateCommission": {
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "paymentType": {
            "type": [
              "string",
              "null"
            ],
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "qty": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "customerId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "customer": {
            "description": "Shared product attribute, null for bundles (detail only)."
          },
          "event": {
            "description": "Shared product attribute, null for bundles (detail only)."
          }
        }
      },
      "BundleListResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Bundle"
            }
          }
        }
      },
      "BundleGetResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/Bundle"
          }
        }
      },
      "CreateCouponBody": {
        "type": "object",
        "required": [
          "name",
          "discount",
          "coupon"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 5,
            "description": "The discount's name (at least 5 characters)."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the discount expires (ISO-8601). Omit it and the discount never expires."
          },
          "discount": {
            "type": "object",
            "description": "The discount's terms.",
            "required": [
              "discountType",
              "eligibleCustomerType",
              "minimumPurchase",
              "value",
              "totalCoupons"
            ],
            "properties": {
              "discountType": {
                "type": "string",
                "enum": [
                  "monetary",
                  "percentage"
                ],
                "description": "`monetary` (rupiah off) or `percentage`."
              },
              "eligibleCustomerType": {
                "type": "string",
                "minLength": 1,
                "description": "Who may use it (`all`; other values restrict it to new or returning customers)."
              },
              "minimumPurchase": {
                "type": "integer",
                "minimum": 0,
                "description": "The smallest purchase it applies to, in rupiah (0 for none)."
              },
              "value": {
                "type": "number",
                "exclusiveMinimum": 0,
                "description": "Rupiah off (`monetary`) or percent off (`percentage`)."
              },
              "totalCoupons": {
                "type": "integer",
                "minimum": 1,
                "description": "How many times the coupon can be used."
              }
            }
          },
          "coupon": {
            "type": "object",
            "description": "The coupon code customers enter.",
            "required": [
              "code",
              "type"
            ],
            "properties": {
              "code": {
                "type": "string",
                "minLength": 1,
                "description": "The code."
              },
              "type": {
                "type": "string",
                "enum": [
                  "reusable",
                  "onetime"
                ],
                "description": "`reusable` (one code for many uses) or `onetime`."
              }
            }
          },
          "products": {
            "type": "array",
            "maxItems": 2,
            "description": "The products it applies to (at most 2; empty or absent: every product). Each item is an object\n`{ id }` naming a product the merchant owns; bare id strings are rejected.\n",
            "items": {
              "type": "object",
              "required": [
                "id"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "minLength": 1,
                  "description": "The product's id."
                }
              }
            }
          }
        }
      },
      "CouponCreated": {
        "type": "object",
        "description": "A discount as the create answer (and the planned list) sends it, with ISO-8601 timestamps.",
        "required": [
          "id",
          "name"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The discount's id."
          },
          "name": {
            "type": "string",
            "description": "The discount's name."
          },
          "discountType": {
            "type": "string",
            "description": "`monetary` or `percentage`."
          },
          "value": {
            "type": "number",
            "description": "Rupiah off or percent off."
          },
          "minimumPurchase": {
            "type": "integer",
            "description": "The smallest purchase it applies to, in rupiah."
          },
          "eligibleCustomerType": {
            "type": "string",
            "description": "Who may use it (`all`, ...)."
          },
          "totalCoupons": {
            "type": "integer",
            "description": "How many times the coupon can be used."
          },
          "discountProductType": {
            "type": "string",
            "description": "`all` when it applies to every product."
          },
          "expiredAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When it expires (ISO-8601), null when it never does."
          },
          "isLifeTime": {
            "type": "boolean",
            "description": "Whether it never expires."
          },
          "status": {
            "type": "string",
            "description": "The discount's status (`active`, ...)."
          },
          "coupons": {
            "type": "array",
            "description": "Its coupon codes.",
            "items": {
              "$ref": "#/components/schemas/CouponCodeCreated"
            }
          },
          "products": {
            "type": "array",
            "description": "The products it is limited to (empty for every product); item shape not documented.",
            "items": {}
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When it was created (ISO-8601)."
          }
        }
      },
      "CouponCodeCreated": {
        "type": "object",
        "description": "A coupon code as the create answer sends it.",
        "required": [
          "code"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The code's id."
          },
          "code": {
            "type": "string",
            "description": "The code."
          },
          "type": {
            "type": "string",
            "description": "`reusable` or `onetime`."
          },
          "expiredAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When it expires (ISO-8601), or null."
          }
        }
      },
      "CouponListItem": {
        "description": "A discount in the (planned) list, with its total usage.",
        "allOf": [
          {
            "$ref": "#/components/schemas/CouponCreated"
          },
          {
            "type": "object",
            "properties": {
              "totalUsage": {
                "type": "integer",
                "description": "How many times its codes were used."
              }
            }
          }
        ]
      },
      "CreateCouponResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/CouponCreated"
          }
        }
      },
      "Coupon": {
        "type": "object",
        "description": "A discount as the detail sends it, with epoch-millisecond timestamps.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The discount's id."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "expiredAt": {
            "type": [
              "integer",
              "null"
            ],
            "description": "When it expires (epoch milliseconds), null when it never does."
          },
          "productDiscount": {
            "type": "array",
            "description": "The products it is limited to (empty for every product); item shape not documented.",
            "items": {}
          },
          "discountType": {
            "type": "string",
            "description": "`monetary` or `percentage`."
          },
          "discountProductType": {
            "type": "string",
            "description": "`all` when it applies to every product."
          },
          "eligibleCustomerType": {
            "type": "string",
            "description": "Who may use it (`all`, ...)."
          },
          "name": {
            "type": "string",
            "description": "The discount's name."
          },
          "minimumPurchase": {
            "type": "integer",
            "description": "The smallest purchase it applies to, in rupiah."
          },
          "isLifeTime": {
            "type": "boolean",
            "description": "Whether it never expires."
          },
          "totalCoupons": {
            "type": "integer",
            "description": "How many times the coupon can be used."
          },
          "value": {
            "type": "number",
            "description": "Rupiah off or percent off."
          },
          "coupons": {
            "type": "array",
            "description": "Its coupon codes.",
            "items": {
              "$ref": "#/components/schemas/CouponCode"
            }
          }
        }
      },
      "CouponCode": {
        "type": "object",
        "description": "A coupon code as the detail sends it.",
        "required": [
          "code"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The code's id."
          },
          "code": {
            "type": "string",
            "description": "The code."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "updatedAt": {
            "type": "integer",
            "description": "When it was last changed (epoch milliseconds)."
          },
          "discountId": {
            "type": "string",
            "description": "The discount it belongs to."
          },
          "endMonthTrial": {
            "description": "Trial months granted on memberships, or null."
          },
          "expiredAt": {
            "type": [
              "integer",
              "null"
            ],
            "description": "When it expires (epoch milliseconds), or null."
          },
          "isActive": {
            "type": "boolean",
            "description": "Whether the code can be used."
          },
          "limit": {
            "type": [
              "integer",
              "null"
            ],
            "description": "How many times it can be used."
          },
          "type": {
            "type": "string",
            "description": "`reusable` or `onetime`."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          }
        }
      },
      "GetCouponResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/Coupon"
          }
        }
      },
      "ValidateCouponBody": {
        "type": "object",
        "required": [
          "couponCode",
          "paymentLinkId"
        ],
        "properties": {
          "couponCode": {
            "type": "string",
            "minLength": 1,
            "description": "The code the customer entered."
          },
          "paymentLinkId": {
            "type": "string",
            "minLength": 1,
            "description": "The product being bought."
          },
          "amount": {
            "type": "number",
            "minimum": 0,
            "default": 0,
            "description": "The purchase amount in rupiah, for the minimum-purchase rule (default 0)."
          },
          "customerEmail": {
            "description": "The customer's email; needed for coupons restricted to new or returning customers. Mayar's own\nexample sends `\"\"` when there is none, so an empty string is accepted as well as an email.\n",
            "anyOf": [
              {
                "type": "string",
                "format": "email"
              },
              {
                "type": "string",
                "maxLength": 0
              }
            ]
          },
          "membershipTierId": {
            "type": "string",
            "description": "The membership tier being bought, for membership products."
          },
          "paymentLinkType": {
            "type": "string",
            "description": "The product type, e.g. `membership_payment`."
          },
          "tickets": {
            "type": "array",
            "description": "The event tickets being bought (item shape not documented).",
            "items": {}
          }
        }
      },
      "ValidateCouponResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "type": "object",
            "description": "The verdict and the discount it gives.",
            "required": [
              "valid"
            ],
            "properties": {
              "valid": {
                "type": "boolean",
                "description": "Whether the code applies."
              },
              "coupon": {
                "type": "object",
                "description": "The discount the code gives.",
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "The coupon's id."
                  },
                  "code": {
                    "type": "string",
                    "description": "The code."
                  },
                  "discountType": {
                    "type": "string",
                    "description": "`monetary` or `percentage`."
                  },
                  "discountValue": {
                    "type": "number",
                    "description": "Rupiah off or percent off."
                  },
                  "minimumPurchase": {
                    "type": [
                      "integer",
                      "null"
                    ],
                    "description": "The smallest purchase it applies to, in rupiah."
                  },
                  "eligibleCustomerType": {
                    "type": "string",
                    "description": "Who may use it."
                  }
                }
              }
            }
          }
        }
      },
      "CheckCouponBody": {
        "type": "object",
        "required": [
          "couponCode"
        ],
        "properties": {
          "couponCode": {
            "type": "string",
            "minLength": 1,
            "maxLength": 50,
            "description": "The code to check."
          }
        }
      },
      "CheckCouponResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "type": "object",
            "description": "The code's usage.",
            "required": [
              "couponCode",
              "isUsed"
            ],
            "properties": {
              "couponCode": {
                "type": "string",
                "description": "The code."
              },
              "isUsed": {
                "type": "boolean",
                "description": "True when `totalUsed` has reached `limit` (and `limit` is above 0)."
              },
              "totalUsed": {
                "type": "integer",
                "description": "How many times it was used."
              },
              "limit": {
                "type": "integer",
                "description": "How many uses it allows; 0 means no limit."
              },
              "remaining": {
                "type": [
                  "integer",
                  "null"
                ],
                "description": "How many uses are left."
              }
            }
          }
        }
      },
      "ListCouponsResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CouponListItem"
            }
          }
        }
      },
      "GenerateImmutableCheckoutLinkBody": {
        "type": "object",
        "required": [
          "productId",
          "customerInfo"
        ],
        "properties": {
          "productId": {
            "type": "string",
            "description": "The unique identifier of the product associated."
          },
          "creditAmount": {
            "type": "number",
            "description": "The credit amount for the checkout. Only applicable for credit usage products."
          },
          "customerInfo": {
            "$ref": "#/components/schemas/CustomerInfo"
          }
        }
      },
      "GenerateImmutableCheckoutLinkResponse": {
        "description": "One of Mayar's two documented answers: the credit-based product's (links at the top level) or the\nmembership credit product's (links per tier under `data`).\n",
        "oneOf": [
          {
            "$ref": "#/components/schemas/ImmutableCheckoutLinkCreditAnswer"
          },
          {
            "$ref": "#/components/schemas/ImmutableCheckoutLinkMembershipAnswer"
          }
        ]
      },
      "ImmutableCheckoutLinkCreditAnswer": {
        "type": "object",
        "description": "The answer for a credit-based product.",
        "required": [
          "statusCode",
          "message",
          "creditUsageImmutableCheckoutUrl",
          "paymentLinkUrl"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Indicates the HTTP status of the request (e.g. `200` for success)."
          },
          "message": {
            "type": "string",
            "description": "A descriptive message about the outcome of the request."
          },
          "creditUsageImmutableCheckoutUrl": {
            "type": "string",
            "description": "A unique immutable checkout URL containing user identity fields and creditAmount."
          },
          "paymentLinkUrl": {
            "type": "string",
            "description": "The general (mutable) payment link URL."
          }
        }
      },
      "ImmutableCheckoutLinkMembershipAnswer": {
        "type": "object",
        "description": "The answer for a membership credit product.",
        "required": [
          "statusCode",
          "message",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Indicates the HTTP status of the request (e.g. `200` for success)."
          },
          "message": {
            "type": "string",
            "description": "A descriptive message about the outcome of the request."
          },
          "data": {
            "type": "object",
            "description": "One immutable checkout link per membership tier.",
            "required": [
              "membershipTiers"
            ],
            "properties": {
              "membershipTiers": {
                "type": "array",
                "description": "The product's tiers, each with its own immutable checkout link.",
                "items": {
                  "type": "object",
                  "required": [
                    "id",
                    "specificPaymentLinkUrl"
                  ],
                  "properties": {
                    "id": {
                      "type": "string",
                      "description": "The membership tier's id."
                    },
                    "specificPaymentLinkUrl": {
                      "type": "string",
                      "description": "The tier's immutable checkout URL (`/m/<slug>?immutable=<token>`)."
                    }
                  }
                }
              },
              "paymentLinkUrl": {
                "type": "string",
                "description": "The general (mutable) membership page URL."
              }
            }
          }
        }
      },
      "CreditBalanceResponse": {
        "type": "object",
        "description": "The balances, at the top level of the envelope (no `data` member).",
        "required": [
          "statusCode",
          "message",
          "customerBalance"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key in the credit family)."
          },
          "customerBalance": {
            "type": "number",
            "description": "The total balance across the customer's wallets."
          },
          "customerMainBalance": {
            "type": "number",
            "description": "The main wallet's balance (credit-based products). The documentation's field table calls it\n`customerBalanceMain`; its example, modelled here, sends `customerMainBalance`.\n"
          },
          "customerBalanceMembership": {
            "type": "number",
            "description": "The membership wallet's balance (usage-based memberships, instead of the main wallet)."
          },
          "customerBalanceAddon": {
            "type": "number",
            "description": "The add-on (top-up) wallet's balance."
          }
        }
      },
      "CreditWalletChangeBody": {
        "type": "object",
        "description": "Which wallet to change and by how much. Send `customerId` or `memberId` (at least one; Mayar calls\n`memberId` \"optionally mandatory\"); usage-based memberships also need `membershipTierId`.\n",
        "required": [
          "productId",
          "amount"
        ],
        "properties": {
          "customerId": {
            "type": "string",
            "minLength": 1,
            "description": "The customer (credit-based products)."
          },
          "memberId": {
            "type": "string",
            "minLength": 1,
            "description": "The member code (usage-based memberships), instead of `customerId`."
          },
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The credit product or usage-based membership."
          },
          "membershipTierId": {
            "type": "string",
            "minLength": 1,
            "description": "The membership tier (usage-based memberships)."
          },
          "amount": {
            "type": "number",
            "exclusiveMinimum": 0,
            "description": "How much credit to add or spend."
          }
        }
      },
      "CreditAddResult": {
        "type": "object",
        "description": "The result of adding credit.",
        "properties": {
          "customerId": {
            "type": "string",
            "description": "The customer whose wallet changed."
          },
          "productId": {
            "type": "string",
            "description": "The product."
          },
          "membershipTierId": {
            "type": "string",
            "description": "The membership tier (usage-based memberships)."
          },
          "amount": {
            "type": "number",
            "description": "The credit added."
          },
          "customerBalance": {
            "type": "number",
            "description": "The customer's balance after the addition."
          }
        }
      },
      "CreditAddResponse": {
        "type": "object",
        "description": "Two documented shapes: the result wrapped in `data` (credit-based products) or its fields at the top\nlevel (usage-based memberships). Every member besides `statusCode` and `message` is optional.\n",
        "required": [
          "statusCode",
          "message"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key in the credit family)."
          },
          "data": {
            "$ref": "#/components/schemas/CreditAddResult"
          },
          "customerId": {
            "type": "string",
            "description": "The customer whose wallet changed (top-level shape)."
          },
          "productId": {
            "type": "string",
            "description": "The product (top-level shape)."
          },
          "membershipTierId": {
            "type": "string",
            "description": "The membership tier (top-level shape)."
          },
          "amount": {
            "type": "number",
            "description": "The credit added (top-level shape)."
          },
          "customerBalance": {
            "type": "number",
            "description": "The balance after the addition (top-level shape)."
          }
        }
      },
      "CreditMessageResponse": {
        "type": "object",
        "description": "An answer that carries only its status and message.",
        "required": [
          "statusCode",
          "message"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "What happened, e.g. \"Successfully spent 10. MAIN: 10, ADD_ON: 0\"."
          }
        }
      },
      "CreditHistoryEntry": {
        "type": "object",
        "description": "One credit movement.",
        "required": [
          "id",
          "createdAt"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The entry's id (24 hexadecimal characters)."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the movement happened (ISO-8601)."
          },
          "credit": {
            "type": "number",
            "description": "Credit added (listed in the field table; the example shows a signed `amount` instead)."
          },
          "debit": {
            "type": "number",
            "description": "Credit taken (listed in the field table; the example shows a signed `amount` instead)."
          },
          "amount": {
            "type": "number",
            "description": "The signed change (negative when credit was taken), as the documentation's example shows."
          },
          "productId": {
            "type": "string",
            "description": "The product."
          },
          "status": {
            "type": "string",
            "description": "`ACTIVE`, ..."
          },
          "customerId": {
            "type": "string",
            "description": "The customer."
          },
          "merchantId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "expiredAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When this credit expires, or null."
          },
          "walletType": {
            "type": "string",
            "description": "`MAIN`, `ADD_ON` or `MEMBERSHIP`."
          },
          "type": {
            "type": "string",
            "description": "`CREDIT_USAGE`, `MERCHANT_TOPUP`, `TRIAL_TOPUP`, `EXPIRE_VOID`, ..."
          },
          "membershipTierId": {
            "type": "string",
            "description": "The membership tier (usage-based memberships)."
          },
          "referenceId": {
            "type": "string",
            "description": "The entry this one refers to (e.g. the top-up an expiry voids)."
          }
        }
      },
      "CreditHistoryResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "message",
          "total",
          "page",
          "limit",
          "totalPages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key in the credit family)."
          },
          "total": {
            "type": "integer",
            "description": "How many entries match."
          },
          "page": {
            "type": "integer",
            "description": "This page's number."
          },
          "limit": {
            "type": "integer",
            "description": "Entries per page."
          },
          "totalPages": {
            "type": "integer",
            "description": "How many pages there are."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/CreditHistoryEntry"
            }
          }
        }
      },
      "CreditRegisterCustomerBody": {
        "type": "object",
        "required": [
          "productId",
          "customerInfo"
        ],
        "properties": {
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The credit-based product."
          },
          "trialCredit": {
            "type": "number",
            "minimum": 0,
            "description": "Credit granted at registration."
          },
          "customerInfo": {
            "$ref": "#/components/schemas/CustomerInfo"
          }
        }
      },
      "CreditRegisterCustomerResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "message",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key in the credit family)."
          },
          "data": {
            "type": "object",
            "description": "The registered customer.",
            "required": [
              "customerId"
            ],
            "properties": {
              "customerId": {
                "type": "string",
                "description": "The customer's id (use it for balance, add and spend)."
              },
              "paymentLinkId": {
                "type": "string",
                "description": "The product's payment link id."
              }
            }
          }
        }
      },
      "CreditRegisterMemberBody": {
        "type": "object",
        "required": [
          "productId",
          "membershipTierId",
          "membershipMonthlyPeriod",
          "customerInfo"
        ],
        "properties": {
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The usage-based membership product."
          },
          "membershipTierId": {
            "type": "string",
            "minLength": 1,
            "description": "The tier the member joins."
          },
          "membershipMonthlyPeriod": {
            "type": "integer",
            "enum": [
              1,
              3,
              6,
              12
            ],
            "description": "The billing period in months; Mayar accepts only 1, 3, 6 or 12."
          },
          "trialCredit": {
            "type": "number",
            "minimum": 0,
            "description": "Credit granted at registration."
          },
          "customerInfo": {
            "$ref": "#/components/schemas/CustomerInfo"
          }
        }
      },
      "CreditMembershipCustomer": {
        "type": "object",
        "description": "The new member of a usage-based membership. Timestamps are epoch milliseconds.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The member record's id."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "paymentLinkId": {
            "type": "string",
            "description": "The membership product (payment link) id."
          },
          "createdAt": {
            "type": "integer",
            "description": "When the member was registered (epoch milliseconds)."
          },
          "nextPayment": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The next billing date (epoch milliseconds), or null."
          },
          "isLifetimePeriod": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Whether the membership never expires, or null."
          },
          "paymentLink": {
            "type": "object",
            "description": "The membership product.",
            "properties": {
              "id": {
                "type": "string",
                "description": "The product's id."
              },
              "name": {
                "type": "string",
                "description": "The product's name."
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The product's description (HTML)."
              }
            }
          }
        }
      },
      "CreditRegisterMemberResponse": {
        "type": "object",
        "description": "The new member at the top level (no `data` member).",
        "required": [
          "statusCode",
          "message",
          "membershipCustomer"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key in the credit family)."
          },
          "membershipCustomer": {
            "$ref": "#/components/schemas/CreditMembershipCustomer"
          }
        }
      },
      "Customer": {
        "type": "object",
        "description": "A customer of the merchant.",
        "required": [
          "id",
          "email"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The customer's id."
          },
          "createdAt": {
            "type": "integer",
            "description": "When the customer was created (epoch milliseconds)."
          },
          "updatedAt": {
            "type": "integer",
            "description": "When the customer was last changed (epoch milliseconds)."
          },
          "email": {
            "type": "string",
            "description": "The customer's email address."
          },
          "mobile": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's mobile phone number."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's name."
          },
          "status": {
            "type": "string",
            "description": "The customer's status (`active`)."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          }
        }
      },
      "CustomerWithMerchant": {
        "type": "object",
        "description": "A customer, with the merchant's own account as `user`.",
        "required": [
          "id",
          "email"
        ],
        "allOf": [
          {
            "$ref": "#/components/schemas/Customer"
          },
          {
            "type": "object",
            "properties": {
              "user": {
                "$ref": "#/components/schemas/CustomerMerchant"
              }
            }
          }
        ]
      },
      "CustomerMerchant": {
        "type": "object",
        "description": "The merchant's account, as the email search returns it.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "The merchant's name."
          },
          "urlHook": {
            "type": [
              "string",
              "null"
            ],
            "description": "The webhook URL registered for the merchant, or null when none is."
          },
          "email": {
            "type": [
              "string",
              "null"
            ],
            "description": "The merchant's email address."
          },
          "paymeLink": {
            "type": [
              "string",
              "null"
            ],
            "description": "The merchant's store subdomain (`<paymeLink>.myr.id`)."
          },
          "isSelfDomain": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Whether the merchant serves its pages from its own domain."
          },
          "accountId": {
            "type": "string",
            "description": "The merchant's account id."
          },
          "account": {
            "type": "object",
            "description": "The merchant's account.",
            "properties": {
              "id": {
                "type": "string",
                "description": "The account id."
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The account's name."
              },
              "imageId": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The id of the account's logo image."
              },
              "logo": {
                "description": "The account's logo `{ id, fileType, url }`, or null.",
                "oneOf": [
                  {
                    "type": "object",
                    "properties": {
                      "id": {
                        "type": "string",
                        "description": "The image id."
                      },
                      "fileType": {
                        "type": "string",
                        "description": "The image's media type."
                      },
                      "url": {
                        "type": "string",
                        "description": "The image's URL."
                      }
                    }
                  },
                  {
                    "type": "null"
                  }
                ]
              }
            }
          }
        }
      },
      "ListCustomersResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Customer"
            }
          }
        }
      },
      "GetCustomerByEmailResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/CustomerWithMerchant"
          }
        }
      },
      "CreatedCustomer": {
        "type": "object",
        "description": "The created customer. Its id is `customerId`; there is no `id` member.",
        "required": [
          "customerId",
          "email"
        ],
        "properties": {
          "customerId": {
            "type": "string",
            "description": "The new customer's id."
          },
          "name": {
            "type": "string",
            "description": "The customer's name."
          },
          "email": {
            "type": "string",
            "description": "The customer's email address."
          },
          "mobile": {
            "type": "string",
            "description": "The customer's mobile phone number."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          }
        }
      },
      "CreateCustomerResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/CreatedCustomer"
          }
        }
      },
      "UpdateCustomerBody": {
        "type": "object",
        "required": [
          "fromEmail",
          "toEmail"
        ],
        "properties": {
          "fromEmail": {
            "type": "string",
            "format": "email",
            "description": "The customer's current email address (selects the customer)."
          },
          "toEmail": {
            "type": "string",
            "format": "email",
            "description": "The new email address."
          }
        }
      },
      "CreateCustomerPortalLinkBody": {
        "type": "object",
        "required": [
          "email"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email",
            "description": "The customer's email address; the magic link is sent there."
          }
        }
      },
      "CreateCustomerPortalLinkResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "type": "object",
            "description": "Confirmation that the magic link was sent.",
            "properties": {
              "url": {
                "type": "string",
                "description": "Despite its name, not a URL: a confirmation sentence in Indonesian (\"Sudah kami kirim ke\nemail anda\", \"we have sent it to your email\"). The link itself only goes to the customer's\ninbox.\n"
              }
            }
          }
        }
      },
      "DigitalProductCreateBody": {
        "type": "object",
        "description": "A digital product to create.",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The product's name."
          },
          "description": {
            "type": "string",
            "description": "Description."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Price in rupiah."
          },
          "crossoutPrice": {
            "type": "integer",
            "minimum": 1,
            "description": "Crossed-out price shown as the original price, in rupiah."
          },
          "redirectUrl": {
            "type": "string",
            "description": "Where the customer goes after paying."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the product expires (ISO-8601)."
          },
          "limit": {
            "type": "integer",
            "description": "Maximum number of purchases."
          },
          "tax": {
            "type": "integer",
            "description": "Tax amount applied to the product."
          }
        }
      },
      "DigitalProductUpdateBody": {
        "type": "object",
        "description": "Changes to a digital product.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "The product to update (this selects the record, not the path)."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The product's name."
          },
          "description": {
            "type": "string",
            "description": "Description."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Price in rupiah."
          },
          "crossoutPrice": {
            "type": "integer",
            "minimum": 1,
            "description": "Crossed-out price shown as the original price, in rupiah."
          },
          "redirectUrl": {
            "type": "string",
            "description": "Where the customer goes after paying."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the product expires (ISO-8601)."
          }
        }
      },
      "EventDetails": {
        "type": "object",
        "description": "Where the event happens and how many tickets one transaction may buy.",
        "properties": {
          "eventAddress": {
            "type": "string",
            "description": "The venue's address."
          },
          "isOnlineEvent": {
            "type": "boolean",
            "description": "Whether the event happens online."
          },
          "maxTicket": {
            "type": "integer",
            "minimum": 1,
            "description": "Maximum number of tickets per transaction."
          }
        }
      },
      "EventCreateBody": {
        "type": "object",
        "description": "An event to create.",
        "required": [
          "name",
          "description",
          "amount",
          "paymentType",
          "startAt",
          "eventStartAt",
          "eventEndAt",
          "expiredAt"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The event's name."
          },
          "description": {
            "type": "string",
            "minLength": 1,
            "description": "Description, text or HTML."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Ticket price in rupiah."
          },
          "crossoutPrice": {
            "type": "integer",
            "minimum": 1,
            "description": "Crossed-out price shown as the original price, in rupiah."
          },
          "eventUrl": {
            "type": "string",
            "description": "The event's URL, such as an online meeting link."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes."
          },
          "terms": {
            "type": "string",
            "description": "Terms and conditions of the purchase."
          },
          "redirectUrl": {
            "type": "string",
            "description": "Where the customer goes after paying."
          },
          "paymentType": {
            "type": "string",
            "minLength": 1,
            "description": "Payment type (`paid` in the documented example; other values are not documented)."
          },
          "startAt": {
            "type": "string",
            "format": "date-time",
            "description": "When ticket sales open (ISO-8601)."
          },
          "eventStartAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the event starts (ISO-8601)."
          },
          "eventEndAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the event ends (ISO-8601)."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the product expires (ISO-8601)."
          },
          "limit": {
            "type": "integer",
            "description": "Maximum number of participants or purchases."
          },
          "event": {
            "$ref": "#/components/schemas/EventDetails"
          }
        }
      },
      "EventUpdateBody": {
        "type": "object",
        "description": "Changes to an event.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "The event to update (this selects the record, not the path)."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The event's name."
          },
          "description": {
            "type": "string",
            "description": "Description, text or HTML."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Ticket price in rupiah."
          },
          "crossoutPrice": {
            "type": "integer",
            "minimum": 1,
            "description": "Crossed-out price shown as the original price, in rupiah."
          },
          "eventUrl": {
            "type": "string",
            "description": "The event's URL, such as an online meeting link."
          },
          "redirectUrl": {
            "type": "string",
            "description": "Where the customer goes after paying."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the product expires (ISO-8601)."
          },
          "event": {
            "$ref": "#/components/schemas/EventDetails"
          }
        }
      },
      "CreateInstallmentBody": {
        "type": "object",
        "required": [
          "email",
          "mobile",
          "name",
          "amount",
          "installment"
        ],
        "properties": {
          "email": {
            "type": "string",
            "format": "email",
            "description": "The customer's email address."
          },
          "mobile": {
            "type": "string",
            "minLength": 1,
            "description": "The customer's mobile phone number."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The customer's name."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "The principal, in rupiah (interest comes on top)."
          },
          "installment": {
            "type": "object",
            "description": "The instalment plan.",
            "required": [
              "description",
              "interest",
              "tenure",
              "dueDate"
            ],
            "properties": {
              "description": {
                "type": "string",
                "minLength": 1,
                "description": "What is being paid for."
              },
              "interest": {
                "type": "number",
                "minimum": 0,
                "description": "The flat interest rate, in percent (0 for none)."
              },
              "tenure": {
                "type": "integer",
                "minimum": 3,
                "maximum": 24,
                "description": "The number of monthly instalments (3 to 24)."
              },
              "dueDate": {
                "type": "integer",
                "minimum": 1,
                "maximum": 28,
                "description": "The day of the month each instalment is due (1 to 28)."
              }
            }
          }
        }
      },
      "Installment": {
        "type": "object",
        "description": "An installment and its invoices (ISO-8601 timestamps).",
        "required": [
          "id",
          "amount"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The installment's id."
          },
          "amount": {
            "type": "integer",
            "description": "The principal, in rupiah."
          },
          "interest": {
            "type": "number",
            "description": "The flat interest rate, in percent."
          },
          "interestType": {
            "type": "string",
            "description": "How interest is computed (`FLAT`)."
          },
          "period": {
            "type": "string",
            "description": "How often an instalment falls due (`MONTHLY`)."
          },
          "tenure": {
            "type": "integer",
            "description": "The number of instalments."
          },
          "dueDate": {
            "type": "integer",
            "description": "The day of the month each instalment is due."
          },
          "totalInterest": {
            "type": "integer",
            "description": "The interest over the whole tenure, in rupiah."
          },
          "totalAmount": {
            "type": "integer",
            "description": "Principal plus interest, in rupiah."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "What is being paid for."
          },
          "customer": {
            "$ref": "#/components/schemas/CustomerInfo"
          },
          "status": {
            "type": "string",
            "description": "The installment's status (`unpaid`, `paid`, ...)."
          },
          "invoices": {
            "type": "array",
            "description": "One invoice per instalment.",
            "items": {
              "$ref": "#/components/schemas/InstallmentInvoice"
            }
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When it was created (ISO-8601)."
          }
        }
      },
      "InstallmentInvoice": {
        "type": "object",
        "description": "The invoice of one instalment.",
        "required": [
          "id",
          "amount"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The invoice's id."
          },
          "index": {
            "type": "integer",
            "description": "Which instalment it is (1 for the first)."
          },
          "amount": {
            "type": "integer",
            "description": "The instalment's amount, in rupiah (interest included)."
          },
          "interestAmount": {
            "type": "integer",
            "description": "The interest part of `amount`, in rupiah."
          },
          "remainingAmount": {
            "type": "integer",
            "description": "What is still to pay on this instalment, in rupiah."
          },
          "dueDate": {
            "type": "string",
            "format": "date-time",
            "description": "When it falls due (ISO-8601)."
          },
          "status": {
            "type": "string",
            "description": "The invoice's status (`unpaid`, `paid`, ...)."
          },
          "link": {
            "type": "string",
            "description": "The invoice page's **bare slug**, not a URL. The page is at `https://<store>.myr.id/invoices/<slug>`\n(sandbox hosts differ); build it from the merchant's store domain.\n"
          }
        }
      },
      "InstallmentResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/Installment"
          }
        }
      },
      "InstallmentLink": {
        "type": "object",
        "description": "An installment as the list shows it, the installment's payment link.",
        "required": [
          "id",
          "amount",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The payment link's id."
          },
          "amount": {
            "type": "integer",
            "description": "The amount, in rupiah."
          },
          "category": {
            "type": [
              "string",
              "null"
            ],
            "description": "Category, when any."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description."
          },
          "link": {
            "type": "string",
            "description": "The hosted page's slug (not a URL)."
          },
          "type": {
            "type": "string",
            "description": "Always `installment`."
          },
          "status": {
            "type": "string",
            "description": "Its status (`unpaid`, `active`, ...)."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "Name."
          },
          "limit": {
            "type": [
              "integer",
              "null"
            ],
            "description": "How many times it can be paid, when limited."
          },
          "redirectUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where the customer goes after paying, when set."
          },
          "installmentId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The installment's id (what `getInstallment` takes)."
          },
          "event": {
            "description": "Event details (null for installments)."
          },
          "order": {
            "description": "Display order (null when unset)."
          },
          "coverImage": {
            "description": "Cover image `{ id, fileType, url }` or null."
          },
          "multipleImage": {
            "type": [
              "array",
              "null"
            ],
            "description": "Gallery images.",
            "items": {}
          },
          "transactions": {
            "type": "array",
            "description": "Transactions made on it.",
            "items": {
              "$ref": "#/components/schemas/TransactionRef"
            }
          }
        }
      },
      "ListInstallmentsResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/InstallmentLink"
            }
          }
        }
      },
      "InvoiceItem": {
        "type": "object",
        "description": "One line of an invoice.",
        "required": [
          "quantity",
          "rate",
          "description"
        ],
        "properties": {
          "quantity": {
            "type": "number",
            "exclusiveMinimum": 0,
            "description": "Quantity of the item."
          },
          "rate": {
            "type": "number",
            "exclusiveMinimum": 0,
            "description": "Price per item, in rupiah. Mayar rejects a rate that is not positive."
          },
          "description": {
            "type": "string",
            "minLength": 1,
            "description": "Description of the item."
          }
        }
      },
      "InvoiceCreateBody": {
        "type": "object",
        "required": [
          "name",
          "email",
          "mobile",
          "items"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Full name of the customer."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "Email address of the customer."
          },
          "mobile": {
            "type": "string",
            "minLength": 1,
            "description": "Mobile phone number of the customer."
          },
          "items": {
            "type": "array",
            "minItems": 1,
            "description": "The invoice's lines.",
            "items": {
              "$ref": "#/components/schemas/InvoiceItem"
            }
          },
          "description": {
            "type": "string",
            "description": "Description or notes related to the invoice."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the invoice expires (ISO-8601, UTC)."
          },
          "tax": {
            "type": "integer",
            "description": "Tax amount applied to the invoice."
          },
          "paymentMethod": {
            "type": "string",
            "description": "Restrict the invoice to a specific payment method (e.g. `qris`, `va/bni`)."
          },
          "cashtag": {
            "type": "string",
            "description": "Cashtag associated with the invoice."
          },
          "extraData": {
            "type": "object",
            "additionalProperties": true,
            "description": "Additional custom data attached to the invoice, echoed back on create."
          }
        }
      },
      "InvoiceCreateResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/InvoiceCreated"
          }
        }
      },
      "InvoiceCreated": {
        "type": "object",
        "description": "The created invoice.",
        "required": [
          "id",
          "transactionId",
          "link"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The invoice's id."
          },
          "transactionId": {
            "type": "string",
            "description": "The id of the transaction the customer pays."
          },
          "link": {
            "type": "string",
            "description": "The hosted invoice page's URL."
          },
          "expiredAt": {
            "type": "integer",
            "description": "When the invoice expires (epoch milliseconds)."
          },
          "extraData": {
            "type": [
              "object",
              "null"
            ],
            "additionalProperties": true,
            "description": "The `extraData` sent, or null."
          }
        }
      },
      "InvoiceUpdateBody": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "The invoice to update (this selects the record, not the path)."
          },
          "items": {
            "type": "array",
            "minItems": 1,
            "description": "The invoice's lines (replace the current ones).",
            "items": {
              "$ref": "#/components/schemas/InvoiceItem"
            }
          },
          "description": {
            "type": "string",
            "description": "Description or notes related to the invoice."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the invoice expires (ISO-8601, UTC)."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes for the invoice."
          },
          "tax": {
            "type": "integer",
            "description": "Tax amount applied to the invoice."
          },
          "paymentMethod": {
            "type": "string",
            "description": "Restrict the invoice to a specific payment method."
          },
          "cashtag": {
            "type": "string",
            "description": "Cashtag associated with the invoice."
          },
          "extraData": {
            "type": "object",
            "additionalProperties": true,
            "description": "Additional custom data attached to the invoice."
          }
        }
      },
      "InvoiceCustomer": {
        "type": "object",
        "description": "The customer, as invoices and transaction rows embed it.",
        "required": [
          "id",
          "email"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The customer's id."
          },
          "email": {
            "type": "string",
            "description": "The customer's email address."
          },
          "mobile": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's mobile phone number."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's name."
          }
        }
      },
      "Invoice": {
        "type": "object",
        "description": "An invoice as lists and details show it.",
        "required": [
          "id",
          "amount",
          "status",
          "link"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The invoice's id."
          },
          "amount": {
            "type": "integer",
            "description": "The invoice's total, in rupiah."
          },
          "status": {
            "type": "string",
            "description": "`unpaid`, `paid`, `closed`, ..."
          },
          "link": {
            "type": "string",
            "description": "The hosted page's slug (not a URL; see `paymentUrl` on the detail)."
          },
          "type": {
            "type": "string",
            "description": "Always `invoice`."
          },
          "name": {
            "type": "string",
            "description": "Always `INVOICE` in lists."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description, possibly empty."
          },
          "category": {
            "type": [
              "string",
              "null"
            ],
            "description": "Category, when any."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "expiredAt": {
            "type": [
              "integer",
              "null"
            ],
            "description": "When it expires (epoch milliseconds)."
          },
          "redirectUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where the customer goes after paying, when set."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "customerId": {
            "type": "string",
            "description": "The customer's id."
          },
          "customer": {
            "$ref": "#/components/schemas/InvoiceCustomer"
          },
          "transactions": {
            "type": "array",
            "description": "Transactions made on the invoice (lists give each one's `status`).",
            "items": {
              "$ref": "#/components/schemas/TransactionRef"
            }
          },
          "transactionId": {
            "type": "string",
            "description": "The invoice's current transaction (detail only)."
          },
          "paymentUrl": {
            "type": "string",
            "description": "The hosted invoice page's URL (detail only)."
          },
          "paymentLinkId": {
            "type": "string",
            "description": "The payment link behind the invoice; the invoice's own id (detail only)."
          }
        }
      },
      "InvoiceListResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Invoice"
            }
          }
        }
      },
      "InvoiceGetResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/Invoice"
          }
        }
      },
      "CreateMembershipMemberBody": {
        "type": "object",
        "required": [
          "productId",
          "membershipTierId",
          "customerInfo"
        ],
        "properties": {
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The membership product (payment link) to register the member on."
          },
          "membershipTierId": {
            "type": "string",
            "minLength": 1,
            "description": "The tier the member joins."
          },
          "customerInfo": {
            "$ref": "#/components/schemas/CustomerInfo"
          },
          "membershipMonthlyPeriod": {
            "type": "integer",
            "minimum": 1,
            "description": "The billing period in months (e.g. 1, 3, 6, 12)."
          }
        }
      },
      "UpdateMembershipMemberBody": {
        "type": "object",
        "required": [
          "productId"
        ],
        "properties": {
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The membership product the member belongs to."
          },
          "membershipTierId": {
            "type": "string",
            "minLength": 1,
            "description": "Move the member to this tier."
          },
          "membershipMonthlyPeriod": {
            "type": "integer",
            "minimum": 1,
            "description": "The new billing period in months."
          },
          "status": {
            "type": "string",
            "description": "The member's new status (`active`, `inactive`, `stopped`, ...)."
          },
          "nextPayment": {
            "type": "string",
            "format": "date-time",
            "description": "The next billing date (ISO-8601)."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the membership expires (ISO-8601)."
          }
        }
      },
      "MembershipProductRefBody": {
        "type": "object",
        "description": "Names the membership product the member belongs to.",
        "required": [
          "productId"
        ],
        "properties": {
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The membership product the member belongs to (Mayar also accepts it as a query parameter)."
          }
        }
      },
      "MembershipCustomer": {
        "type": "object",
        "description": "A member (a customer's subscription to a tier). Timestamps are ISO-8601 strings.",
        "required": [
          "id",
          "memberId",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The member record's id."
          },
          "memberId": {
            "type": "string",
            "description": "The public membership code (e.g. `MBR8X2QK`), used in the member paths."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "customerId": {
            "type": "string",
            "description": "The customer's id."
          },
          "membershipTierId": {
            "type": "string",
            "description": "The tier's id."
          },
          "paymentLinkId": {
            "type": "string",
            "description": "The membership product (payment link) id."
          },
          "monthlyPaymentPeriod": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The billing period in months, or null (lifetime or unset)."
          },
          "status": {
            "type": "string",
            "description": "`active`, `inactive`, `stopped`, ..."
          },
          "nextPayment": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "The next billing date, or null."
          },
          "expiredAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the membership expires, or null."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the member was registered."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the member was last changed."
          }
        }
      },
      "MembershipCustomerWrapper": {
        "type": "object",
        "description": "The documented `data` of the member write endpoints.",
        "required": [
          "membershipCustomer"
        ],
        "properties": {
          "membershipCustomer": {
            "$ref": "#/components/schemas/MembershipCustomer"
          }
        }
      },
      "CreateMembershipMemberResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "message",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code; 201 when the member was registered."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key on membership writes)."
          },
          "data": {
            "description": "The new member: documented wrapped in `membershipCustomer`; a third-party live test saw it flat.\n",
            "anyOf": [
              {
                "$ref": "#/components/schemas/MembershipCustomerWrapper"
              },
              {
                "$ref": "#/components/schemas/MembershipCustomer"
              }
            ]
          }
        }
      },
      "MembershipCustomerWriteResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "message",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key on membership writes)."
          },
          "data": {
            "$ref": "#/components/schemas/MembershipCustomerWrapper"
          }
        }
      },
      "MembershipMemberRow": {
        "type": "object",
        "description": "A member as the list shows it. The tier and customer fields are flattened into literal dotted keys\n(`\"customer.email\"` is one key). Timestamps are ISO-8601 strings.\n",
        "required": [
          "id",
          "memberId",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The member record's id."
          },
          "memberId": {
            "type": "string",
            "description": "The public membership code."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the member was registered."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the member was last changed."
          },
          "customerId": {
            "type": "string",
            "description": "The customer's id."
          },
          "membershipTierId": {
            "type": "string",
            "description": "The tier's id."
          },
          "nextPayment": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "The next billing date, or null."
          },
          "status": {
            "type": "string",
            "description": "`active`, `inactive`, `stopped`, ..."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "membershipTier.name": {
            "type": "string",
            "description": "The tier's name (literal dotted key)."
          },
          "membershipTier.gracePeriodInDays": {
            "type": "string",
            "description": "The tier's grace period in days, as a string (e.g. `\"0\"`; literal dotted key)."
          },
          "customer.name": {
            "type": "string",
            "description": "The customer's name (literal dotted key)."
          },
          "customer.mobile": {
            "type": "string",
            "description": "The customer's mobile number (literal dotted key)."
          },
          "customer.email": {
            "type": "string",
            "description": "The customer's email (literal dotted key)."
          }
        }
      },
      "ListMembershipMembersResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "totalMember": {
            "type": "integer",
            "description": "How many members match, sent when `isChurnedMember` is given."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MembershipMemberRow"
            }
          }
        }
      },
      "MembershipMemberDetail": {
        "description": "A member with its payment link, customer and tier nested.",
        "allOf": [
          {
            "$ref": "#/components/schemas/MembershipCustomer"
          },
          {
            "type": "object",
            "properties": {
              "isAlreadyUsedTrial": {
                "type": [
                  "boolean",
                  "null"
                ],
                "description": "Whether the member has used the tier's trial."
              },
              "isInTrial": {
                "type": [
                  "boolean",
                  "null"
                ],
                "description": "Whether the member is in a trial now."
              },
              "isLifetimePeriod": {
                "type": [
                  "boolean",
                  "null"
                ],
                "description": "Whether the membership never expires, or null."
              },
              "isTodayReminderSent": {
                "type": [
                  "boolean",
                  "null"
                ],
                "description": "Whether today's payment reminder was sent."
              },
              "nextPaymentEmailSent": {
                "type": [
                  "boolean",
                  "null"
                ],
                "description": "Whether the next-payment email was sent."
              },
              "paymentLink": {
                "type": "object",
                "description": "The membership product.",
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "The product's id."
                  },
                  "name": {
                    "type": "string",
                    "description": "The product's name."
                  },
                  "status": {
                    "type": "string",
                    "description": "The product's status."
                  },
                  "membershipInfo": {
                    "type": "object",
                    "description": "The product's membership settings.",
                    "properties": {
                      "id": {
                        "type": "string",
                        "description": "The settings' id."
                      },
                      "type": {
                        "type": "string",
                        "description": "`MEMBERSHIP`, `SAAS` or `CREDIT`."
                      }
                    }
                  }
                }
              },
              "customer": {
                "type": "object",
                "description": "The customer.",
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "The customer's id."
                  },
                  "name": {
                    "type": "string",
                    "description": "The customer's name."
                  },
                  "email": {
                    "type": "string",
                    "description": "The customer's email."
                  },
                  "mobile": {
                    "type": "string",
                    "description": "The customer's mobile number."
                  }
                }
              },
              "membershipTier": {
                "type": "object",
                "description": "The tier.",
                "properties": {
                  "id": {
                    "type": "string",
                    "description": "The tier's id."
                  },
                  "name": {
                    "type": "string",
                    "description": "The tier's name."
                  },
                  "status": {
                    "type": "string",
                    "description": "The tier's status (`ACTIVE`, ...)."
                  }
                }
              }
            }
          }
        ]
      },
      "GetMembershipMemberResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/MembershipMemberDetail"
          }
        }
      },
      "MembershipInvoice": {
        "type": "object",
        "description": "A membership invoice for one billing term. Timestamps are ISO-8601 strings.",
        "required": [
          "id",
          "amount",
          "status",
          "membershipBillUrl"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The invoice's id."
          },
          "transactionId": {
            "type": "string",
            "description": "The transaction's id (documented; a live test did not see it)."
          },
          "customerId": {
            "type": "string",
            "description": "The customer's id."
          },
          "membershipTierId": {
            "type": "string",
            "description": "The tier's id."
          },
          "amount": {
            "type": "integer",
            "description": "Amount in rupiah."
          },
          "status": {
            "type": "string",
            "description": "`created` while unpaid, then `paid`, ..."
          },
          "expiredAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the invoice expires."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the invoice was created."
          },
          "membershipBillUrl": {
            "type": "string",
            "description": "The hosted page where the member pays."
          },
          "name": {
            "type": "string",
            "description": "The invoice's name (seen live by a third party, not documented)."
          },
          "term": {
            "type": "string",
            "description": "The billing term key, `membershipInvoice:<id>:<month>:<year>` (seen live by a third party)."
          }
        }
      },
      "CreateMembershipInvoiceResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "message",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key on membership writes)."
          },
          "data": {
            "$ref": "#/components/schemas/MembershipInvoice"
          }
        }
      },
      "MembershipTier": {
        "type": "object",
        "description": "A tier of a membership product. Timestamps are ISO-8601 strings.",
        "required": [
          "id",
          "name",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The tier's id."
          },
          "name": {
            "type": "string",
            "description": "The tier's name."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "The tier's description (HTML)."
          },
          "notes": {
            "type": [
              "string",
              "null"
            ],
            "description": "Notes shown with the tier."
          },
          "status": {
            "type": "string",
            "description": "`ACTIVE`, ..."
          },
          "paymentLinkId": {
            "type": "string",
            "description": "The membership product (payment link) id."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the tier was created."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the tier was last changed."
          },
          "finishMembershipAt": {
            "type": [
              "string",
              "null"
            ],
            "description": "When every membership of the tier ends, or null."
          },
          "gracePeriodInDays": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Days of access kept after a missed payment."
          },
          "isSoldOut": {
            "type": "boolean",
            "description": "Whether the tier's limit is reached."
          },
          "isTrialAvailable": {
            "type": "boolean",
            "description": "Whether the tier offers a trial."
          },
          "limit": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The maximum number of members, or null (unlimited)."
          },
          "paymentAtStart": {
            "type": "boolean",
            "description": "Whether the first payment is taken at registration."
          },
          "position": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Display order, or null."
          },
          "redirectUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where members go after paying (may be empty)."
          },
          "trialCredit": {
            "type": [
              "number",
              "null"
            ],
            "description": "Credit granted during the trial (credit products), or null."
          },
          "trialPeriodInDays": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The trial's length in days."
          },
          "upfrontFee": {
            "type": [
              "integer",
              "null"
            ],
            "description": "A one-off fee in rupiah charged at registration, or null."
          }
        }
      },
      "ListMembershipTiersResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/MembershipTier"
            }
          }
        }
      },
      "GetMembershipTierResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/MembershipTier"
          }
        }
      },
      "CreateMembershipTierBody": {
        "type": "object",
        "required": [
          "productId",
          "name",
          "description",
          "periods"
        ],
        "properties": {
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The membership product the tier belongs to."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The tier's name."
          },
          "description": {
            "type": "string",
            "minLength": 1,
            "description": "The tier's description."
          },
          "notes": {
            "type": "string",
            "description": "Notes shown with the tier."
          },
          "limit": {
            "type": "integer",
            "minimum": 1,
            "description": "The maximum number of members."
          },
          "upfrontFee": {
            "type": "integer",
            "minimum": 0,
            "description": "A one-off fee in rupiah charged at registration."
          },
          "finishMembershipAt": {
            "type": "string",
            "description": "When every membership of the tier ends."
          },
          "gracePeriodInDays": {
            "type": "integer",
            "minimum": 0,
            "description": "Days of access kept after a missed payment."
          },
          "trialPeriodInDays": {
            "type": "integer",
            "minimum": 0,
            "description": "The trial's length in days."
          },
          "trialCredit": {
            "type": "number",
            "minimum": 0,
            "description": "Credit granted during the trial (credit products)."
          },
          "isTrialAvailable": {
            "type": "boolean",
            "description": "Whether the tier offers a trial."
          },
          "redirectUrl": {
            "type": "string",
            "format": "uri",
            "description": "Where members go after paying."
          },
          "periods": {
            "type": "array",
            "description": "The billing options of the tier (monthly, yearly, lifetime, ...).",
            "items": {
              "$ref": "#/components/schemas/MembershipTierPeriod"
            }
          }
        }
      },
      "MembershipTierPeriod": {
        "type": "object",
        "description": "One billing option of a tier.",
        "properties": {
          "monthPeriod": {
            "type": "integer",
            "minimum": 1,
            "description": "The billing period in months."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "The price of the period in rupiah."
          },
          "credit": {
            "type": "number",
            "minimum": 0,
            "description": "Credit granted per period (credit products)."
          },
          "isLifetime": {
            "type": "boolean",
            "description": "Whether this option never expires."
          },
          "status": {
            "type": "string",
            "description": "The option's status (e.g. `ACTIVE`)."
          }
        }
      },
      "CreateMembershipTierResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "message",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key on membership writes)."
          },
          "data": {
            "$ref": "#/components/schemas/MembershipTier"
          }
        }
      },
      "CreateMembershipProductBody": {
        "type": "object",
        "description": "Mayar requires only `name` and `membershipInfo.type`.",
        "required": [
          "name",
          "membershipInfo"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The product's name."
          },
          "description": {
            "type": "string",
            "minLength": 1,
            "description": "The product's description."
          },
          "redirectUrl": {
            "type": "string",
            "format": "uri",
            "description": "Where members go after paying."
          },
          "coverImage": {
            "type": "string",
            "description": "The cover image."
          },
          "hidePortalAccessInEmails": {
            "type": "boolean",
            "description": "Leave the customer-portal link out of Mayar's emails."
          },
          "membershipInfo": {
            "type": "object",
            "description": "The membership settings.",
            "required": [
              "type"
            ],
            "properties": {
              "showMembers": {
                "type": "boolean",
                "description": "Whether the product page shows its members."
              },
              "type": {
                "type": "string",
                "enum": [
                  "MEMBERSHIP",
                  "SAAS",
                  "CREDIT"
                ],
                "description": "The kind of membership."
              },
              "creditValue": {
                "type": "number",
                "minimum": 0,
                "description": "Credit granted (credit products)."
              },
              "enableCreditTopup": {
                "type": "boolean",
                "description": "Whether members can buy more credit."
              },
              "isAccumulateCredit": {
                "type": "boolean",
                "description": "Whether unused credit carries over."
              },
              "isAccumulateTopupCredit": {
                "type": "boolean",
                "description": "Whether unused top-up credit carries over."
              },
              "minCreditTopup": {
                "type": "number",
                "minimum": 0,
                "description": "The smallest top-up."
              },
              "maxCreditTopup": {
                "type": "number",
                "minimum": 0,
                "description": "The largest top-up."
              }
            }
          }
        }
      },
      "MembershipProduct": {
        "type": "object",
        "description": "A membership product. Only its `id` is specified (CLI contract); the other fields are what Mayar's\nproduct details usually carry.\n",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The product's id (use it as `productId` for tiers and members)."
          },
          "name": {
            "type": "string",
            "description": "The product's name."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "The product's description."
          },
          "link": {
            "type": "string",
            "description": "The hosted page's slug."
          },
          "type": {
            "type": "string",
            "description": "The product type (`membership`)."
          },
          "status": {
            "type": "string",
            "description": "The product's status."
          },
          "membershipInfo": {
            "type": "object",
            "additionalProperties": true,
            "description": "The membership settings, as sent on create."
          }
        }
      },
      "CreateMembershipProductResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "message",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "Status message (singular key on membership writes)."
          },
          "data": {
            "$ref": "#/components/schemas/MembershipProduct"
          }
        }
      },
      "GetMembershipProductResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/MembershipProduct"
          }
        }
      },
      "NameServiceCreateBody": {
        "type": "object",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The service's name; Mayar derives the slug from it."
          },
          "description": {
            "type": "string",
            "description": "What the service offers."
          },
          "website": {
            "type": "string",
            "format": "uri",
            "description": "The service's website."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "The price in rupiah."
          },
          "urlHook": {
            "type": "string",
            "format": "uri",
            "description": "Webhook URL notified of events related to this service."
          },
          "image": {
            "type": "string",
            "format": "uri",
            "description": "The service's image URL."
          },
          "payload": {
            "type": "object",
            "additionalProperties": true,
            "description": "Free-form data, stored serialised (it comes back as a JSON string)."
          }
        }
      },
      "NameServiceUpdateBody": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "The name service to update (selects the record; there is no id in the path)."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The service's name."
          },
          "description": {
            "type": "string",
            "description": "What the service offers."
          },
          "website": {
            "type": "string",
            "format": "uri",
            "description": "The service's website."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "The price in rupiah."
          },
          "urlHook": {
            "type": "string",
            "format": "uri",
            "description": "Webhook URL notified of events related to this service."
          },
          "image": {
            "type": "string",
            "format": "uri",
            "description": "The service's image URL."
          },
          "payload": {
            "type": "object",
            "additionalProperties": true,
            "description": "Free-form data, stored serialised (it comes back as a JSON string)."
          },
          "credential": {
            "type": "object",
            "additionalProperties": true,
            "description": "Credentials for the service, stored serialised (it comes back as a JSON string)."
          },
          "event": {
            "type": "object",
            "additionalProperties": true,
            "description": "Event settings, stored serialised (it comes back as a JSON string)."
          }
        }
      },
      "NameService": {
        "type": "object",
        "description": "A name service. `payload`, `credential` and `event` are serialised JSON strings.",
        "required": [
          "id",
          "name",
          "slug"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The name service's id."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "name": {
            "type": "string",
            "description": "The service's name."
          },
          "slug": {
            "type": "string",
            "description": "The slug Mayar derived from the name."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "What the service offers."
          },
          "website": {
            "type": [
              "string",
              "null"
            ],
            "description": "The service's website."
          },
          "amount": {
            "type": [
              "integer",
              "null"
            ],
            "description": "The price in rupiah."
          },
          "urlHook": {
            "type": [
              "string",
              "null"
            ],
            "description": "Webhook URL notified of events related to this service."
          },
          "image": {
            "type": [
              "string",
              "null"
            ],
            "description": "The service's image URL."
          },
          "payload": {
            "type": [
              "string",
              "null"
            ],
            "contentMediaType": "application/json",
            "description": "The free-form data, serialised JSON (parse it yourself), or null."
          },
          "credential": {
            "type": [
              "string",
              "null"
            ],
            "contentMediaType": "application/json",
            "description": "The credentials, serialised JSON (parse it yourself), or null."
          },
          "event": {
            "type": [
              "string",
              "null"
            ],
            "contentMediaType": "application/json",
            "description": "The event settings, serialised JSON (parse it yourself), or null."
          }
        }
      },
      "NameServiceSuccessResponse": {
        "type": "object",
        "description": "An answer that only says the call succeeded (no `data`).",
        "required": [
          "statusCode",
          "messages"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          }
        }
      },
      "NameServiceUpdateResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/NameService"
          }
        }
      },
      "PaymentChannelSettings": {
        "type": "object",
        "description": "The merchant's payment settings and channels.",
        "required": [
          "config"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The settings record's id."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "isAkulakuApproved": {
            "type": "boolean",
            "description": "Whether Akulaku pay-later is approved for the merchant."
          },
          "isCreditCardApproved": {
            "type": "boolean",
            "description": "Whether card payments are approved for the merchant."
          },
          "isQRISStaticApproved": {
            "type": "boolean",
            "description": "Whether the static QRIS code is approved for the merchant."
          },
          "isAdminFeeBorneByCustomer": {
            "type": "boolean",
            "description": "Whether customers pay the admin fee."
          },
          "isChannelFeeBorneByCustomer": {
            "type": "boolean",
            "description": "Whether customers pay the payment-channel fee."
          },
          "isRateLimitActive": {
            "type": "boolean",
            "description": "Whether API rate limiting is active for the merchant."
          },
          "config": {
            "type": "array",
            "description": "One entry per payment channel.",
            "items": {
              "$ref": "#/components/schemas/PaymentChannel"
            }
          }
        }
      },
      "PaymentChannel": {
        "type": "object",
        "description": "One payment channel and whether it is enabled.",
        "required": [
          "name",
          "status",
          "type"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "The channel's display name (`QRIS`, `Bank Transfer Mandiri`, ...)."
          },
          "status": {
            "type": "boolean",
            "description": "Whether the channel is enabled."
          },
          "img": {
            "type": [
              "string",
              "null"
            ],
            "description": "The URL of the channel's logo."
          },
          "type": {
            "type": "string",
            "description": "The channel family (`qris`, `qris_static`, `va`, `ewallet`, `card`, `retail`, `paylater`)."
          },
          "code": {
            "type": [
              "string",
              "null"
            ],
            "description": "The channel's code (`QRIS`, `MANDIRI`, `OVO`, `ALFAMART`, `AKULAKU`, ...); null for cards."
          }
        }
      },
      "GetPaymentChannelsResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/PaymentChannelSettings"
          }
        }
      },
      "CreatePaymentRequestBody": {
        "type": "object",
        "required": [
          "name",
          "amount"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "Name/title of the payment request."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Nominal amount of payment, in rupiah."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "Customer email used to send proof of payment or payment reminders."
          },
          "mobile": {
            "type": "string",
            "description": "Customer telephone number."
          },
          "description": {
            "type": "string",
            "description": "General description of the transaction or order."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes for the payment request."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "The transaction expiration date and time (ISO-8601). After this time, the payment link is no longer valid."
          },
          "paymentMethod": {
            "type": "string",
            "description": "Restrict the payment request to a specific payment method (e.g. `qris`, `va/bni`, `ewallet/gopay`)."
          },
          "cashtag": {
            "type": "string",
            "description": "Cashtag associated with the payment request."
          },
          "extraData": {
            "type": "object",
            "additionalProperties": true,
            "description": "Additional custom data attached to the payment request."
          }
        }
      },
      "CreatePaymentRequestResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code form API."
          },
          "messages": {
            "type": "string",
            "description": "Status message that describes the status code."
          },
          "data": {
            "$ref": "#/components/schemas/CreatedPaymentRequest"
          }
        }
      },
      "CreatedPaymentRequest": {
        "type": "object",
        "description": "The created payment request data.",
        "required": [
          "id",
          "transactionId",
          "link"
        ],
        "properties": {
          "id": {
            "type": "string",
            "format": "uuid",
            "description": "Unique request payment ID."
          },
          "transactionId": {
            "type": "string",
            "format": "uuid",
            "description": "Unique transaction ID associated with this payment request."
          },
          "link": {
            "type": "string",
            "description": "The URL that customers can access to open the payment request."
          }
        }
      },
      "UpdatePaymentRequestBody": {
        "type": "object",
        "required": [
          "id",
          "amount"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "The payment request to update (this selects the record, not the path)."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Nominal amount of payment, in rupiah."
          },
          "email": {
            "type": "string",
            "format": "email",
            "description": "Customer email."
          },
          "mobile": {
            "type": "string",
            "description": "Customer telephone number."
          },
          "description": {
            "type": "string",
            "description": "General description."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "Expiry date and time (ISO-8601)."
          },
          "paymentMethod": {
            "type": "string",
            "description": "Restrict the payment request to a specific payment method."
          },
          "cashtag": {
            "type": "string",
            "description": "Cashtag."
          },
          "extraData": {
            "type": "object",
            "additionalProperties": true,
            "description": "Additional custom data."
          }
        }
      },
      "UpdatePaymentRequestResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/UpdatedLink"
          }
        }
      },
      "UpdatedLink": {
        "type": "object",
        "description": "What an update returns, the record's id and its hosted link.",
        "required": [
          "id",
          "link"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The record's id."
          },
          "link": {
            "type": "string",
            "description": "The hosted page's URL."
          }
        }
      },
      "TransactionRef": {
        "type": "object",
        "description": "A transaction attached to a payment link.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The transaction id."
          },
          "status": {
            "type": "string",
            "description": "The transaction's status (`created`, `paid`, ...), on invoices."
          },
          "extraData": {
            "description": "The `extraData` sent when the payment link was created, or null.",
            "oneOf": [
              {
                "type": "object",
                "additionalProperties": true
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "PaymentRequest": {
        "type": "object",
        "description": "A payment request as lists and details show it.",
        "required": [
          "id",
          "amount",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The payment request's id."
          },
          "amount": {
            "type": "integer",
            "description": "Amount in rupiah."
          },
          "status": {
            "type": "string",
            "description": "`unpaid`, `paid`, `closed`, ..."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "Name/title."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description."
          },
          "type": {
            "type": "string",
            "description": "Always `payment_request`."
          },
          "subType": {
            "type": [
              "string",
              "null"
            ],
            "description": "Sub-type, when any."
          },
          "category": {
            "type": [
              "string",
              "null"
            ],
            "description": "Category, when any."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "link": {
            "type": "string",
            "description": "The hosted page's slug (not a URL; see `linkUrl` on the detail)."
          },
          "limit": {
            "type": [
              "integer",
              "null"
            ],
            "description": "How many times it can be paid, when limited."
          },
          "redirectUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where the customer goes after paying, when set."
          },
          "installmentId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The installment it belongs to, when any."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "event": {
            "description": "Event details (null for payment requests)."
          },
          "order": {
            "description": "Display order (null when unset)."
          },
          "qty": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Quantity, when any."
          },
          "coverImageId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cover image id."
          },
          "multipleImageId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Gallery id."
          },
          "coverImage": {
            "description": "Cover image `{ id, fileType, url }` or null."
          },
          "multipleImage": {
            "description": "Gallery images or null."
          },
          "variant": {
            "type": [
              "string",
              "null"
            ],
            "description": "Variants as a JSON string (Mayar sends it serialised), or null.",
            "contentMediaType": "application/json"
          },
          "membershipTier": {
            "type": "array",
            "description": "Membership tiers (empty for payment requests).",
            "items": {}
          },
          "transactions": {
            "type": "array",
            "description": "Transactions made on it.",
            "items": {
              "$ref": "#/components/schemas/TransactionRef"
            }
          },
          "linkUrl": {
            "type": "string",
            "description": "The hosted page's URL."
          },
          "linkPayment": {
            "type": "string",
            "description": "The payment URL."
          }
        }
      },
      "ListPaymentRequestsResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/PaymentRequest"
            }
          }
        }
      },
      "GetPaymentRequestResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/PaymentRequest"
          }
        }
      },
      "ProductImage": {
        "type": "object",
        "description": "An uploaded image (cover or gallery).",
        "required": [
          "id",
          "url"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The image's id."
          },
          "fileType": {
            "type": "string",
            "description": "The file type, e.g. `jpeg`."
          },
          "url": {
            "type": "string",
            "description": "The image's URL."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was uploaded (epoch milliseconds; some gallery images only)."
          },
          "updatedAt": {
            "type": "integer",
            "description": "When it last changed (epoch milliseconds; some gallery images only)."
          }
        }
      },
      "ProductVariant": {
        "type": "object",
        "description": "One variant of a product (an element of `variants`, or of the parsed `variant` string).",
        "required": [
          "id",
          "name",
          "amount"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The variant's id."
          },
          "name": {
            "type": "string",
            "description": "The variant's name."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description (HTML)."
          },
          "amount": {
            "type": "integer",
            "description": "Price in rupiah."
          },
          "limit": {
            "type": [
              "integer",
              "null"
            ],
            "description": "How many can be sold, when limited."
          },
          "notes": {
            "type": [
              "string",
              "null"
            ],
            "description": "Notes."
          },
          "redirectUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where the customer goes after paying, possibly empty."
          },
          "status": {
            "type": "string",
            "description": "`ACTIVE`, ..."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          }
        }
      },
      "Product": {
        "type": "object",
        "description": "A product as lists and details show it. Fields a list leaves out are absent, not null.",
        "required": [
          "id",
          "name",
          "type",
          "amount",
          "status",
          "link"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The product's id."
          },
          "name": {
            "type": "string",
            "description": "The product's name."
          },
          "type": {
            "type": "string",
            "description": "The product type (`generic_link`, `event`, `webinar`, `digital_product`, ...)."
          },
          "subType": {
            "type": [
              "string",
              "null"
            ],
            "description": "Sub-type, when any."
          },
          "amount": {
            "type": "integer",
            "description": "Price in rupiah (0 for free products)."
          },
          "status": {
            "type": "string",
            "description": "`active`, `closed`, `unlisted`, `deleted`, ..."
          },
          "link": {
            "type": "string",
            "description": "The product page's slug (not a URL; see `linkUrl` and `linkPayment`)."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description (HTML)."
          },
          "category": {
            "type": [
              "string",
              "null"
            ],
            "description": "Category, when any."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "limit": {
            "type": [
              "integer",
              "null"
            ],
            "description": "How many can be sold, when limited."
          },
          "redirectUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where the customer goes after paying, when set."
          },
          "installmentId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The installment it belongs to, when any."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "qty": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Stock quantity, when tracked."
          },
          "variant": {
            "type": [
              "string",
              "null"
            ],
            "contentMediaType": "application/json",
            "description": "The variants as serialised JSON (a string Mayar sends as is), or null. `variants` is the parsed list."
          },
          "variants": {
            "type": [
              "array",
              "null"
            ],
            "description": "The variants, parsed (null when the product has none).",
            "items": {
              "$ref": "#/components/schemas/ProductVariant"
            }
          },
          "membershipTier": {
            "type": "array",
            "description": "Membership tiers (membership products; empty otherwise).",
            "items": {}
          },
          "event": {
            "description": "Event details (events and webinars), or null."
          },
          "order": {
            "description": "Display order, or null when unset."
          },
          "coverImageId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Cover image id."
          },
          "coverImage": {
            "description": "The cover image, or null.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/ProductImage"
              },
              {
                "type": "null"
              }
            ]
          },
          "multipleImageId": {
            "type": [
              "string",
              "null"
            ],
            "description": "Gallery id."
          },
          "multipleImage": {
            "type": [
              "array",
              "null"
            ],
            "description": "The gallery images, or null.",
            "items": {
              "$ref": "#/components/schemas/ProductImage"
            }
          },
          "transactions": {
            "type": "array",
            "description": "Transactions made on it.",
            "items": {
              "$ref": "#/components/schemas/TransactionRef"
            }
          },
          "linkUrl": {
            "type": "string",
            "description": "The product page's URL."
          },
          "linkPayment": {
            "type": "string",
            "description": "The checkout URL."
          }
        }
      },
      "ProductListResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as the cursor for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Product"
            }
          }
        }
      },
      "ProductGetResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/Product"
          }
        }
      },
      "ProductTransaction": {
        "type": "object",
        "description": "A transaction made on a product.",
        "required": [
          "id",
          "amount",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The transaction's id."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "type": {
            "type": "string",
            "description": "The transaction kind (`CHILD` in the documented example)."
          },
          "amount": {
            "type": "integer",
            "description": "Amount in rupiah."
          },
          "status": {
            "type": "string",
            "description": "`created`, `paid`, ..."
          },
          "urlParamTrackingData": {
            "description": "Tracking parameters from the checkout URL, or null."
          },
          "paymentLinkId": {
            "type": "string",
            "description": "The product's id."
          },
          "customerId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's id."
          },
          "customeField": {
            "description": "Custom form fields the customer filled in, or null. The spelling is Mayar's (sic), kept as sent."
          },
          "customer": {
            "$ref": "#/components/schemas/InvoiceCustomer"
          },
          "paymentLink": {
            "type": "object",
            "description": "The product, as the transaction row embeds it.",
            "properties": {
              "id": {
                "type": "string",
                "description": "The product's id."
              },
              "type": {
                "type": "string",
                "description": "The product type."
              },
              "category": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Category, when any."
              },
              "createdAt": {
                "type": "integer",
                "description": "When the product was created (epoch milliseconds)."
              },
              "description": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Description (HTML)."
              },
              "link": {
                "type": "string",
                "description": "The product page's slug."
              },
              "name": {
                "type": "string",
                "description": "The product's name."
              },
              "redirectUrl": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Where the customer goes after paying, when set."
              },
              "userId": {
                "type": "string",
                "description": "The merchant's user id."
              },
              "coverImageId": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Cover image id."
              },
              "multipleImageId": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Gallery id."
              },
              "coverImage": {
                "description": "The cover image, or null."
              },
              "multipleImage": {
                "description": "The gallery images, or null."
              }
            }
          },
          "productName": {
            "type": "string",
            "description": "The product's name."
          },
          "productType": {
            "type": "string",
            "description": "The product's type."
          },
          "productLink": {
            "type": "string",
            "description": "The product page's slug."
          }
        }
      },
      "ProductTransactionListResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/ProductTransaction"
            }
          }
        }
      },
      "ProductCreateBody": {
        "type": "object",
        "description": "A generic payment link (`generic_link` product) to create.",
        "required": [
          "name"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The product's name."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Price in rupiah."
          },
          "description": {
            "type": "string",
            "description": "Description."
          },
          "redirectUrl": {
            "type": "string",
            "description": "Where the customer goes after paying."
          },
          "coverImage": {
            "type": "string",
            "description": "Cover image for the product."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the payment link expires (ISO-8601)."
          },
          "limit": {
            "type": "integer",
            "description": "Maximum number of purchases."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes."
          },
          "tax": {
            "type": "integer",
            "description": "Tax amount applied to the product."
          }
        }
      },
      "ProductCreated": {
        "type": "object",
        "description": "The created product: its id and hosted link (what the documentation shows). The live generic-link\nanswer also carries the product's fields (`name`, `amount`, `type`, `status`, ...; third-party report).\n",
        "required": [
          "id",
          "link"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The product's id."
          },
          "link": {
            "type": "string",
            "description": "The product's public URL."
          },
          "name": {
            "type": "string",
            "description": "The product's name (live answers only)."
          },
          "amount": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Price in rupiah (live answers only)."
          },
          "description": {
            "type": [
              "string",
              "null"
            ],
            "description": "Description (live answers only)."
          },
          "type": {
            "type": "string",
            "description": "The product type (live answers only)."
          },
          "status": {
            "type": "string",
            "description": "The product status (live answers only)."
          },
          "redirectUrl": {
            "type": [
              "string",
              "null"
            ],
            "description": "Where the customer goes after paying (live answers only)."
          },
          "coverImage": {
            "description": "Cover image (live answers only; shape not documented)."
          },
          "expiredAt": {
            "description": "Expiry (live answers only; format not documented)."
          },
          "limit": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Maximum number of purchases (live answers only)."
          },
          "notes": {
            "type": [
              "string",
              "null"
            ],
            "description": "Notes (live answers only)."
          },
          "tax": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Tax amount (live answers only)."
          },
          "createdAt": {
            "description": "When it was created (live answers only; format not documented)."
          }
        }
      },
      "ProductCreateResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/ProductCreated"
          }
        }
      },
      "ProductUpdateBody": {
        "type": "object",
        "description": "Changes to a generic payment link.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "The product to update (this selects the record, not the path)."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The product's name (documented optional; required in practice per live reports)."
          },
          "description": {
            "type": "string",
            "description": "Description."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Price in rupiah."
          },
          "redirectUrl": {
            "type": "string",
            "description": "Where the customer goes after paying."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the payment link expires (ISO-8601)."
          }
        }
      },
      "ProductUpdateResponse": {
        "type": "object",
        "description": "What a product update answers (payment links, digital products, webinars, events). A validation\nfailure inside HTTP 200 is the `2XX` response (FailedInside200).\n",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message (`success`)."
          },
          "data": {
            "$ref": "#/components/schemas/UpdatedLink"
          }
        }
      },
      "CreateQrCodeBody": {
        "type": "object",
        "required": [
          "amount"
        ],
        "properties": {
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "The amount to pay, in rupiah."
          }
        }
      },
      "QrCodeImage": {
        "type": "object",
        "description": "A QRIS code, as the URL of its image.",
        "required": [
          "url"
        ],
        "properties": {
          "url": {
            "type": "string",
            "format": "uri",
            "description": "The URL of the QR code's PNG image."
          },
          "amount": {
            "type": "integer",
            "description": "The amount the code charges, in rupiah (dynamic codes only)."
          }
        }
      },
      "CreateQrCodeResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/QrCodeImage"
          }
        }
      },
      "GetStaticQrCodeResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/QrCodeImage"
          }
        }
      },
      "Review": {
        "type": "object",
        "description": "A customer's review of a product.",
        "required": [
          "id",
          "rating"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The review's id."
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "The rating, 1 to 5."
          },
          "message": {
            "type": [
              "string",
              "null"
            ],
            "description": "The written review, when any."
          },
          "status": {
            "type": "string",
            "description": "`ACTIVE` (shown), `ARCHIVED` or `INACTIVE`."
          },
          "paymentLinkId": {
            "type": "string",
            "description": "The product reviewed."
          },
          "customerId": {
            "type": "string",
            "description": "The reviewing customer."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was written (epoch milliseconds)."
          },
          "updatedAt": {
            "type": "integer",
            "description": "When it was last changed (epoch milliseconds)."
          },
          "multipleImage": {
            "type": "array",
            "description": "Attached images (older lists); item shape not documented.",
            "items": {}
          },
          "content": {
            "type": "array",
            "description": "Attached images and videos.",
            "items": {
              "$ref": "#/components/schemas/ReviewContent"
            }
          },
          "customer": {
            "type": "object",
            "description": "The reviewing customer.",
            "properties": {
              "id": {
                "type": "string",
                "description": "The customer's id."
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "The customer's name."
              }
            }
          },
          "paymentLink": {
            "type": "object",
            "description": "The product reviewed.",
            "properties": {
              "id": {
                "type": "string",
                "description": "The product's id."
              },
              "name": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Its name."
              },
              "type": {
                "type": "string",
                "description": "Its product type."
              },
              "link": {
                "type": "string",
                "description": "Its hosted page's slug (not a URL)."
              },
              "subType": {
                "type": [
                  "string",
                  "null"
                ],
                "description": "Its sub-type, when any."
              }
            }
          }
        }
      },
      "ReviewContent": {
        "type": "object",
        "description": "An image or video attached to a review.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The attachment's id."
          },
          "value": {
            "type": [
              "string",
              "null"
            ],
            "description": "The attachment's kind or value, as Mayar stores it."
          },
          "file": {
            "type": "object",
            "description": "The uploaded file.",
            "properties": {
              "id": {
                "type": "string",
                "description": "The file's id."
              },
              "filename": {
                "type": "string",
                "description": "Its file name."
              },
              "mimetype": {
                "type": "string",
                "description": "Its media type."
              },
              "size": {
                "type": "integer",
                "description": "Its size in bytes."
              }
            }
          }
        }
      },
      "ReviewContentInput": {
        "type": "object",
        "description": "An image or video to attach, by the id of an uploaded file.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The attachment's id."
          },
          "type": {
            "type": "string",
            "enum": [
              "image",
              "video"
            ],
            "description": "`image` or `video`."
          },
          "multipleFileId": {
            "type": "string",
            "description": "The uploaded file's id."
          }
        }
      },
      "CreateReviewBody": {
        "type": "object",
        "required": [
          "paymentLinkId",
          "customerEmail",
          "rating"
        ],
        "properties": {
          "paymentLinkId": {
            "type": "string",
            "minLength": 3,
            "maxLength": 100,
            "description": "The product reviewed."
          },
          "customerEmail": {
            "type": "string",
            "format": "email",
            "minLength": 5,
            "maxLength": 100,
            "description": "The email of a customer who paid for the product."
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "The rating, 1 to 5."
          },
          "message": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "The written review."
          },
          "contentReview": {
            "type": "array",
            "maxItems": 10,
            "description": "Images or videos to attach (at most 10).",
            "items": {
              "$ref": "#/components/schemas/ReviewContentInput"
            }
          }
        }
      },
      "CreateReviewResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/Review"
          }
        }
      },
      "UpdateReviewBody": {
        "type": "object",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "The review to update (this selects the record, not the path)."
          },
          "paymentLinkId": {
            "type": "string",
            "minLength": 3,
            "maxLength": 100,
            "description": "The product reviewed."
          },
          "customerEmail": {
            "type": "string",
            "format": "email",
            "description": "The reviewing customer's email."
          },
          "customerId": {
            "type": "string",
            "description": "The reviewing customer's id."
          },
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "The rating, 1 to 5."
          },
          "message": {
            "type": "string",
            "minLength": 1,
            "maxLength": 2000,
            "description": "The written review."
          },
          "contentReview": {
            "type": "array",
            "maxItems": 10,
            "description": "Images or videos to add.",
            "items": {
              "$ref": "#/components/schemas/ReviewContentInput"
            }
          },
          "deleteContentReview": {
            "type": "array",
            "description": "Attached images or videos to remove (item shape not documented; the attachments' ids).",
            "items": {}
          }
        }
      },
      "UpdateReviewResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message (`success`). A failure inside HTTP 200 is the `2XX` response."
          },
          "data": {
            "$ref": "#/components/schemas/Review"
          }
        }
      },
      "UpdateReviewStatusesBody": {
        "type": "object",
        "required": [
          "input"
        ],
        "properties": {
          "input": {
            "type": "array",
            "minItems": 1,
            "maxItems": 50,
            "description": "The reviews to change (1 to 50).",
            "items": {
              "type": "object",
              "required": [
                "id",
                "status"
              ],
              "properties": {
                "id": {
                  "type": "string",
                  "minLength": 1,
                  "description": "The review's id."
                },
                "status": {
                  "type": "string",
                  "enum": [
                    "ACTIVE",
                    "ARCHIVED",
                    "INACTIVE"
                  ],
                  "description": "The new status."
                },
                "paymentLinkId": {
                  "type": "string",
                  "description": "The product reviewed."
                }
              }
            }
          }
        }
      },
      "ReviewListResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/Review"
            }
          }
        }
      },
      "GetCustomerProductReviewResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "description": "The customer's review of the product, or null when there is none.",
            "oneOf": [
              {
                "$ref": "#/components/schemas/Review"
              },
              {
                "type": "null"
              }
            ]
          }
        }
      },
      "ReviewStats": {
        "type": "object",
        "description": "A rating summary over active reviews. Every member is absent (`{}`) when there are no reviews.\n",
        "properties": {
          "total": {
            "type": "integer",
            "description": "How many active reviews there are."
          },
          "average": {
            "type": "number",
            "description": "The average rating, rounded to one decimal."
          },
          "stats": {
            "type": "array",
            "description": "One entry per rating, from 5 down to 1.",
            "items": {
              "$ref": "#/components/schemas/ReviewRatingCount"
            }
          }
        }
      },
      "ReviewRatingCount": {
        "type": "object",
        "description": "How many reviews gave one rating.",
        "properties": {
          "rating": {
            "type": "integer",
            "minimum": 1,
            "maximum": 5,
            "description": "The rating."
          },
          "percentage": {
            "type": "number",
            "description": "The share of reviews with this rating, in percent."
          },
          "totalRating": {
            "type": "integer",
            "description": "How many reviews gave this rating."
          }
        }
      },
      "ReviewStatsResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/ReviewStats"
          }
        }
      },
      "SaasLicenseBody": {
        "type": "object",
        "required": [
          "licenseCode",
          "productId"
        ],
        "properties": {
          "licenseCode": {
            "type": "string",
            "minLength": 1,
            "description": "The licence code the customer received."
          },
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The SaaS membership product (payment link) the licence belongs to."
          }
        }
      },
      "SaasLicenseCode": {
        "type": "object",
        "description": "A licence code and its holder. Timestamps are ISO-8601 strings.",
        "required": [
          "licenseCode",
          "status"
        ],
        "properties": {
          "licenseCode": {
            "type": "string",
            "description": "The licence code."
          },
          "status": {
            "type": "string",
            "description": "`ACTIVE` or `INACTIVE`."
          },
          "expiredAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the licence expires, or null."
          },
          "transactionId": {
            "type": "string",
            "description": "The transaction that bought the licence."
          },
          "productId": {
            "type": "string",
            "description": "The product."
          },
          "customerId": {
            "type": "string",
            "description": "The customer holding the licence."
          },
          "customerName": {
            "type": "string",
            "description": "The customer's name."
          },
          "customerEmail": {
            "type": "string",
            "description": "The customer's email."
          },
          "activationLimit": {
            "type": [
              "integer",
              "string"
            ],
            "description": "How many activations are allowed, or the string \"Tidak terbatas\" (\"unlimited\")."
          },
          "useCount": {
            "type": "integer",
            "description": "How many times the licence was activated."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the licence was issued."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the licence last changed."
          },
          "membershipTierId": {
            "type": "string",
            "description": "The membership tier the licence belongs to."
          },
          "membershipTierName": {
            "type": "string",
            "description": "The tier's name."
          },
          "memberPaymentLink": {
            "type": "string",
            "description": "The member's payment page (v2 only, per a stored copy of the v2 page)."
          }
        }
      },
      "SaasLicenseVerifyResponse": {
        "type": "object",
        "description": "The licence check's answer. It has no `messages`/`message` key.",
        "required": [
          "statusCode",
          "isLicenseActive",
          "licenseCode"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "isLicenseActive": {
            "type": "boolean",
            "description": "Whether the licence is active now."
          },
          "memberStatus": {
            "type": "string",
            "description": "The membership's status (v2 only, per a stored copy of the v2 page)."
          },
          "licenseCode": {
            "$ref": "#/components/schemas/SaasLicenseCode"
          }
        }
      },
      "SaasLicenseStatusResponse": {
        "type": "object",
        "description": "The answer to activate/deactivate (singular `message`).",
        "required": [
          "statusCode",
          "message"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "message": {
            "type": "string",
            "description": "What changed, e.g. \"Success updating license code status to ACTIVE.\""
          }
        }
      },
      "SaasLicenseAuthFailure": {
        "type": "object",
        "description": "The 401 body reported on `/saas/v2` (no `statusCode`).",
        "required": [
          "messages"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code, when sent."
          },
          "messages": {
            "type": "string",
            "description": "What went wrong."
          }
        }
      },
      "SoftwareLicenseBody": {
        "type": "object",
        "required": [
          "licenseCode",
          "productId"
        ],
        "properties": {
          "licenseCode": {
            "type": "string",
            "minLength": 1,
            "description": "The licence code the customer received."
          },
          "productId": {
            "type": "string",
            "minLength": 1,
            "description": "The software product (payment link) the licence belongs to."
          }
        }
      },
      "SoftwareLicenseCode": {
        "type": "object",
        "description": "A licence code and its holder. Timestamps are ISO-8601 strings.",
        "required": [
          "licenseCode",
          "status"
        ],
        "properties": {
          "licenseCode": {
            "type": "string",
            "description": "The licence code."
          },
          "status": {
            "type": "string",
            "description": "`ACTIVE` or `INACTIVE`."
          },
          "expiredAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the licence expires, or null."
          },
          "transactionId": {
            "type": "string",
            "description": "The transaction that bought the licence."
          },
          "productId": {
            "type": "string",
            "description": "The product."
          },
          "customerId": {
            "type": "string",
            "description": "The customer holding the licence."
          },
          "customerName": {
            "type": "string",
            "description": "The customer's name."
          },
          "customerEmail": {
            "type": "string",
            "description": "The customer's email."
          },
          "activationLimit": {
            "type": [
              "integer",
              "string"
            ],
            "description": "How many activations are allowed, or the string \"Tidak terbatas\" (\"unlimited\")."
          },
          "useCount": {
            "type": "integer",
            "description": "How many times the licence was activated."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the licence was issued."
          },
          "updatedAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the licence last changed."
          }
        }
      },
      "SoftwareLicenseVerifyResponse": {
        "type": "object",
        "description": "The licence check's answer. It has no `messages`/`message` key.",
        "required": [
          "statusCode",
          "isLicenseActive",
          "licenseCode"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "isLicenseActive": {
            "type": "boolean",
            "description": "Whether the licence is active now."
          },
          "licenseCode": {
            "$ref": "#/components/schemas/SoftwareLicenseCode"
          }
        }
      },
      "TransactionCustomer": {
        "type": "object",
        "description": "The paying customer, as transaction rows embed it.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The customer's id."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's name."
          },
          "email": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's email address."
          },
          "mobile": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's mobile phone number."
          }
        }
      },
      "TransactionPaymentLink": {
        "type": "object",
        "description": "The payment link (product) paid, as transaction rows embed it.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The payment link's id."
          },
          "name": {
            "type": [
              "string",
              "null"
            ],
            "description": "Its name."
          },
          "type": {
            "type": "string",
            "description": "Its product type (`digital_product`, `payment_request`, `invoice`, ...)."
          },
          "link": {
            "type": "string",
            "description": "The hosted page's slug (not a URL)."
          },
          "amount": {
            "type": [
              "integer",
              "null"
            ],
            "description": "Its price in rupiah."
          }
        }
      },
      "TransactionBalanceRow": {
        "type": "object",
        "description": "One row of the paid-transactions list: a **balance-history** entry. `id` is the row's id, not the\ntransaction id (use `paymentLinkTransactionId`); the amount is `credit`.\n",
        "required": [
          "id",
          "credit",
          "status",
          "paymentLinkTransactionId"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The balance-history row's id. **Not the transaction id**; see `paymentLinkTransactionId`."
          },
          "credit": {
            "type": "integer",
            "description": "The amount credited to the balance, in rupiah (the row's amount)."
          },
          "status": {
            "type": "string",
            "description": "The row's status (`paid`, `settled`)."
          },
          "balanceHistoryType": {
            "type": "string",
            "description": "The product type that caused the credit (`digital_product`, `payment_request`, ...)."
          },
          "paymentMethod": {
            "type": [
              "string",
              "null"
            ],
            "description": "How the customer paid (`QRIS`, ...)."
          },
          "customerId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The paying customer's id."
          },
          "createdAt": {
            "type": "integer",
            "description": "When the row was written (epoch milliseconds)."
          },
          "paymentLinkTransactionId": {
            "type": "string",
            "description": "The transaction id (what `getTransaction` takes)."
          },
          "fee": {
            "type": "array",
            "description": "The fees debited from this credit.",
            "items": {
              "$ref": "#/components/schemas/TransactionFee"
            }
          },
          "paymentLinkId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The payment link (product) paid."
          },
          "subscriptionId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The subscription, for membership payments."
          },
          "subscription": {
            "description": "The subscription object, or null."
          },
          "xenditTransactionId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The payment processor's transaction id."
          },
          "paymentLinkTransaction": {
            "type": "object",
            "description": "The transaction itself (a few of its fields).",
            "properties": {
              "id": {
                "type": "string",
                "description": "The transaction id."
              },
              "urlParamTrackingData": {
                "description": "Tracking parameters captured from the payment page URL, or null."
              },
              "isAdminFeeBorneByCustomer": {
                "type": "boolean",
                "description": "Whether the customer paid the admin fee."
              },
              "isChannelFeeBorneByCustomer": {
                "type": "boolean",
                "description": "Whether the customer paid the payment-channel fee."
              }
            }
          },
          "customeField": {
            "description": "Custom form fields the customer filled in, or null (Mayar's spelling)."
          },
          "customer": {
            "$ref": "#/components/schemas/TransactionCustomer"
          },
          "paymentLink": {
            "$ref": "#/components/schemas/TransactionPaymentLink"
          }
        }
      },
      "TransactionFee": {
        "type": "object",
        "description": "One fee debited from a balance-history credit.",
        "properties": {
          "id": {
            "type": "string",
            "description": "The fee row's id."
          },
          "balanceHistoryType": {
            "type": "string",
            "description": "Which fee (`xendit_fee`, `mayar_fee`)."
          },
          "debit": {
            "type": "integer",
            "description": "The fee in rupiah."
          }
        }
      },
      "TransactionUnpaidRow": {
        "type": "object",
        "description": "One unpaid transaction. Here `id` is the transaction id.",
        "required": [
          "id",
          "amount",
          "status"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The transaction id."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds)."
          },
          "type": {
            "type": "string",
            "description": "What is being paid (`payment_request`, `invoice`)."
          },
          "amount": {
            "type": "integer",
            "description": "The amount due, in rupiah."
          },
          "status": {
            "type": "string",
            "description": "`active` (still payable) or `expired`."
          },
          "urlParamTrackingData": {
            "description": "Tracking parameters captured from the payment page URL, or null."
          },
          "paymentLinkId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The payment link (payment request or invoice) it belongs to."
          },
          "customerId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's id."
          },
          "customeField": {
            "description": "Custom form fields, or null (Mayar's spelling)."
          },
          "customer": {
            "$ref": "#/components/schemas/TransactionCustomer"
          },
          "paymentLink": {
            "$ref": "#/components/schemas/TransactionPaymentLink"
          },
          "paymentUrl": {
            "type": "string",
            "description": "Where the customer pays (`https://<store>.myr.id/select-channel/<transaction id>`)."
          }
        }
      },
      "TransactionDetail": {
        "type": "object",
        "description": "One transaction, as the detail returns it.",
        "required": [
          "id",
          "status",
          "amount"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The transaction id."
          },
          "status": {
            "type": "string",
            "enum": [
              "created",
              "unpaid",
              "paid",
              "expired"
            ],
            "description": "Only `paid` proves the payment."
          },
          "amount": {
            "type": "integer",
            "description": "The amount, in rupiah."
          },
          "createdAt": {
            "type": "integer",
            "description": "When it was created (epoch milliseconds, as the v2 lists send it; the detail page was not read)."
          },
          "paymentLinkId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The payment link (product, payment request or invoice) it pays."
          },
          "customer": {
            "$ref": "#/components/schemas/TransactionCustomer"
          }
        }
      },
      "TransactionDailyStats": {
        "type": "object",
        "description": "One day's totals.",
        "required": [
          "date",
          "tpvCount",
          "trxCount"
        ],
        "properties": {
          "date": {
            "type": "string",
            "format": "date",
            "description": "The day (`YYYY-MM-DD`)."
          },
          "tpvCount": {
            "type": "integer",
            "description": "Total payment volume that day, in rupiah."
          },
          "trxCount": {
            "type": "integer",
            "description": "Number of transactions that day."
          }
        }
      },
      "ListTransactionsResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TransactionBalanceRow"
            }
          }
        }
      },
      "ListUnpaidTransactionsResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "hasMore",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/TransactionUnpaidRow"
            }
          }
        }
      },
      "GetTransactionResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "data": {
            "$ref": "#/components/schemas/TransactionDetail"
          }
        }
      },
      "GetDailyTransactionsResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message (absent in the documented body)."
          },
          "data": {
            "$ref": "#/components/schemas/TransactionDailyStats"
          }
        }
      },
      "PaymentWebhookEvent": {
        "type": "object",
        "description": "A payment.received or payment.reminder delivery.",
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "type": "string",
            "enum": [
              "payment.received",
              "payment.reminder"
            ],
            "description": "The event type."
          },
          "data": {
            "$ref": "#/components/schemas/PaymentWebhookData"
          }
        }
      },
      "ShipperWebhookEvent": {
        "type": "object",
        "description": "A shipper.status delivery.",
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "type": "string",
            "enum": [
              "shipper.status"
            ],
            "description": "The event type."
          },
          "data": {
            "$ref": "#/components/schemas/ShipperWebhookData"
          }
        }
      },
      "MembershipWebhookEvent": {
        "type": "object",
        "description": "A membership.* delivery.",
        "required": [
          "event",
          "data"
        ],
        "properties": {
          "event": {
            "type": "string",
            "enum": [
              "membership.memberUnsubscribed",
              "membership.memberExpired",
              "membership.changeTierMemberRegistered",
              "membership.newMemberRegistered"
            ],
            "description": "The event type."
          },
          "data": {
            "$ref": "#/components/schemas/MembershipWebhookData"
          }
        }
      },
      "PaymentWebhookData": {
        "type": "object",
        "x-mayar-interface": "MayarPaymentWebhookData",
        "description": "`data` of payment.received and payment.reminder, as Mayar sent it: **unverified** (anyone who knows the\nURL could have sent it). `status` is the delivery's status (\"SUCCESS\"), `transactionStatus` the\ntransaction's (\"paid\", \"created\"); in Mayar's examples `id === transactionId`.\n",
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "Mayar's docs call it the webhook id; in every example it equals `transactionId`."
          },
          "transactionId": {
            "type": "string",
            "minLength": 1,
            "description": "The transaction id: pass it to `client.transactions.get`."
          },
          "status": {
            "type": [
              "string",
              "null"
            ],
            "description": "The delivery's status (\"SUCCESS\")."
          },
          "transactionStatus": {
            "type": [
              "string",
              "null"
            ],
            "description": "The transaction's status (\"paid\", \"created\")."
          },
          "createdAt": {
            "type": [
              "string",
              "integer",
              "null"
            ],
            "description": "ISO-8601 in the examples; some Mayar timestamps are epoch milliseconds."
          },
          "updatedAt": {
            "type": [
              "string",
              "integer",
              "null"
            ],
            "description": "ISO-8601 in the examples; some Mayar timestamps are epoch milliseconds."
          },
          "merchantId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The merchant's user id."
          },
          "merchantName": {
            "type": [
              "string",
              "null"
            ],
            "description": "The merchant's name."
          },
          "merchantEmail": {
            "type": [
              "string",
              "null"
            ],
            "description": "The merchant's email."
          },
          "customerId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's id."
          },
          "customerName": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's name."
          },
          "customerEmail": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's email."
          },
          "customerMobile": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's mobile number."
          },
          "amount": {
            "type": [
              "number",
              "null"
            ],
            "description": "As the payload claims it, in rupiah. Compare your order with `event.transaction.amount` instead."
          },
          "isAdminFeeBorneByCustomer": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Whether the customer pays the admin fee."
          },
          "isChannelFeeBorneByCustomer": {
            "type": [
              "boolean",
              "null"
            ],
            "description": "Whether the customer pays the payment channel's fee."
          },
          "productId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The product (payment link) paid for."
          },
          "productName": {
            "type": [
              "string",
              "null"
            ],
            "description": "The product's name."
          },
          "productType": {
            "type": [
              "string",
              "null"
            ],
            "description": "The product's type (e.g. \"ebook\", \"payment_request\")."
          },
          "pixelFbp": {
            "type": [
              "string",
              "null"
            ],
            "description": "Facebook pixel browser id."
          },
          "pixelFbc": {
            "type": [
              "string",
              "null"
            ],
            "description": "Facebook pixel click id."
          },
          "qty": {
            "type": [
              "number",
              "null"
            ],
            "description": "The quantity bought."
          },
          "couponUsed": {
            "description": "`null` in the examples; its shape when a coupon was used is not documented."
          },
          "paymentMethod": {
            "type": [
              "string",
              "null"
            ],
            "description": "The payment method."
          }
        }
      },
      "MembershipWebhookData": {
        "type": "object",
        "x-mayar-interface": "MayarMembershipWebhookData",
        "description": "`data` of the membership.* events (only memberExpired's was seen; the others are assumed alike).",
        "properties": {
          "merchantId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The merchant's user id."
          },
          "merchantName": {
            "type": [
              "string",
              "null"
            ],
            "description": "The merchant's name."
          },
          "status": {
            "type": [
              "string",
              "null"
            ],
            "description": "The member's status, e.g. \"INACTIVE\" when expired."
          },
          "memberId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The member id, e.g. \"MBR8X2QK\": pass it to `client.memberships.getMember` to confirm."
          },
          "customerId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's id."
          },
          "customerName": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's name."
          },
          "customerEmail": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's email."
          },
          "customerMobile": {
            "type": [
              "string",
              "null"
            ],
            "description": "The customer's mobile number."
          }
        }
      },
      "ShipperWebhookData": {
        "type": "object",
        "x-mayar-interface": "MayarShipperWebhookData",
        "description": "`data` of shipper.status. Mayar shows no example: only the members a key needs are typed.",
        "properties": {
          "id": {
            "type": [
              "string",
              "null"
            ],
            "description": "An id of the shipment or its transaction."
          },
          "transactionId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The transaction shipped."
          },
          "status": {
            "type": [
              "string",
              "null"
            ],
            "description": "The shipment's new status."
          }
        }
      },
      "WebhookRegisterBody": {
        "type": "object",
        "required": [
          "urlHook"
        ],
        "properties": {
          "urlHook": {
            "type": "string",
            "format": "uri",
            "description": "The URL Mayar POSTs events to. Must be a valid URL."
          },
          "webhookConfig": {
            "type": "object",
            "additionalProperties": true,
            "description": "Optional configuration stored alongside the URL (its shape is not documented)."
          }
        }
      },
      "WebhookTestBody": {
        "type": "object",
        "required": [
          "urlHook"
        ],
        "properties": {
          "urlHook": {
            "type": "string",
            "format": "uri",
            "description": "The URL to send the test delivery to. Must be a valid URL."
          }
        }
      },
      "WebhookRetryBody": {
        "type": "object",
        "required": [
          "webhookHistoryId"
        ],
        "properties": {
          "webhookHistoryId": {
            "type": "string",
            "minLength": 1,
            "description": "The `id` of the delivery to send again (from the history)."
          }
        }
      },
      "WebhookSuccessResponse": {
        "type": "object",
        "description": "An answer that only says the call succeeded (no `data`).",
        "required": [
          "statusCode",
          "messages"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          }
        }
      },
      "WebhookHistoryEntry": {
        "type": "object",
        "description": "One webhook delivery (history store). Timestamps are epoch milliseconds.",
        "required": [
          "id",
          "payload",
          "status",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The delivery's id (pass it as `webhookHistoryId` to retry)."
          },
          "createdAt": {
            "type": "integer",
            "description": "When the delivery was made (epoch milliseconds)."
          },
          "updatedAt": {
            "type": [
              "integer",
              "null"
            ],
            "description": "When the delivery last changed (epoch milliseconds), or null."
          },
          "nextDelivery": {
            "type": [
              "integer",
              "null"
            ],
            "description": "When Mayar will try again (epoch milliseconds), or null."
          },
          "paymentLinkId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The product the event is about, or null."
          },
          "paymentLinkTransactionId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The transaction the event is about, or null."
          },
          "payload": {
            "type": "string",
            "contentMediaType": "application/json",
            "description": "The delivered body, serialised JSON (`{\"event\": \"<event name>\", \"data\": {...}}`)."
          },
          "status": {
            "type": "string",
            "description": "`SUCCESS` or `FAILED`."
          },
          "type": {
            "type": "string",
            "description": "The event name (`payment.received`, `membership.memberExpired`, ...)."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "urlDestination": {
            "type": "string",
            "description": "The URL the delivery went to."
          },
          "responsePayload": {
            "description": "What the merchant's server answered, when recorded (shape not documented), or null."
          },
          "source": {
            "type": "string",
            "description": "`AUTOMATIC` for Mayar's own deliveries."
          }
        }
      },
      "WebhookHistoryResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookHistoryEntry"
            }
          }
        }
      },
      "WebhookNewHistoryEntry": {
        "type": "object",
        "description": "One webhook delivery (new history store). Timestamps are ISO-8601 strings.",
        "required": [
          "id",
          "payload",
          "status",
          "type"
        ],
        "properties": {
          "id": {
            "type": "string",
            "description": "The delivery's id (pass it as `webhookHistoryId` to retry)."
          },
          "userId": {
            "type": "string",
            "description": "The merchant's user id."
          },
          "createdAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the delivery was made."
          },
          "updatedAt": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When the delivery last changed, or null."
          },
          "nextDelivery": {
            "type": [
              "string",
              "null"
            ],
            "format": "date-time",
            "description": "When Mayar will try again, or null."
          },
          "payload": {
            "type": "string",
            "contentMediaType": "application/json",
            "description": "The delivered body, serialised JSON (`{\"event\": \"<event name>\", \"data\": {...}}`)."
          },
          "paymentLinkId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The product the event is about, or null."
          },
          "paymentLinkTransactionId": {
            "type": [
              "string",
              "null"
            ],
            "description": "The transaction the event is about, or null."
          },
          "responsePayload": {
            "description": "What the merchant's server answered, when recorded (shape not documented), or null."
          },
          "source": {
            "type": "string",
            "description": "`AUTOMATIC` for Mayar's own deliveries."
          },
          "status": {
            "type": "string",
            "description": "`SUCCESS` or `FAILED`."
          },
          "type": {
            "type": "string",
            "description": "The event name (`payment.received`, `membership.memberExpired`, ...)."
          },
          "Webhooktype": {
            "type": [
              "string",
              "null"
            ],
            "description": "Literal key as Mayar spells it (capital W); null in the documented rows."
          },
          "urlDestination": {
            "type": "string",
            "description": "The URL the delivery went to."
          }
        }
      },
      "WebhookNewHistoryResponse": {
        "type": "object",
        "required": [
          "statusCode",
          "messages",
          "data"
        ],
        "properties": {
          "statusCode": {
            "type": "integer",
            "description": "Status code."
          },
          "messages": {
            "type": "string",
            "description": "Status message."
          },
          "hasMore": {
            "type": "boolean",
            "description": "Whether another page follows."
          },
          "nextStartingAfter": {
            "type": [
              "string",
              "null"
            ],
            "description": "Pass as `startingAfter` for the next page; null on the last page."
          },
          "data": {
            "type": "array",
            "items": {
              "$ref": "#/components/schemas/WebhookNewHistoryEntry"
            }
          }
        }
      },
      "WebinarCreateBody": {
        "type": "object",
        "description": "A webinar to create.",
        "required": [
          "name",
          "description",
          "amount",
          "crossoutPrice",
          "eventUrl",
          "paymentType",
          "startAt",
          "eventStartAt",
          "eventEndAt",
          "expiredAt"
        ],
        "properties": {
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The webinar's name."
          },
          "description": {
            "type": "string",
            "minLength": 1,
            "description": "Description."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Price in rupiah."
          },
          "crossoutPrice": {
            "type": "integer",
            "minimum": 1,
            "description": "Crossed-out price shown as the original price, in rupiah."
          },
          "eventUrl": {
            "type": "string",
            "minLength": 1,
            "description": "The session's URL (Zoom or another meeting link)."
          },
          "notes": {
            "type": "string",
            "description": "Additional notes."
          },
          "terms": {
            "type": "string",
            "description": "Terms and conditions of the purchase."
          },
          "redirectUrl": {
            "type": "string",
            "description": "Where the customer goes after paying."
          },
          "paymentType": {
            "type": "string",
            "minLength": 1,
            "description": "Payment type (`paid` in the documented example; other values are not documented)."
          },
          "startAt": {
            "type": "string",
            "format": "date-time",
            "description": "When sales open (ISO-8601)."
          },
          "eventStartAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the webinar starts (ISO-8601)."
          },
          "eventEndAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the webinar ends (ISO-8601)."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the product expires (ISO-8601)."
          },
          "limit": {
            "type": "integer",
            "description": "Maximum number of participants."
          }
        }
      },
      "WebinarUpdateBody": {
        "type": "object",
        "description": "Changes to a webinar.",
        "required": [
          "id"
        ],
        "properties": {
          "id": {
            "type": "string",
            "minLength": 1,
            "description": "The webinar to update (this selects the record, not the path)."
          },
          "name": {
            "type": "string",
            "minLength": 1,
            "description": "The webinar's name."
          },
          "description": {
            "type": "string",
            "description": "Description."
          },
          "amount": {
            "type": "integer",
            "minimum": 1,
            "description": "Price in rupiah."
          },
          "crossoutPrice": {
            "type": "integer",
            "minimum": 1,
            "description": "Crossed-out price shown as the original price, in rupiah."
          },
          "eventUrl": {
            "type": "string",
            "description": "The session's URL."
          },
          "redirectUrl": {
            "type": "string",
            "description": "Where the customer goes after paying."
          },
          "expiredAt": {
            "type": "string",
            "format": "date-time",
            "description": "When the product expires (ISO-8601)."
          }
        }
      }
    }
  },
  "webhooks": {
    "payment.received": {
      "post": {
        "operationId": "webhookPaymentReceived",
        "x-mayar-event-interface": "MayarPaymentReceivedEvent",
        "x-mayar-confirm": "getTransaction",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/integration/webhook; api-reference-v2/webhook/history (payload example)",
        "summary": "After the customer paid",
        "description": "The customer completed the payment. createMayarWebhookHandler confirms it with Mayar first.",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentWebhookEvent"
              },
              "examples": {
                "documented": {
                  "summary": "The payload of the documented webhook-history example",
                  "value": {
                    "event": "payment.received",
                    "data": {
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
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later."
          }
        }
      }
    },
    "payment.reminder": {
      "post": {
        "operationId": "webhookPaymentReminder",
        "x-mayar-event-interface": "MayarPaymentReminderEvent",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/integration/webhook; api-reference-v2/webhook/newhistory (payload example)",
        "summary": "The customer has not finished paying 29 minutes after starting",
        "description": "The customer has not finished paying 29 minutes after starting.",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/PaymentWebhookEvent"
              },
              "examples": {
                "documented": {
                  "summary": "The payload of the documented webhook new-history example (its members as shown)",
                  "value": {
                    "event": "payment.reminder",
                    "data": {
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
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later."
          }
        }
      }
    },
    "shipper.status": {
      "post": {
        "operationId": "webhookShipperStatus",
        "x-mayar-event-interface": "MayarShipperStatusEvent",
        "x-mayar-confidence": "low",
        "x-mayar-source": "docs.mayar.id/integration/webhook (event table only; no payload shown)",
        "summary": "The tracking of a physical product's shipment changed",
        "description": "The tracking of a physical product's shipment changed. Mayar shows no example payload.",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/ShipperWebhookEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later."
          }
        }
      }
    },
    "membership.memberUnsubscribed": {
      "post": {
        "operationId": "webhookMemberUnsubscribed",
        "x-mayar-event-interface": "MayarMemberUnsubscribedEvent",
        "x-mayar-confidence": "low",
        "x-mayar-source": "docs.mayar.id/integration/webhook (event table; payload assumed like memberExpired)",
        "summary": "A member unsubscribed",
        "description": "A member unsubscribed.",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MembershipWebhookEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later."
          }
        }
      }
    },
    "membership.memberExpired": {
      "post": {
        "operationId": "webhookMemberExpired",
        "x-mayar-event-interface": "MayarMemberExpiredEvent",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id webhook history (payload example)",
        "summary": "A membership expired",
        "description": "A membership expired.",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MembershipWebhookEvent"
              },
              "examples": {
                "documented": {
                  "summary": "The payload of the documented webhook-history example",
                  "value": {
                    "event": "membership.memberExpired",
                    "data": {
                      "merchantId": "348e083d-315a-4e5c-96b1-5a2a98c48413",
                      "merchantName": "Toko Mayar Demo",
                      "status": "INACTIVE",
                      "memberId": "MBR8X2QK",
                      "customerId": "a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d",
                      "customerName": "Budi Santoso",
                      "customerEmail": "budi.santoso@example.com",
                      "customerMobile": "081234567890"
                    }
                  }
                }
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later."
          }
        }
      }
    },
    "membership.changeTierMemberRegistered": {
      "post": {
        "operationId": "webhookMemberChangedTier",
        "x-mayar-event-interface": "MayarMemberChangedTierEvent",
        "x-mayar-confidence": "low",
        "x-mayar-source": "docs.mayar.id/integration/webhook (event table; payload assumed like memberExpired)",
        "summary": "A member changed tier (package)",
        "description": "A member changed tier (package).",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MembershipWebhookEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later."
          }
        }
      }
    },
    "membership.newMemberRegistered": {
      "post": {
        "operationId": "webhookNewMember",
        "x-mayar-event-interface": "MayarNewMemberEvent",
        "x-mayar-confidence": "low",
        "x-mayar-source": "docs.mayar.id/integration/webhook (event table; payload assumed like memberExpired)",
        "summary": "A new member subscribed",
        "description": "A new member subscribed.",
        "tags": [
          "Webhooks"
        ],
        "requestBody": {
          "required": true,
          "content": {
            "application/json": {
              "schema": {
                "$ref": "#/components/schemas/MembershipWebhookEvent"
              }
            }
          }
        },
        "responses": {
          "200": {
            "description": "Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later."
          }
        }
      }
    }
  }
};
