#!/usr/bin/env bash
# LeakSanitizer run of `atlas` (the ASan tree's binary) over every command on the real data/:
#   cli_leak_test.sh ATLAS
# Each command runs with ASAN_OPTIONS=detect_leaks=1, on its usual path and on an error path;
# any leak or sanitizer report fails. A command that `atlas help` lists but this script does not
# run fails too, so a new command cannot skip the check.
set -euo pipefail
atlas=$1
here=$(cd "$(dirname "$0")" && pwd)
fixtures=$here/../fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=86
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
fail() { echo "FAIL: $*" >&2; exit 1; }
covered=()
runs=0

# check EXPECTED_EXIT COMMAND [ARGS...]: runs `atlas COMMAND ARGS`, expects its own exit code.
check() {
  local expected=$1 rc=0
  shift
  "$atlas" "$@" > "$tmp/out" 2> "$tmp/err" || rc=$?
  if grep -qE 'LeakSanitizer|AddressSanitizer|runtime error:' "$tmp/err"; then
    cat "$tmp/err" >&2
    fail "sanitizer report from: atlas $*"
  fi
  [ "$rc" = "$expected" ] || fail "atlas $*: exit $rc, expected $expected: $(tail -3 "$tmp/err")"
  covered+=("$1")
  runs=$((runs + 1))
  echo "ok: atlas $* (exit $rc, $(wc -c < "$tmp/out") bytes out)"
}

check 0 help
check 2 no-such-command
check 0 validate
check 1 validate "$fixtures/data/bad_dangling_reference.json" "$fixtures/data/bad_truncated.json"
check 1 validate --import "$fixtures/own_data/council_list.csv"
check 0 suggest --town Holzwickede --top 5
check 0 suggest --town "Kreis Unna" --top 5 --format json
check 0 suggest --all --pool uk-council --top 3
check 2 suggest --town Bottrop --level kreis --pool europe
check 0 partners --town Altena
check 0 partners --town Altena --format json
check 2 partners --town "No Such Town"
check 0 profile --town Bonn
check 2 profile
check 0 match-report --pool uk-council
check 0 graph-stats "$fixtures/graph/east_asia_twin_towns.csv"
check 1 graph-stats "$tmp/missing.csv"

# Every command `atlas help` lists was run above.
"$atlas" help 2> "$tmp/help" || true
for command in $(awk '/^commands:/ { on = 1; next } on && /^  [a-z]/ { print $1 }' "$tmp/help"); do
  [[ " ${covered[*]} " == *" $command "* ]] || fail "command $command is not run under LeakSanitizer here"
done
echo "$runs runs, no leak or sanitizer report"
