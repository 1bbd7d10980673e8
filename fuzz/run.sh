#!/usr/bin/env bash
# Builds CodeFind's libFuzzer harness and runs fuzz targets for a given time.
#
#   fuzz/run.sh TARGET SECONDS [libFuzzer options…]   one target
#   fuzz/run.sh all SECONDS [libFuzzer options…]      every target, one after the other
#   fuzz/run.sh build                                  only build
#
# Targets: analyzer codekey lookup validate index protocol icd10cm-xml pcs-codes pcs-index abbreviations hcpcs delimited.
# Each run starts from the committed seeds (fuzz/corpus/TARGET and the test fixtures) and keeps
# what it finds in fuzz/.build/corpus/TARGET; crashes, leaks and hangs (an input taking over
# FUZZ_TIMEOUT seconds, default 10) are saved in fuzz/.build/artifacts/TARGET/ and make the
# script exit 1. It prints a summary line per target: executions, executions per second, peak RSS,
# coverage (edges) and features. Full logs are in fuzz/.build/logs/TARGET.log.
set -euo pipefail
fuzz="$(cd "$(dirname "$0")" && pwd)"
repo="$(dirname "$fuzz")"
fixtures="$repo/Tests/CodeFindTests/Fixtures"
all_targets=(analyzer codekey lookup validate index protocol icd10cm-xml pcs-codes pcs-index abbreviations hcpcs delimited)

usage() {
  echo "usage: fuzz/run.sh TARGET|all SECONDS [libFuzzer options...] | fuzz/run.sh build" >&2
  echo "targets: ${all_targets[*]}" >&2
  exit 2
}

build() {
  # SwiftPM does not notice source files added to the CodeFind package this one depends on by
  # path; without its build manifest it plans the build again and does.
  rm -f "$fuzz/.build/release.yaml"
  (cd "$fuzz" && swift build -c release -Xswiftc -sanitize=fuzzer,address -Xswiftc -enable-testing --product CodeFindFuzz) >&2
}

# The seed folders of a target: its committed seeds and the test fixtures of its format.
seeds() {
  case "$1" in
    index) echo "$fixtures/Index" ;;
    pcs-codes) echo "$fixtures/ICD10PCS" ;;
    pcs-index) echo "$fixtures/PCSIndex" ;;
    abbreviations) echo "$fixtures/Abbreviations" ;;
    hcpcs) echo "$fixtures/HCPCS" ;;
    delimited) echo "$fixtures/Delimited" ;;
    validate) echo "$repo/benchmarks/validate" ;;
    *) echo "$fuzz/corpus/$1" ;;
  esac
}

# Runs the harness on a target with libFuzzer arguments: Swift's own crash handler off (libFuzzer
# reports crashes and saves the input), known leaks outside CodeFind suppressed, the shipped data,
# and an index file of the harness's own.
run_fuzzer() {
  SWIFT_BACKTRACE=enable=no LSAN_OPTIONS="suppressions=$fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}" \
    CODEFIND_DATA="$repo/data" CODEFIND_INDEX="$fuzz/.build/shipped.cfidx" \
    "$fuzz/.build/release/CodeFindFuzz" "$@"
}

# Runs one target; prints its summary line; returns libFuzzer's status.
run_target() {
  local target="$1" seconds="$2"
  shift 2
  local work="$fuzz/.build/corpus/$target" artifacts="$fuzz/.build/artifacts/$target/" log="$fuzz/.build/logs/$target.log"
  mkdir -p "$work" "$artifacts" "$(dirname "$log")"
  local options=(-max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -detect_leaks=1 -rss_limit_mb=4096
    -print_final_stats=1 -artifact_prefix="$artifacts")
  if [ -f "$fuzz/dictionaries/$target.dict" ]; then options+=(-dict="$fuzz/dictionaries/$target.dict"); fi
  if [ "$target" = lookup ] || [ "$target" = validate ]; then
    # Open (and on first use build) the shipped index before the clock starts, on the seeds only.
    run_fuzzer "$target" -runs=0 $(seeds "$target") >"$log" 2>&1 || true
  fi
  local status=0
  local start=$SECONDS
  run_fuzzer "$target" "${options[@]}" "$@" "$work" $(seeds "$target") >"$log" 2>&1 || status=$?
  local runs rate rss cov ft
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  rss=$(sed -n 's/^stat::peak_rss_mb: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  echo "$target: status $status, $((SECONDS - start)) s, ${runs:-?} executions, ${rate:-?} exec/s, peak RSS ${rss:-?} MB, cov ${cov:-?} edges, ft ${ft:-?} features, corpus $(ls "$work" | wc -l) files"
  if [ "$status" -ne 0 ]; then
    echo "  failed; the end of $log:" >&2
    tail -40 "$log" >&2
  fi
  return "$status"
}

[ $# -ge 1 ] || usage
case "$1" in
  build) build; exit ;;
  all) targets=("${all_targets[@]}") ;;
  *) [[ " ${all_targets[*]} " == *" $1 "* ]] || usage; targets=("$1") ;;
esac
[ $# -ge 2 ] && [[ "$2" =~ ^[0-9]+$ ]] || usage
seconds="$2"
shift 2
build
failed=0
for target in "${targets[@]}"; do
  run_target "$target" "$seconds" "$@" || failed=1
done
exit "$failed"
