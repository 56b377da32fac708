#!/usr/bin/env bash
# Prints benchmark figures for Premortem next to a reference measured in the same run.
# Usage: bench/run.sh [BUILD_DIR]   (default: build; configure with -DCMAKE_BUILD_TYPE=Release)
set -euo pipefail

# The build, the tools, a scratch folder and the timing helpers every benchmark shares.
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh" "${1:-build}"

printf '%-52s %10s %10s %8s\n' "benchmark" "premortem" "reference" "ratio"

for notes in 10000 100000; do
    FILE=$WORK/w$notes.premortem
    "$GEN" "$FILE" --notes "$notes"
    ALL_ROWS="SELECT * FROM workshop; SELECT * FROM participant; SELECT * FROM component;
              SELECT * FROM failureMode; SELECT * FROM note; SELECT * FROM mitigation; SELECT * FROM vote;"
    ours=$(median_ms "$CLI" info "$FILE")
    ref=$(median_ms sqlite3 -readonly "$FILE" "$ALL_ROWS")
    printf '%-52s %8sms %8sms %8s\n' "info, $notes notes (ref: sqlite3 reads all rows)" "$ours" "$ref" "$(ratio "$ours" "$ref")"
done

# One committed edit, synchronous=FULL, process start included on both sides.
FILE=$WORK/w10000.premortem
NOTE_ID=$(sqlite3 "$FILE" "SELECT id FROM note LIMIT 1")
ours=$(median_ms "$CLI" add-note "$FILE" --text "benchmark note")
ref=$(median_ms sqlite3 "$FILE" "PRAGMA synchronous=FULL; PRAGMA journal_mode=DELETE;
      UPDATE note SET x = x + 1 WHERE id = '$NOTE_ID';")
printf '%-52s %8sms %8sms %8s\n' "add-note on 10000 notes (ref: sqlite3 1-row UPDATE)" "$ours" "$ref" "$(ratio "$ours" "$ref")"

# The board: paint of 5,000 notes in a 1920x1080 view and a 10,000-note file to first paint.
if [ -x "$BUILD/bench/premortem-bench-board" ]; then
    QT_QPA_PLATFORM=offscreen "$BUILD/bench/premortem-bench-board" 2>/dev/null
fi

# Merging 30 participants' files of 50 notes (bench/merge.sh) next to sqlite3 copying the rows.
"$(dirname "$0")/merge.sh" "$BUILD"
