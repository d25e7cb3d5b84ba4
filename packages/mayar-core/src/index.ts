export {
  composeMayarClient,
  createMayarClient,
  type MayarClient,
  type MayarClientBase,
} from "./client/create-mayar-client";
export type { MayarClientOptions, MayarEnvironment, RequestOptions } from "./client/options";
export {
  isAbortError,
  isMayarError,
  MayarApiError,
  type MayarApiErrorKind,
  MayarError,
  type MayarErrorKind,
  type MayarFieldError,
  MayarInputError,
  MayarNetworkError,
  MayarTimeoutError,
} from "./errors/mayar-error";
export { toApiError } from "./errors/to-api-error";
export * from "./generated/namespaces";
export type { components, operations, paths } from "./generated/openapi";
export type { OperationId } from "./generated/operations";
export type { OperationDescriptor } from "./operations/descriptor";
export type { BodyOf, DataOf, ItemOf, PageCall, PageOf, PathOf, QueryOf, RootOf } from "./operations/types";
export type { Components, Schemas } from "./schemas";
