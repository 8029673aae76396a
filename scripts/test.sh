#!/usr/bin/env bash
# Install what is missing, build, and run every test:
#   1. the release build: unit, end-to-end, man-page and fuzz-replay tests;
#   2. the same tests built with AddressSanitizer and UndefinedBehaviorSanitizer
#      (the `asan` preset; any report fails the test), less those that check
#      packaging or a format with a tool of its own (the .deb and lintian,
#      Chromium's print of the HTML page, the Node FHIR validators): they run
#      our code the way other tests do, and step 1 has run them already;
#   3. each libFuzzer target of tests/fuzz/ for FUZZ_SECONDS (default 20) from
#      its seed corpus, in the asan build.
# SKINCARE_QUICK=1 stops after step 1. On an idle 2-core machine the whole
# run takes about 11 minutes: builds 3 + 3, tests 0.5 + 1.5, fuzzing 1.
# Right after scripts/start.sh on a fresh Debian 12 it took 13 minutes, 1.5
# of them installing the test tools (bench/fresh_machine.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
started=$SECONDS
step() { echo "== scripts/test.sh: $* ($((SECONDS - started)) s)"; }

scripts/setup.sh test
step "release build"
scripts/build.sh release
step "release tests"
ctest --preset release -j "$(nproc)"
if [[ ${SKINCARE_QUICK:-} == 1 ]]; then
  exit 0
fi

step "asan build"
scripts/build.sh asan
step "asan tests"
ctest --preset asan -j "$(nproc)" -E '^(cli\.test_install_package|cli\.test_html|fhir\..*)$'

step "fuzzing, ${FUZZ_SECONDS:-20} s a target"
tests/fuzz/run.sh build/asan "${FUZZ_SECONDS:-20}"
step "done"
