#!/usr/bin/env bash
# Reproduces CI on a busy machine: N fresh clones of HEAD run `.ci/run` one after another (the runs that
# count) while, beside them, another fresh clone runs `.ci/run` too, again and again in a new clone each
# time, so the load lasts until the last counted run ends. Prints pass/fail and wall time for every run,
# with the failing tests of a failed one, and exits non-zero if any run failed.
#
#   bash scripts/ci-under-load.sh            # 3 runs in a row, 1 full run beside them
#   bash scripts/ci-under-load.sh 5 2        # 5 runs in a row, 2 beside them
#
# Clones HEAD (commit first: uncommitted changes are not in the clones). Logs go to a temporary directory
# that is printed and kept; each clone is deleted when its run ends unless CI_UNDER_LOAD_KEEP=1.
set -euo pipefail

RUNS="${1:-3}"
BESIDE="${2:-1}"
case "$RUNS$BESIDE" in *[!0-9]*) echo "usage: ci-under-load.sh [runs in a row, default 3] [runs beside, default 1]" >&2; exit 2 ;; esac
[ "$RUNS" -ge 1 ] || { echo "runs in a row must be at least 1" >&2; exit 2; }

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SHA="$(git -C "$ROOT" rev-parse HEAD)"
if [ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no)" ]; then
  echo "note: uncommitted changes are not tested; the clones check out $SHA" >&2
fi
WORK="$(mktemp -d "${TMPDIR:-/tmp}/ci-under-load.XXXXXX")"
RESULTS="$WORK/results.tsv"
: >"$RESULTS"

say() { printf '\033[1m[ci-under-load]\033[0m %s\n' "$*"; }

# One fresh clone of HEAD running .ci/run; appends "name<TAB>PASS|FAIL<TAB>seconds<TAB>log" to results.
#   run_in_fresh_clone <name>
run_in_fresh_clone() {
  local name="$1" dir="$WORK/$1" log="$WORK/$1.log" started status
  started=$(date +%s)
  if git clone -q "$ROOT" "$dir" >"$log" 2>&1 && git -C "$dir" checkout -q --detach "$SHA" >>"$log" 2>&1 \
    && (cd "$dir" && .ci/run) </dev/null >>"$log" 2>&1; then
    status=PASS
  else
    status=FAIL
  fi
  printf '%s\t%s\t%s\t%s\n' "$name" "$status" "$(($(date +%s) - started))" "$log" >>"$RESULTS"
  [ "${CI_UNDER_LOAD_KEEP:-}" = 1 ] || rm -rf "$dir"
  [ "$status" = PASS ]
}

# The load: one lane of back-to-back runs, each in a new clone, until the counted runs are over (it is then
# stopped mid-run, and that last run is reported as stopped, not failed).
beside_lane() {
  local lane="$1" round=1
  while :; do
    run_in_fresh_clone "beside-$lane.$round" || true
    round=$((round + 1))
  done
}

say "HEAD $SHA: $RUNS run(s) of .ci/run in a row, $BESIDE beside them; logs in $WORK"
lanes=()
for lane in $(seq 1 "$BESIDE"); do
  # A session of its own, so stopping it stops every process of that run (turbo, vitest, Chromium, servers).
  setsid bash -c "$(declare -p ROOT SHA WORK RESULTS); $(declare -f run_in_fresh_clone beside_lane); beside_lane $lane" \
    </dev/null >/dev/null 2>&1 &
  lanes+=("$!")
done

stop_lanes() {
  for pid in "${lanes[@]}"; do kill -TERM -- "-$pid" 2>/dev/null || true; done
  for pid in "${lanes[@]}"; do wait "$pid" 2>/dev/null || true; done
  # A process that left the lane's group (Chromium, a test's server) still runs inside a clone: stop those.
  local proc cwd
  for proc in /proc/[0-9]*; do
    cwd=$(readlink "$proc/cwd" 2>/dev/null || true)
    case "$cwd" in "$WORK"/beside-*) kill -TERM "${proc#/proc/}" 2>/dev/null || true ;; esac
  done
}
trap stop_lanes EXIT

for run in $(seq 1 "$RUNS"); do
  say "run $run/$RUNS started $(date +%H:%M:%S)"
  run_in_fresh_clone "run-$run" || true
  say "run $run/$RUNS: $(tail -n 1 "$RESULTS" | cut -f 2,3 | tr '\t' ' ')s"
done
stop_lanes
trap - EXIT
# A beside run stopped mid-way left no result line: name it, so the table shows where the load stood.
for lane in $(seq 1 "$BESIDE"); do
  last=$(grep -c "^beside-$lane\." "$RESULTS" || true)
  printf 'beside-%s.%s\tSTOPPED\t-\t%s\n' "$lane" "$((last + 1))" "$WORK/beside-$lane.$((last + 1)).log" >>"$RESULTS"
  [ "${CI_UNDER_LOAD_KEEP:-}" = 1 ] || rm -rf "$WORK/beside-$lane.$((last + 1))"
done

# The report: every run, then what failed in each failed run (from its log).
echo
printf '%-14s %-8s %8s  %s\n' run result seconds tests
failed=0
while IFS=$'\t' read -r name status seconds log; do
  tests=$(sed 's/\x1b\[[0-9;]*m//g' "$log" 2>/dev/null | grep -E '^Tests: ' | tail -n 1 || true)
  printf '%-14s %-8s %8s  %s\n' "$name" "$status" "$seconds" "${tests:-}"
  [ "$status" = FAIL ] && failed=$((failed + 1))
done <"$RESULTS"
while IFS=$'\t' read -r name status _ log; do
  [ "$status" = FAIL ] || continue
  echo
  say "$name failed ($log):"
  # Vitest marks failures with ×/FAIL and an AssertionError, Playwright with ✘ and `Error:`; turbo prefixes
  # each line with its task ("demo:test: ") and ends with the tasks that failed.
  sed 's/\x1b\[[0-9;]*m//g' "$log" \
    | grep -E '^([^ ]+:[a-z:-]+: )? *(×|✘|FAIL |[A-Za-z]*Error:)|ERR_PNPM|^Failed: ' \
    | awk '!seen[$0]++' | head -n 40
  grep -q . "$log" || echo "  (empty log)"
done <"$RESULTS"
echo
if [ "$failed" -gt 0 ]; then
  say "$failed run(s) failed; logs in $WORK"
  exit 1
fi
say "every run passed; logs in $WORK"
