#!/usr/bin/env bash
# packaging.deb: builds the .deb from the build tree, checks its control data (a Depends computed from
# the binaries' shared libraries), its file modes and its contents, unpacks it into a temporary root and
# runs both installed binaries from there; then builds the .tar.gz and lists it.
# Usage: deb_smoke.sh CPACK BUILD_DIR VERSION ICON_SIZE...
#
# Everything goes to a fresh temporary folder (cpack -B), so the test never touches packages in the build
# dir and can run beside other tests. Needs: dpkg-deb, dpkg-shlibdeps (dpkg-dev), readelf, gzip, tar.
set -euo pipefail

cpack=$1
build=$2
version=$3
shift 3
icon_sizes=("$@")
app_id=org.plinth.Plinth

work=$(mktemp -d "${TMPDIR:-/tmp}/plinth-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}
step() { echo "--- $*"; }

for tool in dpkg-deb dpkg-shlibdeps readelf; do
  command -v "$tool" >/dev/null || { echo "deb_smoke: $tool not found (packaging/setup-debian.sh)" >&2; exit 1; }
done
[ -f "$build/CPackConfig.cmake" ] || { echo "deb_smoke: no CPackConfig.cmake in $build" >&2; exit 1; }

step "cpack -G DEB"
# Quiet on success: cpack's own log is shown only when it fails.
if ! "$cpack" -G DEB --config "$build/CPackConfig.cmake" -B "$work/deb" >"$work/cpack-deb.log" 2>&1; then
  cat "$work/cpack-deb.log" >&2
  echo "deb_smoke: cpack -G DEB failed" >&2
  exit 1
fi
debs=("$work"/deb/*.deb)
if [ ${#debs[@]} -ne 1 ] || [ ! -f "${debs[0]}" ]; then
  echo "deb_smoke: expected one .deb, found: ${debs[*]}" >&2
  exit 1
fi
deb=${debs[0]}
arch=$(dpkg --print-architecture)
[ "$(basename "$deb")" = "plinth_${version}_${arch}.deb" ] || fail "file name $(basename "$deb"), want plinth_${version}_${arch}.deb"
echo "$(basename "$deb"): $(stat -c %s "$deb") bytes"

step "control data"
dpkg-deb --info "$deb"
field() { dpkg-deb --field "$deb" "$1"; }
[ "$(field Package)" = plinth ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', want $version"
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = utils ] || fail "Section is '$(field Section)'"
[ -n "$(field Maintainer)" ] || fail "no Maintainer"
[ -n "$(field Homepage)" ] || fail "no Homepage"
depends=$(field Depends)
# The names of the packages in Depends, one a line, without versions or alternatives' bars.
depends_names=$(echo "$depends" | tr ',|' '\n\n' | sed -E 's/\(.*\)//; s/^ *//; s/ *$//' | grep -v '^$' || true)
has_depend() { echo "$depends_names" | grep -qx "$1"; }
# shlibdeps writes versioned entries like "libqt6core6 (>= 6.4.0)": a versioned Qt entry shows it ran.
echo "$depends" | grep -Eq 'libqt6core6 \(>= [0-9]' || fail "Depends has no computed libqt6core6 (>= ...): $depends"
has_depend libqt6svg6 || fail "Depends lacks libqt6svg6 (the SVG plugins): $depends"

step "unpack"
root="$work/root"
dpkg-deb -x "$deb" "$root"
bin="$root/usr/bin"
for exe in plinth plinth-cli; do
  [ -x "$bin/$exe" ] || fail "usr/bin/$exe missing or not executable"
done

step "shared libraries against Depends"
# Every library a binary needs must come from a package named in Depends: that is what makes the .deb
# install and run elsewhere. libsecp256k1 is checked this way as soon as the binaries link it.
for exe in plinth plinth-cli; do
  [ -f "$bin/$exe" ] || continue
  while read -r soname; do
    # dpkg -S prints "pkg[:arch][, pkg[:arch]...]: /path" for each match.
    owners=$(dpkg -S "*/$soname" 2>/dev/null | sed 's/: .*//' | tr ',' '\n' | sed 's/^ *//; s/:.*//' | sort -u || true)
    if [ -z "$owners" ]; then
      fail "$exe needs $soname, which no installed package ships"
      continue
    fi
    found=""
    for pkg in $owners; do has_depend "$pkg" && found=$pkg; done
    if [ -n "$found" ]; then
      echo "$exe: $soname <- $found"
    else
      fail "$exe needs $soname from $(echo $owners), which is not in Depends"
    fi
  done < <(readelf -d "$bin/$exe" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p')
done
if readelf -d "$bin/plinth" "$bin/plinth-cli" | grep -q 'libsecp256k1'; then
  has_depend libsecp256k1-1 || echo "$depends" | grep -q libsecp256k1 || fail "libsecp256k1 linked but not in Depends"
else
  echo "note: neither binary links libsecp256k1 yet (no command uses the curve), so Depends does not list it"
fi

step "binaries: stripped, no build-tree run path"
for exe in plinth plinth-cli; do
  [ -f "$bin/$exe" ] || continue
  readelf -S "$bin/$exe" | grep -q '\.symtab' && fail "$exe is not stripped"
  readelf -d "$bin/$exe" | grep -Eq '\((RPATH|RUNPATH)\)' && fail "$exe keeps an RPATH/RUNPATH"
done

step "file modes and owners"
# dpkg-deb -c: "perms owner/group size date time ./path"
while read -r perms owner _ _ _ path; do
  [ "$owner" = root/root ] || fail "$path is owned by $owner"
  case "$path" in
    ./usr/ | ./usr/*) ;;
    ./) ;;
    *) fail "$path is outside /usr" ;;
  esac
  case "$perms" in
    d*) [ "$perms" = drwxr-xr-x ] || fail "directory $path has $perms" ;;
    -*)
      case "$path" in
        ./usr/bin/*) [ "$perms" = -rwxr-xr-x ] || fail "$path has $perms" ;;
        *) [ "$perms" = -rw-r--r-- ] || fail "$path has $perms" ;;
      esac ;;
    *) fail "$path is neither a file nor a directory ($perms)" ;;
  esac
done < <(dpkg-deb -c "$deb")

step "installed files"
share="$root/usr/share"
need_file() { [ -s "$share/$1" ] || fail "usr/share/$1 is missing"; }
need_file "applications/$app_id.desktop"
need_file "metainfo/$app_id.metainfo.xml"
need_file "icons/hicolor/scalable/apps/$app_id.svg"
need_file "man/man1/plinth.1.gz"
need_file "man/man1/plinth-cli.1.gz"
need_file "doc/plinth/copyright"
for size in "${icon_sizes[@]}"; do
  png="$share/icons/hicolor/${size}x${size}/apps/$app_id.png"
  if [ ! -s "$png" ]; then
    fail "icons/hicolor/${size}x${size}/apps/$app_id.png is missing"
    continue
  fi
  # PNG signature, then the IHDR chunk: width and height as big-endian 32-bit integers at bytes 16-23.
  signature=$(od -An -tx1 -N8 "$png" | tr -d ' \n')
  read -r w h < <(od -An -tu1 -j16 -N8 "$png" | awk '{print $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8}')
  [ "$signature" = 89504e470d0a1a0a ] || fail "${size}x${size} icon is not a PNG"
  [ "$w" = "$size" ] && [ "$h" = "$size" ] || fail "${size}x${size} icon is ${w}x${h}"
done
for page in plinth plinth-cli; do
  gzip -t "$share/man/man1/$page.1.gz" 2>/dev/null || fail "man page $page.1.gz is not valid gzip"
done
if command -v desktop-file-validate >/dev/null; then
  desktop-file-validate "$share/applications/$app_id.desktop" || fail "installed desktop file does not validate"
fi
if command -v appstreamcli >/dev/null; then
  # validate-tree also checks that the metainfo, the desktop file and the icon agree with each other.
  appstreamcli validate-tree --no-net --strict "$root" || fail "appstreamcli validate-tree failed on the unpacked root"
fi

step "run the installed binaries"
# Only the unpacked binaries and the system's libraries: no LD_LIBRARY_PATH, no build tree, and a
# throw-away home so that nothing of the user's is read or written.
home="$work/home"
mkdir -p "$home" "$work/runtime"
chmod 700 "$work/runtime"
run() {
  env -u LD_LIBRARY_PATH -u QT_PLUGIN_PATH HOME="$home" XDG_DATA_HOME="$home/data" \
    XDG_CONFIG_HOME="$home/config" XDG_CACHE_HOME="$home/cache" XDG_RUNTIME_DIR="$work/runtime" \
    QT_QPA_PLATFORM=offscreen timeout 30 "$@"
}
for exe in plinth-cli plinth; do
  [ -x "$bin/$exe" ] || continue
  if out=$(run "$bin/$exe" --version 2>"$work/$exe.err"); then
    echo "$exe --version: $out"
    [ "$out" = "$exe $version" ] || fail "$exe --version printed '$out', want '$exe $version'"
  else
    fail "$exe --version exited with $?: $(cat "$work/$exe.err")"
  fi
done
if out=$(run "$bin/plinth-cli" --help 2>&1); then
  echo "$out" | grep -q '^Usage: plinth-cli' || fail "plinth-cli --help: $out"
else
  fail "plinth-cli --help failed: $out"
fi
[ -z "$(ls -A "$home/data" 2>/dev/null)" ] || fail "--version wrote into the data dir: $(ls -A "$home/data")"

step "cpack -G TGZ"
if ! "$cpack" -G TGZ --config "$build/CPackConfig.cmake" -B "$work/tgz" >"$work/cpack-tgz.log" 2>&1; then
  cat "$work/cpack-tgz.log" >&2
  echo "deb_smoke: cpack -G TGZ failed" >&2
  exit 1
fi
tgzs=("$work"/tgz/*.tar.gz)
if [ ${#tgzs[@]} -ne 1 ] || [ ! -f "${tgzs[0]}" ]; then
  fail "expected one .tar.gz, found: ${tgzs[*]}"
else
  tgz=${tgzs[0]}
  echo "$(basename "$tgz"): $(stat -c %s "$tgz") bytes"
  listing=$(tar -tvzf "$tgz")
  echo "$listing"
  top="$(basename "$tgz" .tar.gz)"
  for path in bin/plinth bin/plinth-cli "share/applications/$app_id.desktop" "share/metainfo/$app_id.metainfo.xml" \
              "share/icons/hicolor/scalable/apps/$app_id.svg" share/man/man1/plinth.1.gz; do
    echo "$listing" | grep -q " $top/$path\$" || fail "the .tar.gz lacks $top/$path"
  done
fi

if [ $failures -ne 0 ]; then
  echo "deb_smoke: $failures check(s) failed" >&2
  exit 1
fi
echo "deb_smoke: all checks passed"
