#!/usr/bin/env bash
# Command-line checks of `atlas` on the real data/, one case per CTest entry:
#   cli_test.sh ATLAS CASE
# Each case prints what it compared and exits non-zero on a mismatch.
set -euo pipefail
atlas=$1
case_name=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

case $case_name in
  suggest_town_equals_its_rows_of_all)
    # a list depends on nothing but its own town: --town X gives exactly X's rows of --all
    "$atlas" suggest --all --pool uk --top 10 > "$tmp/all.csv"
    for town in DE:05978016 DE:05962004 DE:05512000 DE:05515000; do  # Holzwickede, Altena, Bottrop, Münster
      "$atlas" suggest --town "$town" --pool uk --top 10 | tail -n +2 > "$tmp/one.csv"
      grep "^$town," "$tmp/all.csv" > "$tmp/expected.csv"
      [ -s "$tmp/one.csv" ] || fail "no rows for $town"
      cmp -s "$tmp/one.csv" "$tmp/expected.csv" || fail "$town: --town rows differ from its --all rows"
      echo "$town: $(wc -l < "$tmp/one.csv") rows, identical to --all"
    done
    ;;
  suggest_csv_has_the_council_meeting_columns)
    "$atlas" suggest --town Holzwickede --top 3 > "$tmp/h.csv"
    header=$(head -1 "$tmp/h.csv")
    for col in town_population candidate_population candidate_kind candidate_council hub_penalty explanation; do
      [[ ",$header," == *",$col,"* ]] || fail "column $col missing in: $header"
    done
    # Weymouth, Holzwickede's real partner, is never suggested to it; every row names a UK town
    grep -q "Weymouth" "$tmp/h.csv" && fail "existing partner suggested"
    [ "$(tail -n +2 "$tmp/h.csv" | grep -c ',GB,town,')" = 3 ] || fail "expected 3 UK towns: $(cat "$tmp/h.csv")"
    echo "header and rows ok"
    ;;
  suggest_kreis_level_ranks_councils_and_counties)
    "$atlas" suggest --town "Kreis Unna" --top 5 > "$tmp/k.csv"
    [ "$(tail -n +2 "$tmp/k.csv" | grep -cE ',GB,(council|county),')" = 5 ] || fail "$(cat "$tmp/k.csv")"
    "$atlas" suggest --all --level kreis --top 1 | tail -n +2 | cut -d, -f1 | sort -u > "$tmp/kreise"
    [ "$(wc -l < "$tmp/kreise")" = 53 ] || fail "expected one list per NRW Kreis, got $(wc -l < "$tmp/kreise")"
    "$atlas" suggest --town Bottrop --level kreis --pool europe 2> "$tmp/err" && fail "kreis level with the European pool accepted"
    grep -q "level kreis" "$tmp/err" || fail "unclear error: $(cat "$tmp/err")"
    echo "53 Kreis lists of UK councils and counties"
    ;;
  partners_lists_what_existing_partners_share)
    "$atlas" partners --town Altena > "$tmp/p.csv"
    grep -q '^DE:05962004,Altena,.*Blackburn (Blackburn with Darwen),GB,partnership,active,1971,.*Péronne (FR)' "$tmp/p.csv" \
      || fail "Altena–Blackburn with their shared partner Péronne missing: $(cat "$tmp/p.csv")"
    "$atlas" partners --town Altena --format json > "$tmp/p.json"
    node -e 'const j = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
             if (j.town.name !== "Altena" || !j.partners.some(p => p.nrw_uk && p.shared_partners_abroad.length)) process.exit(1);' \
      "$tmp/p.json" || fail "JSON without the shared partner abroad"
    "$atlas" partners 2> "$tmp/err" && fail "missing --town accepted"
    echo "Altena–Blackburn shares Péronne"
    ;;
  validate_import_lists_each_problem_with_row_and_column)
    fixture=$(dirname "$0")/../fixtures/own_data/council_list.csv
    "$atlas" validate --import "$fixture" > "$tmp/v.txt" && fail "problems but exit 0: $(cat "$tmp/v.txt")"
    grep -q "row 3, column Jahr: year '19x7'" "$tmp/v.txt" || fail "bad year not reported: $(cat "$tmp/v.txt")"
    grep -q "row 4, column town: 'Holtzwickede' is no known town; closest: Holzwickede" "$tmp/v.txt" || fail "unknown town: $(cat "$tmp/v.txt")"
    grep -q "row 6, column partner: 'Newport' matches" "$tmp/v.txt" || fail "ambiguous Newport not listed: $(cat "$tmp/v.txt")"
    grep -q "5 row(s) read, 3 link(s) with both towns known" "$tmp/v.txt" || fail "good rows not kept: $(tail -1 "$tmp/v.txt")"
    "$atlas" validate --import "$tmp/none.csv" > /dev/null && fail "missing file accepted"
    echo "problems listed with row and column, 3 good links kept"
    ;;
  *)
    fail "unknown case $case_name"
    ;;
esac
