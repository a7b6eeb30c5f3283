#!/usr/bin/env bash
# Retakes the page screenshots docs/screenshots/<page>-light.png and <page>-dark.png from a clean seeded
# devnet: starts a new devnet, restores a vault from the devnet's mnemonic, syncs it, then opens the
# desktop app once per page and theme (the page and the theme set in the data dir's settings.ini) and
# saves the window with ../shared/tools/screenshot.sh. Stops the devnet and removes its files at the end.
#
# usage: docs/screenshots/take.sh BUILD_DIR [OUT_DIR]
#   BUILD_DIR  a CMake build of this repo with app/plinth and app/plinth-cli built
#   OUT_DIR    where the PNGs go (default: docs/screenshots of this repo)
# environment:
#   PLINTH_SCREENSHOT_TOOL  the screenshot script (default: ../shared/tools/screenshot.sh beside the repo)
#   PLINTH_DEVNET_PORT      the devnet's RPC port (default 18545; the devnet takes the next free one)
#   PLINTH_SCREENSHOT_WAIT  seconds from the app's start to the screenshot (default 8)
#   PLINTH_SCREENSHOT_SIZE  the screen (default 1440x900)
#   PLINTH_SCREENSHOT_PAGES the pages to take, by name (default: all eight, in sidebar order)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
[ $# -ge 1 ] && [ $# -le 2 ] || { sed -n '7,15p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2; exit 2; }
build=$(cd "$1" && pwd)
out=$(mkdir -p "${2:-$repo/docs/screenshots}" && cd "${2:-$repo/docs/screenshots}" && pwd)
shot=${PLINTH_SCREENSHOT_TOOL:-$repo/../shared/tools/screenshot.sh}
port=${PLINTH_DEVNET_PORT:-18545}
wait_s=${PLINTH_SCREENSHOT_WAIT:-8}
size=${PLINTH_SCREENSHOT_SIZE:-1440x900}
for f in "$build/app/plinth" "$build/app/plinth-cli"; do
  [ -x "$f" ] || { echo "take.sh: $f is not built (ninja -C $build plinth plinth-cli)" >&2; exit 1; }
done
[ -x "$shot" ] || { echo "take.sh: no screenshot script at $shot (set PLINTH_SCREENSHOT_TOOL)" >&2; exit 1; }

# The sidebar's order is MainWindow::Page's: the index is what [ui] lastPage means.
all_pages=(overview devices earnings staking governance activity sendreceive settings)
read -r -a pages <<<"${PLINTH_SCREENSHOT_PAGES:-${all_pages[*]}}"

# The index of a page's name in all_pages, or nothing.
index_of() {
  local i
  for i in "${!all_pages[@]}"; do [ "${all_pages[$i]}" = "$1" ] && echo "$i"; done
}

for page in "${pages[@]}"; do
  [ -n "$(index_of "$page")" ] || { echo "take.sh: no page named $page (pages: ${all_pages[*]})" >&2; exit 2; }
done

work=$(mktemp -d "${TMPDIR:-/tmp}/plinth-screenshots.XXXXXX")
devnet=$work/devnet data=$work/data
cleanup() {
  "$repo/contracts/devnet" stop --state-dir "$devnet" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "take.sh: starting a clean devnet in $devnet" >&2
"$repo/contracts/devnet" start --fresh --state-dir "$devnet" --port "$port" >/dev/null
network=$devnet/network.json

# The devnet's well-known mnemonic; the password only guards this throwaway vault.
umask 077
printf 'screenshots of the devnet\n' >"$work/password"
printf 'test test test test test test test test test test test junk\n' |
  "$build/app/plinth-cli" wallet restore --datadir "$data" --network "$network" --password-file "$work/password" >/dev/null
"$build/app/plinth-cli" sync --datadir "$data" --network "$network" >/dev/null

# Sets KEY=VALUE in [SECTION] of an INI file (QSettings' format), keeping every other line the app wrote.
ini_set() {
  local file=$1 section=$2 key=$3 value=$4
  touch "$file"
  awk -v s="[$section]" -v k="$key" -v v="$value" '
    function put() { if (!done) { print k "=" v; done = 1 } }
    $0 == s { print; in_s = 1; next }
    /^\[/ { if (in_s) put(); in_s = 0 }
    in_s && index($0, k "=") == 1 { put(); next }
    { print }
    END { if (!done) { if (!in_s) print s; put() } }
  ' "$file" >"$file.new" && mv "$file.new" "$file"
}

for theme in light dark; do
  for page in "${pages[@]}"; do
    ini_set "$data/settings.ini" ui lastPage "$(index_of "$page")"
    ini_set "$data/settings.ini" ui theme "$theme"
    "$shot" -w "$wait_s" -s "$size" "$out/$page-$theme.png" \
      "$build/app/plinth" --datadir "$data" --network "$network" >/dev/null
    echo "$out/$page-$theme.png"
  done
done
