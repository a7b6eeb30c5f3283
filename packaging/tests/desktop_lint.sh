#!/usr/bin/env bash
# packaging.desktop: desktop-file-validate passes with nothing to say. It exits 0 on hints (such as a
# missing main category, which hides the app in a catch-all menu section), so any output fails here.
# Usage: desktop_lint.sh DESKTOP_FILE_VALIDATE FILE.desktop
set -uo pipefail
validate=$1
file=$2
if [ -z "$validate" ] || [ ! -x "$validate" ]; then
  echo "desktop_lint: desktop-file-validate not found (packaging/setup-debian.sh installs it)" >&2
  exit 1
fi
out=$("$validate" "$file" 2>&1)
status=$?
if [ $status -ne 0 ] || [ -n "$out" ]; then
  echo "$out" >&2
  echo "desktop_lint: $file does not validate cleanly" >&2
  exit 1
fi
echo "desktop_lint: $file is clean"
