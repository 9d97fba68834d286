#!/usr/bin/env bash
# The README's fuzzing table from tests/fuzz/campaign_log.tsv: per target, the campaigns' wall
# time, executions and recorded CPU time summed, the latest cov and ft, the committed corpus
# (files, bytes) and the crash rows. CPU time is summed over the rows that have it (the
# column exists from the fifth campaign on).
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
printf 'target\twall_min\texecutions\tcpu_s\tcov\tft\tcorpus_files\tcorpus_bytes\tcrash_rows\n'
awk -F'\t' 'NR > 1 {
    if (!($2 in order)) { order[$2] = ++n; names[n] = $2 }
    wall[$2] += $3; execs[$2] += $4; cov[$2] = $6; ft[$2] = $7; crash_rows[$2] += ($9 > 0)
    if ($10 != "") cpu[$2] += $10
  }
  END { for (i = 1; i <= n; ++i) { t = names[i]
    printf "%s\t%d\t%d\t%d\t%s\t%s\t%d\n", t, wall[t] / 60 + 0.5, execs[t], cpu[t], cov[t], ft[t], crash_rows[t]
  } }' \
  tests/fuzz/campaign_log.tsv |
while IFS=$'\t' read -r t wall execs cpu cov ft crash_rows; do
  dir=tests/fuzz/corpus/$t
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$t" "$wall" "$execs" "$cpu" "$cov" "$ft" \
    "$(ls "$dir" | wc -l)" "$(cat "$dir"/* | wc -c)" "$crash_rows"
done
