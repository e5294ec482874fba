#!/bin/sh
# Measures `a4p data check` on generated hostile inputs (never committed):
#   1. observations.csv with 1,000,000 valid-looking rows (all but one are duplicate keys: worst case for the log)
#   2. observations.csv with one 10 MB field
# Usage: Data/tools/measure-load.sh [path/to/a4p]   (default: .build/debug/a4p)
set -eu
A4P=${1:-.build/debug/a4p}
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
for case in million bigfield; do
  mkdir -p "$TMP/$case"
  cp Data/*.csv "$TMP/$case/"
done
python3 - "$TMP" <<'PY'
import sys
tmp = sys.argv[1]
head = "indicator,mission,period,category,value,status,qualifier,source,locator,note\n"
with open(f"{tmp}/million/observations.csv", "w") as f:
    f.write(head)
    for i in range(1_000_000):
        f.write(f"P3.06,ALL,C{4 + i % 3},,{i},ok,,S000.P3,generated row,note {i}\n")
with open(f"{tmp}/bigfield/observations.csv", "w") as f:
    f.write(head)
    f.write("P3.06,ALL,C4,,511,ok,,S000.P3,," + "x" * (10 * 1024 * 1024) + "\n")
PY
ls -l "$TMP/million/observations.csv" "$TMP/bigfield/observations.csv"
for case in million bigfield; do
  echo "== $case"
  /usr/bin/time -v "$A4P" data check --quiet "$TMP/$case" 2>&1 >/dev/null \
    | grep -E "Elapsed|Maximum resident|error\(s\)|field-too-large|duplicate" | tail -4 || true
  "$A4P" data check --quiet "$TMP/$case" 2>/dev/null | tail -1 || true
done
