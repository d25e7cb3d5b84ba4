// @org/mayar-react: React bindings for Mayar. Client modules ("use client") and pure helpers are kept in
// separate files so the pure ones stay importable from React Server Components.

// Generated from the spec: a hook and an options factory per operation (naming rule in the README).
export * from "./generated/hooks";
export * from "./generated/options";
export type { MayarMutationKey, MayarMutationOperationId, MayarQueryKey } from "./keys/mayar-keys";
export { mayarKeys } from "./keys/mayar-keys";
export type { UseMayarMutationOptions } from "./mutations/use-mayar-mutation";
export { formatCreditLabel, formatPaymentLabel, formatRupiah } from "./pay-button/format-amount";
export type { PayButtonLocale } from "./pay-button/locale";
export {
  mayarErrorMessage,
  PAY_BUTTON_ERROR_MESSAGES,
  type PayButtonMessageKey,
  PENDING_LABEL,
} from "./pay-button/messages";
export { PayButton } from "./pay-button/PayButton";
export type {
  PayButtonCommonProps,
  PayButtonCreditCheckoutProps,
  PayButtonPaymentProps,
  PayButtonProps,
  PayButtonRedirect,
  PayButtonSize,
  PayButtonSuccess,
} from "./pay-button/pay-button-props";
export { isMayarClient } from "./provider/assert-mayar-client";
export { MayarProvider, type MayarProviderProps } from "./provider/MayarProvider";
export type { MayarClientWith } from "./provider/mayar-client-with";
export { useMayarClient } from "./provider/use-mayar-client";
export type { PollBackoff } from "./queries/poll-interval";
export type { UseMayarInfiniteQueryOptions } from "./queries/use-mayar-infinite-query";
export type { UseMayarPollingOptions, UseMayarQueryOptions } from "./queries/use-mayar-query";
