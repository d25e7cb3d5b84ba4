// generated, do not edit: copied from specs/dist/openapi.json by scripts/generate.mjs.
// Edit specs/mayar.openapi.yaml, then run `pnpm --filter @org/mayar-spec build` and
// `pnpm --filter @org/mayar-mock generate`.

export interface paths {
    "/hl/v2/payments/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Single Payment Request
         * @description Endpoint used to create a single payment request.
         */
        post: operations["createPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit/v1/credit/generate/immutable/checkout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Generate Immutable Checkout Link
         * @description This endpoint is used to generate immutable checkout link for membership credit product.
         *
         *     Note the envelope: singular `message`, and the results at the top level (no `data` member).
         */
        post: operations["generateImmutableCheckoutLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        CreatePaymentRequestBody: {
            /** @description Name/title of the payment request. */
            name: string;
            /** @description Nominal amount of payment. */
            amount: number;
            /** @description Customer email used to send proof of payment or payment reminders. */
            email?: string;
            /** @description Customer telephone number. */
            mobile?: string;
            /** @description General description of the transaction or order. */
            description?: string;
            /** @description Additional notes for the payment request. */
            notes?: string;
            /**
             * Format: date-time
             * @description The transaction expiration date and time. After this time, the payment link is no longer valid.
             */
            expiredAt?: string;
            /** @description Restrict the payment request to a specific payment method. */
            paymentMethod?: string;
            /** @description Cashtag associated with the payment request. */
            cashtag?: string;
            /** @description Additional custom data attached to the payment request. */
            extraData?: {
                [key: string]: unknown;
            };
        };
        CreatePaymentRequestResponse: {
            /** @description Status code form API. */
            statusCode: number;
            /** @description Status message that describes the status code. */
            messages: string;
            data: components["schemas"]["CreatedPaymentRequest"];
        };
        /** @description The created payment request data. */
        CreatedPaymentRequest: {
            /**
             * Format: uuid
             * @description Unique request payment ID.
             */
            id: string;
            /**
             * Format: uuid
             * @description Unique transaction ID associated with this payment request.
             */
            transactionId: string;
            /** @description The URL that customers can access to open the payment request. */
            link: string;
        };
        GenerateImmutableCheckoutLinkBody: {
            /** @description The unique identifier of the product associated. */
            productId: string;
            /** @description The credit amount for the checkout. Only applicable for credit usage products. */
            creditAmount?: number;
            customerInfo: components["schemas"]["CustomerInfo"];
        };
        /** @description Object containing customer details. */
        CustomerInfo: {
            /** @description Full name of the customer. */
            name: string;
            /** @description Email address of the customer. */
            email: string;
            /** @description Mobile phone number of the customer. */
            mobile: string;
        };
        GenerateImmutableCheckoutLinkResponse: {
            /** @description Indicates the HTTP status of the request (e.g. `200` for success). */
            statusCode: number;
            /** @description A descriptive message about the outcome of the request. */
            message: string;
            /** @description A unique immutable checkout URL containing user identity fields and creditAmount. */
            creditUsageImmutableCheckoutUrl: string;
            /** @description The general (mutable) payment link URL. */
            paymentLinkUrl: string;
        };
        /**
         * @description Mayar's error body. Most families send `messages`; the credit family and v2 write endpoints send
         *     `message`. `data` may hold the validator's field list.
         */
        ErrorEnvelope: {
            /** @description The status code, authoritative over the HTTP status. */
            statusCode: number;
            /** @description What went wrong (most endpoints). */
            messages?: string;
            /** @description What went wrong (credit family, v2 write endpoints). */
            message?: string;
            /** @description The failing fields when Mayar's validator rejected the body, otherwise absent or null. */
            data?: components["schemas"]["FieldError"][] | null;
        };
        /** @description One failing field, as Mayar's validator reports it. */
        FieldError: {
            /** @description The rule that failed (`required`, `string`, `numberPositive`, ...). */
            type: string;
            /** @description A human-readable sentence, e.g. "The 'amount' field is required." */
            message: string;
            /** @description The path of the failing field, e.g. `items[1].rate`. */
            field: string;
            /** @description What the rule expected, when Mayar says. */
            expected?: unknown;
            /** @description The value Mayar received, when it says. */
            actual?: unknown;
        };
    };
    responses: {
        /** @description The request body fails validation. Mayar may list the failing fields in `data`. */
        ValidationError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description The API key is missing, wrong, or belongs to the other environment. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    createPaymentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePaymentRequestBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatePaymentRequestResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            /** @description A payment request with the same identifier already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /**
             * @description A duplicate create request was detected (the same request repeated within about one minute).
             *     Ordinary rate limiting also answers 429, with a `Retry-After` header and another message.
             */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again (sent when rate limited). */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    generateImmutableCheckoutLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["GenerateImmutableCheckoutLinkBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GenerateImmutableCheckoutLinkResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
}
