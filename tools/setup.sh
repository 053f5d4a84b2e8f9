#!/usr/bin/env bash
# Sets diplograph up on a Debian machine and runs one job.
#
#   tools/setup.sh example   install what is missing, build Release, ingest the bundled
#                            example articles and ask who met Kim Jong Un before the
#                            Singapore summit
#   tools/setup.sh test      install what is missing, build Release, run the whole test suite
#   tools/setup.sh build     install what is missing and build Release only
#
# Environment: BUILD_DIR (default build), JOBS (default: number of cores),
# DIPLOGRAPH_SANITIZE=1 to build with AddressSanitizer/UBSan instead.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
job="${1:-build}"
build_dir="${BUILD_DIR:-$root/build}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

packages=(
  build-essential cmake pkg-config
  libboost-dev libsqlite3-dev libicu-dev
  doctest-dev nlohmann-json3-dev libedit-dev libmimalloc-dev
  graphviz fonts-dejavu-core python3
)

install_missing() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "setup: installing ${missing[*]}" >&2
  local sudo=()
  [ "$(id -u)" -ne 0 ] && sudo=(sudo)
  export DEBIAN_FRONTEND=noninteractive
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

build() {
  local type=Release extra=()
  if [ "${DIPLOGRAPH_SANITIZE:-0}" = 1 ]; then
    type=RelWithDebInfo; extra=(-DDIPLOGRAPH_SANITIZE=ON)
  fi
  cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE="$type" "${extra[@]}" >/dev/null
  cmake --build "$build_dir" -j "$jobs"
}

install_missing
build

case "$job" in
  build) ;;
  example)
    db="$build_dir/example.db"
    rm -f "$db" "$db-wal" "$db-shm"
    "$build_dir/diplograph" ingest --db "$db" "$root/examples"
    "$build_dir/diplograph" query --db "$db" 'who met "Kim Jong Un" before "Singapore summit"'
    ;;
  test)
    ctest --test-dir "$build_dir" --output-on-failure -j "$jobs"
    ;;
  *) echo "setup: unknown job '$job' (example, test or build)" >&2; exit 2 ;;
esac
