#!/usr/bin/env bash
# Runs a command with Node.js 24 (and ShellCheck) on PATH and the dependencies installed, so that on a fresh
# clone `npm test` and `npm run demo` work as the first and only command.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/node24.sh
# ShellCheck, for the workflow linter and its tests.
source .ci/shellcheck.sh
# Install when node_modules is missing or older than the lock file.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund >&2
fi
exec "$@"
