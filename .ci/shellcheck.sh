#!/usr/bin/env bash
# Source this file to have ShellCheck on PATH for `npm run lint:workflows` and its tests.
# GitHub's Ubuntu runners ship it; elsewhere Debian's package (pinned by version and checksum)
# is unpacked once into .ci/.tools/ (git-ignored) and reused.
SHELLCHECK_DEB="${SHELLCHECK_DEB:-shellcheck_0.9.0-1_amd64.deb}"
SHELLCHECK_SHA256="${SHELLCHECK_SHA256:-8c40f8a4ecccf3d746b933853972f1cd1be6df84fc5977d0137269d4debefa4f}"
_shellcheck_root="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/.tools/shellcheck"
if [ -n "${SHELLCHECK_FETCH:-}" ] || ! command -v shellcheck >/dev/null 2>&1; then
  if [ ! -x "$_shellcheck_root/usr/bin/shellcheck" ]; then
    _tmp="$(mktemp -d)"
    if curl -fsSL -o "$_tmp/$SHELLCHECK_DEB" "https://deb.debian.org/debian/pool/main/s/shellcheck/$SHELLCHECK_DEB" &&
      echo "$SHELLCHECK_SHA256  $_tmp/$SHELLCHECK_DEB" | sha256sum --check --status; then
      rm -rf "$_shellcheck_root" && mkdir -p "$_shellcheck_root"
      if command -v dpkg-deb >/dev/null 2>&1; then
        dpkg-deb -x "$_tmp/$SHELLCHECK_DEB" "$_shellcheck_root"
      else
        (cd "$_tmp" && ar x "$SHELLCHECK_DEB" && tar -xf data.tar.* -C "$_shellcheck_root")
      fi
    else
      echo "shellcheck: could not fetch $SHELLCHECK_DEB from deb.debian.org, or its checksum differs" >&2
    fi
    rm -rf "$_tmp"
  fi
  export PATH="$_shellcheck_root/usr/bin:$PATH"
fi
unset _shellcheck_root _tmp
