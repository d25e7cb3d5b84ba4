// Types of rules.mjs, for the tests that import it.
export const ENFORCED: ReadonlySet<string>;
export const ANNOTATIONS: ReadonlySet<string>;
export const FORMATS: ReadonlySet<string>;
export function compileRule(
  // biome-ignore lint/suspicious/noExplicitAny: follows $refs through an arbitrary JSON document
  resolve: (node: any) => any,
  schema: unknown,
  where: string,
): Record<string, unknown>;
export function parametersRule(
  // biome-ignore lint/suspicious/noExplicitAny: follows $refs through an arbitrary JSON document
  resolve: (node: any) => any,
  parameters: ReadonlyArray<{ name: string; required?: boolean; schema?: unknown }>,
  where: string,
): Record<string, unknown>;
