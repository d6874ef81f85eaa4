#!/usr/bin/env bash
# Writes the date splits used by docs/risk.md from the KCS synthetic declarations (train = 2020, valid = Q1 2021).
#   later-month: train 2020 | valid 2021-01-01..2021-02-28 | test 2021-03-01..2021-03-31 (the last month, held out)
#   later-quarter: train 2020-01..2020-09 | valid 2020-10..2020-12 | test 2021-Q1 (a whole later quarter)
# Usage: scripts/risk-splits.sh [output folder, default data/risk-splits]
set -euo pipefail
cd "$(dirname "$0")/.."
data=tests/data/customs-fraud/kcs-synthetic-import-declarations
out=${1:-data/risk-splits}
mkdir -p "$out"
split() { # file from to (dates inclusive, ISO strings compare in order)
  awk -F, -v from="$2" -v to="$3" 'NR == 1 || ($2 >= from && $2 <= to)' "$1"
}
train=$data/df_syn_train_eng.csv
valid=$data/df_syn_valid_eng.csv
split "$valid" 2021-01-01 2021-02-28 > "$out/valid-2021-01-02.csv"
split "$valid" 2021-03-01 2021-03-31 > "$out/test-2021-03.csv"
split "$train" 2020-01-01 2020-09-30 > "$out/train-2020-01-09.csv"
split "$train" 2020-10-01 2020-12-31 > "$out/valid-2020-10-12.csv"
wc -l "$out"/*.csv
