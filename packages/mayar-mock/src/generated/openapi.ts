// generated, do not edit: copied from specs/dist/openapi.json by scripts/generate.mjs.
// Edit specs/mayar.openapi.yaml, then run `pnpm --filter @org/mayar-spec build` and
// `pnpm --filter @org/mayar-mock generate`.

export const openapiDocument = {
  "openapi": "3.1.0",
  "info": {
    "title": "Mayar API",
    "version": "0.1.0",
    "summary": "Hand-written description of the Mayar HTTP API, the source of truth for the Mayar TypeScript SDK.",
    "description": "Mayar is an Indonesian payment platform. This document describes the parts of its HTTP API that the SDK\ncovers, written from Mayar's public documentation (see `shared/mayar-api/REFERENCE.md`).\n\nConventions that hold for every operation here:\n- Every request carries `Authorization: Bearer <API key>`. Sandbox and production keys are separate.\n- Bodies are JSON. Responses are wrapped in an envelope `{ statusCode, messages, ... }`; some families\n  (`/credit/v1/...`) use the singular `message`. The SDK reads `messages ?? message`.\n- Mayar sometimes reports a failure inside a 2xx response (`statusCode` in the body differs from the HTTP\n  status, or `messages: \"failed\"`). The body is authoritative; the SDK normalises this in one place.\n- `x-mayar-result` on an operation names where its result lives: `data` (inside the `data` member) or\n  `root` (the envelope's other top-level members).\n",
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
      "description": "Single payment requests (\"reqpayment\"): a one-off bill with a hosted payment link."
    },
    {
      "name": "Credits",
      "description": "Credit-based products and usage-based memberships."
    }
  ],
  "paths": {
    "/hl/v2/payments/create": {
      "post": {
        "operationId": "createPaymentRequest",
        "x-mayar-result": "data",
        "summary": "Create Single Payment Request",
        "description": "Endpoint used to create a single payment request.",
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
    "/credit/v1/credit/generate/immutable/checkout": {
      "post": {
        "operationId": "generateImmutableCheckoutLink",
        "x-mayar-result": "root",
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
    "responses": {
      "ValidationError": {
        "description": "The request body fails validation. Mayar may list the failing fields in `data`.",
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
      }
    },
    "schemas": {
      "CreatePaymentRequestBody": {
        "type": "object",
        "required": [
          "name",
          "amount"
        ],
        "properties": {
          "name": {
            "type": "string",
            "description": "Name/title of the payment request."
          },
          "amount": {
            "type": "integer",
            "description": "Nominal amount of payment."
          },
          "email": {
            "type": "string",
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
            "description": "The transaction expiration date and time. After this time, the payment link is no longer valid."
          },
          "paymentMethod": {
            "type": "string",
            "description": "Restrict the payment request to a specific payment method."
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
            "description": "Full name of the customer."
          },
          "email": {
            "type": "string",
            "description": "Email address of the customer."
          },
          "mobile": {
            "type": "string",
            "description": "Mobile phone number of the customer."
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
      }
    }
  }
};
