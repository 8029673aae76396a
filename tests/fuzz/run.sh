#!/usr/bin/env bash
# Runs every libFuzzer target of a build made with SKINCARE_FUZZ=ON for a
# bounded time each, from the seed corpus in corpus/<target>, and reports
# how many inputs each ran. Any finding (crash, sanitizer report, timeout,
# broken invariant) fails the run; the input is saved in
# BUILD_DIR/fuzz-findings/ (see README.md: it becomes a regression test).
#
#   tests/fuzz/run.sh BUILD_DIR [SECONDS_PER_TARGET]     (default 45)
#
# Targets run in parallel, as many at once as there are cores.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=$(cd "${1:?usage: run.sh BUILD_DIR [SECONDS]}" && pwd)
seconds=${2:-45}
jobs=$(nproc)
targets=(content answers batch condition csv)
declare -A dict=([content]=yaml [answers]=yaml [batch]=json [condition]=condition [csv]=csv)

work="$build/fuzz-work"
findings="$build/fuzz-findings"
rm -rf "$work"
mkdir -p "$work" "$findings"

run_target() {
  local target=$1 binary="$build/tests/fuzz/fuzz_$1"
  local corpus="$work/$target"
  mkdir -p "$corpus"
  local extra=() status
  # The batch target runs the real command, which reports to stderr; its
  # findings still show (fuzz_support.h sends them to a copy of stderr).
  [[ $target == batch ]] && extra+=(-close_fd_mask=2)
  "$binary" "$corpus" "$here/corpus/$target" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -len_control=200 \
    -dict="$here/dict/${dict[$target]}.dict" -artifact_prefix="$findings/$target-" \
    -print_final_stats=1 "${extra[@]}" >"$work/$target.log" 2>&1 && status=0 || status=$?
  echo "$status" >"$work/$target.status"
}

for target in "${targets[@]}"; do
  [[ -x "$build/tests/fuzz/fuzz_$target" ]] || { echo "run.sh: $build/tests/fuzz/fuzz_$target is missing" >&2; exit 1; }
done

running=0
for target in "${targets[@]}"; do
  if ((running == jobs)); then
    wait -n || true
    running=$((running - 1))
  fi
  run_target "$target" &
  running=$((running + 1))
done
wait

passed=0
failed=0
for target in "${targets[@]}"; do
  status=$(cat "$work/$target.status" 2>/dev/null || echo 1)
  log="$work/$target.log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  if ((status == 0)); then
    echo "fuzz $target: ${runs:-?} inputs in ${seconds} s, no finding"
    passed=$((passed + 1))
  else
    echo "fuzz $target: FINDING (exit $status) after ${runs:-?} inputs; the end of its log:"
    tail -n 60 "$log" | sed 's/^/    /'
    ls "$findings" | grep "^$target-" | sed "s|^|    saved: $findings/|" || true
    failed=$((failed + 1))
  fi
done
echo "fuzz: $passed passed, $failed failed"
((failed == 0))
