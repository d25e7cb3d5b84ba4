// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.

export const openapiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Mayar API",
    "version": "0.2.0",
    "summary": "Hand-written description of the Mayar HTTP API, the source of truth for the Mayar TypeScript SDK.",
    "description": "Mayar is an Indonesian payment platform. This document describes its HTTP API (Headless v2, the credit\nwallets and the licence checks), written from Mayar's public documentation and the official CLI (see\n`shared/mayar-api/REFERENCE.md`). Headless v1 is left out: v2 replaces it.\n\nConventions that hold for every operation here:\n- Every request carries `Authorization: Bearer <API key>`. Sandbox and production keys are separate.\n- Bodies are JSON. Responses are wrapped in an envelope `{ statusCode, messages, ... }`; some families\n  (`/credit/v1/...`, SaaS licence activation, v2 membership writes) use the singular `message`. The SDK\n  reads `messages ?? message`.\n- Mayar sometimes reports a failure inside a 2xx response (`statusCode` in the body differs from the HTTP\n  status, or `messages: \"failed\"` with a validator list in `data`). The body is authoritative; the SDK\n  normalises this in one place.\n- v2 lists page with a cursor: `limit` (default 10, at most 50) and `startingAfter`, the\n  `nextStartingAfter` of the previous page (a millisecond timestamp as a string, `null` on the last page).\n- v2 updates select the record by the `id` in the body; the id in the path is cosmetic. The SDK sends the\n  body's id in both places.\n- Timestamps are mixed: most are epoch milliseconds (integers), some are ISO-8601 strings. Each field\n  says which.\n\nExtensions (the SDK generator reads them; see `specs/CONVENTIONS.md`): `x-mayar-namespace` (tag),\n`x-mayar-method`, `x-mayar-result`, `x-mayar-pagination`, `x-mayar-id-from-body`, `x-mayar-confidence`\nand `x-mayar-source` (operation).\n",
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
    "/credit/v1/credit/generate/immutable/checkout": {
      "post": {
        "operationId": "generateImmutableCheckoutLink",
        "x-mayar-method": "generateImmutableCheckoutLink",
        "x-mayar-result": "root",
        "x-mayar-confidence": "high",
        "x-mayar-source": "docs.mayar.id/api-reference/creditbasedproduct/generateimmutablecheckoutlink",
        "summary": "Generate Immutable Checkout Link",
        "description": "This endpoint is used to generate immutable checkout link for membership credit product.\n\nNote the envelope: singular `message`, and the results at the top level (no `data` member).\n",
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
            "description": "Only payment requests with this status.",
            "schema": {
              "type": "string",
              "enum": [
                "active",
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
                  },
                  "failed": {
                    "summary": "A failure reported inside HTTP 200 (the SDK throws)",
                    "value": {
                      "statusCode": 200,
                      "messages": "failed"
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
        "type": "object",
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
      }
    }
  }
};
