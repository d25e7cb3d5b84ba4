// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.
export interface paths {
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
         * @description Creates a single payment request and returns its hosted payment `link`. v2 has no `redirectUrl`
         *     (a sent one is dropped silently). Repeating the same create within about a minute answers 429.
         */
        post: operations["createPaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/payments/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Single Payment Request
         * @description Updates a payment request. Mayar selects the record by the `id` in the body; the id in the path is
         *     cosmetic and ignored. The SDK sends the body's `id` in both places.
         */
        post: operations["updatePaymentRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Payment Requests
         * @description Lists payment requests, newest first, one page at a time.
         */
        get: operations["listPaymentRequests"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/payments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Payment Request
         * @description One payment request, with its transactions.
         */
        get: operations["getPaymentRequest"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/payments/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Payment Request Status
         * @description Opens, closes or unlists a payment request. Mayar may answer HTTP 200 with `messages: "failed"`; the
         *     SDK treats that as an error.
         */
        post: operations["changePaymentRequestStatus"];
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
        /** @description An answer that only says the call succeeded (no `data`). */
        SuccessEnvelope: {
            /** @description The status code, authoritative over the HTTP status. */
            statusCode: number;
            /** @description Status message (most endpoints). */
            messages?: string;
            /** @description Status message (credit family, v2 membership writes, licence activation). */
            message?: string;
        };
        /** @description Object containing customer details. */
        CustomerInfo: {
            /** @description Full name of the customer. */
            name: string;
            /**
             * Format: email
             * @description Email address of the customer.
             */
            email: string;
            /** @description Mobile phone number of the customer. */
            mobile: string;
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
        GenerateImmutableCheckoutLinkBody: {
            /** @description The unique identifier of the product associated. */
            productId: string;
            /** @description The credit amount for the checkout. Only applicable for credit usage products. */
            creditAmount?: number;
            customerInfo: components["schemas"]["CustomerInfo"];
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
        CreatePaymentRequestBody: {
            /** @description Name/title of the payment request. */
            name: string;
            /** @description Nominal amount of payment, in rupiah. */
            amount: number;
            /**
             * Format: email
             * @description Customer email used to send proof of payment or payment reminders.
             */
            email?: string;
            /** @description Customer telephone number. */
            mobile?: string;
            /** @description General description of the transaction or order. */
            description?: string;
            /** @description Additional notes for the payment request. */
            notes?: string;
            /**
             * Format: date-time
             * @description The transaction expiration date and time (ISO-8601). After this time, the payment link is no longer valid.
             */
            expiredAt?: string;
            /** @description Restrict the payment request to a specific payment method (e.g. `qris`, `va/bni`, `ewallet/gopay`). */
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
        UpdatePaymentRequestBody: {
            /** @description The payment request to update (this selects the record, not the path). */
            id: string;
            /** @description Nominal amount of payment, in rupiah. */
            amount: number;
            /**
             * Format: email
             * @description Customer email.
             */
            email?: string;
            /** @description Customer telephone number. */
            mobile?: string;
            /** @description General description. */
            description?: string;
            /** @description Additional notes. */
            notes?: string;
            /**
             * Format: date-time
             * @description Expiry date and time (ISO-8601).
             */
            expiredAt?: string;
            /** @description Restrict the payment request to a specific payment method. */
            paymentMethod?: string;
            /** @description Cashtag. */
            cashtag?: string;
            /** @description Additional custom data. */
            extraData?: {
                [key: string]: unknown;
            };
        };
        UpdatePaymentRequestResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["UpdatedLink"];
        };
        /** @description What an update returns, the record's id and its hosted link. */
        UpdatedLink: {
            /** @description The record's id. */
            id: string;
            /** @description The hosted page's URL. */
            link: string;
        };
        /** @description A transaction attached to a payment link. */
        TransactionRef: {
            /** @description The transaction id. */
            id: string;
            /** @description The transaction's status (`created`, `paid`, ...), on invoices. */
            status?: string;
            /** @description The `extraData` sent when the payment link was created, or null. */
            extraData?: {
                [key: string]: unknown;
            } | null;
        };
        /** @description A payment request as lists and details show it. */
        PaymentRequest: {
            /** @description The payment request's id. */
            id: string;
            /** @description Amount in rupiah. */
            amount: number;
            /** @description `unpaid`, `paid`, `closed`, ... */
            status: string;
            /** @description Name/title. */
            name?: string | null;
            /** @description Description. */
            description?: string | null;
            /** @description Always `payment_request`. */
            type?: string;
            /** @description Sub-type, when any. */
            subType?: string | null;
            /** @description Category, when any. */
            category?: string | null;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description The hosted page's slug (not a URL; see `linkUrl` on the detail). */
            link?: string;
            /** @description How many times it can be paid, when limited. */
            limit?: number | null;
            /** @description Where the customer goes after paying, when set. */
            redirectUrl?: string | null;
            /** @description The installment it belongs to, when any. */
            installmentId?: string | null;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description Event details (null for payment requests). */
            event?: unknown;
            /** @description Display order (null when unset). */
            order?: unknown;
            /** @description Quantity, when any. */
            qty?: number | null;
            /** @description Cover image id. */
            coverImageId?: string | null;
            /** @description Gallery id. */
            multipleImageId?: string | null;
            /** @description Cover image `{ id, fileType, url }` or null. */
            coverImage?: unknown;
            /** @description Gallery images or null. */
            multipleImage?: unknown;
            /** @description Variants as a JSON string (Mayar sends it serialised), or null. */
            variant?: string | null;
            /** @description Membership tiers (empty for payment requests). */
            membershipTier?: unknown[];
            /** @description Transactions made on it. */
            transactions?: components["schemas"]["TransactionRef"][];
            /** @description The hosted page's URL. */
            linkUrl?: string;
            /** @description The payment URL. */
            linkPayment?: string;
        };
        ListPaymentRequestsResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["PaymentRequest"][];
        };
        GetPaymentRequestResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["PaymentRequest"];
        };
    };
    responses: {
        /** @description The request fails validation. Mayar may list the failing fields in `data`. */
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
        /** @description The record does not exist (or belongs to another merchant). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description Too many requests (Mayar documents 20 per minute per IP, or 50 per minute per key). Wait for
         *     `Retry-After` seconds. A duplicate create answers 429 too, with a message saying so.
         */
        RateLimited: {
            headers: {
                /** @description Seconds to wait before trying again. */
                "Retry-After"?: number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
    };
    parameters: {
        /**
         * @description How many items per page (default 10, at most 50).
         * @example 10
         */
        Limit: number;
        /**
         * @description The `nextStartingAfter` of the previous page (a millisecond timestamp as a string).
         * @example 1768288611042
         */
        StartingAfter: string;
        /**
         * @description The payment request's id.
         * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
         */
        PaymentRequestIdPath: string;
        /**
         * @description What to do. `open`/`active` reopen, `close`/`closed` close, `unlisted` hides it from the store.
         * @example close
         */
        StatusActionPath: "open" | "close" | "active" | "closed" | "unlisted";
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
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
    updatePaymentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payment request's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["PaymentRequestIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdatePaymentRequestBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatePaymentRequestResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listPaymentRequests: {
        parameters: {
            query?: {
                /**
                 * @description How many items per page (default 10, at most 50).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextStartingAfter` of the previous page (a millisecond timestamp as a string).
                 * @example 1768288611042
                 */
                startingAfter?: components["parameters"]["StartingAfter"];
                /**
                 * @description Only payment requests with this status.
                 * @example paid
                 */
                status?: "active" | "paid" | "closed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of payment requests. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListPaymentRequestsResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getPaymentRequest: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payment request's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["PaymentRequestIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The payment request. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPaymentRequestResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    changePaymentRequestStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payment request's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["PaymentRequestIdPath"];
                /**
                 * @description What to do. `open`/`active` reopen, `close`/`closed` close, `unlisted` hides it from the store.
                 * @example close
                 */
                action: components["parameters"]["StatusActionPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The status was changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessEnvelope"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
}
