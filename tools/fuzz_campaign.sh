#!/usr/bin/env bash
# The long fuzzing campaign (the test command runs only a short, fixed run per target):
#   tools/fuzz_campaign.sh [--minutes M] [--parallel P] [--seed] [TARGET...]
# builds the fuzz preset, fuzzes each target (default: all in tests/fuzz/targets.txt) for M
# minutes (default 10), P targets at a time (default 1), starting from its committed corpus
# tests/fuzz/corpus/<target>, and merges what it grew back into that corpus, minimised
# (-merge=1). --seed first merges the seeds of tests/fuzz/make_seeds.mjs (fixtures and slices
# of data/). Each run appends executions, coverage (cov, ft) and crashes to
# tests/fuzz/campaign_log.tsv, the source of the README's figures: wall seconds and, from
# 2026-12-02 16:20 on, the fuzzer's CPU seconds (user + system; rows before have none). A crash input stays in
# build/fuzz/campaign/<target>/ and the script exits 1; once fixed, it goes to
# tests/fuzz/regressions/<target>/ (replayed by the tests, never merged away).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
minutes=10 parallel=1 seed=0 targets=()
while [ $# -gt 0 ]; do
  case $1 in
    --minutes) minutes=$2; shift 2 ;;
    --parallel) parallel=$2; shift 2 ;;
    --seed) seed=1; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) echo "unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done
declare -A max_len
while read -r name _runs len; do
  [[ $name =~ ^[a-z] ]] && max_len[$name]=$len
done < tests/fuzz/targets.txt
[ ${#targets[@]} -gt 0 ] || targets=($(awk '/^[a-z]/ { print $1 }' tests/fuzz/targets.txt))
for t in "${targets[@]}"; do [ -n "${max_len[$t]:-}" ] || { echo "unknown target $t" >&2; exit 2; }; done

cmake --preset fuzz > /dev/null
cmake --build --preset fuzz -j "${ATLAS_JOBS:-$(nproc)}"
out=build/fuzz/campaign
log=tests/fuzz/campaign_log.tsv
[ -f "$log" ] || printf 'date\ttarget\tseconds\texecutions\texec_per_s\tcov\tft\tcorpus_files\tcrashes\tcpu_seconds\n' > "$log"
if [ $seed = 1 ]; then
  rm -rf "$out/seeds" && node tests/fuzz/make_seeds.mjs "$out/seeds"
fi

# Minimised union of the committed corpus and the given folders, written back to the corpus.
merge_into_corpus() { # target folder...
  local t=$1 corpus=tests/fuzz/corpus/$1 merged=$out/$1/merged
  shift
  rm -rf "$merged" && mkdir -p "$merged" "$corpus"
  "build/fuzz/tests/fuzz/${t}_fuzz" -merge=1 -max_len="${max_len[$t]}" "$merged" "$corpus" "$@" \
    > "$out/$t/merge.log" 2>&1
  rm -rf "$corpus" && mv "$merged" "$corpus"
}

campaign() { # target
  local t=$1 dir=$out/$1 rc=0 start end
  mkdir -p "$dir" && rm -rf "$dir/grown" "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-*
  mkdir -p "$dir/grown"
  [ $seed = 1 ] && merge_into_corpus "$t" "$out/seeds/$t"
  local inputs=("tests/fuzz/corpus/$t")
  [ -d "tests/fuzz/regressions/$t" ] && inputs+=("tests/fuzz/regressions/$t")
  start=$(date +%s)
  # -timeout=120: at nice 19 on a busy shared machine a fuzzer can be starved for tens of seconds
  # (a 29 s "timeout" once came from an input that runs in under 1 ms); a real hang still shows.
  local TIMEFORMAT='%U %S'  # bash's time: the fuzzer's user and system CPU seconds
  { time "build/fuzz/tests/fuzz/${t}_fuzz" -max_len="${max_len[$t]}" -max_total_time=$((minutes * 60)) -timeout=120 \
    -print_final_stats=1 -artifact_prefix="$dir/" "$dir/grown" "${inputs[@]}" > "$dir/run.log" 2>&1 || rc=$?; } 2> "$dir/cpu.txt"
  end=$(date +%s)
  merge_into_corpus "$t" "$dir/grown"
  local execs cov ft crashes cpu
  cpu=$(awk '{ printf "%d", $1 + $2 }' "$dir/cpu.txt")
  execs=$(awk '/stat::number_of_executed_units/ { print $2 }' "$dir/run.log" | tail -1)
  cov=$(grep -oE 'cov: [0-9]+' "$dir/run.log" | tail -1 | cut -d' ' -f2)
  ft=$(grep -oE 'ft: [0-9]+' "$dir/run.log" | tail -1 | cut -d' ' -f2)
  crashes=$(ls "$dir" | grep -cE '^(crash|leak|timeout|oom)-' || true)
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$t" $((end - start)) "${execs:-0}" \
    $(( ${execs:-0} / (end - start > 0 ? end - start : 1) )) "${cov:-0}" "${ft:-0}" \
    "$(ls "tests/fuzz/corpus/$t" | wc -l)" "$crashes" "$cpu" >> "$log"
  echo "$t: ${execs:-0} executions in $((end - start)) s ($cpu s CPU), cov ${cov:-0}, ft ${ft:-0}, crashes $crashes (exit $rc)"
  [ "$crashes" = 0 ] && [ $rc = 0 ]
}

failed=0
running=0
for t in "${targets[@]}"; do
  campaign "$t" &
  running=$((running + 1))
  if [ $running -ge "$parallel" ]; then wait -n || failed=1; running=$((running - 1)); fi
done
while [ $running -gt 0 ]; do wait -n || failed=1; running=$((running - 1)); done
[ $failed = 0 ] || { echo "crashes found: see build/fuzz/campaign/<target>/crash-*" >&2; exit 1; }
