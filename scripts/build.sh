#!/usr/bin/env bash
# Configures and builds a preset (default: release) into build/<preset>, with
# the tests the preset holds (scripts/start.sh builds the program alone).
set -euo pipefail
cd "$(dirname "$0")/.."
preset=${1:-release}
cmake --preset "$preset" >/dev/null
cmake --build --preset "$preset" -j "$(nproc)"
