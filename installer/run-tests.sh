#!/usr/bin/env bash
# Installs the dependencies, builds Resonance Workbench and runs its test suites (benchmarks,
# CTest label "bench", are built but not run). Exits non-zero when anything fails.
#
# Usage: installer/run-tests.sh [--with-dev-tools]
#   --with-dev-tools  also install the developer tools (passed on to installer/setup-deps.sh)
#   -h, --help        this help
#
# Environment:
#   RWB_BUILD_DIR     build directory (default: build/ in the repository; a relative path is
#                     taken from the current directory)
#   RWB_CMAKE_ARGS    extra arguments for the CMake configure step (split on blanks)
#   RWB_TEST_JOBS     tests run in parallel (default 2)
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

deps_args=()
for arg in "$@"; do
    case "$arg" in
    --with-dev-tools) deps_args+=(--with-dev-tools) ;;
    -h | --help)
        usage
        exit 0
        ;;
    *)
        echo "run-tests: unknown option '$arg'" >&2
        usage >&2
        exit 2
        ;;
    esac
done

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
build="${RWB_BUILD_DIR:-$repo/build}"
case "$build" in
/*) ;;
*) build="$PWD/$build" ;;
esac
read -r -a extra_cmake_args <<<"${RWB_CMAKE_ARGS:-}"

start=$SECONDS
step() { echo "==== run-tests: $* ($((SECONDS - start)) s)"; }

step "dependencies"
"$repo/installer/setup-deps.sh" "${deps_args[@]}"

step "configure ($build)"
cmake -S "$repo" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DRWB_BUILD_TESTS=ON \
    "${extra_cmake_args[@]}"

step "build"
cmake --build "$build" -j "$(nproc)"

step "test"
QT_QPA_PLATFORM=offscreen ctest --test-dir "$build" --output-on-failure --no-tests=error \
    -j "${RWB_TEST_JOBS:-2}" --timeout 600 -LE bench

step "all tests passed"
