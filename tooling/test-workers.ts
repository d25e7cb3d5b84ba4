// How many workers each vitest run may start (node side only: the configs import it).
import { availableParallelism } from "node:os";

/**
 * turbo runs two tasks at once (`--concurrency=2` in the root package.json), so each vitest takes half the
 * cores: on 2 cores one worker each, as many busy processes as cores. More would only queue for the same
 * cores and stretch every test towards its ceiling (tooling/test-timing.ts).
 */
export const VITEST_MAX_WORKERS = Math.max(1, Math.floor(availableParallelism() / 2));
