#!/usr/bin/env bash
# Installs everything Plinth needs to build, run and test on Debian 12, then the pinned npm packages of
# the reference network. Safe to run again: apt skips what is installed, npm ci is skipped while the
# lock file is unchanged.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)

packages=(
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins qt6-translations-l10n libqt6svg6 libqt6opengl6-dev libgl-dev libxkbcommon-dev
  libsecp256k1-dev libqrencode-dev libboost1.81-dev libboost-json1.81-dev libssl-dev libsqlite3-dev
  libbenchmark-dev
  desktop-file-utils appstream dpkg-dev file
  fonts-dejavu-core fonts-noto-core fonts-noto-cjk
)
# Node.js may come from elsewhere already (it ships npm then); Debian's own only when there is none.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "setup: installing ${missing[*]}" >&2
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

# The reference network's toolchain (anvil, cast, solc, OpenZeppelin), pinned by package-lock.json.
if [ -f "$here/contracts/package-lock.json" ]; then
  stamp="$here/contracts/node_modules/.plinth-lock"
  want=$(sha256sum "$here/contracts/package-lock.json" | cut -d' ' -f1)
  if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "setup: installing the contracts' npm packages" >&2
    (cd "$here/contracts" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$want" >"$stamp"
  fi
fi
