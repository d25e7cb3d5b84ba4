import { existsSync } from "node:fs";
import { DIST_DIR } from "./paths";

export default function globalSetup() {
  if (!existsSync(`${DIST_DIR}/index.html`)) {
    throw new Error(
      `The demo's browser build is missing (${DIST_DIR}). Build it first: \`pnpm --filter demo build\` ` +
        "(or run the tests through turbo, whose test task depends on build).",
    );
  }
}
