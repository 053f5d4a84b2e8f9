#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang and runs each in turn.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]
#
# SECONDS (default 60) is the time per target; TARGETs default to all of
# read_text read_jsonl text extract date_resolver query dot_writer graphml_writer.
# One process, one worker at a time (-jobs=1 -workers=1), so it shares a
# small machine. Everything lives in FUZZ_BUILD_DIR (default build-fuzz):
#   fuzz/seeds/T    seeds generated from the development set (tools/fuzz_seeds.py)
#   fuzz/corpus/T   the corpus libFuzzer grows, kept between runs
#   fuzz/crashes/T  crash-*, leak-*, timeout-*, oom-* inputs: copy each into
#                   tests/data/regress/T/ once fixed so ctest replays it
#   fuzz/log.tsv    one line per run: UTC time, target, seconds, executions, result
# Environment: FUZZ_BUILD_DIR, JOBS (build jobs, default 2), FUZZ_TIMEOUT
# (seconds one input may take, default 10), FUZZ_RSS_MB (default 2048).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
all=(read_text read_jsonl text extract date_resolver query dot_writer graphml_writer)
seconds="${1:-60}"
[ $# -gt 0 ] && shift
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all[@]}")
build_dir="${FUZZ_BUILD_DIR:-$root/build-fuzz}"
fuzz_dir="$build_dir/fuzz"

for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz: unknown target '$t' (${all[*]})" >&2; exit 2; }
done
command -v clang++ >/dev/null || { echo "fuzz: clang++ is needed (apt-get install clang)" >&2; exit 2; }

CC=clang CXX=clang++ cmake -S "$root" -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DDIPLOGRAPH_FUZZ=ON -DDIPLOGRAPH_TESTS=OFF >/dev/null
cmake --build "$build_dir" -j "${JOBS:-2}" --target "${targets[@]/#/fuzz_}"
[ -d "$fuzz_dir/seeds" ] || python3 "$root/tools/fuzz_seeds.py" "$fuzz_dir/seeds"

status=0
for t in "${targets[@]}"; do
  work="$fuzz_dir/work/$t"
  mkdir -p "$fuzz_dir/corpus/$t" "$fuzz_dir/crashes/$t" "$work"
  inputs=("$fuzz_dir/corpus/$t" "$fuzz_dir/seeds/$t")
  [ -d "$root/tests/data/regress/$t" ] && inputs+=("$root/tests/data/regress/$t")
  echo "fuzz: $t for ${seconds}s" >&2
  # With -jobs=1 libFuzzer runs the target in a child and writes fuzz-0.log in
  # the working folder; the first corpus folder receives the new inputs.
  rm -f "$work/fuzz-0.log"
  rc=0
  start=$(date +%s)
  (cd "$work" && "$fuzz_dir/fuzz_$t" -jobs=1 -workers=1 -max_total_time="$seconds" \
      -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -print_final_stats=1 \
      -artifact_prefix="$fuzz_dir/crashes/$t/" "${inputs[@]}" >/dev/null 2>&1) || rc=$?
  execs=$(grep -ao 'stat::number_of_executed_units: *[0-9]*' "$work/fuzz-0.log" | grep -o '[0-9]*$' | tail -1 || true)
  [ -n "$execs" ] || execs=$(grep -ao '^#[0-9]*' "$work/fuzz-0.log" | tail -1 | tr -d '#' || true)
  ran=$(( $(date +%s) - start ))  # wall clock: a run that stops at a finding is shorter than asked
  result=ok
  if [ "$rc" -ne 0 ] || grep -aq 'ERROR: \|runtime error\|fuzz invariant' "$work/fuzz-0.log"; then
    result="finding: $(ls -t "$fuzz_dir/crashes/$t" | head -1)"
    status=1
    grep -a -m1 -A12 'ERROR\|runtime error\|fuzz invariant' "$work/fuzz-0.log" >&2 || true
  fi
  printf '%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" "$ran" "${execs:-0}" "$result" | tee -a "$fuzz_dir/log.tsv"
done
exit $status
