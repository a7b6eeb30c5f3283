#!/usr/bin/env bash
# packaging.manpages: every built man page formats without a single groff warning, and was gzipped
# reproducibly (no file name, no time stamp in the gzip header).
# Usage: man_lint.sh GROFF PAGE.1.gz...
set -euo pipefail
groff=$1
shift
if [ -z "$groff" ] || [ ! -x "$groff" ]; then
  echo "man_lint: groff not found (packaging/setup-debian.sh installs it)" >&2
  exit 1
fi
status=0
for page in "$@"; do
  if [ ! -f "$page" ]; then
    echo "man_lint: $page is missing: build the plinth_packaging_files target first" >&2
    status=1
    continue
  fi
  # -ww: every warning; -z: no output, only the diagnostics.
  warnings=$(gzip -dc "$page" | LC_ALL=C.UTF-8 "$groff" -man -ww -z -t 2>&1) || true
  if [ -n "$warnings" ]; then
    echo "man_lint: $page:" >&2
    echo "$warnings" >&2
    status=1
  fi
  # gzip header: byte 3 holds the flags (0x08 = a file name follows), bytes 4-7 the time stamp.
  read -r flags mtime < <(od -An -tu1 -j3 -N5 "$page" | awk '{print $1, $2 + $3 + $4 + $5}')
  if [ $((flags & 8)) -ne 0 ] || [ "$mtime" -ne 0 ]; then
    echo "man_lint: $page carries a file name or time stamp (gzip -n was not used)" >&2
    status=1
  fi
  if gzip -dc "$page" | grep -q '@[A-Z_]*@'; then
    echo "man_lint: $page still has an unreplaced @VARIABLE@" >&2
    status=1
  fi
done
[ $status -eq 0 ] && echo "man_lint: $# page(s) clean"
exit $status
