#!/usr/bin/env bash
# Installs the dependencies, builds Resonance Workbench, creates the bundled sample project
# (once) and opens it.
#
# Usage: installer/run-sample.sh [-- ARGS...]
#   ARGS          passed on to the resonance program after the project file
#   -h, --help    this help
#
# Environment:
#   RWB_SAMPLE_DIR  where the sample project lives (default: ~/ResonanceSample); it is created
#                   only when the folder has no sample.rwb yet, and never overwritten
#   RWB_BUILD_DIR   build directory (default: build/ in the repository; a relative path is
#                   taken from the current directory)
set -euo pipefail

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "$0"; }

app_args=()
while [ "$#" -gt 0 ]; do
    case "$1" in
    -h | --help)
        usage
        exit 0
        ;;
    --)
        shift
        app_args=("$@")
        break
        ;;
    *)
        echo "run-sample: unknown option '$1'" >&2
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
sample_dir="${RWB_SAMPLE_DIR:-$HOME/ResonanceSample}"

echo "==== run-sample: dependencies"
"$repo/installer/setup-deps.sh"

echo "==== run-sample: configure ($build)"
cmake -S "$repo" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo

echo "==== run-sample: build"
# Only the programs: the test suites are for installer/run-tests.sh.
cmake --build "$build" -j "$(nproc)" --target resonance resonance-cli

if [ -f "$sample_dir/sample.rwb" ]; then
    echo "==== run-sample: using the existing sample project in $sample_dir"
else
    echo "==== run-sample: creating the sample project in $sample_dir"
    "$build/app/resonance-cli" sample "$sample_dir"
fi

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "run-sample: warning: no DISPLAY or WAYLAND_DISPLAY set; the window may fail to open" >&2
fi
echo "==== run-sample: starting resonance $sample_dir/sample.rwb"
exec "$build/app/resonance" "$sample_dir/sample.rwb" "${app_args[@]}"
