// Internal entry, `@org/mayar-core/internal`: what @org/mayar-mock shares with the client and the proxy so
// the three cannot drift (the generated operation table with its validation rules, the rule interpreter, the
// path router, the query reader and the body reader). Not a public API: it may change in any release,
// patch releases included. Apps import `@org/mayar-core` and `@org/mayar-core/server`.

export { type OperationId, operations } from "./generated/operations";
export type { OperationDescriptor } from "./operations/descriptor";
export { createPathMatcher, type PathMatch } from "./operations/match-path";
export { jsonType, problemsOf, type Rule, type RuleProblem } from "./operations/rules";
export { type BodyRead, jsonNestsDeeperThan, readBody } from "./server/body";
export { declaredQuery } from "./server/proxy/request";
