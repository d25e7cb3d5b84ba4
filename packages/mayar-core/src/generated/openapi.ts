// Generated from specs/ by tooling/generate (pnpm generate). Do not edit: change the spec instead.
export interface paths {
    "/hl/v2/balances": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Account Balance
         * @description The merchant's balance in rupiah: `balanceActive` can be withdrawn, `balancePending` cannot yet, and
         *     `balance` is their sum.
         */
        get: operations["getBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/bundling": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bundling
         * @description Lists the merchant's bundles (several products sold as one), one page at a time.
         */
        get: operations["listBundles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/bundling/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Bundling Detail
         * @description One bundle with its products and owner. The detail also carries the product attributes every product
         *     type shares (`subType`, `tax`, `items`, `limit`, `expiredAt`, `terms`, ...), all null for bundles.
         */
        get: operations["getBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/coupons/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Coupon
         * @description Creates a discount with one coupon code. Without `expiredAt` the discount never expires. `products`
         *     limits it to at most 2 of the merchant's products (empty: every product); each item is an object
         *     `{ id }`, not a bare id string.
         *
         *     Note the timestamps: this answer sends ISO-8601 strings (`createdAt`, `expiredAt`), while
         *     `getCoupon` sends epoch milliseconds for the same fields.
         */
        post: operations["createCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/coupons/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Coupon
         * @description One discount with its coupon codes. Timestamps here are epoch milliseconds (the create answer sends
         *     ISO-8601 strings for the same fields).
         */
        get: operations["getCoupon"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/coupons/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate Coupon
         * @description Checks that a coupon code applies to a purchase (product, amount for the minimum-purchase rule,
         *     customer for new/old-customer coupons) and returns the discount. Validating does not use the coupon
         *     up. An unknown code, or one bound to another product, answers 404 (observed live, third-party).
         */
        post: operations["validateCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/coupons/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check Coupon Usage
         * @description How much a coupon code has been used. `isUsed` is true when `totalUsed` has reached `limit` and
         *     `limit` is above 0; a `limit` of 0 means no limit.
         */
        post: operations["checkCoupon"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/coupons": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Coupons
         * @description Lists discounts, newest first, one page at a time, with their coupon codes and total usage. Only
         *     planned in Mayar's documentation repository when this was written: check before relying on it.
         *     Timestamps are ISO-8601 strings, as in the create answer.
         */
        get: operations["listCoupons"];
        put?: never;
        post?: never;
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
         *     Note the envelope: singular `message`. Two documented answers, both successes: for a credit-based
         *     product the links are at the top level (`creditUsageImmutableCheckoutUrl`, `paymentLinkUrl`); for a
         *     membership credit product they are under `data` (`membershipTiers[{ id, specificPaymentLinkUrl }]`,
         *     one immutable link per tier, and `paymentLinkUrl`). Tell them apart with `"data" in result`.
         */
        post: operations["generateImmutableCheckoutLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit/v1/credit/customer/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Customer Balance
         * @description A customer's credit balance for a credit-based product, or a member's for a usage-based membership
         *     (then also send `membershipTierId`, and `memberId` or `customerId`). The balances are at the top level
         *     of the answer (no `data` member); the envelope uses the singular `message`.
         *
         *     The field table names the main-wallet balance `customerBalanceMain`, while the documented example
         *     sends `customerMainBalance`; the spec models the example's name. The usage-based-membership variant
         *     sends `customerBalanceMembership` instead.
         */
        get: operations["getCreditBalance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit/v1/credit/customer/add-credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Add Customer Credit
         * @description Adds credit to a customer's (credit-based product) or member's (usage-based membership) wallet.
         *     Identify the wallet by `customerId` or `memberId` (at least one); usage-based memberships also need
         *     `membershipTierId`.
         *
         *     The one URL has two documented answers: the credit-based page wraps the result in `data`, the
         *     usage-based-membership page puts the same fields at the top level. The schema allows both; read
         *     `data ?? envelope`.
         */
        post: operations["addCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit/v1/credit/customer/spend": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Spend Customer Credit
         * @description Spends credit from a customer's or member's wallets (same body rules as adding credit). The answer
         *     carries no data: the singular `message` says how much was taken from each wallet, e.g.
         *     "Successfully spent 10. MAIN: 10, ADD_ON: 0" (usage-based memberships: `MEMBERSHIP` instead of
         *     `MAIN`).
         */
        post: operations["spendCredit"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit/v1/credit/customer/paginate-credit-history/{customerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Paginate Customer Credit History
         * @description A customer's (or member's) credit movements, one page at a time (`page`/`limit` → `totalPages`).
         *     The path segment is the customer id, or the member code for usage-based memberships (the
         *     documentation's example uses `PQVS4KGY`). `createdAt` is an ISO-8601 string; entry ids are 24-hex
         *     strings.
         */
        get: operations["listCreditHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit/v1/credit/credit-usage/customer/regist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regist New Customer
         * @description Registers a customer on a credit-based (credit-usage) product, optionally with trial credit, and
         *     returns the customer's id and the product's payment link id. (One stored copy of this page shows the
         *     membership URL and a malformed example instead; this follows the other copy.)
         */
        post: operations["registerCreditCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/credit/v1/credit/membership/customer/regist": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Regist New Membership Customer
         * @description Registers a customer as a member of a usage-based membership tier, optionally with trial credit. The
         *     new member comes back as a top-level `membershipCustomer` (no `data` member); its `createdAt` and
         *     `nextPayment` are epoch milliseconds.
         */
        post: operations["registerCreditMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/customers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Customers
         * @description Lists the merchant's customers, newest first, one page at a time. Optionally only the customers of
         *     one payment link, or those created between `startAt` and `endAt` (millisecond timestamps as strings).
         *     The documentation page cuts off the name of the payment-link filter ("Filter customers by a specific
         *     payment link ID"); `paymentLinkId` is the name the other v2 lists use.
         */
        get: operations["listCustomers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/customers/detail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search Customer by Email
         * @description Finds one customer by email address. The answer also carries the merchant's own account as `user`,
         *     including `urlHook`, the webhook URL registered for the merchant.
         */
        get: operations["getCustomerByEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/customers/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Customer
         * @description Creates a customer. The answer names the new record `customerId` (there is no `id` member).
         */
        post: operations["createCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/customers/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Customer Email
         * @description Changes a customer's email address from `fromEmail` to `toEmail`. The answer has no `data`.
         */
        post: operations["updateCustomer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/customers/portal-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Magic Link (Customer Portal Login)
         * @description Emails the customer a magic link to the customer portal. The link itself is never returned:
         *     `data.url` holds an Indonesian sentence, "Sudah kami kirim ke email anda" ("we have sent it to your
         *     email"), not a URL.
         */
        post: operations["createCustomerPortalLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/digital-product/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Digital Product
         * @description Creates a downloadable product and returns its id and catalogue `link`. Which fields the page marks
         *     required was not visible; `name` is required here, as on every other product create.
         */
        post: operations["createDigitalProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/digital-product/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit Digital Product
         * @description Updates a digital product. Mayar selects the product by the `id` in the body; the id in the path is
         *     cosmetic. A body that fails validation is answered with HTTP 200, `messages: "failed"` and the
         *     validator's field list in `data`; the SDK treats that as an error.
         */
        post: operations["updateDigitalProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/event/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Event
         * @description Creates an event product (online or offline, with tickets) and returns its id and hosted `link`. The
         *     v2 path comes from the official CLI; the body is the v1 event create page's (a v2 create page repeats
         *     its example; the v2 edit page matches it). All dates are ISO-8601 strings.
         */
        post: operations["createEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/event/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit Event
         * @description Updates an event. Mayar selects the product by the `id` in the body; the id in the path is cosmetic.
         *     A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's field
         *     list in `data`; the SDK treats that as an error.
         */
        post: operations["updateEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/installments/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Installment
         * @description Creates a bill paid in monthly instalments: `tenure` months (3 to 24), each due on day `dueDate` of
         *     the month (1 to 28), with `interest` added flat. The answer lists the generated invoices.
         *     `invoices[].link` is a bare slug, not a URL.
         */
        post: operations["createInstallment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/installments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Installment
         * @description One installment with its invoices (ISO-8601 timestamps). `invoices[].link` is a bare slug, not a
         *     URL.
         */
        get: operations["getInstallment"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/installments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Installments
         * @description Lists installments, newest first, one page at a time. Each item is the installment's payment link
         *     (`type: "installment"`); its `installmentId` is what `getInstallment` takes. `nextStartingAfter` is
         *     null on the last page.
         */
        get: operations["listInstallments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/invoices/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Invoice
         * @description Creates an itemised invoice for a customer and returns its hosted invoice `link`. The invoice's amount
         *     is the sum of `quantity × rate` over `items`. `extraData` is echoed back as sent. Repeating the same
         *     create (one customer, one amount) within about a minute answers 429.
         */
        post: operations["createInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/invoices/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit Invoice
         * @description Updates an invoice. Mayar selects the invoice by the `id` in the body; the id in the path is cosmetic
         *     and ignored. The SDK sends the body's `id` in both places.
         */
        post: operations["updateInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/invoices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get List Invoice
         * @description Lists invoices, newest first, one page at a time.
         */
        get: operations["listInvoices"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/invoices/filter": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Filter Invoices by Customer Email
         * @description Lists the invoices of one customer, found by email, newest first, one page at a time.
         */
        get: operations["listInvoicesByEmail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/invoices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Detail Invoice
         * @description One invoice with its status, customer, transactions and payment URL. It carries no `paymentDetail`
         *     (mayarid/skills).
         */
        get: operations["getInvoice"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/invoices/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Invoice Status
         * @description Opens, closes or unlists an invoice. Mayar may answer HTTP 200 with `messages: "failed"`; the SDK
         *     treats that as an error.
         */
        post: operations["changeInvoiceStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/members/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register Membership Member
         * @description Registers a customer as a member of a membership tier. Mayar answers with `statusCode: 201` in the
         *     body and the singular `message` key (errors use `{ statusCode, message }` too).
         *
         *     The documented `data` wraps the member in `membershipCustomer`. A third-party live test
         *     (mayarid/mayar-superapp) reports the member flat under `data`, with no wrapper; the schema accepts both
         *     shapes, so read `data.membershipCustomer ?? data`. Registering an email that is already on the tier is
         *     refused with "Email sudah terdaftar pada tier ini." (same report; the status code is not documented).
         */
        post: operations["createMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Membership Members
         * @description Lists the members of one membership product, one page at a time. Rows use flattened dotted keys
         *     (`"customer.email"`, `"membershipTier.name"`, ...): these are literal key names, not nested objects
         *     (the member detail nests the same data). `"membershipTier.gracePeriodInDays"` is a string (`"0"`).
         *     With `isChurnedMember` the envelope also carries `totalMember`.
         */
        get: operations["listMembers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Membership Member Detail
         * @description One member, by its public member code, with its payment link, customer and tier nested (the list
         *     flattens the same data into dotted keys).
         */
        get: operations["getMember"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/members/{memberId}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Membership Member
         * @description Changes a member's tier, billing period, status, next payment or expiry. The member is selected by the
         *     member code in the path (it is not cosmetic here); `productId` is the only required body field.
         *     Answers with the singular `message` key.
         */
        post: operations["updateMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/members/{memberId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel Membership Member
         * @description Cancels a membership: the member's status becomes `stopped`. Mayar also accepts `productId` as a
         *     `?productId=` query parameter instead of the body; the SDK always sends it in the body. Answers with
         *     the singular `message` key.
         */
        post: operations["cancelMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/members/{memberId}/invoice/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Membership Invoice
         * @description Creates the invoice for the member's current billing term and returns its `membershipBillUrl`.
         *     Invoices are idempotent per billing term: while an unpaid invoice for the current period exists,
         *     Mayar returns it again instead of creating another. `productId` may also go in the `?productId=`
         *     query; the SDK sends it in the body. Answers with the singular `message` key.
         *
         *     A third-party live test (mayarid/mayar-superapp) saw `name` and `term`
         *     (`membershipInvoice:<id>:<month>:<year>`) in the answer and no `transactionId`.
         */
        post: operations["createMemberInvoice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Membership Tiers
         * @description Lists the tiers of one membership product, one page at a time.
         */
        get: operations["listMembershipTiers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/tiers/{tierId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Membership Tier
         * @description One tier of a membership product. Only the official CLI uses this path; its own backend spec says it
         *     was still to be built (the CLI answered 404 until then), and no documentation page describes the
         *     answer. The tier is modelled like a row of the tier list.
         */
        get: operations["getMembershipTier"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/tiers/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Membership Tier
         * @description Creates a tier (with its billing periods) under a membership product. Only the official CLI uses this
         *     path, as a contract for a backend wrapper that was still to be built (the CLI answered 404 until
         *     then). The body is the CLI's contract; the answer is only specified as "the new tier, at least its
         *     `id`", modelled here like a tier-list row in the write envelope (singular `message`).
         */
        post: operations["createMembershipTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/products/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Membership Product
         * @description Creates a membership product (`MEMBERSHIP`, `SAAS` or `CREDIT`). Only the official CLI uses this path,
         *     as a contract for a backend wrapper that was still to be built (the CLI answered 404 until then). The
         *     body is the CLI's contract; the answer is only specified as "the new product, at least its `id`"
         *     (write envelope, singular `message`).
         */
        post: operations["createMembershipProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/memberships/products/{productId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Membership Product
         * @description One membership product. Only the official CLI uses this path, as a contract for a backend wrapper that
         *     was still to be built (the CLI answered 404 until then); the answer is only specified as "the
         *     product". No query parameters.
         */
        get: operations["getMembershipProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/name-services/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Name Service
         * @description Creates a name service (a power-up store entry); Mayar derives its slug from `name`. `payload` is
         *     stored serialised. The answer only says it succeeded: no `data`, so the new entry's id is not
         *     returned. A failure (e.g. a missing `name`) may come back as a 500 with the error's description.
         */
        post: operations["createNameService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/name-services/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Name Service
         * @description Updates a name service. The record is selected by the `id` in the body (this path has no id segment).
         *     The answer's `payload`, `credential` and `event` come back as JSON strings (serialised), although
         *     they are sent as objects.
         */
        post: operations["updateNameService"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/payment-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Payment Channels
         * @description The merchant's payment settings: which channels are enabled (`config[]`, one entry per channel with
         *     `status`), which approvals the merchant has, who bears the fees, and whether rate limiting is active
         *     for the merchant.
         */
        get: operations["getPaymentChannels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/payment-link/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Payment Link
         * @description Creates a generic payment link (`generic_link` product) and returns its id and hosted `link`. Same
         *     handler and body as `products.create` (`POST /hl/v2/products/create`).
         */
        post: operations["createPaymentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/payment-links/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Payment Link
         * @description Updates a generic payment link. Mayar selects the product by the `id` in the body; the id in the path
         *     is cosmetic. Same handler as `products.update` (`POST /hl/v2/products/payment-link/{id}/update`).
         *
         *     A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's field
         *     list in `data` (documented as "200 OK (validation failed)"); the SDK treats that as an error. Live
         *     reports (third-party) say `name` is required in practice, and that `redirectUrl` is ignored on
         *     `payment_request` links.
         */
        post: operations["updatePaymentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/payment-links/sort/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sort Payment Links by Type
         * @description Lists the active products of one type, one page at a time. A read done with POST and no body; the
         *     cursor is the snake_case `starting_after` (not `startingAfter`).
         */
        post: operations["listPaymentLinksByType"];
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
    "/hl/v2/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product Page
         * @description Lists the merchant's products of every type, newest first, one page at a time.
         */
        get: operations["listProducts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/types/{type}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product Page with Type Filter
         * @description Lists the merchant's products of one type, newest first, one page at a time. Note the plural `types` (v1 has `type`).
         */
        get: operations["listProductsByType"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product Detail
         * @description One product with its images, variants and transactions. `variant` is the variants serialised as a JSON
         *     string (or null); `variants` is the same list parsed.
         */
        get: operations["getProduct"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/{id}/{action}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change Product Status
         * @description Opens, closes or unlists a product. Mayar may answer HTTP 200 with `messages: "failed"` (documented);
         *     the SDK treats that as an error. An unsupported action answers 400, an unknown product 404.
         */
        post: operations["changeProductStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/{id}/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product Transactions
         * @description Lists the transactions made on one product, newest first, one page at a time. Each row's custom form
         *     fields are in `customeField`: Mayar's spelling, kept as the API sends it.
         */
        get: operations["listProductTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Product
         * @description Creates a generic payment link (`generic_link` product) and returns its id and hosted `link`. Same
         *     handler and body as `paymentLinks.create` (`POST /hl/v2/products/payment-link/create`).
         */
        post: operations["createProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/payment-link/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit Payment Link
         * @description Updates a generic payment link. Mayar selects the product by the `id` in the body; the id in the path
         *     is cosmetic. Same handler as `paymentLinks.update` (`POST /hl/v2/payment-links/{id}/update`).
         *
         *     A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's field
         *     list in `data` (documented as "200 OK (validation failed)"); the SDK treats that as an error. Live
         *     reports (third-party) say `name` is required in practice, `amount` too for membership products, and
         *     that an undocumented `link` field changes the public slug.
         */
        post: operations["updateProduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/qr-codes/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Dynamic QR Code
         * @description Creates a dynamic QRIS code for a fixed amount and returns the URL of its image. The answer carries
         *     **no transaction id**, so a payment made with the code cannot be looked up from it; watch the webhook
         *     or the paid-transactions list instead.
         */
        post: operations["createQrCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/qr-codes/static": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Static QR Code
         * @description The merchant's static QRIS code (the customer enters the amount), as an image URL. An unofficial SDK
         *     notes the v1 equivalent is only available to merchants who joined before 8 May 2023.
         */
        get: operations["getStaticQrCode"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Reviews
         * @description Lists the reviews of all the merchant's products, newest first, one page at a time, optionally
         *     filtered by status, product and rating.
         */
        get: operations["listReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/reviews/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Review
         * @description Adds a customer's review of a product. `customerEmail` must belong to a customer who paid for the
         *     product. Up to 10 images or videos (`contentReview`) can be attached by their uploaded file ids.
         */
        post: operations["createReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/reviews/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Update Review
         * @description Changes a review. Mayar selects the review by the `id` in the body; the id in the path is cosmetic
         *     and ignored. The SDK sends the body's `id` in both places. `contentReview` adds images or videos,
         *     `deleteContentReview` removes attached ones.
         *
         *     A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's
         *     list in `data` (the `2XX` response); the SDK treats it as an error.
         */
        post: operations["updateReview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/reviews/bulk-status/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Bulk Update Review Status
         * @description Sets the status of 1 to 50 reviews at once (`ACTIVE` shows a review, `ARCHIVED` and `INACTIVE` hide
         *     it). The answer has no `data`. A failure may come back as HTTP 200 with `messages: "failed"` (see the
         *     `failed` example; Mayar may add the validator's list in `data`); the SDK treats it as an error.
         */
        post: operations["updateReviewStatuses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/{id}/reviews": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List Product Reviews
         * @description Lists the active reviews of one product, one page at a time, with their attached images and videos
         *     in `content`.
         */
        get: operations["listProductReviews"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/{id}/reviews/customer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product Review by Customer
         * @description The review one customer wrote for one product, or `null` (in `data`) when the customer has not
         *     reviewed it.
         */
        get: operations["getCustomerProductReview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/{id}/reviews/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Product Review Statistics
         * @description One product's rating summary, counting active reviews only: the total, the average (one decimal) and
         *     one entry per rating from 5 down to 1. `data` is `{}` when the product has no reviews.
         */
        get: operations["getProductReviewStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/merchants/reviews/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Merchant Review Statistics
         * @description The rating summary over all the merchant's products, counting active reviews only: the total, the
         *     average (one decimal) and one entry per rating from 5 down to 1. `data` is `{}` when there are no
         *     reviews.
         */
        get: operations["getMerchantReviewStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saas/v1/license/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify License (SaaS)
         * @description Checks a SaaS membership's licence code. The answer has no `messages`/`message` at all: `isLicenseActive`
         *     and the `licenseCode` object sit at the top level. The field table calls `licenseCode` an "array of
         *     object"; the example (modelled here) is an object. `activationLimit` is a number, or the string
         *     "Tidak terbatas" ("unlimited").
         */
        post: operations["verifySaasLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saas/v1/license/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate License (SaaS)
         * @description Sets the licence code's status to `ACTIVE`. The answer carries only the singular `message` (the field
         *     table says `messages`; the example sends `message`).
         */
        post: operations["activateSaasLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saas/v1/license/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate License (SaaS)
         * @description Sets the licence code's status to `INACTIVE`. The answer carries only the singular `message`.
         */
        post: operations["deactivateSaasLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saas/v2/license/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify License (SaaS, v2)
         * @description The v2 path of the SaaS licence check, used by the official CLI. Only the CLI documents it, and a
         *     third-party live test got 401 "Failed authentication! Please check your token authorization." here
         *     for a key that `/hl/v2` accepted: prefer `verify` (v1) until this is confirmed. Modelled like v1 (no
         *     message key); a stored copy of a v2 page adds `memberStatus` and `licenseCode.memberPaymentLink`.
         */
        post: operations["verifySaasLicenseV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saas/v2/license/activate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Activate License (SaaS, v2)
         * @description The v2 path of licence activation, used by the official CLI. Only the CLI documents it, and a
         *     third-party live test got 401 on `/saas/v2` for a key that `/hl/v2` accepted: prefer `activate` (v1)
         *     until this is confirmed. Modelled like v1 (singular `message`).
         */
        post: operations["activateSaasLicenseV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/saas/v2/license/deactivate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate License (SaaS, v2)
         * @description The v2 path of licence deactivation, used by the official CLI. Only the CLI documents it, and a
         *     third-party live test got 401 on `/saas/v2` for a key that `/hl/v2` accepted: prefer `deactivate` (v1)
         *     until this is confirmed. Modelled like v1 (singular `message`).
         */
        post: operations["deactivateSaasLicenseV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/software/v1/license/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify License
         * @description Checks a software product's licence code. The answer has no `messages`/`message` at all:
         *     `isLicenseActive` and the `licenseCode` object sit at the top level (the field table calls it an
         *     "array of object"; the example, modelled here, is an object). `activationLimit` is a number, or the
         *     string "Tidak terbatas" ("unlimited").
         */
        post: operations["verifySoftwareLicense"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/software/v2/license/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify License (v2)
         * @description The v2 path of the software licence check, used by the official CLI; a third-party live test reached
         *     it with the same key as `/hl/v2`. Same body and answer as v1. An unknown code answers 400 "There's no
         *     license with code X and product id Y registered in user …" (same report).
         */
        post: operations["verifySoftwareLicenseV2"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/transactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Paid Transactions (Balance History)
         * @description **The rows are balance-history rows, not transactions.** Each row is a credit to the merchant's
         *     balance caused by a payment:
         *     - `id` is the balance-history row's id, **not** the transaction id. The transaction id is
         *       `paymentLinkTransactionId`: pass that to `getTransaction`.
         *     - The amount credited is `credit`; there is no `amount` member. The fees taken from it are listed in
         *       `fee[]` (each with a `debit`).
         *
         *     Live reports (third-party) add: `startAt`/`endAt` had no visible effect, and without `status=paid`
         *     recent payments did not appear on the first page. One report saw `limit=50` return a stale, shorter
         *     page where `limit=40` did not.
         */
        get: operations["listTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/transactions/unpaid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Unpaid Transactions
         * @description Lists transactions not paid yet (open payment requests and invoices), one page at a time. Unlike the
         *     paid list, `id` here is the transaction id and the amount is `amount`. `paymentUrl` opens the
         *     payment-channel choice for the transaction.
         */
        get: operations["listUnpaidTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/transactions/daily": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Daily Transaction Statistics
         * @description One day's totals (`date`): the total payment volume (`tpvCount`, in rupiah) and the number of
         *     transactions (`trxCount`). The known body (an SDK's test fixture) carries no `messages` member.
         */
        get: operations["getDailyTransactions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/transactions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get Transaction
         * @description One transaction and its status: **the authoritative proof of payment.** Webhooks are unsigned, so
         *     fulfil an order only once this answers `status: "paid"`. The id is the transaction id (the
         *     `paymentLinkTransactionId` of a paid-list row, the `id` of an unpaid-list row, the `transactionId` of
         *     a created payment request), never a balance-history row's `id`.
         */
        get: operations["getTransaction"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/webhooks/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register URL Hook
         * @description Sets the merchant's webhook URL (one per account), where Mayar POSTs events such as
         *     `payment.received` as JSON. `webhookConfig` is stored alongside the URL; its shape is not documented.
         *     The answer carries no data.
         *
         *     Mayar does not sign deliveries: treat a webhook as a notification and confirm a payment with
         *     `GET /hl/v2/transactions/{id}` before fulfilling.
         */
        post: operations["registerWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/webhooks/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Test URL Hook
         * @description Sends a test delivery to the given URL. The answer carries no data.
         */
        post: operations["testWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/webhooks/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get History
         * @description Past webhook deliveries, newest first, one page at a time. Each row's `payload` is the delivered body
         *     as a JSON string (`{"event": ..., "data": {...}}`): parse it yourself. `createdAt` and `updatedAt`
         *     are epoch milliseconds. The filters come from the official CLI and the reactmore SDK; the
         *     documentation page shows only `limit`.
         */
        get: operations["listWebhookHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/webhooks/new-history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get New History
         * @description Deliveries from Mayar's new webhook history store, one page at a time. Unlike `listHistory`, the
         *     timestamps (`createdAt`, `updatedAt`, `nextDelivery`) are ISO-8601 strings, and rows carry the literal
         *     key `Webhooktype` (capital W, as Mayar spells it). `payload` is the delivered body as a JSON string.
         */
        get: operations["listWebhookNewHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/webhooks/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry History
         * @description Delivers a past webhook again, to the merchant's registered URL. Answers 400 when no URL is registered
         *     and 404 when the history id is unknown. The answer carries no data.
         */
        post: operations["retryWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/webinar/create": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create Webinar
         * @description Creates a webinar product and returns its id and hosted `link`. All dates are ISO-8601 strings:
         *     `startAt` opens sales, `eventStartAt`/`eventEndAt` frame the session, `expiredAt` closes the product.
         */
        post: operations["createWebinar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/hl/v2/products/webinar/{id}/update": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Edit Webinar
         * @description Updates a webinar. Mayar selects the product by the `id` in the body; the id in the path is cosmetic.
         *     A body that fails validation is answered with HTTP 200, `messages: "failed"` and the validator's field
         *     list in `data`; the SDK treats that as an error.
         */
        post: operations["updateWebinar"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "payment.received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * After the customer paid
         * @description The customer completed the payment. createMayarWebhookHandler confirms it with Mayar first.
         */
        post: operations["webhookPaymentReceived"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "payment.reminder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The customer has not finished paying 29 minutes after starting
         * @description The customer has not finished paying 29 minutes after starting.
         */
        post: operations["webhookPaymentReminder"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "shipper.status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The tracking of a physical product's shipment changed
         * @description The tracking of a physical product's shipment changed. Mayar shows no example payload.
         */
        post: operations["webhookShipperStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "membership.memberUnsubscribed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member unsubscribed
         * @description A member unsubscribed.
         */
        post: operations["webhookMemberUnsubscribed"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "membership.memberExpired": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A membership expired
         * @description A membership expired.
         */
        post: operations["webhookMemberExpired"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "membership.changeTierMemberRegistered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A member changed tier (package)
         * @description A member changed tier (package).
         */
        post: operations["webhookMemberChangedTier"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "membership.newMemberRegistered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A new member subscribed
         * @description A new member subscribed.
         */
        post: operations["webhookNewMember"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
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
        /** @description The merchant's balance, in rupiah. */
        Balance: {
            /** @description The part that can be withdrawn. */
            balanceActive: number;
            /** @description The part not settled yet (cannot be withdrawn). */
            balancePending: number;
            /** @description The total, `balanceActive + balancePending`. */
            balance: number;
        };
        GetBalanceResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["Balance"];
        };
        /** @description One product of a bundle. */
        BundleProduct: {
            /** @description The id of the bundle-product link record. */
            id: string;
            /** @description The product's status within the bundle (`ENABLED`, ...). */
            status?: string;
            /** @description The chosen variant, when any (detail only). */
            variantId?: string | null;
            /** @description When the link record last changed (epoch milliseconds; detail only). */
            updatedAt?: number;
            /** @description The product's id. */
            paymentLinkId: string;
            /** @description A summary of the product. */
            paymentLink?: {
                /** @description The product's id. */
                id?: string;
                /** @description The product's name. */
                name?: string;
                /** @description The product type (`course`, `digital_product`, `generic_link`, ...). */
                type?: string;
                /** @description Price in rupiah. */
                amount?: number;
                /** @description The product's variants as serialised JSON, or null (detail only). */
                variant?: string | null;
            };
        };
        /** @description A bundle as the list and the detail show it. Fields only the detail has are marked so. */
        Bundle: {
            /** @description The bundle's id. */
            id: string;
            /** @description The bundle's name. */
            name: string;
            /** @description The bundle's price in rupiah. */
            amount: number;
            /** @description Description (may contain HTML). */
            description?: string | null;
            /** @description Always `bundling`. */
            type?: string;
            /** @description `active`, `closed`, ... */
            status: string;
            /** @description The bundle page's slug. */
            link: string;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description When it last changed (epoch milliseconds). */
            updatedAt?: number;
            /** @description What the bundled items are (`payment_link`). */
            bundlingProductType?: string;
            /** @description Cover image id. */
            coverImageId?: string | null;
            /** @description The cover image, or null. */
            coverImage?: components["schemas"]["ProductImage"] | null;
            /** @description The bundled products. */
            products?: components["schemas"]["BundleProduct"][];
            /** @description Gallery id (detail only). */
            multipleImageId?: string | null;
            /** @description The gallery images, or null (detail only). */
            multipleImage?: unknown;
            /** @description Where the customer goes after paying, possibly empty (detail only). */
            redirectUrl?: string | null;
            /** @description Internal notes (detail only). */
            notes?: string | null;
            /** @description The merchant's user id (detail only). */
            userId?: string;
            /** @description The owning merchant (detail only). */
            user?: {
                /** @description The merchant's user id. */
                id?: string;
                /** @description The merchant's account id. */
                accountId?: string;
                /** @description The merchant's account. */
                account?: {
                    /** @description The account id. */
                    id?: string;
                    /** @description The account name. */
                    name?: string;
                };
            };
            /** @description Shared product attribute, null for bundles (detail only). */
            subType?: string | null;
            /** @description Shared product attribute, null for bundles (detail only). */
            tax?: number | null;
            /** @description Shared product attribute, null for bundles (detail only). */
            items?: unknown;
            /** @description Shared product attribute, null for bundles (detail only). */
            limit?: number | null;
            /** @description Shared product attribute, null for bundles (detail only). */
            expiredAt?: unknown;
            /** @description Shared product attribute, null for bundles (detail only). */
            terms?: string | null;
            /** @description Shared product attribute, null for bundles (detail only). */
            target?: unknown;
            /** @description Shared product attribute, null for bundles (detail only). */
            reason?: unknown;
            /** @description Shared product attribute, null for bundles (detail only). */
            receiver?: unknown;
            /** @description Shared product attribute, null for bundles (detail only). */
            usage?: unknown;
            /** @description Shared product attribute, null for bundles (detail only). */
            category?: string | null;
            /** @description Shared product attribute, null for bundles (detail only). */
            affiliateCommission?: unknown;
            /** @description Shared product attribute, null for bundles (detail only). */
            paymentType?: string | null;
            /** @description Shared product attribute, null for bundles (detail only). */
            qty?: number | null;
            /** @description Shared product attribute, null for bundles (detail only). */
            customerId?: string | null;
            /** @description Shared product attribute, null for bundles (detail only). */
            customer?: unknown;
            /** @description Shared product attribute, null for bundles (detail only). */
            event?: unknown;
        };
        BundleListResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["Bundle"][];
        };
        BundleGetResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["Bundle"];
        };
        CreateCouponBody: {
            /** @description The discount's name (at least 5 characters). */
            name: string;
            /**
             * Format: date-time
             * @description When the discount expires (ISO-8601). Omit it and the discount never expires.
             */
            expiredAt?: string;
            /** @description The discount's terms. */
            discount: {
                /**
                 * @description `monetary` (rupiah off) or `percentage`.
                 * @enum {string}
                 */
                discountType: "monetary" | "percentage";
                /** @description Who may use it (`all`; other values restrict it to new or returning customers). */
                eligibleCustomerType: string;
                /** @description The smallest purchase it applies to, in rupiah (0 for none). */
                minimumPurchase: number;
                /** @description Rupiah off (`monetary`) or percent off (`percentage`). */
                value: number;
                /** @description How many times the coupon can be used. */
                totalCoupons: number;
            };
            /** @description The coupon code customers enter. */
            coupon: {
                /** @description The code. */
                code: string;
                /**
                 * @description `reusable` (one code for many uses) or `onetime`.
                 * @enum {string}
                 */
                type: "reusable" | "onetime";
            };
            /**
             * @description The products it applies to (at most 2; empty or absent: every product). Each item is an object
             *     `{ id }` naming a product the merchant owns; bare id strings are rejected.
             */
            products?: {
                /** @description The product's id. */
                id: string;
            }[];
        };
        /** @description A discount as the create answer (and the planned list) sends it, with ISO-8601 timestamps. */
        CouponCreated: {
            /** @description The discount's id. */
            id: string;
            /** @description The discount's name. */
            name: string;
            /** @description `monetary` or `percentage`. */
            discountType?: string;
            /** @description Rupiah off or percent off. */
            value?: number;
            /** @description The smallest purchase it applies to, in rupiah. */
            minimumPurchase?: number;
            /** @description Who may use it (`all`, ...). */
            eligibleCustomerType?: string;
            /** @description How many times the coupon can be used. */
            totalCoupons?: number;
            /** @description `all` when it applies to every product. */
            discountProductType?: string;
            /**
             * Format: date-time
             * @description When it expires (ISO-8601), null when it never does.
             */
            expiredAt?: string | null;
            /** @description Whether it never expires. */
            isLifeTime?: boolean;
            /** @description The discount's status (`active`, ...). */
            status?: string;
            /** @description Its coupon codes. */
            coupons?: components["schemas"]["CouponCodeCreated"][];
            /** @description The products it is limited to (empty for every product); item shape not documented. */
            products?: unknown[];
            /**
             * Format: date-time
             * @description When it was created (ISO-8601).
             */
            createdAt?: string;
        };
        /** @description A coupon code as the create answer sends it. */
        CouponCodeCreated: {
            /** @description The code's id. */
            id?: string;
            /** @description The code. */
            code: string;
            /** @description `reusable` or `onetime`. */
            type?: string;
            /**
             * Format: date-time
             * @description When it expires (ISO-8601), or null.
             */
            expiredAt?: string | null;
        };
        /** @description A discount in the (planned) list, with its total usage. */
        CouponListItem: components["schemas"]["CouponCreated"] & {
            /** @description How many times its codes were used. */
            totalUsage?: number;
        };
        CreateCouponResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["CouponCreated"];
        };
        /** @description A discount as the detail sends it, with epoch-millisecond timestamps. */
        Coupon: {
            /** @description The discount's id. */
            id: string;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description When it expires (epoch milliseconds), null when it never does. */
            expiredAt?: number | null;
            /** @description The products it is limited to (empty for every product); item shape not documented. */
            productDiscount?: unknown[];
            /** @description `monetary` or `percentage`. */
            discountType?: string;
            /** @description `all` when it applies to every product. */
            discountProductType?: string;
            /** @description Who may use it (`all`, ...). */
            eligibleCustomerType?: string;
            /** @description The discount's name. */
            name?: string;
            /** @description The smallest purchase it applies to, in rupiah. */
            minimumPurchase?: number;
            /** @description Whether it never expires. */
            isLifeTime?: boolean;
            /** @description How many times the coupon can be used. */
            totalCoupons?: number;
            /** @description Rupiah off or percent off. */
            value?: number;
            /** @description Its coupon codes. */
            coupons?: components["schemas"]["CouponCode"][];
        };
        /** @description A coupon code as the detail sends it. */
        CouponCode: {
            /** @description The code's id. */
            id?: string;
            /** @description The code. */
            code: string;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description When it was last changed (epoch milliseconds). */
            updatedAt?: number;
            /** @description The discount it belongs to. */
            discountId?: string;
            /** @description Trial months granted on memberships, or null. */
            endMonthTrial?: unknown;
            /** @description When it expires (epoch milliseconds), or null. */
            expiredAt?: number | null;
            /** @description Whether the code can be used. */
            isActive?: boolean;
            /** @description How many times it can be used. */
            limit?: number | null;
            /** @description `reusable` or `onetime`. */
            type?: string;
            /** @description The merchant's user id. */
            userId?: string;
        };
        GetCouponResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["Coupon"];
        };
        ValidateCouponBody: {
            /** @description The code the customer entered. */
            couponCode: string;
            /** @description The product being bought. */
            paymentLinkId: string;
            /**
             * @description The purchase amount in rupiah, for the minimum-purchase rule (default 0).
             * @default 0
             */
            amount: number;
            /**
             * @description The customer's email; needed for coupons restricted to new or returning customers. Mayar's own
             *     example sends `""` when there is none, so an empty string is accepted as well as an email (the
             *     pattern is the loose `email` format's, or nothing).
             */
            customerEmail?: string;
            /** @description The membership tier being bought, for membership products. */
            membershipTierId?: string;
            /** @description The product type, e.g. `membership_payment`. */
            paymentLinkType?: string;
            /** @description The event tickets being bought (item shape not documented). */
            tickets?: unknown[];
        };
        ValidateCouponResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description The verdict and the discount it gives. */
            data: {
                /** @description Whether the code applies. */
                valid: boolean;
                /** @description The discount the code gives. */
                coupon?: {
                    /** @description The coupon's id. */
                    id?: string;
                    /** @description The code. */
                    code?: string;
                    /** @description `monetary` or `percentage`. */
                    discountType?: string;
                    /** @description Rupiah off or percent off. */
                    discountValue?: number;
                    /** @description The smallest purchase it applies to, in rupiah. */
                    minimumPurchase?: number | null;
                    /** @description Who may use it. */
                    eligibleCustomerType?: string;
                };
            };
        };
        CheckCouponBody: {
            /** @description The code to check. */
            couponCode: string;
        };
        CheckCouponResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description The code's usage. */
            data: {
                /** @description The code. */
                couponCode: string;
                /** @description True when `totalUsed` has reached `limit` (and `limit` is above 0). */
                isUsed: boolean;
                /** @description How many times it was used. */
                totalUsed?: number;
                /** @description How many uses it allows; 0 means no limit. */
                limit?: number;
                /** @description How many uses are left. */
                remaining?: number | null;
            };
        };
        ListCouponsResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["CouponListItem"][];
        };
        GenerateImmutableCheckoutLinkBody: {
            /** @description The unique identifier of the product associated. */
            productId: string;
            /** @description The credit amount for the checkout. Only applicable for credit usage products. */
            creditAmount?: number;
            customerInfo: components["schemas"]["CustomerInfo"];
        };
        /**
         * @description One of Mayar's two documented answers: the credit-based product's (links at the top level) or the
         *     membership credit product's (links per tier under `data`).
         */
        GenerateImmutableCheckoutLinkResponse: components["schemas"]["ImmutableCheckoutLinkCreditAnswer"] | components["schemas"]["ImmutableCheckoutLinkMembershipAnswer"];
        /** @description The answer for a credit-based product. */
        ImmutableCheckoutLinkCreditAnswer: {
            /** @description Indicates the HTTP status of the request (e.g. `200` for success). */
            statusCode: number;
            /** @description A descriptive message about the outcome of the request. */
            message: string;
            /** @description A unique immutable checkout URL containing user identity fields and creditAmount. */
            creditUsageImmutableCheckoutUrl: string;
            /** @description The general (mutable) payment link URL. */
            paymentLinkUrl: string;
        };
        /** @description The answer for a membership credit product. */
        ImmutableCheckoutLinkMembershipAnswer: {
            /** @description Indicates the HTTP status of the request (e.g. `200` for success). */
            statusCode: number;
            /** @description A descriptive message about the outcome of the request. */
            message: string;
            /** @description One immutable checkout link per membership tier. */
            data: {
                /** @description The product's tiers, each with its own immutable checkout link. */
                membershipTiers: {
                    /** @description The membership tier's id. */
                    id: string;
                    /** @description The tier's immutable checkout URL (`/m/<slug>?immutable=<token>`). */
                    specificPaymentLinkUrl: string;
                }[];
                /** @description The general (mutable) membership page URL. */
                paymentLinkUrl?: string;
            };
        };
        /** @description The balances, at the top level of the envelope (no `data` member). */
        CreditBalanceResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key in the credit family). */
            message: string;
            /** @description The total balance across the customer's wallets. */
            customerBalance: number;
            /**
             * @description The main wallet's balance (credit-based products). The documentation's field table calls it
             *     `customerBalanceMain`; its example, modelled here, sends `customerMainBalance`.
             */
            customerMainBalance?: number;
            /** @description The membership wallet's balance (usage-based memberships, instead of the main wallet). */
            customerBalanceMembership?: number;
            /** @description The add-on (top-up) wallet's balance. */
            customerBalanceAddon?: number;
        };
        /**
         * @description Which wallet to change and by how much. Send `customerId` or `memberId` (at least one; Mayar calls
         *     `memberId` "optionally mandatory"); usage-based memberships also need `membershipTierId`.
         */
        CreditWalletChangeBody: {
            /** @description The customer (credit-based products). */
            customerId?: string;
            /** @description The member code (usage-based memberships), instead of `customerId`. */
            memberId?: string;
            /** @description The credit product or usage-based membership. */
            productId: string;
            /** @description The membership tier (usage-based memberships). */
            membershipTierId?: string;
            /** @description How much credit to add or spend. */
            amount: number;
        };
        /** @description The result of adding credit. */
        CreditAddResult: {
            /** @description The customer whose wallet changed. */
            customerId?: string;
            /** @description The product. */
            productId?: string;
            /** @description The membership tier (usage-based memberships). */
            membershipTierId?: string;
            /** @description The credit added. */
            amount?: number;
            /** @description The customer's balance after the addition. */
            customerBalance?: number;
        };
        /**
         * @description Two documented shapes: the result wrapped in `data` (credit-based products) or its fields at the top
         *     level (usage-based memberships). Every member besides `statusCode` and `message` is optional.
         */
        CreditAddResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key in the credit family). */
            message: string;
            data?: components["schemas"]["CreditAddResult"];
            /** @description The customer whose wallet changed (top-level shape). */
            customerId?: string;
            /** @description The product (top-level shape). */
            productId?: string;
            /** @description The membership tier (top-level shape). */
            membershipTierId?: string;
            /** @description The credit added (top-level shape). */
            amount?: number;
            /** @description The balance after the addition (top-level shape). */
            customerBalance?: number;
        };
        /** @description An answer that carries only its status and message. */
        CreditMessageResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description What happened, e.g. "Successfully spent 10. MAIN: 10, ADD_ON: 0". */
            message: string;
        };
        /** @description One credit movement. */
        CreditHistoryEntry: {
            /** @description The entry's id (24 hexadecimal characters). */
            id: string;
            /**
             * Format: date-time
             * @description When the movement happened (ISO-8601).
             */
            createdAt: string;
            /** @description Credit added (listed in the field table; the example shows a signed `amount` instead). */
            credit?: number;
            /** @description Credit taken (listed in the field table; the example shows a signed `amount` instead). */
            debit?: number;
            /** @description The signed change (negative when credit was taken), as the documentation's example shows. */
            amount?: number;
            /** @description The product. */
            productId?: string;
            /** @description `ACTIVE`, ... */
            status?: string;
            /** @description The customer. */
            customerId?: string;
            /** @description The merchant's user id. */
            merchantId?: string;
            /**
             * Format: date-time
             * @description When this credit expires, or null.
             */
            expiredAt?: string | null;
            /** @description `MAIN`, `ADD_ON` or `MEMBERSHIP`. */
            walletType?: string;
            /** @description `CREDIT_USAGE`, `MERCHANT_TOPUP`, `TRIAL_TOPUP`, `EXPIRE_VOID`, ... */
            type?: string;
            /** @description The membership tier (usage-based memberships). */
            membershipTierId?: string;
            /** @description The entry this one refers to (e.g. the top-up an expiry voids). */
            referenceId?: string;
        };
        CreditHistoryResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key in the credit family). */
            message: string;
            /** @description How many entries match. */
            total: number;
            /** @description This page's number. */
            page: number;
            /** @description Entries per page. */
            limit: number;
            /** @description How many pages there are. */
            totalPages: number;
            data: components["schemas"]["CreditHistoryEntry"][];
        };
        CreditRegisterCustomerBody: {
            /** @description The credit-based product. */
            productId: string;
            /** @description Credit granted at registration. */
            trialCredit?: number;
            customerInfo: components["schemas"]["CustomerInfo"];
        };
        CreditRegisterCustomerResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key in the credit family). */
            message: string;
            /** @description The registered customer. */
            data: {
                /** @description The customer's id (use it for balance, add and spend). */
                customerId: string;
                /** @description The product's payment link id. */
                paymentLinkId?: string;
            };
        };
        CreditRegisterMemberBody: {
            /** @description The usage-based membership product. */
            productId: string;
            /** @description The tier the member joins. */
            membershipTierId: string;
            /**
             * @description The billing period in months; Mayar accepts only 1, 3, 6 or 12.
             * @enum {integer}
             */
            membershipMonthlyPeriod: 1 | 3 | 6 | 12;
            /** @description Credit granted at registration. */
            trialCredit?: number;
            customerInfo: components["schemas"]["CustomerInfo"];
        };
        /** @description The new member of a usage-based membership. Timestamps are epoch milliseconds. */
        CreditMembershipCustomer: {
            /** @description The member record's id. */
            id: string;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description The membership product (payment link) id. */
            paymentLinkId?: string;
            /** @description When the member was registered (epoch milliseconds). */
            createdAt?: number;
            /** @description The next billing date (epoch milliseconds), or null. */
            nextPayment?: number | null;
            /** @description Whether the membership never expires, or null. */
            isLifetimePeriod?: boolean | null;
            /** @description The membership product. */
            paymentLink?: {
                /** @description The product's id. */
                id?: string;
                /** @description The product's name. */
                name?: string;
                /** @description The product's description (HTML). */
                description?: string | null;
            };
        };
        /** @description The new member at the top level (no `data` member). */
        CreditRegisterMemberResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key in the credit family). */
            message: string;
            membershipCustomer: components["schemas"]["CreditMembershipCustomer"];
        };
        /** @description A customer of the merchant. */
        Customer: {
            /** @description The customer's id. */
            id: string;
            /** @description When the customer was created (epoch milliseconds). */
            createdAt?: number;
            /** @description When the customer was last changed (epoch milliseconds). */
            updatedAt?: number;
            /** @description The customer's email address. */
            email: string;
            /** @description The customer's mobile phone number. */
            mobile?: string | null;
            /** @description The customer's name. */
            name?: string | null;
            /** @description The customer's status (`active`). */
            status?: string;
            /** @description The merchant's user id. */
            userId?: string;
        };
        /** @description A customer, with the merchant's own account as `user`. */
        CustomerWithMerchant: WithRequired<components["schemas"]["Customer"], "id" | "email"> & {
            user?: components["schemas"]["CustomerMerchant"];
        };
        /** @description The merchant's account, as the email search returns it. */
        CustomerMerchant: {
            /** @description The merchant's user id. */
            id?: string;
            /** @description The merchant's name. */
            name?: string | null;
            /** @description The webhook URL registered for the merchant, or null when none is. */
            urlHook?: string | null;
            /** @description The merchant's email address. */
            email?: string | null;
            /** @description The merchant's store subdomain (`<paymeLink>.myr.id`). */
            paymeLink?: string | null;
            /** @description Whether the merchant serves its pages from its own domain. */
            isSelfDomain?: boolean | null;
            /** @description The merchant's account id. */
            accountId?: string;
            /** @description The merchant's account. */
            account?: {
                /** @description The account id. */
                id?: string;
                /** @description The account's name. */
                name?: string | null;
                /** @description The id of the account's logo image. */
                imageId?: string | null;
                /** @description The account's logo `{ id, fileType, url }`, or null. */
                logo?: {
                    /** @description The image id. */
                    id?: string;
                    /** @description The image's media type. */
                    fileType?: string;
                    /** @description The image's URL. */
                    url?: string;
                } | null;
            };
        };
        ListCustomersResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["Customer"][];
        };
        GetCustomerByEmailResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["CustomerWithMerchant"];
        };
        /** @description The created customer. Its id is `customerId`; there is no `id` member. */
        CreatedCustomer: {
            /** @description The new customer's id. */
            customerId: string;
            /** @description The customer's name. */
            name?: string;
            /** @description The customer's email address. */
            email: string;
            /** @description The customer's mobile phone number. */
            mobile?: string;
            /** @description The merchant's user id. */
            userId?: string;
        };
        CreateCustomerResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["CreatedCustomer"];
        };
        UpdateCustomerBody: {
            /**
             * Format: email
             * @description The customer's current email address (selects the customer).
             */
            fromEmail: string;
            /**
             * Format: email
             * @description The new email address.
             */
            toEmail: string;
        };
        CreateCustomerPortalLinkBody: {
            /**
             * Format: email
             * @description The customer's email address; the magic link is sent there.
             */
            email: string;
        };
        CreateCustomerPortalLinkResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Confirmation that the magic link was sent. */
            data: {
                /**
                 * @description Despite its name, not a URL: a confirmation sentence in Indonesian ("Sudah kami kirim ke
                 *     email anda", "we have sent it to your email"). The link itself only goes to the customer's
                 *     inbox.
                 */
                url?: string;
            };
        };
        /** @description A digital product to create. */
        DigitalProductCreateBody: {
            /** @description The product's name. */
            name: string;
            /** @description Description. */
            description?: string;
            /** @description Price in rupiah. */
            amount?: number;
            /** @description Crossed-out price shown as the original price, in rupiah. */
            crossoutPrice?: number;
            /** @description Where the customer goes after paying. */
            redirectUrl?: string;
            /** @description Additional notes. */
            notes?: string;
            /**
             * Format: date-time
             * @description When the product expires (ISO-8601).
             */
            expiredAt?: string;
            /** @description Maximum number of purchases. */
            limit?: number;
            /** @description Tax amount applied to the product. */
            tax?: number;
        };
        /** @description Changes to a digital product. */
        DigitalProductUpdateBody: {
            /** @description The product to update (this selects the record, not the path). */
            id: string;
            /** @description The product's name. */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Price in rupiah. */
            amount?: number;
            /** @description Crossed-out price shown as the original price, in rupiah. */
            crossoutPrice?: number;
            /** @description Where the customer goes after paying. */
            redirectUrl?: string;
            /** @description Additional notes. */
            notes?: string;
            /**
             * Format: date-time
             * @description When the product expires (ISO-8601).
             */
            expiredAt?: string;
        };
        /** @description Where the event happens and how many tickets one transaction may buy. */
        EventDetails: {
            /** @description The venue's address. */
            eventAddress?: string;
            /** @description Whether the event happens online. */
            isOnlineEvent?: boolean;
            /** @description Maximum number of tickets per transaction. */
            maxTicket?: number;
        };
        /** @description An event to create. */
        EventCreateBody: {
            /** @description The event's name. */
            name: string;
            /** @description Description, text or HTML. */
            description: string;
            /** @description Ticket price in rupiah. */
            amount: number;
            /** @description Crossed-out price shown as the original price, in rupiah. */
            crossoutPrice?: number;
            /** @description The event's URL, such as an online meeting link. */
            eventUrl?: string;
            /** @description Additional notes. */
            notes?: string;
            /** @description Terms and conditions of the purchase. */
            terms?: string;
            /** @description Where the customer goes after paying. */
            redirectUrl?: string;
            /** @description Payment type (`paid` in the documented example; other values are not documented). */
            paymentType: string;
            /**
             * Format: date-time
             * @description When ticket sales open (ISO-8601).
             */
            startAt: string;
            /**
             * Format: date-time
             * @description When the event starts (ISO-8601).
             */
            eventStartAt: string;
            /**
             * Format: date-time
             * @description When the event ends (ISO-8601).
             */
            eventEndAt: string;
            /**
             * Format: date-time
             * @description When the product expires (ISO-8601).
             */
            expiredAt: string;
            /** @description Maximum number of participants or purchases. */
            limit?: number;
            event?: components["schemas"]["EventDetails"];
        };
        /** @description Changes to an event. */
        EventUpdateBody: {
            /** @description The event to update (this selects the record, not the path). */
            id: string;
            /** @description The event's name. */
            name?: string;
            /** @description Description, text or HTML. */
            description?: string;
            /** @description Ticket price in rupiah. */
            amount?: number;
            /** @description Crossed-out price shown as the original price, in rupiah. */
            crossoutPrice?: number;
            /** @description The event's URL, such as an online meeting link. */
            eventUrl?: string;
            /** @description Where the customer goes after paying. */
            redirectUrl?: string;
            /**
             * Format: date-time
             * @description When the product expires (ISO-8601).
             */
            expiredAt?: string;
            event?: components["schemas"]["EventDetails"];
        };
        CreateInstallmentBody: {
            /**
             * Format: email
             * @description The customer's email address.
             */
            email: string;
            /** @description The customer's mobile phone number. */
            mobile: string;
            /** @description The customer's name. */
            name: string;
            /** @description The principal, in rupiah (interest comes on top). */
            amount: number;
            /** @description The instalment plan. */
            installment: {
                /** @description What is being paid for. */
                description: string;
                /** @description The flat interest rate, in percent (0 for none). */
                interest: number;
                /** @description The number of monthly instalments (3 to 24). */
                tenure: number;
                /** @description The day of the month each instalment is due (1 to 28). */
                dueDate: number;
            };
        };
        /** @description An installment and its invoices (ISO-8601 timestamps). */
        Installment: {
            /** @description The installment's id. */
            id: string;
            /** @description The principal, in rupiah. */
            amount: number;
            /** @description The flat interest rate, in percent. */
            interest?: number;
            /** @description How interest is computed (`FLAT`). */
            interestType?: string;
            /** @description How often an instalment falls due (`MONTHLY`). */
            period?: string;
            /** @description The number of instalments. */
            tenure?: number;
            /** @description The day of the month each instalment is due. */
            dueDate?: number;
            /** @description The interest over the whole tenure, in rupiah. */
            totalInterest?: number;
            /** @description Principal plus interest, in rupiah. */
            totalAmount?: number;
            /** @description What is being paid for. */
            description?: string | null;
            customer?: components["schemas"]["CustomerInfo"];
            /** @description The installment's status (`unpaid`, `paid`, ...). */
            status?: string;
            /** @description One invoice per instalment. */
            invoices?: components["schemas"]["InstallmentInvoice"][];
            /**
             * Format: date-time
             * @description When it was created (ISO-8601).
             */
            createdAt?: string;
        };
        /** @description The invoice of one instalment. */
        InstallmentInvoice: {
            /** @description The invoice's id. */
            id: string;
            /** @description Which instalment it is (1 for the first). */
            index?: number;
            /** @description The instalment's amount, in rupiah (interest included). */
            amount: number;
            /** @description The interest part of `amount`, in rupiah. */
            interestAmount?: number;
            /** @description What is still to pay on this instalment, in rupiah. */
            remainingAmount?: number;
            /**
             * Format: date-time
             * @description When it falls due (ISO-8601).
             */
            dueDate?: string;
            /** @description The invoice's status (`unpaid`, `paid`, ...). */
            status?: string;
            /**
             * @description The invoice page's **bare slug**, not a URL. The page is at `https://<store>.myr.id/invoices/<slug>`
             *     (sandbox hosts differ); build it from the merchant's store domain.
             */
            link?: string;
        };
        InstallmentResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["Installment"];
        };
        /** @description An installment as the list shows it, the installment's payment link. */
        InstallmentLink: {
            /** @description The payment link's id. */
            id: string;
            /** @description The amount, in rupiah. */
            amount: number;
            /** @description Category, when any. */
            category?: string | null;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description Description. */
            description?: string | null;
            /** @description The hosted page's slug (not a URL). */
            link?: string;
            /** @description Always `installment`. */
            type?: string;
            /** @description Its status (`unpaid`, `active`, ...). */
            status: string;
            /** @description Name. */
            name?: string | null;
            /** @description How many times it can be paid, when limited. */
            limit?: number | null;
            /** @description Where the customer goes after paying, when set. */
            redirectUrl?: string | null;
            /** @description The installment's id (what `getInstallment` takes). */
            installmentId?: string | null;
            /** @description Event details (null for installments). */
            event?: unknown;
            /** @description Display order (null when unset). */
            order?: unknown;
            /** @description Cover image `{ id, fileType, url }` or null. */
            coverImage?: unknown;
            /** @description Gallery images. */
            multipleImage?: unknown[] | null;
            /** @description Transactions made on it. */
            transactions?: components["schemas"]["TransactionRef"][];
        };
        ListInstallmentsResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["InstallmentLink"][];
        };
        /** @description One line of an invoice. */
        InvoiceItem: {
            /** @description Quantity of the item. */
            quantity: number;
            /** @description Price per item, in rupiah. Mayar rejects a rate that is not positive. */
            rate: number;
            /** @description Description of the item. */
            description: string;
        };
        InvoiceCreateBody: {
            /** @description Full name of the customer. */
            name: string;
            /**
             * Format: email
             * @description Email address of the customer.
             */
            email: string;
            /** @description Mobile phone number of the customer. */
            mobile: string;
            /** @description The invoice's lines. */
            items: components["schemas"]["InvoiceItem"][];
            /** @description Description or notes related to the invoice. */
            description?: string;
            /**
             * Format: date-time
             * @description When the invoice expires (ISO-8601, UTC).
             */
            expiredAt?: string;
            /** @description Tax amount applied to the invoice. */
            tax?: number;
            /** @description Restrict the invoice to a specific payment method (e.g. `qris`, `va/bni`). */
            paymentMethod?: string;
            /** @description Cashtag associated with the invoice. */
            cashtag?: string;
            /** @description Additional custom data attached to the invoice, echoed back on create. */
            extraData?: {
                [key: string]: unknown;
            };
        };
        InvoiceCreateResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["InvoiceCreated"];
        };
        /** @description The created invoice. */
        InvoiceCreated: {
            /** @description The invoice's id. */
            id: string;
            /** @description The id of the transaction the customer pays. */
            transactionId: string;
            /** @description The hosted invoice page's URL. */
            link: string;
            /** @description When the invoice expires (epoch milliseconds). */
            expiredAt?: number;
            /** @description The `extraData` sent, or null. */
            extraData?: {
                [key: string]: unknown;
            } | null;
        };
        InvoiceUpdateBody: {
            /** @description The invoice to update (this selects the record, not the path). */
            id: string;
            /** @description The invoice's lines (replace the current ones). */
            items?: components["schemas"]["InvoiceItem"][];
            /** @description Description or notes related to the invoice. */
            description?: string;
            /**
             * Format: date-time
             * @description When the invoice expires (ISO-8601, UTC).
             */
            expiredAt?: string;
            /** @description Additional notes for the invoice. */
            notes?: string;
            /** @description Tax amount applied to the invoice. */
            tax?: number;
            /** @description Restrict the invoice to a specific payment method. */
            paymentMethod?: string;
            /** @description Cashtag associated with the invoice. */
            cashtag?: string;
            /** @description Additional custom data attached to the invoice. */
            extraData?: {
                [key: string]: unknown;
            };
        };
        /** @description The customer, as invoices and transaction rows embed it. */
        InvoiceCustomer: {
            /** @description The customer's id. */
            id: string;
            /** @description The customer's email address. */
            email: string;
            /** @description The customer's mobile phone number. */
            mobile?: string | null;
            /** @description The customer's name. */
            name?: string | null;
        };
        /** @description An invoice as lists and details show it. */
        Invoice: {
            /** @description The invoice's id. */
            id: string;
            /** @description The invoice's total, in rupiah. */
            amount: number;
            /** @description `unpaid`, `paid`, `closed`, ... */
            status: string;
            /** @description The hosted page's slug (not a URL; see `paymentUrl` on the detail). */
            link: string;
            /** @description Always `invoice`. */
            type?: string;
            /** @description Always `INVOICE` in lists. */
            name?: string;
            /** @description Description, possibly empty. */
            description?: string | null;
            /** @description Category, when any. */
            category?: string | null;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description When it expires (epoch milliseconds). */
            expiredAt?: number | null;
            /** @description Where the customer goes after paying, when set. */
            redirectUrl?: string | null;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description The customer's id. */
            customerId?: string;
            customer?: components["schemas"]["InvoiceCustomer"];
            /** @description Transactions made on the invoice (lists give each one's `status`). */
            transactions?: components["schemas"]["TransactionRef"][];
            /** @description The invoice's current transaction (detail only). */
            transactionId?: string;
            /** @description The hosted invoice page's URL (detail only). */
            paymentUrl?: string;
            /** @description The payment link behind the invoice; the invoice's own id (detail only). */
            paymentLinkId?: string;
        };
        InvoiceListResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["Invoice"][];
        };
        InvoiceGetResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["Invoice"];
        };
        CreateMembershipMemberBody: {
            /** @description The membership product (payment link) to register the member on. */
            productId: string;
            /** @description The tier the member joins. */
            membershipTierId: string;
            customerInfo: components["schemas"]["CustomerInfo"];
            /** @description The billing period in months (e.g. 1, 3, 6, 12). */
            membershipMonthlyPeriod?: number;
        };
        UpdateMembershipMemberBody: {
            /** @description The membership product the member belongs to. */
            productId: string;
            /** @description Move the member to this tier. */
            membershipTierId?: string;
            /** @description The new billing period in months. */
            membershipMonthlyPeriod?: number;
            /** @description The member's new status (`active`, `inactive`, `stopped`, ...). */
            status?: string;
            /**
             * Format: date-time
             * @description The next billing date (ISO-8601).
             */
            nextPayment?: string;
            /**
             * Format: date-time
             * @description When the membership expires (ISO-8601).
             */
            expiredAt?: string;
        };
        /** @description Names the membership product the member belongs to. */
        MembershipProductRefBody: {
            /** @description The membership product the member belongs to (Mayar also accepts it as a query parameter). */
            productId: string;
        };
        /** @description A member (a customer's subscription to a tier). Timestamps are ISO-8601 strings. */
        MembershipCustomer: {
            /** @description The member record's id. */
            id: string;
            /** @description The public membership code (e.g. `MBR8X2QK`), used in the member paths. */
            memberId: string;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description The customer's id. */
            customerId?: string;
            /** @description The tier's id. */
            membershipTierId?: string;
            /** @description The membership product (payment link) id. */
            paymentLinkId?: string;
            /** @description The billing period in months, or null (lifetime or unset). */
            monthlyPaymentPeriod?: number | null;
            /** @description `active`, `inactive`, `stopped`, ... */
            status: string;
            /**
             * Format: date-time
             * @description The next billing date, or null.
             */
            nextPayment?: string | null;
            /**
             * Format: date-time
             * @description When the membership expires, or null.
             */
            expiredAt?: string | null;
            /**
             * Format: date-time
             * @description When the member was registered.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the member was last changed.
             */
            updatedAt?: string;
        };
        /** @description The documented `data` of the member write endpoints. */
        MembershipCustomerWrapper: {
            membershipCustomer: components["schemas"]["MembershipCustomer"];
        };
        CreateMembershipMemberResponse: {
            /** @description Status code; 201 when the member was registered. */
            statusCode: number;
            /** @description Status message (singular key on membership writes). */
            message: string;
            /** @description The new member: documented wrapped in `membershipCustomer`; a third-party live test saw it flat. */
            data: components["schemas"]["MembershipCustomerWrapper"] | components["schemas"]["MembershipCustomer"];
        };
        MembershipCustomerWriteResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key on membership writes). */
            message: string;
            data: components["schemas"]["MembershipCustomerWrapper"];
        };
        /**
         * @description A member as the list shows it. The tier and customer fields are flattened into literal dotted keys
         *     (`"customer.email"` is one key). Timestamps are ISO-8601 strings.
         */
        MembershipMemberRow: {
            /** @description The member record's id. */
            id: string;
            /** @description The public membership code. */
            memberId: string;
            /**
             * Format: date-time
             * @description When the member was registered.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the member was last changed.
             */
            updatedAt?: string;
            /** @description The customer's id. */
            customerId?: string;
            /** @description The tier's id. */
            membershipTierId?: string;
            /**
             * Format: date-time
             * @description The next billing date, or null.
             */
            nextPayment?: string | null;
            /** @description `active`, `inactive`, `stopped`, ... */
            status: string;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description The tier's name (literal dotted key). */
            "membershipTier.name"?: string;
            /** @description The tier's grace period in days, as a string (e.g. `"0"`; literal dotted key). */
            "membershipTier.gracePeriodInDays"?: string;
            /** @description The customer's name (literal dotted key). */
            "customer.name"?: string;
            /** @description The customer's mobile number (literal dotted key). */
            "customer.mobile"?: string;
            /** @description The customer's email (literal dotted key). */
            "customer.email"?: string;
        };
        ListMembershipMembersResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            /** @description How many members match, sent when `isChurnedMember` is given. */
            totalMember?: number;
            data: components["schemas"]["MembershipMemberRow"][];
        };
        /** @description A member with its payment link, customer and tier nested. */
        MembershipMemberDetail: components["schemas"]["MembershipCustomer"] & {
            /** @description Whether the member has used the tier's trial. */
            isAlreadyUsedTrial?: boolean | null;
            /** @description Whether the member is in a trial now. */
            isInTrial?: boolean | null;
            /** @description Whether the membership never expires, or null. */
            isLifetimePeriod?: boolean | null;
            /** @description Whether today's payment reminder was sent. */
            isTodayReminderSent?: boolean | null;
            /** @description Whether the next-payment email was sent. */
            nextPaymentEmailSent?: boolean | null;
            /** @description The membership product. */
            paymentLink?: {
                /** @description The product's id. */
                id?: string;
                /** @description The product's name. */
                name?: string;
                /** @description The product's status. */
                status?: string;
                /** @description The product's membership settings. */
                membershipInfo?: {
                    /** @description The settings' id. */
                    id?: string;
                    /** @description `MEMBERSHIP`, `SAAS` or `CREDIT`. */
                    type?: string;
                };
            };
            /** @description The customer. */
            customer?: {
                /** @description The customer's id. */
                id?: string;
                /** @description The customer's name. */
                name?: string;
                /** @description The customer's email. */
                email?: string;
                /** @description The customer's mobile number. */
                mobile?: string;
            };
            /** @description The tier. */
            membershipTier?: {
                /** @description The tier's id. */
                id?: string;
                /** @description The tier's name. */
                name?: string;
                /** @description The tier's status (`ACTIVE`, ...). */
                status?: string;
            };
        };
        GetMembershipMemberResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["MembershipMemberDetail"];
        };
        /** @description A membership invoice for one billing term. Timestamps are ISO-8601 strings. */
        MembershipInvoice: {
            /** @description The invoice's id. */
            id: string;
            /** @description The transaction's id (documented; a live test did not see it). */
            transactionId?: string;
            /** @description The customer's id. */
            customerId?: string;
            /** @description The tier's id. */
            membershipTierId?: string;
            /** @description Amount in rupiah. */
            amount: number;
            /** @description `created` while unpaid, then `paid`, ... */
            status: string;
            /**
             * Format: date-time
             * @description When the invoice expires.
             */
            expiredAt?: string | null;
            /**
             * Format: date-time
             * @description When the invoice was created.
             */
            createdAt?: string;
            /** @description The hosted page where the member pays. */
            membershipBillUrl: string;
            /** @description The invoice's name (seen live by a third party, not documented). */
            name?: string;
            /** @description The billing term key, `membershipInvoice:<id>:<month>:<year>` (seen live by a third party). */
            term?: string;
        };
        CreateMembershipInvoiceResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key on membership writes). */
            message: string;
            data: components["schemas"]["MembershipInvoice"];
        };
        /** @description A tier of a membership product. Timestamps are ISO-8601 strings. */
        MembershipTier: {
            /** @description The tier's id. */
            id: string;
            /** @description The tier's name. */
            name: string;
            /** @description The tier's description (HTML). */
            description?: string | null;
            /** @description Notes shown with the tier. */
            notes?: string | null;
            /** @description `ACTIVE`, ... */
            status: string;
            /** @description The membership product (payment link) id. */
            paymentLinkId?: string;
            /** @description The merchant's user id. */
            userId?: string;
            /**
             * Format: date-time
             * @description When the tier was created.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the tier was last changed.
             */
            updatedAt?: string;
            /** @description When every membership of the tier ends, or null. */
            finishMembershipAt?: string | null;
            /** @description Days of access kept after a missed payment. */
            gracePeriodInDays?: number | null;
            /** @description Whether the tier's limit is reached. */
            isSoldOut?: boolean;
            /** @description Whether the tier offers a trial. */
            isTrialAvailable?: boolean;
            /** @description The maximum number of members, or null (unlimited). */
            limit?: number | null;
            /** @description Whether the first payment is taken at registration. */
            paymentAtStart?: boolean;
            /** @description Display order, or null. */
            position?: number | null;
            /** @description Where members go after paying (may be empty). */
            redirectUrl?: string | null;
            /** @description Credit granted during the trial (credit products), or null. */
            trialCredit?: number | null;
            /** @description The trial's length in days. */
            trialPeriodInDays?: number | null;
            /** @description A one-off fee in rupiah charged at registration, or null. */
            upfrontFee?: number | null;
        };
        ListMembershipTiersResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["MembershipTier"][];
        };
        GetMembershipTierResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["MembershipTier"];
        };
        CreateMembershipTierBody: {
            /** @description The membership product the tier belongs to. */
            productId: string;
            /** @description The tier's name. */
            name: string;
            /** @description The tier's description. */
            description: string;
            /** @description Notes shown with the tier. */
            notes?: string;
            /** @description The maximum number of members. */
            limit?: number;
            /** @description A one-off fee in rupiah charged at registration. */
            upfrontFee?: number;
            /** @description When every membership of the tier ends. */
            finishMembershipAt?: string;
            /** @description Days of access kept after a missed payment. */
            gracePeriodInDays?: number;
            /** @description The trial's length in days. */
            trialPeriodInDays?: number;
            /** @description Credit granted during the trial (credit products). */
            trialCredit?: number;
            /** @description Whether the tier offers a trial. */
            isTrialAvailable?: boolean;
            /**
             * Format: uri
             * @description Where members go after paying.
             */
            redirectUrl?: string;
            /** @description The billing options of the tier (monthly, yearly, lifetime, ...). */
            periods: components["schemas"]["MembershipTierPeriod"][];
        };
        /** @description One billing option of a tier. */
        MembershipTierPeriod: {
            /** @description The billing period in months. */
            monthPeriod?: number;
            /** @description The price of the period in rupiah. */
            amount?: number;
            /** @description Credit granted per period (credit products). */
            credit?: number;
            /** @description Whether this option never expires. */
            isLifetime?: boolean;
            /** @description The option's status (e.g. `ACTIVE`). */
            status?: string;
        };
        CreateMembershipTierResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key on membership writes). */
            message: string;
            data: components["schemas"]["MembershipTier"];
        };
        /** @description Mayar requires only `name` and `membershipInfo.type`. */
        CreateMembershipProductBody: {
            /** @description The product's name. */
            name: string;
            /** @description The product's description. */
            description?: string;
            /**
             * Format: uri
             * @description Where members go after paying.
             */
            redirectUrl?: string;
            /** @description The cover image. */
            coverImage?: string;
            /** @description Leave the customer-portal link out of Mayar's emails. */
            hidePortalAccessInEmails?: boolean;
            /** @description The membership settings. */
            membershipInfo: {
                /** @description Whether the product page shows its members. */
                showMembers?: boolean;
                /**
                 * @description The kind of membership.
                 * @enum {string}
                 */
                type: "MEMBERSHIP" | "SAAS" | "CREDIT";
                /** @description Credit granted (credit products). */
                creditValue?: number;
                /** @description Whether members can buy more credit. */
                enableCreditTopup?: boolean;
                /** @description Whether unused credit carries over. */
                isAccumulateCredit?: boolean;
                /** @description Whether unused top-up credit carries over. */
                isAccumulateTopupCredit?: boolean;
                /** @description The smallest top-up. */
                minCreditTopup?: number;
                /** @description The largest top-up. */
                maxCreditTopup?: number;
            };
        };
        /**
         * @description A membership product. Only its `id` is specified (CLI contract); the other fields are what Mayar's
         *     product details usually carry.
         */
        MembershipProduct: {
            /** @description The product's id (use it as `productId` for tiers and members). */
            id: string;
            /** @description The product's name. */
            name?: string;
            /** @description The product's description. */
            description?: string | null;
            /** @description The hosted page's slug. */
            link?: string;
            /** @description The product type (`membership`). */
            type?: string;
            /** @description The product's status. */
            status?: string;
            /** @description The membership settings, as sent on create. */
            membershipInfo?: {
                [key: string]: unknown;
            };
        };
        CreateMembershipProductResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (singular key on membership writes). */
            message: string;
            data: components["schemas"]["MembershipProduct"];
        };
        GetMembershipProductResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["MembershipProduct"];
        };
        NameServiceCreateBody: {
            /** @description The service's name; Mayar derives the slug from it. */
            name: string;
            /** @description What the service offers. */
            description?: string;
            /**
             * Format: uri
             * @description The service's website.
             */
            website?: string;
            /** @description The price in rupiah. */
            amount?: number;
            /**
             * Format: uri
             * @description Webhook URL notified of events related to this service.
             */
            urlHook?: string;
            /**
             * Format: uri
             * @description The service's image URL.
             */
            image?: string;
            /** @description Free-form data, stored serialised (it comes back as a JSON string). */
            payload?: {
                [key: string]: unknown;
            };
        };
        NameServiceUpdateBody: {
            /**
             * Format: uuid
             * @description The name service to update (selects the record; there is no id in the path).
             */
            id: string;
            /** @description The service's name. */
            name?: string;
            /** @description What the service offers. */
            description?: string;
            /**
             * Format: uri
             * @description The service's website.
             */
            website?: string;
            /** @description The price in rupiah. */
            amount?: number;
            /**
             * Format: uri
             * @description Webhook URL notified of events related to this service.
             */
            urlHook?: string;
            /**
             * Format: uri
             * @description The service's image URL.
             */
            image?: string;
            /** @description Free-form data, stored serialised (it comes back as a JSON string). */
            payload?: {
                [key: string]: unknown;
            };
            /** @description Credentials for the service, stored serialised (it comes back as a JSON string). */
            credential?: {
                [key: string]: unknown;
            };
            /** @description Event settings, stored serialised (it comes back as a JSON string). */
            event?: {
                [key: string]: unknown;
            };
        };
        /** @description A name service. `payload`, `credential` and `event` are serialised JSON strings. */
        NameService: {
            /** @description The name service's id. */
            id: string;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description The service's name. */
            name: string;
            /** @description The slug Mayar derived from the name. */
            slug: string;
            /** @description What the service offers. */
            description?: string | null;
            /** @description The service's website. */
            website?: string | null;
            /** @description The price in rupiah. */
            amount?: number | null;
            /** @description Webhook URL notified of events related to this service. */
            urlHook?: string | null;
            /** @description The service's image URL. */
            image?: string | null;
            /** @description The free-form data, serialised JSON (parse it yourself), or null. */
            payload?: string | null;
            /** @description The credentials, serialised JSON (parse it yourself), or null. */
            credential?: string | null;
            /** @description The event settings, serialised JSON (parse it yourself), or null. */
            event?: string | null;
        };
        /** @description An answer that only says the call succeeded (no `data`). */
        NameServiceSuccessResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
        };
        NameServiceUpdateResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["NameService"];
        };
        /** @description The merchant's payment settings and channels. */
        PaymentChannelSettings: {
            /** @description The settings record's id. */
            id?: string;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description Whether Akulaku pay-later is approved for the merchant. */
            isAkulakuApproved?: boolean;
            /** @description Whether card payments are approved for the merchant. */
            isCreditCardApproved?: boolean;
            /** @description Whether the static QRIS code is approved for the merchant. */
            isQRISStaticApproved?: boolean;
            /** @description Whether customers pay the admin fee. */
            isAdminFeeBorneByCustomer?: boolean;
            /** @description Whether customers pay the payment-channel fee. */
            isChannelFeeBorneByCustomer?: boolean;
            /** @description Whether API rate limiting is active for the merchant. */
            isRateLimitActive?: boolean;
            /** @description One entry per payment channel. */
            config: components["schemas"]["PaymentChannel"][];
        };
        /** @description One payment channel and whether it is enabled. */
        PaymentChannel: {
            /** @description The channel's display name (`QRIS`, `Bank Transfer Mandiri`, ...). */
            name: string;
            /** @description Whether the channel is enabled. */
            status: boolean;
            /** @description The URL of the channel's logo. */
            img?: string | null;
            /** @description The channel family (`qris`, `qris_static`, `va`, `ewallet`, `card`, `retail`, `paylater`). */
            type: string;
            /** @description The channel's code (`QRIS`, `MANDIRI`, `OVO`, `ALFAMART`, `AKULAKU`, ...); null for cards. */
            code?: string | null;
        };
        GetPaymentChannelsResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["PaymentChannelSettings"];
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
        /** @description An uploaded image (cover or gallery). */
        ProductImage: {
            /** @description The image's id. */
            id: string;
            /** @description The file type, e.g. `jpeg`. */
            fileType?: string;
            /** @description The image's URL. */
            url: string;
            /** @description When it was uploaded (epoch milliseconds; some gallery images only). */
            createdAt?: number;
            /** @description When it last changed (epoch milliseconds; some gallery images only). */
            updatedAt?: number;
        };
        /** @description One variant of a product (an element of `variants`, or of the parsed `variant` string). */
        ProductVariant: {
            /** @description The variant's id. */
            id: string;
            /** @description The variant's name. */
            name: string;
            /** @description Description (HTML). */
            description?: string | null;
            /** @description Price in rupiah. */
            amount: number;
            /** @description How many can be sold, when limited. */
            limit?: number | null;
            /** @description Notes. */
            notes?: string | null;
            /** @description Where the customer goes after paying, possibly empty. */
            redirectUrl?: string | null;
            /** @description `ACTIVE`, ... */
            status?: string;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
        };
        /** @description A product as lists and details show it. Fields a list leaves out are absent, not null. */
        Product: {
            /** @description The product's id. */
            id: string;
            /** @description The product's name. */
            name: string;
            /** @description The product type (`generic_link`, `event`, `webinar`, `digital_product`, ...). */
            type: string;
            /** @description Sub-type, when any. */
            subType?: string | null;
            /** @description Price in rupiah (0 for free products). */
            amount: number;
            /** @description `active`, `closed`, `unlisted`, `deleted`, ... */
            status: string;
            /** @description The product page's slug (not a URL; see `linkUrl` and `linkPayment`). */
            link: string;
            /** @description Description (HTML). */
            description?: string | null;
            /** @description Category, when any. */
            category?: string | null;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description How many can be sold, when limited. */
            limit?: number | null;
            /** @description Where the customer goes after paying, when set. */
            redirectUrl?: string | null;
            /** @description The installment it belongs to, when any. */
            installmentId?: string | null;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description Stock quantity, when tracked. */
            qty?: number | null;
            /** @description The variants as serialised JSON (a string Mayar sends as is), or null. `variants` is the parsed list. */
            variant?: string | null;
            /** @description The variants, parsed (null when the product has none). */
            variants?: components["schemas"]["ProductVariant"][] | null;
            /** @description Membership tiers (membership products; empty otherwise). */
            membershipTier?: unknown[];
            /** @description Event details (events and webinars), or null. */
            event?: unknown;
            /** @description Display order, or null when unset. */
            order?: unknown;
            /** @description Cover image id. */
            coverImageId?: string | null;
            /** @description The cover image, or null. */
            coverImage?: components["schemas"]["ProductImage"] | null;
            /** @description Gallery id. */
            multipleImageId?: string | null;
            /** @description The gallery images, or null. */
            multipleImage?: components["schemas"]["ProductImage"][] | null;
            /** @description Transactions made on it. */
            transactions?: components["schemas"]["TransactionRef"][];
            /** @description The product page's URL. */
            linkUrl?: string;
            /** @description The checkout URL. */
            linkPayment?: string;
        };
        ProductListResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as the cursor for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["Product"][];
        };
        ProductGetResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["Product"];
        };
        /** @description A transaction made on a product. */
        ProductTransaction: {
            /** @description The transaction's id. */
            id: string;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description The transaction kind (`CHILD` in the documented example). */
            type?: string;
            /** @description Amount in rupiah. */
            amount: number;
            /** @description `created`, `paid`, ... */
            status: string;
            /** @description Tracking parameters from the checkout URL, or null. */
            urlParamTrackingData?: unknown;
            /** @description The product's id. */
            paymentLinkId?: string;
            /** @description The customer's id. */
            customerId?: string | null;
            /** @description Custom form fields the customer filled in, or null. The spelling is Mayar's (sic), kept as sent. */
            customeField?: unknown;
            customer?: components["schemas"]["InvoiceCustomer"];
            /** @description The product, as the transaction row embeds it. */
            paymentLink?: {
                /** @description The product's id. */
                id?: string;
                /** @description The product type. */
                type?: string;
                /** @description Category, when any. */
                category?: string | null;
                /** @description When the product was created (epoch milliseconds). */
                createdAt?: number;
                /** @description Description (HTML). */
                description?: string | null;
                /** @description The product page's slug. */
                link?: string;
                /** @description The product's name. */
                name?: string;
                /** @description Where the customer goes after paying, when set. */
                redirectUrl?: string | null;
                /** @description The merchant's user id. */
                userId?: string;
                /** @description Cover image id. */
                coverImageId?: string | null;
                /** @description Gallery id. */
                multipleImageId?: string | null;
                /** @description The cover image, or null. */
                coverImage?: unknown;
                /** @description The gallery images, or null. */
                multipleImage?: unknown;
            };
            /** @description The product's name. */
            productName?: string;
            /** @description The product's type. */
            productType?: string;
            /** @description The product page's slug. */
            productLink?: string;
        };
        ProductTransactionListResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["ProductTransaction"][];
        };
        /** @description A generic payment link (`generic_link` product) to create. */
        ProductCreateBody: {
            /** @description The product's name. */
            name: string;
            /** @description Price in rupiah. */
            amount?: number;
            /** @description Description. */
            description?: string;
            /** @description Where the customer goes after paying. */
            redirectUrl?: string;
            /** @description Cover image for the product. */
            coverImage?: string;
            /**
             * Format: date-time
             * @description When the payment link expires (ISO-8601).
             */
            expiredAt?: string;
            /** @description Maximum number of purchases. */
            limit?: number;
            /** @description Additional notes. */
            notes?: string;
            /** @description Tax amount applied to the product. */
            tax?: number;
        };
        /**
         * @description The created product: its id and hosted link (what the documentation shows). The live generic-link
         *     answer also carries the product's fields (`name`, `amount`, `type`, `status`, ...; third-party report).
         */
        ProductCreated: {
            /** @description The product's id. */
            id: string;
            /** @description The product's public URL. */
            link: string;
            /** @description The product's name (live answers only). */
            name?: string;
            /** @description Price in rupiah (live answers only). */
            amount?: number | null;
            /** @description Description (live answers only). */
            description?: string | null;
            /** @description The product type (live answers only). */
            type?: string;
            /** @description The product status (live answers only). */
            status?: string;
            /** @description Where the customer goes after paying (live answers only). */
            redirectUrl?: string | null;
            /** @description Cover image (live answers only; shape not documented). */
            coverImage?: unknown;
            /** @description Expiry (live answers only; format not documented). */
            expiredAt?: unknown;
            /** @description Maximum number of purchases (live answers only). */
            limit?: number | null;
            /** @description Notes (live answers only). */
            notes?: string | null;
            /** @description Tax amount (live answers only). */
            tax?: number | null;
            /** @description When it was created (live answers only; format not documented). */
            createdAt?: unknown;
        };
        ProductCreateResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["ProductCreated"];
        };
        /** @description Changes to a generic payment link. */
        ProductUpdateBody: {
            /** @description The product to update (this selects the record, not the path). */
            id: string;
            /** @description The product's name (documented optional; required in practice per live reports). */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Price in rupiah. */
            amount?: number;
            /** @description Where the customer goes after paying. */
            redirectUrl?: string;
            /** @description Additional notes. */
            notes?: string;
            /**
             * Format: date-time
             * @description When the payment link expires (ISO-8601).
             */
            expiredAt?: string;
        };
        /**
         * @description What a product update answers (payment links, digital products, webinars, events). A validation
         *     failure inside HTTP 200 is the `2XX` response (FailedInside200).
         */
        ProductUpdateResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (`success`). */
            messages: string;
            data: components["schemas"]["UpdatedLink"];
        };
        CreateQrCodeBody: {
            /** @description The amount to pay, in rupiah. */
            amount: number;
        };
        /** @description A QRIS code, as the URL of its image. */
        QrCodeImage: {
            /**
             * Format: uri
             * @description The URL of the QR code's PNG image.
             */
            url: string;
            /** @description The amount the code charges, in rupiah (dynamic codes only). */
            amount?: number;
        };
        CreateQrCodeResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["QrCodeImage"];
        };
        GetStaticQrCodeResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["QrCodeImage"];
        };
        /** @description A customer's review of a product. */
        Review: {
            /** @description The review's id. */
            id: string;
            /** @description The rating, 1 to 5. */
            rating: number;
            /** @description The written review, when any. */
            message?: string | null;
            /** @description `ACTIVE` (shown), `ARCHIVED` or `INACTIVE`. */
            status?: string;
            /** @description The product reviewed. */
            paymentLinkId?: string;
            /** @description The reviewing customer. */
            customerId?: string;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description When it was written (epoch milliseconds). */
            createdAt?: number;
            /** @description When it was last changed (epoch milliseconds). */
            updatedAt?: number;
            /** @description Attached images (older lists); item shape not documented. */
            multipleImage?: unknown[];
            /** @description Attached images and videos. */
            content?: components["schemas"]["ReviewContent"][];
            /** @description The reviewing customer. */
            customer?: {
                /** @description The customer's id. */
                id?: string;
                /** @description The customer's name. */
                name?: string | null;
            };
            /** @description The product reviewed. */
            paymentLink?: {
                /** @description The product's id. */
                id?: string;
                /** @description Its name. */
                name?: string | null;
                /** @description Its product type. */
                type?: string;
                /** @description Its hosted page's slug (not a URL). */
                link?: string;
                /** @description Its sub-type, when any. */
                subType?: string | null;
            };
        };
        /** @description An image or video attached to a review. */
        ReviewContent: {
            /** @description The attachment's id. */
            id?: string;
            /** @description The attachment's kind or value, as Mayar stores it. */
            value?: string | null;
            /** @description The uploaded file. */
            file?: {
                /** @description The file's id. */
                id?: string;
                /** @description Its file name. */
                filename?: string;
                /** @description Its media type. */
                mimetype?: string;
                /** @description Its size in bytes. */
                size?: number;
            };
        };
        /** @description An image or video to attach, by the id of an uploaded file. */
        ReviewContentInput: {
            /** @description The attachment's id. */
            id?: string;
            /**
             * @description `image` or `video`.
             * @enum {string}
             */
            type?: "image" | "video";
            /** @description The uploaded file's id. */
            multipleFileId?: string;
        };
        CreateReviewBody: {
            /** @description The product reviewed. */
            paymentLinkId: string;
            /**
             * Format: email
             * @description The email of a customer who paid for the product.
             */
            customerEmail: string;
            /** @description The rating, 1 to 5. */
            rating: number;
            /** @description The written review. */
            message?: string;
            /** @description Images or videos to attach (at most 10). */
            contentReview?: components["schemas"]["ReviewContentInput"][];
        };
        CreateReviewResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["Review"];
        };
        UpdateReviewBody: {
            /** @description The review to update (this selects the record, not the path). */
            id: string;
            /** @description The product reviewed. */
            paymentLinkId?: string;
            /**
             * Format: email
             * @description The reviewing customer's email.
             */
            customerEmail?: string;
            /** @description The reviewing customer's id. */
            customerId?: string;
            /** @description The rating, 1 to 5. */
            rating?: number;
            /** @description The written review. */
            message?: string;
            /** @description Images or videos to add. */
            contentReview?: components["schemas"]["ReviewContentInput"][];
            /** @description Attached images or videos to remove (item shape not documented; the attachments' ids). */
            deleteContentReview?: unknown[];
        };
        UpdateReviewResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (`success`). A failure inside HTTP 200 is the `2XX` response. */
            messages: string;
            data: components["schemas"]["Review"];
        };
        UpdateReviewStatusesBody: {
            /** @description The reviews to change (1 to 50). */
            input: {
                /** @description The review's id. */
                id: string;
                /**
                 * @description The new status.
                 * @enum {string}
                 */
                status: "ACTIVE" | "ARCHIVED" | "INACTIVE";
                /** @description The product reviewed. */
                paymentLinkId?: string;
            }[];
        };
        ReviewListResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["Review"][];
        };
        GetCustomerProductReviewResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description The customer's review of the product, or null when there is none. */
            data: components["schemas"]["Review"] | null;
        };
        /** @description A rating summary over active reviews. Every member is absent (`{}`) when there are no reviews. */
        ReviewStats: {
            /** @description How many active reviews there are. */
            total?: number;
            /** @description The average rating, rounded to one decimal. */
            average?: number;
            /** @description One entry per rating, from 5 down to 1. */
            stats?: components["schemas"]["ReviewRatingCount"][];
        };
        /** @description How many reviews gave one rating. */
        ReviewRatingCount: {
            /** @description The rating. */
            rating?: number;
            /** @description The share of reviews with this rating, in percent. */
            percentage?: number;
            /** @description How many reviews gave this rating. */
            totalRating?: number;
        };
        ReviewStatsResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["ReviewStats"];
        };
        SaasLicenseBody: {
            /** @description The licence code the customer received. */
            licenseCode: string;
            /** @description The SaaS membership product (payment link) the licence belongs to. */
            productId: string;
        };
        /** @description A licence code and its holder. Timestamps are ISO-8601 strings. */
        SaasLicenseCode: {
            /** @description The licence code. */
            licenseCode: string;
            /** @description `ACTIVE` or `INACTIVE`. */
            status: string;
            /**
             * Format: date-time
             * @description When the licence expires, or null.
             */
            expiredAt?: string | null;
            /** @description The transaction that bought the licence. */
            transactionId?: string;
            /** @description The product. */
            productId?: string;
            /** @description The customer holding the licence. */
            customerId?: string;
            /** @description The customer's name. */
            customerName?: string;
            /** @description The customer's email. */
            customerEmail?: string;
            /** @description How many activations are allowed, or the string "Tidak terbatas" ("unlimited"). */
            activationLimit?: number | string;
            /** @description How many times the licence was activated. */
            useCount?: number;
            /**
             * Format: date-time
             * @description When the licence was issued.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the licence last changed.
             */
            updatedAt?: string;
            /** @description The membership tier the licence belongs to. */
            membershipTierId?: string;
            /** @description The tier's name. */
            membershipTierName?: string;
            /** @description The member's payment page (v2 only, per a stored copy of the v2 page). */
            memberPaymentLink?: string;
        };
        /** @description The licence check's answer. It has no `messages`/`message` key. */
        SaasLicenseVerifyResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Whether the licence is active now. */
            isLicenseActive: boolean;
            /** @description The membership's status (v2 only, per a stored copy of the v2 page). */
            memberStatus?: string;
            licenseCode: components["schemas"]["SaasLicenseCode"];
        };
        /** @description The answer to activate/deactivate (singular `message`). */
        SaasLicenseStatusResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description What changed, e.g. "Success updating license code status to ACTIVE." */
            message: string;
        };
        /** @description The 401 body reported on `/saas/v2` (no `statusCode`). */
        SaasLicenseAuthFailure: {
            /** @description Status code, when sent. */
            statusCode?: number;
            /** @description What went wrong. */
            messages: string;
        };
        SoftwareLicenseBody: {
            /** @description The licence code the customer received. */
            licenseCode: string;
            /** @description The software product (payment link) the licence belongs to. */
            productId: string;
        };
        /** @description A licence code and its holder. Timestamps are ISO-8601 strings. */
        SoftwareLicenseCode: {
            /** @description The licence code. */
            licenseCode: string;
            /** @description `ACTIVE` or `INACTIVE`. */
            status: string;
            /**
             * Format: date-time
             * @description When the licence expires, or null.
             */
            expiredAt?: string | null;
            /** @description The transaction that bought the licence. */
            transactionId?: string;
            /** @description The product. */
            productId?: string;
            /** @description The customer holding the licence. */
            customerId?: string;
            /** @description The customer's name. */
            customerName?: string;
            /** @description The customer's email. */
            customerEmail?: string;
            /** @description How many activations are allowed, or the string "Tidak terbatas" ("unlimited"). */
            activationLimit?: number | string;
            /** @description How many times the licence was activated. */
            useCount?: number;
            /**
             * Format: date-time
             * @description When the licence was issued.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the licence last changed.
             */
            updatedAt?: string;
        };
        /** @description The licence check's answer. It has no `messages`/`message` key. */
        SoftwareLicenseVerifyResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Whether the licence is active now. */
            isLicenseActive: boolean;
            licenseCode: components["schemas"]["SoftwareLicenseCode"];
        };
        /** @description The paying customer, as transaction rows embed it. */
        TransactionCustomer: {
            /** @description The customer's id. */
            id?: string;
            /** @description The customer's name. */
            name?: string | null;
            /** @description The customer's email address. */
            email?: string | null;
            /** @description The customer's mobile phone number. */
            mobile?: string | null;
        };
        /** @description The payment link (product) paid, as transaction rows embed it. */
        TransactionPaymentLink: {
            /** @description The payment link's id. */
            id?: string;
            /** @description Its name. */
            name?: string | null;
            /** @description Its product type (`digital_product`, `payment_request`, `invoice`, ...). */
            type?: string;
            /** @description The hosted page's slug (not a URL). */
            link?: string;
            /** @description Its price in rupiah. */
            amount?: number | null;
        };
        /**
         * @description One row of the paid-transactions list: a **balance-history** entry. `id` is the row's id, not the
         *     transaction id (use `paymentLinkTransactionId`); the amount is `credit`.
         */
        TransactionBalanceRow: {
            /** @description The balance-history row's id. **Not the transaction id**; see `paymentLinkTransactionId`. */
            id: string;
            /** @description The amount credited to the balance, in rupiah (the row's amount). */
            credit: number;
            /** @description The row's status (`paid`, `settled`). */
            status: string;
            /** @description The product type that caused the credit (`digital_product`, `payment_request`, ...). */
            balanceHistoryType?: string;
            /** @description How the customer paid (`QRIS`, ...). */
            paymentMethod?: string | null;
            /** @description The paying customer's id. */
            customerId?: string | null;
            /** @description When the row was written (epoch milliseconds). */
            createdAt?: number;
            /** @description The transaction id (what `getTransaction` takes). */
            paymentLinkTransactionId: string;
            /** @description The fees debited from this credit. */
            fee?: components["schemas"]["TransactionFee"][];
            /** @description The payment link (product) paid. */
            paymentLinkId?: string | null;
            /** @description The subscription, for membership payments. */
            subscriptionId?: string | null;
            /** @description The subscription object, or null. */
            subscription?: unknown;
            /** @description The payment processor's transaction id. */
            xenditTransactionId?: string | null;
            /** @description The transaction itself (a few of its fields). */
            paymentLinkTransaction?: {
                /** @description The transaction id. */
                id?: string;
                /** @description Tracking parameters captured from the payment page URL, or null. */
                urlParamTrackingData?: unknown;
                /** @description Whether the customer paid the admin fee. */
                isAdminFeeBorneByCustomer?: boolean;
                /** @description Whether the customer paid the payment-channel fee. */
                isChannelFeeBorneByCustomer?: boolean;
            };
            /** @description Custom form fields the customer filled in, or null (Mayar's spelling). */
            customeField?: unknown;
            customer?: components["schemas"]["TransactionCustomer"];
            paymentLink?: components["schemas"]["TransactionPaymentLink"];
        };
        /** @description One fee debited from a balance-history credit. */
        TransactionFee: {
            /** @description The fee row's id. */
            id?: string;
            /** @description Which fee (`xendit_fee`, `mayar_fee`). */
            balanceHistoryType?: string;
            /** @description The fee in rupiah. */
            debit?: number;
        };
        /** @description One unpaid transaction. Here `id` is the transaction id. */
        TransactionUnpaidRow: {
            /** @description The transaction id. */
            id: string;
            /** @description When it was created (epoch milliseconds). */
            createdAt?: number;
            /** @description What is being paid (`payment_request`, `invoice`). */
            type?: string;
            /** @description The amount due, in rupiah. */
            amount: number;
            /** @description `active` (still payable) or `expired`. */
            status: string;
            /** @description Tracking parameters captured from the payment page URL, or null. */
            urlParamTrackingData?: unknown;
            /** @description The payment link (payment request or invoice) it belongs to. */
            paymentLinkId?: string | null;
            /** @description The customer's id. */
            customerId?: string | null;
            /** @description Custom form fields, or null (Mayar's spelling). */
            customeField?: unknown;
            customer?: components["schemas"]["TransactionCustomer"];
            paymentLink?: components["schemas"]["TransactionPaymentLink"];
            /** @description Where the customer pays (`https://<store>.myr.id/select-channel/<transaction id>`). */
            paymentUrl?: string;
        };
        /** @description One transaction, as the detail returns it. */
        TransactionDetail: {
            /** @description The transaction id. */
            id: string;
            /**
             * @description Only `paid` proves the payment.
             * @enum {string}
             */
            status: "created" | "unpaid" | "paid" | "expired";
            /** @description The amount, in rupiah. */
            amount: number;
            /** @description When it was created (epoch milliseconds, as the v2 lists send it; the detail page was not read). */
            createdAt?: number;
            /** @description The payment link (product, payment request or invoice) it pays. */
            paymentLinkId?: string | null;
            customer?: components["schemas"]["TransactionCustomer"];
        };
        /** @description One day's totals. */
        TransactionDailyStats: {
            /**
             * Format: date
             * @description The day (`YYYY-MM-DD`).
             */
            date: string;
            /** @description Total payment volume that day, in rupiah. */
            tpvCount: number;
            /** @description Number of transactions that day. */
            trxCount: number;
        };
        ListTransactionsResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["TransactionBalanceRow"][];
        };
        ListUnpaidTransactionsResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["TransactionUnpaidRow"][];
        };
        GetTransactionResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            data: components["schemas"]["TransactionDetail"];
        };
        GetDailyTransactionsResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message (absent in the documented body). */
            messages?: string;
            data: components["schemas"]["TransactionDailyStats"];
        };
        /** @description A payment.received or payment.reminder delivery. */
        PaymentWebhookEvent: {
            /**
             * @description The event type.
             * @enum {string}
             */
            event: "payment.received" | "payment.reminder";
            data: components["schemas"]["PaymentWebhookData"];
        };
        /** @description A shipper.status delivery. */
        ShipperWebhookEvent: {
            /**
             * @description The event type.
             * @enum {string}
             */
            event: "shipper.status";
            data: components["schemas"]["ShipperWebhookData"];
        };
        /** @description A membership.* delivery. */
        MembershipWebhookEvent: {
            /**
             * @description The event type.
             * @enum {string}
             */
            event: "membership.memberUnsubscribed" | "membership.memberExpired" | "membership.changeTierMemberRegistered" | "membership.newMemberRegistered";
            data: components["schemas"]["MembershipWebhookData"];
        };
        /**
         * @description `data` of payment.received and payment.reminder, as Mayar sent it: **unverified** (anyone who knows the
         *     URL could have sent it). `status` is the delivery's status ("SUCCESS"), `transactionStatus` the
         *     transaction's ("paid", "created"); in Mayar's examples `id === transactionId`.
         */
        PaymentWebhookData: {
            /** @description Mayar's docs call it the webhook id; in every example it equals `transactionId`. */
            id?: string;
            /** @description The transaction id: pass it to `client.transactions.get`. */
            transactionId?: string;
            /** @description The delivery's status ("SUCCESS"). */
            status?: string | null;
            /** @description The transaction's status ("paid", "created"). */
            transactionStatus?: string | null;
            /** @description ISO-8601 in the examples; some Mayar timestamps are epoch milliseconds. */
            createdAt?: string | number | null;
            /** @description ISO-8601 in the examples; some Mayar timestamps are epoch milliseconds. */
            updatedAt?: string | number | null;
            /** @description The merchant's user id. */
            merchantId?: string | null;
            /** @description The merchant's name. */
            merchantName?: string | null;
            /** @description The merchant's email. */
            merchantEmail?: string | null;
            /** @description The customer's id. */
            customerId?: string | null;
            /** @description The customer's name. */
            customerName?: string | null;
            /** @description The customer's email. */
            customerEmail?: string | null;
            /** @description The customer's mobile number. */
            customerMobile?: string | null;
            /** @description As the payload claims it, in rupiah. Compare your order with `event.transaction.amount` instead. */
            amount?: number | null;
            /** @description Whether the customer pays the admin fee. */
            isAdminFeeBorneByCustomer?: boolean | null;
            /** @description Whether the customer pays the payment channel's fee. */
            isChannelFeeBorneByCustomer?: boolean | null;
            /** @description The product (payment link) paid for. */
            productId?: string | null;
            /** @description The product's name. */
            productName?: string | null;
            /** @description The product's type (e.g. "ebook", "payment_request"). */
            productType?: string | null;
            /** @description Facebook pixel browser id. */
            pixelFbp?: string | null;
            /** @description Facebook pixel click id. */
            pixelFbc?: string | null;
            /** @description The quantity bought. */
            qty?: number | null;
            /** @description `null` in the examples; its shape when a coupon was used is not documented. */
            couponUsed?: unknown;
            /** @description The payment method. */
            paymentMethod?: string | null;
        };
        /** @description `data` of the membership.* events (only memberExpired's was seen; the others are assumed alike). */
        MembershipWebhookData: {
            /** @description The merchant's user id. */
            merchantId?: string | null;
            /** @description The merchant's name. */
            merchantName?: string | null;
            /** @description The member's status, e.g. "INACTIVE" when expired. */
            status?: string | null;
            /** @description The member id, e.g. "MBR8X2QK": pass it to `client.memberships.getMember` to confirm. */
            memberId?: string | null;
            /** @description The customer's id. */
            customerId?: string | null;
            /** @description The customer's name. */
            customerName?: string | null;
            /** @description The customer's email. */
            customerEmail?: string | null;
            /** @description The customer's mobile number. */
            customerMobile?: string | null;
        };
        /** @description `data` of shipper.status. Mayar shows no example: only the members a key needs are typed. */
        ShipperWebhookData: {
            /** @description An id of the shipment or its transaction. */
            id?: string | null;
            /** @description The transaction shipped. */
            transactionId?: string | null;
            /** @description The shipment's new status. */
            status?: string | null;
        };
        WebhookRegisterBody: {
            /**
             * Format: uri
             * @description The URL Mayar POSTs events to. Must be a valid URL.
             */
            urlHook: string;
            /** @description Optional configuration stored alongside the URL (its shape is not documented). */
            webhookConfig?: {
                [key: string]: unknown;
            };
        };
        WebhookTestBody: {
            /**
             * Format: uri
             * @description The URL to send the test delivery to. Must be a valid URL.
             */
            urlHook: string;
        };
        WebhookRetryBody: {
            /** @description The `id` of the delivery to send again (from the history). */
            webhookHistoryId: string;
        };
        /** @description An answer that only says the call succeeded (no `data`). */
        WebhookSuccessResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
        };
        /** @description One webhook delivery (history store). Timestamps are epoch milliseconds. */
        WebhookHistoryEntry: {
            /** @description The delivery's id (pass it as `webhookHistoryId` to retry). */
            id: string;
            /** @description When the delivery was made (epoch milliseconds). */
            createdAt?: number;
            /** @description When the delivery last changed (epoch milliseconds), or null. */
            updatedAt?: number | null;
            /** @description When Mayar will try again (epoch milliseconds), or null. */
            nextDelivery?: number | null;
            /** @description The product the event is about, or null. */
            paymentLinkId?: string | null;
            /** @description The transaction the event is about, or null. */
            paymentLinkTransactionId?: string | null;
            /** @description The delivered body, serialised JSON (`{"event": "<event name>", "data": {...}}`). */
            payload: string;
            /** @description `SUCCESS` or `FAILED`. */
            status: string;
            /** @description The event name (`payment.received`, `membership.memberExpired`, ...). */
            type: string;
            /** @description The merchant's user id. */
            userId?: string;
            /** @description The URL the delivery went to. */
            urlDestination?: string;
            /** @description What the merchant's server answered, when recorded (shape not documented), or null. */
            responsePayload?: unknown;
            /** @description `AUTOMATIC` for Mayar's own deliveries. */
            source?: string;
        };
        WebhookHistoryResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore?: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["WebhookHistoryEntry"][];
        };
        /** @description One webhook delivery (new history store). Timestamps are ISO-8601 strings. */
        WebhookNewHistoryEntry: {
            /** @description The delivery's id (pass it as `webhookHistoryId` to retry). */
            id: string;
            /** @description The merchant's user id. */
            userId?: string;
            /**
             * Format: date-time
             * @description When the delivery was made.
             */
            createdAt?: string;
            /**
             * Format: date-time
             * @description When the delivery last changed, or null.
             */
            updatedAt?: string | null;
            /**
             * Format: date-time
             * @description When Mayar will try again, or null.
             */
            nextDelivery?: string | null;
            /** @description The delivered body, serialised JSON (`{"event": "<event name>", "data": {...}}`). */
            payload: string;
            /** @description The product the event is about, or null. */
            paymentLinkId?: string | null;
            /** @description The transaction the event is about, or null. */
            paymentLinkTransactionId?: string | null;
            /** @description What the merchant's server answered, when recorded (shape not documented), or null. */
            responsePayload?: unknown;
            /** @description `AUTOMATIC` for Mayar's own deliveries. */
            source?: string;
            /** @description `SUCCESS` or `FAILED`. */
            status: string;
            /** @description The event name (`payment.received`, `membership.memberExpired`, ...). */
            type: string;
            /** @description Literal key as Mayar spells it (capital W); null in the documented rows. */
            Webhooktype?: string | null;
            /** @description The URL the delivery went to. */
            urlDestination?: string;
        };
        WebhookNewHistoryResponse: {
            /** @description Status code. */
            statusCode: number;
            /** @description Status message. */
            messages: string;
            /** @description Whether another page follows. */
            hasMore?: boolean;
            /** @description Pass as `startingAfter` for the next page; null on the last page. */
            nextStartingAfter?: string | null;
            data: components["schemas"]["WebhookNewHistoryEntry"][];
        };
        /** @description A webinar to create. */
        WebinarCreateBody: {
            /** @description The webinar's name. */
            name: string;
            /** @description Description. */
            description: string;
            /** @description Price in rupiah. */
            amount: number;
            /** @description Crossed-out price shown as the original price, in rupiah. */
            crossoutPrice: number;
            /** @description The session's URL (Zoom or another meeting link). */
            eventUrl: string;
            /** @description Additional notes. */
            notes?: string;
            /** @description Terms and conditions of the purchase. */
            terms?: string;
            /** @description Where the customer goes after paying. */
            redirectUrl?: string;
            /** @description Payment type (`paid` in the documented example; other values are not documented). */
            paymentType: string;
            /**
             * Format: date-time
             * @description When sales open (ISO-8601).
             */
            startAt: string;
            /**
             * Format: date-time
             * @description When the webinar starts (ISO-8601).
             */
            eventStartAt: string;
            /**
             * Format: date-time
             * @description When the webinar ends (ISO-8601).
             */
            eventEndAt: string;
            /**
             * Format: date-time
             * @description When the product expires (ISO-8601).
             */
            expiredAt: string;
            /** @description Maximum number of participants. */
            limit?: number;
        };
        /** @description Changes to a webinar. */
        WebinarUpdateBody: {
            /** @description The webinar to update (this selects the record, not the path). */
            id: string;
            /** @description The webinar's name. */
            name?: string;
            /** @description Description. */
            description?: string;
            /** @description Price in rupiah. */
            amount?: number;
            /** @description Crossed-out price shown as the original price, in rupiah. */
            crossoutPrice?: number;
            /** @description The session's URL. */
            eventUrl?: string;
            /** @description Where the customer goes after paying. */
            redirectUrl?: string;
            /**
             * Format: date-time
             * @description When the product expires (ISO-8601).
             */
            expiredAt?: string;
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
         * @description Mayar's quirk: a failure answered with HTTP 200 (documented as "200 OK (validation failed)"): the body
         *     says `messages: "failed"` and, for a validation failure, lists the failing fields in `data`. The SDK
         *     treats it as the error it is (a `MayarApiError` of kind `validation`), so it never reaches a result.
         */
        FailedInside200: {
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
        /** @description `productId` is missing or malformed. */
        MembershipInvalidQuery: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The request was refused. Membership write endpoints spell their errors with the singular `message`
         *     (`{ "statusCode": <code>, "message": "<reason>" }`); the reason text varies.
         */
        MembershipWriteError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description A product with the same identifier already exists. */
        ProductConflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description The customer has no transaction for the product, or the review does not exist. Mayar documents the
         *     messages but not their status code; 404 is assumed.
         */
        ReviewNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /** @description Mayar failed while saving; the message describes the error. */
        ReviewServerError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["ErrorEnvelope"];
            };
        };
        /**
         * @description Reported live on `/saas/v2` for a key that `/hl/v2` accepted. Note the body: no `statusCode`, and the
         *     plural `messages`.
         */
        SaasLicenseV2Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["SaasLicenseAuthFailure"];
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
         * @description The bundle's id.
         * @example a1b2c3d4-e5f6-4789-a012-3456789abcde
         */
        BundleIdPath: string;
        /**
         * @description The discount's id.
         * @example 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f
         */
        CouponIdPath: string;
        /**
         * @description The credit product or usage-based membership.
         * @example 40f26fbe-f4d8-4693-975f-e6d105d291e6
         */
        CreditProductIdQuery: string;
        /**
         * @description The membership tier (usage-based memberships).
         * @example 261acae0-d6ae-4d8c-adf5-6fb8c2361514
         */
        CreditMembershipTierIdQuery: string;
        /**
         * @description The digital product's id. Cosmetic; Mayar reads the body's `id`.
         * @example 6894b1b2-f303-423b-a6b6-93e230e1d393
         */
        DigitalProductIdPath: string;
        /**
         * @description The event's id. Cosmetic; Mayar reads the body's `id`.
         * @example 7f992557-8791-41b5-a1c8-c5641c3e72b5
         */
        EventIdPath: string;
        /**
         * @description The installment's id (`installmentId` on a list item).
         * @example 4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e
         */
        InstallmentIdPath: string;
        /**
         * @description The invoice's id.
         * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
         */
        InvoiceIdPath: string;
        /**
         * @description Only invoices with this status (`active`, `paid`, `closed`, ...; the accepted values are not documented).
         * @example paid
         */
        InvoiceStatusQuery: string;
        /**
         * @description A keyword to search invoices by (official CLI; what it matches is not documented).
         * @example Budi
         */
        InvoiceSearchQuery: string;
        /**
         * @description The member's public membership code (not the record's uuid).
         * @example MBR8X2QK
         */
        MembershipMemberIdPath: string;
        /**
         * @description The membership product (payment link) the member or tier belongs to. Missing or malformed, Mayar
         *     answers 400 "Invalid query parameters".
         * @example 7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f
         */
        MembershipProductIdQuery: string;
        /**
         * @description The tier's id.
         * @example 9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d
         */
        MembershipTierIdPath: string;
        /**
         * @description The membership product's id.
         * @example 7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f
         */
        MembershipProductIdPath: string;
        /**
         * @description The `nextStartingAfter` of the previous page (a millisecond timestamp as a string). Snake_case here only.
         * @example 1768375011056
         */
        PaymentLinkStartingAfterQuery: string;
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
        /**
         * @description The product's id.
         * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
         */
        ProductIdPath: string;
        /**
         * @description The payment link (`generic_link` product) id. Cosmetic on updates, which read the body's `id`.
         * @example 21d84338-b46d-42d7-9b49-d402520407a5
         */
        PaymentLinkIdPath: string;
        /**
         * @description A product type. Known values (not a closed list): `generic_link`, `physical_product`, `event`,
         *     `webinar`, `digital_product`, `coaching`, `course`, `cohort_based`, `fundraising`, `ebook`, `podcast`,
         *     `audiobook`, `membership`, `zakat`, `invoice`, `bundling`, `saas`, `payment_request`, `support`.
         * @example generic_link
         */
        ProductTypePath: string;
        /**
         * @description The review's id (cosmetic; Mayar reads the body's `id`).
         * @example 0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b
         */
        ReviewIdPath: string;
        /**
         * @description The product's id (its `paymentLinkId`).
         * @example 6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
         */
        ReviewProductIdPath: string;
        /**
         * @description The transaction id (`paymentLinkTransactionId` on a paid-list row).
         * @example dc37faf8-2b4e-4c6a-8d1f-3e5a7b9c0d12
         */
        TransactionIdPath: string;
        /**
         * @description The webinar's id. Cosmetic; Mayar reads the body's `id`.
         * @example 3f4fc3fd-10dc-4a97-b54c-7632881858cb
         */
        WebinarIdPath: string;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getBalance: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetBalanceResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listBundles: {
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of bundles. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The bundle's id.
                 * @example a1b2c3d4-e5f6-4789-a012-3456789abcde
                 */
                id: components["parameters"]["BundleIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bundle. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BundleGetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No bundle has this id (the documentation gives the message, not the status code). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    createCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCouponBody"];
            };
        };
        responses: {
            /** @description The created discount (ISO-8601 timestamps). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCouponResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The discount's id.
                 * @example 2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f
                 */
                id: components["parameters"]["CouponIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The discount (epoch-millisecond timestamps). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCouponResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    validateCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ValidateCouponBody"];
            };
        };
        responses: {
            /** @description The code applies. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ValidateCouponResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            /** @description The code does not exist or is bound to another product. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    checkCoupon: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CheckCouponBody"];
            };
        };
        responses: {
            /** @description The code's usage. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CheckCouponResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            /** @description No coupon has this code. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    listCoupons: {
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
                 * @description Only discounts in this state.
                 * @example active
                 */
                status?: "active" | "inactive" | "expired" | "upcoming";
                /**
                 * @description Only discounts whose name or code contains this text.
                 * @example LEBARAN
                 */
                search?: string;
                /**
                 * @description Only discounts that apply to this product.
                 * @example 6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                 */
                productId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of discounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCouponsResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
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
    getCreditBalance: {
        parameters: {
            query: {
                /**
                 * @description The credit product or usage-based membership.
                 * @example 40f26fbe-f4d8-4693-975f-e6d105d291e6
                 */
                productId: components["parameters"]["CreditProductIdQuery"];
                /**
                 * @description The customer whose balance to read (credit-based products; one of `customerId`/`memberId`).
                 * @example faa4ee60-cf45-4043-b964-303890713bb9
                 */
                customerId?: string;
                /**
                 * @description The membership tier (usage-based memberships).
                 * @example 261acae0-d6ae-4d8c-adf5-6fb8c2361514
                 */
                membershipTierId?: components["parameters"]["CreditMembershipTierIdQuery"];
                /**
                 * @description The member code whose balance to read (usage-based memberships, instead of `customerId`).
                 * @example PQVS4KGY
                 */
                memberId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balances, at the top level of the envelope. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditBalanceResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    addCredit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditWalletChangeBody"];
            };
        };
        responses: {
            /** @description The credit was added; the new balance comes back in `data` or at the top level. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditAddResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    spendCredit: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditWalletChangeBody"];
            };
        };
        responses: {
            /** @description The credit was spent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditMessageResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    listCreditHistory: {
        parameters: {
            query: {
                /**
                 * @description The credit product or usage-based membership.
                 * @example 40f26fbe-f4d8-4693-975f-e6d105d291e6
                 */
                productId: components["parameters"]["CreditProductIdQuery"];
                /**
                 * @description The membership tier (usage-based memberships).
                 * @example 261acae0-d6ae-4d8c-adf5-6fb8c2361514
                 */
                membershipTierId?: components["parameters"]["CreditMembershipTierIdQuery"];
                /**
                 * @description The page to read, from 1.
                 * @example 1
                 */
                page?: number;
                /**
                 * @description How many entries per page.
                 * @example 5
                 */
                limit?: number;
            };
            header?: never;
            path: {
                /**
                 * @description The customer's id, or the member code (usage-based memberships).
                 * @example PQVS4KGY
                 */
                customerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of credit movements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditHistoryResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    registerCreditCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditRegisterCustomerBody"];
            };
        };
        responses: {
            /** @description The customer was registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditRegisterCustomerResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    registerCreditMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreditRegisterMemberBody"];
            };
        };
        responses: {
            /** @description The member was registered. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreditRegisterMemberResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listCustomers: {
        parameters: {
            query?: {
                /**
                 * @description Only the customers of this payment link (product) id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                paymentLinkId?: string;
                /**
                 * @description Only customers created at or after this time (epoch milliseconds, as a string).
                 * @example 1767225600000
                 */
                startAt?: string;
                /**
                 * @description Only customers created at or before this time (epoch milliseconds, as a string).
                 * @example 1769903999999
                 */
                endAt?: string;
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of customers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListCustomersResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getCustomerByEmail: {
        parameters: {
            query: {
                /**
                 * @description The customer's email address.
                 * @example budi.santoso@example.com
                 */
                email: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer, with the merchant's account. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCustomerByEmailResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CustomerInfo"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomerResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateCustomer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateCustomerBody"];
            };
        };
        responses: {
            /** @description The email address was changed. */
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
            /** @description No customer has the `fromEmail` address. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    createCustomerPortalLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateCustomerPortalLinkBody"];
            };
        };
        responses: {
            /** @description The magic link was emailed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateCustomerPortalLinkResponse"];
                };
            };
            /** @description The request fails validation (note the trailing period in this family's message). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description No customer has this email address. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    createDigitalProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitalProductCreateBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCreateResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ProductConflict"];
        };
    };
    updateDigitalProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The digital product's id. Cosmetic; Mayar reads the body's `id`.
                 * @example 6894b1b2-f303-423b-a6b6-93e230e1d393
                 */
                id: components["parameters"]["DigitalProductIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DigitalProductUpdateBody"];
            };
        };
        responses: {
            /** @description The product was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductUpdateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    createEvent: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventCreateBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCreateResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    updateEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The event's id. Cosmetic; Mayar reads the body's `id`.
                 * @example 7f992557-8791-41b5-a1c8-c5641c3e72b5
                 */
                id: components["parameters"]["EventIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EventUpdateBody"];
            };
        };
        responses: {
            /** @description The event was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductUpdateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    createInstallment: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateInstallmentBody"];
            };
        };
        responses: {
            /** @description The installment and its invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getInstallment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The installment's id (`installmentId` on a list item).
                 * @example 4b5c6d7e-8f9a-4b0c-9d1e-2f3a4b5c6d7e
                 */
                id: components["parameters"]["InstallmentIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The installment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InstallmentResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listInstallments: {
        parameters: {
            query?: {
                /**
                 * @description Only installments with this status (e.g. `unpaid`, `active`).
                 * @example unpaid
                 */
                status?: string;
                /**
                 * @description Only the installments of this customer.
                 * @example c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b
                 */
                customerId?: string;
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of installments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListInstallmentsResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    createInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceCreateBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceCreateResponse"];
                };
            };
            /** @description The body fails validation. Mayar lists the failing fields in `data`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description An invoice with the same identifier already exists. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            /**
             * @description A duplicate create request was detected (the same customer and amount repeated within about one
             *     minute; mayarid/skills). Ordinary rate limiting also answers 429, with a `Retry-After` header and
             *     another message.
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
    updateInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["InvoiceIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["InvoiceUpdateBody"];
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
    listInvoices: {
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
                 * @description Only invoices with this status (`active`, `paid`, `closed`, ...; the accepted values are not documented).
                 * @example paid
                 */
                status?: components["parameters"]["InvoiceStatusQuery"];
                /**
                 * @description A keyword to search invoices by (official CLI; what it matches is not documented).
                 * @example Budi
                 */
                search?: components["parameters"]["InvoiceSearchQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listInvoicesByEmail: {
        parameters: {
            query: {
                /**
                 * @description The customer's email address.
                 * @example budi.santoso@example.com
                 */
                email: string;
                /**
                 * @description Only invoices with this status (`active`, `paid`, `closed`, ...; the accepted values are not documented).
                 * @example paid
                 */
                status?: components["parameters"]["InvoiceStatusQuery"];
                /**
                 * @description A keyword to search invoices by (official CLI; what it matches is not documented).
                 * @example Budi
                 */
                search?: components["parameters"]["InvoiceSearchQuery"];
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the customer's invoices. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["InvoiceIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The invoice. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InvoiceGetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    changeInvoiceStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The invoice's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["InvoiceIdPath"];
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
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    createMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMembershipMemberBody"];
            };
        };
        responses: {
            /** @description The member was registered. The body's `statusCode` is 201 (the HTTP status may be 200 or 201). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMembershipMemberResponse"];
                };
            };
            400: components["responses"]["MembershipWriteError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listMembers: {
        parameters: {
            query: {
                /**
                 * @description The membership product (payment link) the member or tier belongs to. Missing or malformed, Mayar
                 *     answers 400 "Invalid query parameters".
                 * @example 7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f
                 */
                productId: components["parameters"]["MembershipProductIdQuery"];
                /**
                 * @description Only members whose name, email or mobile matches this text.
                 * @example budi
                 */
                searchTerm?: string;
                /**
                 * @description Only members who joined on or after this date (ISO-8601).
                 * @example 2026-01-01T00:00:00.000Z
                 */
                startDate?: string;
                /**
                 * @description Only members who joined on or before this date (ISO-8601).
                 * @example 2026-01-31T23:59:59.999Z
                 */
                endDate?: string;
                /**
                 * @description Only members who churned (stopped or expired). Adds `totalMember` to the envelope.
                 * @example false
                 */
                isChurnedMember?: boolean;
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of members. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMembershipMembersResponse"];
                };
            };
            400: components["responses"]["MembershipInvalidQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getMember: {
        parameters: {
            query: {
                /**
                 * @description The membership product (payment link) the member or tier belongs to. Missing or malformed, Mayar
                 *     answers 400 "Invalid query parameters".
                 * @example 7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f
                 */
                productId: components["parameters"]["MembershipProductIdQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The member's public membership code (not the record's uuid).
                 * @example MBR8X2QK
                 */
                memberId: components["parameters"]["MembershipMemberIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMembershipMemberResponse"];
                };
            };
            400: components["responses"]["MembershipInvalidQuery"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    updateMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's public membership code (not the record's uuid).
                 * @example MBR8X2QK
                 */
                memberId: components["parameters"]["MembershipMemberIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateMembershipMemberBody"];
            };
        };
        responses: {
            /** @description The updated member. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipCustomerWriteResponse"];
                };
            };
            400: components["responses"]["MembershipWriteError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    cancelMember: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's public membership code (not the record's uuid).
                 * @example MBR8X2QK
                 */
                memberId: components["parameters"]["MembershipMemberIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipProductRefBody"];
            };
        };
        responses: {
            /** @description The cancelled member (status `stopped`). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MembershipCustomerWriteResponse"];
                };
            };
            400: components["responses"]["MembershipWriteError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createMemberInvoice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The member's public membership code (not the record's uuid).
                 * @example MBR8X2QK
                 */
                memberId: components["parameters"]["MembershipMemberIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipProductRefBody"];
            };
        };
        responses: {
            /** @description The invoice for the current billing term (new or reused). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMembershipInvoiceResponse"];
                };
            };
            400: components["responses"]["MembershipWriteError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listMembershipTiers: {
        parameters: {
            query: {
                /**
                 * @description The membership product (payment link) the member or tier belongs to. Missing or malformed, Mayar
                 *     answers 400 "Invalid query parameters".
                 * @example 7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f
                 */
                productId: components["parameters"]["MembershipProductIdQuery"];
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of tiers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListMembershipTiersResponse"];
                };
            };
            400: components["responses"]["MembershipInvalidQuery"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getMembershipTier: {
        parameters: {
            query: {
                /**
                 * @description The membership product (payment link) the member or tier belongs to. Missing or malformed, Mayar
                 *     answers 400 "Invalid query parameters".
                 * @example 7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f
                 */
                productId: components["parameters"]["MembershipProductIdQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description The tier's id.
                 * @example 9b2d4f6a-8c1e-4a3b-bd5c-6e7f8a9b0c1d
                 */
                tierId: components["parameters"]["MembershipTierIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMembershipTierResponse"];
                };
            };
            400: components["responses"]["MembershipInvalidQuery"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createMembershipTier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMembershipTierBody"];
            };
        };
        responses: {
            /** @description The new tier. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMembershipTierResponse"];
                };
            };
            400: components["responses"]["MembershipWriteError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createMembershipProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateMembershipProductBody"];
            };
        };
        responses: {
            /** @description The new product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateMembershipProductResponse"];
                };
            };
            400: components["responses"]["MembershipWriteError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    getMembershipProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The membership product's id.
                 * @example 7c9d2e1f-4a5b-4c6d-8e9f-0a1b2c3d4e5f
                 */
                productId: components["parameters"]["MembershipProductIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetMembershipProductResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    createNameService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NameServiceCreateBody"];
            };
        };
        responses: {
            /** @description The name service was created. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NameServiceSuccessResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            /** @description Mayar failed to create it and answers with the error's description (e.g. `name` missing). */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
        };
    };
    updateNameService: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NameServiceUpdateBody"];
            };
        };
        responses: {
            /** @description The updated name service. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NameServiceUpdateResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
        };
    };
    getPaymentChannels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant's payment channels. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetPaymentChannelsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    createPaymentLink: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCreateBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCreateResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ProductConflict"];
        };
    };
    updatePaymentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payment link (`generic_link` product) id. Cosmetic on updates, which read the body's `id`.
                 * @example 21d84338-b46d-42d7-9b49-d402520407a5
                 */
                id: components["parameters"]["PaymentLinkIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductUpdateBody"];
            };
        };
        responses: {
            /** @description The payment link was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductUpdateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    listPaymentLinksByType: {
        parameters: {
            query?: {
                /**
                 * @description How many items per page (default 10, at most 50).
                 * @example 10
                 */
                limit?: components["parameters"]["Limit"];
                /**
                 * @description The `nextStartingAfter` of the previous page (a millisecond timestamp as a string). Snake_case here only.
                 * @example 1768375011056
                 */
                starting_after?: components["parameters"]["PaymentLinkStartingAfterQuery"];
            };
            header?: never;
            path: {
                /**
                 * @description A product type. Known values (not a closed list): `generic_link`, `physical_product`, `event`,
                 *     `webinar`, `digital_product`, `coaching`, `course`, `cohort_based`, `fundraising`, `ebook`, `podcast`,
                 *     `audiobook`, `membership`, `zakat`, `invoice`, `bundling`, `saas`, `payment_request`, `support`.
                 * @example generic_link
                 */
                type: components["parameters"]["ProductTypePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of active products of that type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
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
                 * @description Only payment requests with this status (`unpaid`, `paid`, `closed` as v2 spells them; `active` too).
                 * @example paid
                 */
                status?: "active" | "unpaid" | "paid" | "closed";
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
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    listProducts: {
        parameters: {
            query?: {
                /**
                 * @description Only products whose name contains this keyword.
                 * @example website
                 */
                search?: string;
                /**
                 * @description Only products of this type (see `listByType` for the known values).
                 * @example generic_link
                 */
                type?: string;
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of products. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listProductsByType: {
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
            };
            header?: never;
            path: {
                /**
                 * @description A product type. Known values (not a closed list): `generic_link`, `physical_product`, `event`,
                 *     `webinar`, `digital_product`, `coaching`, `course`, `cohort_based`, `fundraising`, `ebook`, `podcast`,
                 *     `audiobook`, `membership`, `zakat`, `invoice`, `bundling`, `saas`, `payment_request`, `support`.
                 * @example generic_link
                 */
                type: components["parameters"]["ProductTypePath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of products of that type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The product's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["ProductIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductGetResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    changeProductStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The product's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["ProductIdPath"];
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
            /** @description The action is not supported. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The product does not exist. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    listProductTransactions: {
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
                 * @description Only transactions with this status (`created`, `paid`, ...; official CLI, values not documented).
                 * @example paid
                 */
                status?: string;
                /**
                 * @description Only the transactions of this customer (official CLI).
                 * @example a1b2c3d4-e5f6-7890-abcd-ef1234567890
                 */
                customerId?: string;
            };
            header?: never;
            path: {
                /**
                 * @description The product's id.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                id: components["parameters"]["ProductIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the product's transactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductTransactionListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    createProduct: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductCreateBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCreateResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            409: components["responses"]["ProductConflict"];
        };
    };
    updateProduct: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The payment link (`generic_link` product) id. Cosmetic on updates, which read the body's `id`.
                 * @example 21d84338-b46d-42d7-9b49-d402520407a5
                 */
                id: components["parameters"]["PaymentLinkIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProductUpdateBody"];
            };
        };
        responses: {
            /** @description The product was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductUpdateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    createQrCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateQrCodeBody"];
            };
        };
        responses: {
            /** @description The QR code's image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateQrCodeResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getStaticQrCode: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The static QR code's image. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetStaticQrCodeResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    listReviews: {
        parameters: {
            query?: {
                /**
                 * @description Only reviews with this status.
                 * @example ACTIVE
                 */
                status?: "ACTIVE" | "ARCHIVED" | "INACTIVE";
                /**
                 * @description Only the reviews of this product.
                 * @example 6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                 */
                paymentLinkId?: string;
                /**
                 * @description Only reviews with this rating.
                 * @example 5
                 */
                rating?: number;
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of reviews. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    createReview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateReviewBody"];
            };
        };
        responses: {
            /** @description The created review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreateReviewResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ReviewNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ReviewServerError"];
        };
    };
    updateReview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The review's id (cosmetic; Mayar reads the body's `id`).
                 * @example 0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b
                 */
                id: components["parameters"]["ReviewIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReviewBody"];
            };
        };
        responses: {
            /** @description The updated review. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdateReviewResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["ReviewNotFound"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ReviewServerError"];
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    updateReviewStatuses: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateReviewStatusesBody"];
            };
        };
        responses: {
            /** @description The statuses were changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SuccessEnvelope"];
                };
            };
            /** @description A review in `input` does not exist or does not belong to the merchant. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
            500: components["responses"]["ReviewServerError"];
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    listProductReviews: {
        parameters: {
            query?: {
                /**
                 * @description Only reviews with this rating.
                 * @example 5
                 */
                rating?: number;
                /**
                 * @description List reviews that have a written message first (sent by the official CLI).
                 * @example true
                 */
                prioritizeMessage?: boolean;
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
            };
            header?: never;
            path: {
                /**
                 * @description The product's id (its `paymentLinkId`).
                 * @example 6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                 */
                id: components["parameters"]["ReviewProductIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the product's active reviews. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewListResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getCustomerProductReview: {
        parameters: {
            query: {
                /**
                 * @description The customer's id.
                 * @example c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b
                 */
                customerId: string;
            };
            header?: never;
            path: {
                /**
                 * @description The product's id (its `paymentLinkId`).
                 * @example 6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                 */
                id: components["parameters"]["ReviewProductIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The customer's review, or null. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetCustomerProductReviewResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getProductReviewStats: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The product's id (its `paymentLinkId`).
                 * @example 6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                 */
                id: components["parameters"]["ReviewProductIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The product's rating summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStatsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    getMerchantReviewStats: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant's rating summary. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReviewStatsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    verifySaasLicense: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasLicenseBody"];
            };
        };
        responses: {
            /** @description The licence's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasLicenseVerifyResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    activateSaasLicense: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasLicenseBody"];
            };
        };
        responses: {
            /** @description The licence code is now active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasLicenseStatusResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    deactivateSaasLicense: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasLicenseBody"];
            };
        };
        responses: {
            /** @description The licence code is now inactive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasLicenseStatusResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    verifySaasLicenseV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasLicenseBody"];
            };
        };
        responses: {
            /** @description The licence's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasLicenseVerifyResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["SaasLicenseV2Unauthorized"];
        };
    };
    activateSaasLicenseV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasLicenseBody"];
            };
        };
        responses: {
            /** @description The licence code is now active. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasLicenseStatusResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["SaasLicenseV2Unauthorized"];
        };
    };
    deactivateSaasLicenseV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SaasLicenseBody"];
            };
        };
        responses: {
            /** @description The licence code is now inactive. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SaasLicenseStatusResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["SaasLicenseV2Unauthorized"];
        };
    };
    verifySoftwareLicense: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SoftwareLicenseBody"];
            };
        };
        responses: {
            /** @description The licence's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoftwareLicenseVerifyResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    verifySoftwareLicenseV2: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SoftwareLicenseBody"];
            };
        };
        responses: {
            /** @description The licence's state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SoftwareLicenseVerifyResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    listTransactions: {
        parameters: {
            query?: {
                /**
                 * @description Only rows with this status. Pass `paid` to see recent payments on the first page.
                 * @example paid
                 */
                status?: "paid" | "settled";
                /**
                 * @description Only rows of this product type (`digital_product`, `payment_request`, `invoice`, ...).
                 * @example digital_product
                 */
                type?: string;
                /**
                 * @description Only the rows of this customer.
                 * @example c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b
                 */
                customerId?: string;
                /**
                 * @description Only the rows of this payment link (product).
                 * @example 6e9f1a2b-3c4d-4e5f-8a6b-7c8d9e0f1a2b
                 */
                paymentLinkId?: string;
                /**
                 * @description Only rows created at or after this time (epoch milliseconds, as a string). Reported to have no effect.
                 * @example 1767225600000
                 */
                startAt?: string;
                /**
                 * @description Only rows created at or before this time (epoch milliseconds, as a string). Reported to have no effect.
                 * @example 1769903999999
                 */
                endAt?: string;
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of balance-history rows. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListTransactionsResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listUnpaidTransactions: {
        parameters: {
            query?: {
                /**
                 * @description Only transactions with this status.
                 * @example active
                 */
                status?: "active" | "expired";
                /**
                 * @description Only the transactions of this customer.
                 * @example c1a2b3c4-d5e6-4f70-8a9b-0c1d2e3f4a5b
                 */
                customerId?: string;
                /**
                 * @description Only the transactions of this payment link.
                 * @example 6f8c19ff-5b97-4792-aa89-d2a12797b356
                 */
                paymentLinkId?: string;
                /**
                 * @description Only transactions created at or after this time (epoch milliseconds, as a string).
                 * @example 1767225600000
                 */
                startAt?: string;
                /**
                 * @description Only transactions created at or before this time (epoch milliseconds, as a string).
                 * @example 1769903999999
                 */
                endAt?: string;
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of unpaid transactions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ListUnpaidTransactionsResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getDailyTransactions: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The day's totals. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetDailyTransactionsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    getTransaction: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The transaction id (`paymentLinkTransactionId` on a paid-list row).
                 * @example dc37faf8-2b4e-4c6a-8d1f-3e5a7b9c0d12
                 */
                id: components["parameters"]["TransactionIdPath"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transaction. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GetTransactionResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            429: components["responses"]["RateLimited"];
        };
    };
    registerWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRegisterBody"];
            };
        };
        responses: {
            /** @description The URL was saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSuccessResponse"];
                };
            };
            /** @description `urlHook` is missing or not a valid URL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    testWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookTestBody"];
            };
        };
        responses: {
            /** @description The test delivery was sent. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSuccessResponse"];
                };
            };
            /** @description `urlHook` is missing or not a valid URL. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listWebhookHistory: {
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
                 * @description Only deliveries with this outcome.
                 * @example FAILED
                 */
                status?: "SUCCESS" | "FAILED";
                /**
                 * @description Only deliveries of this event (e.g. `payment.received`).
                 * @example payment.received
                 */
                type?: string;
                /**
                 * @description Only deliveries sent to this URL.
                 * @example https://webhook.example.com
                 */
                urlDestination?: string;
                /**
                 * @description Only deliveries from this time on (format not documented; the CLI passes it through as given).
                 * @example 2025-04-01T00:00:00.000Z
                 */
                startAt?: string;
                /**
                 * @description Only deliveries up to this time (format not documented; the CLI passes it through as given).
                 * @example 2025-04-30T23:59:59.999Z
                 */
                endAt?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookHistoryResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    listWebhookNewHistory: {
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of deliveries. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookNewHistoryResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
            429: components["responses"]["RateLimited"];
        };
    };
    retryWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookRetryBody"];
            };
        };
        responses: {
            /** @description The delivery was sent again. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookSuccessResponse"];
                };
            };
            /** @description No webhook URL is registered yet (or the body fails validation). */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            401: components["responses"]["Unauthorized"];
            /** @description The `webhookHistoryId` matches no delivery. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorEnvelope"];
                };
            };
            429: components["responses"]["RateLimited"];
        };
    };
    createWebinar: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebinarCreateBody"];
            };
        };
        responses: {
            /** @description Successful Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductCreateResponse"];
                };
            };
            400: components["responses"]["ValidationError"];
            401: components["responses"]["Unauthorized"];
        };
    };
    updateWebinar: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /**
                 * @description The webinar's id. Cosmetic; Mayar reads the body's `id`.
                 * @example 3f4fc3fd-10dc-4a97-b54c-7632881858cb
                 */
                id: components["parameters"]["WebinarIdPath"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebinarUpdateBody"];
            };
        };
        responses: {
            /** @description The webinar was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductUpdateResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            404: components["responses"]["NotFound"];
            "2XX": components["responses"]["FailedInside200"];
        };
    };
    webhookPaymentReceived: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookPaymentReminder: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PaymentWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookShipperStatus: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ShipperWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookMemberUnsubscribed: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookMemberExpired: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookMemberChangedTier: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookNewMember: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MembershipWebhookEvent"];
            };
        };
        responses: {
            /** @description Any 2xx tells Mayar the delivery is done; anything else makes it deliver again later. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
type WithRequired<T, K extends keyof T> = T & {
    [P in K]-?: T[P];
};
