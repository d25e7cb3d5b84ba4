import { existsSync } from "node:fs";
import { DIST_DIR } from "./paths";
import { startDemo } from "./processes";
import { TEST_ORIGIN_VARIABLE, TEST_SERVER_ENV } from "./test-server";

/**
 * Starts the tests' demo server on a free port (PORT=0) and waits for the line it prints once it listens:
 * readiness is that event, not a poll against a timer. Its origin goes to the workers through the
 * environment; the returned function stops it (SIGTERM, the server's own graceful shutdown) after the run.
 */
export default async function globalSetup() {
  if (!existsSync(`${DIST_DIR}/index.html`)) {
    throw new Error(
      `The demo's browser build is missing (${DIST_DIR}). Build it first: \`pnpm --filter demo build\` ` +
        "(or run the tests through turbo, whose test task depends on build).",
    );
  }
  const demo = await startDemo({ ...TEST_SERVER_ENV });
  process.env[TEST_ORIGIN_VARIABLE] = demo.origin;
  return async () => {
    const code = await demo.stop("SIGTERM");
    if (code !== 0) throw new Error(`The tests' demo server exited with ${code}:\n${demo.output()}`);
  };
}
