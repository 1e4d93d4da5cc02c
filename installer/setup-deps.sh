#!/usr/bin/env bash
# Installs everything Resonance Workbench needs to build, test and run on Debian 12 / 13
# (and Ubuntu releases with Qt 6.4+). Idempotent: packages already present are left alone.
# Usage: installer/setup-deps.sh [--with-dev-tools]
#   --with-dev-tools  also installs screenshot / distro-check / benchmark helpers
#                     (imagemagick, debootstrap, python3-pandas for bench_signal's baseline)
set -euo pipefail

want_dev=0
for arg in "$@"; do
    case "$arg" in
    --with-dev-tools) want_dev=1 ;;
    -h | --help)
        sed -n '2,7p' "$0"
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
    qt6-svg-dev qt6-charts-dev qt6-image-formats-plugins qt6-translations-l10n libgl-dev
    # storage, images, documents
    libsqlite3-dev sqlite3
    libjpeg-dev libpng-dev libtiff-dev
    libopencv-dev
    libpoppler-qt6-dev
    # sound recordings as signals (WAV, FLAC, Ogg)
    libsndfile1-dev
    # documents: text encodings, OCR of scanned pages (Chinese and English)
    libuchardet-dev libtesseract-dev tesseract-ocr-eng tesseract-ocr-chi-sim
    # knowledge graphs: RDF (Turtle, N-Triples) and graph layout
    libserd-dev libgraphviz-dev graphviz
    # benchmarks
    libbenchmark-dev
    # COCO annotation files of hundreds of MB (exchange)
    libsimdjson-dev
    # headless GUI tests, fonts with CJK glyphs for the sample manual and the zh_CN UI
    xvfb xauth fonts-wqy-microhei fonts-dejavu-core
)
# KDE syntax highlighting exists from Debian 13 on; optional at build time.
# libqt6opengl6-dev is virtual (provided by qt6-base-dev) on Debian 13.
optional=(libkf6syntaxhighlighting-dev qt6-svg-plugins libqt6opengl6-dev)
if [ "$want_dev" -eq 1 ]; then
    packages+=(imagemagick debootstrap python3-pandas poppler-utils ccache python3-torch python3-onnx)
fi

export DEBIAN_FRONTEND=noninteractive

installed() { dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"; }

candidate() { apt-cache policy "$1" 2>/dev/null | sed -n 's/^ *Candidate: *//p' | grep -v '(none)'; }

missing=()
for p in "${packages[@]}"; do
    installed "$p" || missing+=("$p")
done
# Optional packages count only where the distribution has them (KF6 from Debian 13 on;
# virtual or absent names are skipped), so an offline machine with everything else
# installed never needs the network.
for p in "${optional[@]}"; do
    installed "$p" && continue
    if [ -n "$(candidate "$p")" ] || [ ${#missing[@]} -gt 0 ]; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -eq 0 ]; then
    echo "setup-deps: all packages already installed"
    exit 0
fi

$SUDO apt-get update -qq
final=()
for p in "${missing[@]}"; do
    if [ -n "$(candidate "$p")" ]; then
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
