#!/usr/bin/env bash
# Quick start: install what is missing, build, and start the assessment.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
scripts/build.sh release >/dev/null
exec build/release/skincare assess "$@"
