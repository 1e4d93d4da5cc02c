#!/usr/bin/env bash
# Rewrites the golden files of the exchange format tests (tests/data/exchange/…) from the
# current code. Run after an intended change of an export format, then review the diff.
# Usage: tests/exchange/update-golden.sh [BUILD_DIR]   (default: build)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$repo/build}"
cmake --build "$build" --target tst_imageformats
rm -rf "$repo/tests/data/exchange"
RWB_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/exchange/tst_imageformats" golden
git -C "$repo" status --short -- tests/data/exchange
