// @org/mayar-react: React bindings for Mayar. Client modules ("use client") and pure helpers are kept in
// separate files so the pure ones stay importable from React Server Components.

export { createPaymentRequestMutationOptions } from "./mutations/create-payment-request-mutation-options";
export { generateImmutableCheckoutLinkMutationOptions } from "./mutations/generate-immutable-checkout-link-mutation-options";
export type { MayarMutationKey, MayarMutationOperationId } from "./mutations/mayar-keys";
export { mayarKeys } from "./mutations/mayar-keys";
export {
  type UseCreatePaymentRequestOptions,
  useCreatePaymentRequest,
} from "./mutations/use-create-payment-request";
export {
  type UseGenerateImmutableCheckoutLinkOptions,
  useGenerateImmutableCheckoutLink,
} from "./mutations/use-generate-immutable-checkout-link";
export { formatCreditLabel, formatPaymentLabel, formatRupiah } from "./pay-button/format-amount";
export type { PayButtonLocale } from "./pay-button/locale";
export { mayarErrorMessage, PAY_BUTTON_ERROR_MESSAGES, PENDING_LABEL } from "./pay-button/messages";
export { PayButton } from "./pay-button/PayButton";
export type {
  PayButtonCommonProps,
  PayButtonCreditCheckoutProps,
  PayButtonPaymentProps,
  PayButtonProps,
  PayButtonRedirect,
  PayButtonSuccess,
} from "./pay-button/pay-button-props";
export { isMayarClient } from "./provider/assert-mayar-client";
export { MayarProvider, type MayarProviderProps } from "./provider/MayarProvider";
export { useMayarClient } from "./provider/use-mayar-client";
