#!/usr/bin/env bash
# Quick start: install what building and running need, build the program
# (not the tests), and start the assessment.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh run
# The release build without its tests, which need doctest and Python;
# the preset turns them back on for scripts/build.sh and scripts/test.sh.
cmake --preset release -DSKINCARE_BUILD_TESTS=OFF >/dev/null
cmake --build --preset release --target skincare -j "$(nproc)" >/dev/null
exec build/release/skincare assess "$@"
