#!/usr/bin/env bash
# Rewrites the golden files of the knowledge graph exports (tests/data/knowledge/*.ref) from the
# current code. Run after an intended change of an export format, then review the diff.
# Usage: tests/knowledge/update-golden.sh [BUILD_DIR]   (default: build)
set -euo pipefail
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:-$repo/build}"
cmake --build "$build" --target tst_kgexchange
RWB_UPDATE_GOLDEN=1 QT_QPA_PLATFORM=offscreen "$build/tests/knowledge/tst_kgexchange" goldenFiles
git -C "$repo" diff --stat -- tests/data/knowledge
