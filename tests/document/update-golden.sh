#!/usr/bin/env bash
# Rewrites the golden files of the document exchange tests (tests/data/document/*.ref) from the
# current code. Run after an intended change of an export format, then review the diff.
# Usage: tests/document/update-golden.sh [BUILD_DIR]   (default: build)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$repo/build}"
cmake --build "$build" --target tst_documentexchange
RWB_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/document/tst_documentexchange"
git -C "$repo" diff --stat -- tests/data/document
