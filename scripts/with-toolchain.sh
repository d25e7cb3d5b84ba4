#!/usr/bin/env bash
# Entry point of the README commands (`npm run demo`, `npm test`, `npm run storybook`) on a machine that has
# only Node 20 and npm: installs the pinned pnpm, the workspace's dependencies and (for tests) Debian's
# Chromium when missing, Debian's redis-server (for the webhook store tests) when missing, then runs the
# requested root script with that toolchain on PATH.
#   bash scripts/with-toolchain.sh demo   → installs, builds and starts the demo shop
#   bash scripts/with-toolchain.sh test   → installs, then lint, typecheck, build, every test, Storybook build
#   bash scripts/with-toolchain.sh storybook → installs, builds what the stories import, serves <PayButton>'s
#                                              Storybook on http://localhost:6006 (for designers)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
TASK="${1:?usage: with-toolchain.sh demo|test|storybook}"
PNPM_VERSION="$(node -p 'require("./package.json").packageManager.split("@")[1]')"

say() { printf '\033[1m[mayar-sdk]\033[0m %s\n' "$*"; }

# Offline-friendly defaults: no telemetry or update checks from the tools (our machines reach only npm).
export TURBO_TELEMETRY_DISABLED=1 STORYBOOK_DISABLE_TELEMETRY=1 REDOCLY_TELEMETRY=off \
  REDOCLY_SUPPRESS_UPDATE_NOTICE=true NEXT_TELEMETRY_DISABLED=1 COREPACK_ENABLE_STRICT=0

node_major="$(node -p 'process.versions.node.split(".")[0]')"
if [ "$node_major" -lt 20 ]; then
  echo "Node.js 20 or newer is required (found $(node -v))." >&2
  exit 1
fi

# 1. pnpm, the exact version package.json names (pnpm refuses to run a workspace pinned to another).
if [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
  say "installing pnpm $PNPM_VERSION"
  if ! npm install --global --no-audit --no-fund "pnpm@$PNPM_VERSION" >/dev/null 2>&1 \
    || [ "$(pnpm --version 2>/dev/null || true)" != "$PNPM_VERSION" ]; then
    # No permission for a global install: keep a private copy inside the repository instead.
    npm install --prefix "$ROOT/.tools" --no-audit --no-fund --no-save "pnpm@$PNPM_VERSION" >/dev/null
    export PATH="$ROOT/.tools/node_modules/.bin:$PATH"
  fi
fi

# 2. Dependencies, exactly as locked.
say "installing dependencies (pnpm install --frozen-lockfile)"
pnpm install --frozen-lockfile --reporter=silent

# Installs a Debian package (as root, or through passwordless sudo); otherwise explains what to do and stops.
#   apt_install <package> <what the tests need it for> <the variable that can point at a binary instead>
apt_install() {
  say "installing Debian's $1 for $2"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  elif sudo -n true 2>/dev/null; then
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$1" >/dev/null
  else
    echo "$1 is missing at ${!3}. Install Debian's $1 (sudo apt-get install $1)" >&2
    echo "or point $3 at a $1 binary, then run npm test again." >&2
    exit 1
  fi
}

if [ "$TASK" = "test" ]; then
  # 3. Debian's Chromium for the browser tests (Playwright never downloads a browser here).
  export CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$CHROMIUM_PATH" ]; then
    apt_install chromium "the browser tests" CHROMIUM_PATH
  fi

  # 4. Debian's redis-server (the Redis webhook store tests start one on a free loopback port).
  REDIS_SERVER_PATH="${REDIS_SERVER_PATH:-$(command -v redis-server || echo /usr/bin/redis-server)}"
  if [ ! -x "$REDIS_SERVER_PATH" ]; then
    apt_install redis-server "the webhook store tests" REDIS_SERVER_PATH
    REDIS_SERVER_PATH="/usr/bin/redis-server"
  fi
  export REDIS_SERVER_PATH
fi

case "$TASK" in
  demo) exec pnpm run demo:start ;;
  test) exec pnpm run test:all ;;
  # The stories import @org/mayar-core and @org/mayar-mock from their dist/: build those first (turbo cache).
  storybook)
    pnpm exec turbo run build --filter=@org/mayar-react^... --output-logs=errors-only
    say "Storybook for <PayButton>: http://localhost:6006 (Ctrl+C stops it)"
    exec pnpm --filter @org/mayar-react storybook ;;
  *) echo "unknown task: $TASK (expected demo, test or storybook)" >&2; exit 2 ;;
esac
