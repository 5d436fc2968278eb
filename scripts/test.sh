#!/bin/sh
# `npm test`: installs what is missing, builds once, then runs the browser suite beside every other
# check, those at a lower priority. The browser suite is the longest task by far and runs one test
# at a time; the unit tests, type checks and lint of ten packages fill the cores around it. Given
# the same priority they took its CPU on a 2-core machine and it finished last (CI 12.5 minutes,
# the browser suite 12.3 of them); niced, they take what it leaves and finish within its time.
# Exits non-zero if anything failed, after everything has run. Run it through `npm test`, which puts
# node_modules/.bin (turbo, biome, knip) on the PATH.
set -u
cd "$(dirname "$0")/.."
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

sh scripts/setup.sh --browsers --services || exit $?
turbo run build --output-logs=errors-only || exit $?

# --only: the builds are done; neither run may restore or rebuild a dist/ the other is reading.
turbo run e2e --only &
browser=$!
# Stopped (Ctrl-C, a cancelled CI job): the browser suite in the background stops too.
trap 'kill "$browser" 2>/dev/null; exit 130' INT TERM
nice -n 10 turbo run lint typecheck test --only
others=$?
wait "$browser"
browsers=$?

nice -n 10 biome check scripts turbo.json package.json tsconfig.base.json biome.json vitest.shared.ts knip.jsonc
root=$?
nice -n 10 knip --no-progress
unused=$?

[ "$browsers" -eq 0 ] || echo "npm test: the browser suite failed (exit $browsers)" >&2
[ "$others" -eq 0 ] || echo "npm test: lint, type checks or unit tests failed (exit $others)" >&2
[ "$root" -eq 0 ] || echo "npm test: biome found problems in the root files (exit $root)" >&2
[ "$unused" -eq 0 ] || echo "npm test: knip found unused files, exports or dependencies (exit $unused)" >&2
[ "$browsers" -eq 0 ] && [ "$others" -eq 0 ] && [ "$root" -eq 0 ] && [ "$unused" -eq 0 ]
