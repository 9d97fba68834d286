#!/usr/bin/env bash
# One CTest entry of a fuzz target (tests/fuzz/CMakeLists.txt):
#   fuzz_test.sh BINARY TARGET_NAME WORKDIR replay       every committed input once
#   fuzz_test.sh BINARY TARGET_NAME WORKDIR run RUNS SEED MAX_LEN
#                                                        a fixed, seeded run from the corpus
# Inputs: tests/fuzz/corpus/TARGET_NAME (minimised by tools/fuzz_campaign.sh) and
# tests/fuzz/regressions/TARGET_NAME (inputs that crashed once, kept whatever the merge keeps).
# New inputs go to WORKDIR/new (emptied first, so every run starts alike); a crash is saved
# as WORKDIR/crash-* and fails the test. The committed folders are only read.
set -euo pipefail
binary=$1 target=$2 workdir=$3 mode=$4
here=$(cd "$(dirname "$0")" && pwd)
inputs=("$here/corpus/$target")
[ -d "$here/regressions/$target" ] && inputs+=("$here/regressions/$target")
rm -rf "$workdir" && mkdir -p "$workdir/new"
common=(-artifact_prefix="$workdir/" -timeout=25 -print_final_stats=1)
case $mode in
  replay) exec "$binary" "${common[@]}" -runs=0 "${inputs[@]}" ;;
  run) exec "$binary" "${common[@]}" -runs="$5" -seed="$6" -max_len="$7" "$workdir/new" "${inputs[@]}" ;;
  *) echo "unknown mode $mode" >&2; exit 2 ;;
esac
