#!/usr/bin/env bash
# Static thresholds for the allocation count (mallocCountTotal) and peak resident memory
# (peakMemoryResident) of the package-benchmark suites; timings are never stored nor checked here.
#
#   benchmarks/thresholds.sh update Suite...    run the suites, store their p90s in Thresholds/
#   benchmarks/thresholds.sh check [Suite...]   run the suites, compare with Thresholds/
#
# Under this script each suite measures only those of its own metrics that CI checks (a suite leaves
# out one that its setup distorts). `check` without suites checks every suite that has a file in Thresholds/, so a suite is under CI
# from the moment `update` has stored its thresholds (commit Thresholds/ with it). The tolerances
# are the suites' `thresholds: ciTolerances` (Sources/BenchmarkTolerances).
#
# Exit status of check: 0 when every metric is within tolerance, or only better than its threshold
# (then it says so: run update to lock the gain in); 1 on a regression or any other failure; 2 on
# bad usage.
set -euo pipefail
cd "$(dirname "$0")"

usage() { echo "usage: $0 update Suite... | $0 check [Suite...]" >&2; exit 2; }
[ $# -ge 1 ] || usage
operation=$1
shift
# Each suite then measures only those of its metrics that CI checks (Sources/BenchmarkTolerances).
export CODEFIND_BENCHMARK_THRESHOLDS=1

case "$operation" in
update)
  [ $# -ge 1 ] || usage
  targets=()
  for suite in "$@"; do targets+=(--target "$suite"); done
  swift package --allow-writing-to-package-directory benchmark thresholds update \
    "${targets[@]}" --path Thresholds --no-progress
  ;;
check)
  suites=("$@")
  if [ ${#suites[@]} -eq 0 ]; then
    mapfile -t suites < <(find Thresholds -name '*.p90.json' -printf '%f\n' 2>/dev/null | cut -d. -f1 | sort -u)
  fi
  if [ ${#suites[@]} -eq 0 ]; then
    echo "thresholds.sh: no thresholds in $(pwd)/Thresholds: run '$0 update Suite...' first" >&2
    exit 1
  fi
  targets=()
  for suite in "${suites[@]}"; do targets+=(--target "$suite"); done
  echo "thresholds.sh: checking allocations and peak memory of ${suites[*]}"
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  status=0
  swift package benchmark thresholds check "${targets[@]}" --path Thresholds --no-progress \
    2>&1 | tee "$log" || status=$?
  # The tool says "... than the defined thresholds.", the plugin "... than the defined error: <exit code>".
  if grep -qE "is WORSE than the defined (thresholds|error)" "$log"; then
    echo "thresholds.sh: REGRESSION in allocations or peak memory (table above). If it is intended, run" \
      "'benchmarks/thresholds.sh update ${suites[*]}' and commit Thresholds/." >&2
    exit 1
  elif grep -qE "is BETTER than the defined (thresholds|error)" "$log"; then
    echo "thresholds.sh: better than the thresholds beyond tolerance; lock it in with" \
      "'benchmarks/thresholds.sh update ${suites[*]}'."
  elif [ "$status" -ne 0 ]; then
    echo "thresholds.sh: the threshold check failed (status $status, output above)" >&2
    exit 1
  fi
  ;;
*) usage ;;
esac
