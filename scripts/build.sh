#!/usr/bin/env bash
# Builds dist/: the action (dist/), its admin CLI (dist/cli/) and its post step (dist/post/), each
# with the notices of every package it bundles (scripts/notices.ts reads ncc's webpack stats,
# kept in node_modules/.cache for __tests__/notices.test.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
stats=node_modules/.cache/cosmos-oidc-action/ncc-stats
rm -rf dist "$stats"
mkdir -p "$stats"
build() {
  local entry=$1 out=$2 name=$3
  ncc build "src/$entry" -o "$out" --target es2022 --stats-out "$PWD/$stats/$name.json"
  tsx scripts/notices.ts "$stats/$name.json" "$out/licenses.txt"
}
build index.ts dist action
build cli.ts dist/cli cli
build post-entry.ts dist/post post
