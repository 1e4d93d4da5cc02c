#!/usr/bin/env bash
# Installs everything Resonance Workbench needs to build, test and run on Debian 12 / 13
# (and Ubuntu releases with Qt 6.4+). Idempotent: packages already present are left alone.
# Usage: installer/setup-deps.sh [--with-dev-tools]
#   --with-dev-tools  also installs screenshot / distro-check helpers (imagemagick, debootstrap)
set -euo pipefail

want_dev=0
for arg in "$@"; do
    case "$arg" in
    --with-dev-tools) want_dev=1 ;;
    -h | --help)
        sed -n '2,6p' "$0"
        exit 0
        ;;
    *)
        echo "setup-deps: unknown option '$arg'" >&2
        exit 2
        ;;
    esac
done

if [ "$(id -u)" -eq 0 ]; then
    SUDO=""
elif command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
else
    echo "setup-deps: run as root or install sudo" >&2
    exit 1
fi

packages=(
    # toolchain
    build-essential cmake ninja-build pkg-config git clang-format file
    # Qt 6
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-svg-dev qt6-charts-dev libqt6opengl6-dev qt6-image-formats-plugins qt6-translations-l10n libgl-dev
    # storage, images, documents
    libsqlite3-dev sqlite3
    libopencv-dev
    libpoppler-qt6-dev
    # benchmarks
    libbenchmark-dev
    # headless GUI tests, fonts with CJK glyphs for the sample manual and the zh_CN UI
    xvfb xauth fonts-wqy-microhei fonts-dejavu-core
)
# KDE syntax highlighting exists from Debian 13 on; optional at build time.
optional=(libkf6syntaxhighlighting-dev)
if [ "$want_dev" -eq 1 ]; then
    packages+=(imagemagick debootstrap)
fi

export DEBIAN_FRONTEND=noninteractive

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

missing=()
for p in "${packages[@]}" "${optional[@]}"; do
    installed "$p" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-deps: all packages already installed"
    exit 0
fi

# Refresh the package lists only when something is to be installed; optional packages that
# the distribution does not have (KF6 on Debian 12) are reported and skipped.
$SUDO apt-get update -qq
final=()
for p in "${missing[@]}"; do
    if [ -n "$(apt-cache policy "$p" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | grep -v '(none)')" ]; then
        final+=("$p")
    else
        echo "setup-deps: $p is not available in this distribution, skipped"
    fi
done
if [ ${#final[@]} -eq 0 ]; then
    echo "setup-deps: nothing installable is missing"
    exit 0
fi
echo "setup-deps: installing ${#final[@]} package(s): ${final[*]}"
$SUDO apt-get install -y -q --no-install-recommends "${final[@]}"
echo "setup-deps: done"
