import type { RequestOptions } from "../client/options";
import type { GenerateImmutableCheckoutLinkBody, ImmutableCheckoutLink } from "../client/types";
import { generateImmutableCheckoutLink } from "../generated/operations";
import { callOperation, type OperationContext } from "../operations/call-operation";

export interface CreditsResource {
  /**
   * Generates a checkout link for a credit product whose customer details and credit amount cannot be
   * changed by the customer (`creditUsageImmutableCheckoutUrl`), plus the product's general link.
   */
  generateImmutableCheckoutLink(
    body: GenerateImmutableCheckoutLinkBody,
    options?: RequestOptions,
  ): Promise<ImmutableCheckoutLink>;
}

export const creditsResource = (context: OperationContext): CreditsResource => ({
  generateImmutableCheckoutLink: (body, options) =>
    callOperation(context, generateImmutableCheckoutLink, body, options),
});
