#!/usr/bin/env bash
# Install what is missing, build, and run every test (unit, end-to-end, man lint).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh release
ctest --preset release -j "$(nproc)"
