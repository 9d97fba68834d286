#!/usr/bin/env bash
# Idempotent machine set-up shared by the README's two commands (tools/dev serve|test):
# installs missing Debian packages, fetches Dear ImGui and SDL2 from Debian source
# packages (sha256-checked), builds SDL2 for the web once, and installs the npm test
# dependencies. Everything third-party lives in a cache outside the repo, so a second
# run on the same machine takes seconds.
set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
CACHE=${ATLAS_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/twinning-atlas}
export NODE_PATH=/usr/share/nodejs
mkdir -p "$CACHE"

log() { printf '[setup] %s\n' "$*"; }

# --- Debian packages ---------------------------------------------------------------
PACKAGES=(
  ca-certificates cmake ninja-build g++ git gzip xz-utils dpkg-dev
  emscripten node-acorn nodejs npm
  libglm-dev nlohmann-json3-dev libstb-dev
  libgtest-dev libgmock-dev libbenchmark-dev libclang-rt-14-dev clang-14
  libsdl2-dev libgl-dev xvfb xauth libgl1-mesa-dri
  chromium nginx fonts-dejavu-core fonttools zopfli python3
)
missing=()
for p in "${PACKAGES[@]}"; do
  # nodejs/npm may come from elsewhere (e.g. NodeSource); accept any working node + npm
  case $p in nodejs) command -v node >/dev/null && continue ;; npm) command -v npm >/dev/null && continue ;; esac
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
SUDO=; [ "$(id -u)" = 0 ] || SUDO=sudo
if [ ${#missing[@]} -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# --- Dear ImGui and SDL2 from Debian source packages ---------------------------------
IMGUI_ORIG=imgui_1.90.1+ds.orig.tar.xz
IMGUI_SHA=ecce377df0f90b292f15dcbd83d438bddc162b2388c881132bde18c787572a1c
SDL_ORIG=libsdl2_2.26.5+dfsg.orig.tar.gz
SDL_SHA=b3f2c822151804125d08db94c65852f711c2e5df2145a59da120748dc32eb9c3
BENCH_ORIG=benchmark_1.7.1.orig.tar.gz
BENCH_SHA=6430e4092653380d9dc4ccb45a1e2dc9259d581f4866dc0759713126056bc1d7
SRC=$CACHE/src

fetch_sources() {
  mkdir -p "$SRC"
  if [ -f "$SRC/$IMGUI_ORIG" ] && [ -f "$SRC/$SDL_ORIG" ] && [ -f "$SRC/$BENCH_ORIG" ]; then return; fi
  local list=/etc/apt/sources.list.d/twinning-atlas-src.sources
  if [ ! -f "$list" ]; then
    # Same mirror and keyring as the machine's own Debian entry (apt rejects two entries
    # for one mirror and suite that disagree on Signed-By).
    local mirror signed_by
    mirror=$(grep -rhoE '(URIs:|deb) +https?://[^ ]+' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null \
             | awk '!/security/ && $2 ~ /\/debian\/?$/ {print $2; exit}' || true)
    mirror=${mirror:-http://deb.debian.org/debian}
    signed_by=$(grep -rhoE '^Signed-By: +/[^ ]+' /etc/apt/sources.list.d/*.sources 2>/dev/null | awk '{print $2; exit}' || true)
    log "adding deb-src entries for $mirror (bookworm, trixie)"
    { printf 'Types: deb-src\nURIs: %s\nSuites: bookworm trixie\nComponents: main\n' "$mirror"
      if [ -n "$signed_by" ]; then printf 'Signed-By: %s\n' "$signed_by"; fi; } | $SUDO tee "$list" >/dev/null
    $SUDO apt-get update -qq
  fi
  (cd "$SRC" && apt-get source --download-only imgui=1.90.1+ds-1 libsdl2=2.26.5+dfsg-1 benchmark=1.7.1-1 \
     >/dev/null 2>&1) || { echo "apt-get source failed" >&2; exit 1; }
}

verify() { echo "$2  $1" | sha256sum -c --quiet - || { echo "checksum mismatch: $1" >&2; exit 1; }; }

unpack() { # tarball dir
  [ -d "$2" ] && return
  mkdir -p "$2.tmp" && tar -xf "$1" -C "$2.tmp" --strip-components=1 && mv "$2.tmp" "$2"
}

fetch_sources
verify "$SRC/$IMGUI_ORIG" $IMGUI_SHA
verify "$SRC/$SDL_ORIG" $SDL_SHA
unpack "$SRC/$IMGUI_ORIG" "$CACHE/imgui-1.90.1"
unpack "$SRC/$SDL_ORIG" "$CACHE/SDL2-2.26.5"
verify "$SRC/$BENCH_ORIG" $BENCH_SHA
unpack "$SRC/$BENCH_ORIG" "$CACHE/benchmark-1.7.1"

# --- SDL2 for the web (Debian's Emscripten cannot download its SDL port) ---------------
SDL_WEB=$CACHE/sdl2-web-2.26.5
if [ ! -f "$SDL_WEB/.done" ]; then
  log "building SDL2 with Emscripten (once, about 4 minutes on 2 cores)"
  rm -rf "$SDL_WEB" "$CACHE/sdl2-web-build"
  emcmake cmake -S "$CACHE/SDL2-2.26.5" -B "$CACHE/sdl2-web-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$SDL_WEB" -DSDL_SHARED=OFF -DSDL_STATIC=ON -DSDL_TEST=OFF \
    -DSDL_AUDIO=OFF -DSDL_JOYSTICK=OFF -DSDL_HAPTIC=OFF -DSDL_SENSOR=OFF -DSDL_POWER=OFF \
    -DSDL_HIDAPI=OFF -DSDL_RENDER=OFF -DSDL_LOCALE=OFF -DSDL_MISC=OFF >/dev/null
  cmake --build "$CACHE/sdl2-web-build" >/dev/null
  cmake --install "$CACHE/sdl2-web-build" >/dev/null
  touch "$SDL_WEB/.done"
fi

# --- Google Benchmark for the web (the same benchmarks run natively and in wasm) --------
BENCH_WEB=$CACHE/benchmark-web-1.7.1
if [ ! -f "$BENCH_WEB/.done" ]; then
  log "building Google Benchmark with Emscripten (once, about a minute)"
  rm -rf "$BENCH_WEB" "$CACHE/benchmark-web-build"
  emcmake cmake -S "$CACHE/benchmark-1.7.1" -B "$CACHE/benchmark-web-build" -G Ninja -DCMAKE_BUILD_TYPE=Release \
    -DCMAKE_INSTALL_PREFIX="$BENCH_WEB" -DBENCHMARK_ENABLE_TESTING=OFF -DBENCHMARK_ENABLE_EXCEPTIONS=OFF \
    -DBENCHMARK_ENABLE_GTEST_TESTS=OFF -DBENCHMARK_ENABLE_WERROR=OFF -DHAVE_STD_REGEX=ON >/dev/null
  cmake --build "$CACHE/benchmark-web-build" >/dev/null
  cmake --install "$CACHE/benchmark-web-build" >/dev/null
  touch "$BENCH_WEB/.done"
fi

# --- npm packages: playwright-core (drives Debian's Chromium) and the data pipeline's ----
for dir in tests/browser tools/pipeline; do
  if [ ! -f "$ROOT/$dir/node_modules/.package-lock.json" ] || \
     [ "$ROOT/$dir/package-lock.json" -nt "$ROOT/$dir/node_modules/.package-lock.json" ]; then
    log "installing npm packages in $dir"
    (cd "$ROOT/$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
done

log "ready (cache: $CACHE)"
