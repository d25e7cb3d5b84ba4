/** The whole spec as one document: mayar.openapi.yaml plus resources/*.yaml. */
export function bundleSpec(): Record<string, unknown>;
