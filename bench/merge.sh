#!/usr/bin/env bash
# Merge benchmark: 30 participants' files of 50 notes each (copies of one workshop) merged with
# `premortem-cli merge`, next to plain SQL copying the same rows (sqlite3: ATTACH + INSERT ...
# SELECT of every table, one durable transaction). Process start included on both sides. Two
# figures: into the facilitator's existing file (a plain copy of the first file, made the same way
# on both sides), and into a new OUT that premortem-cli makes itself (Save a Copy: VACUUM INTO and
# a new writer id, synced) next to the same SQL after `cp`. Goal: ratio <= 3x.
# Usage: bench/merge.sh [BUILD_DIR]   (default: build; configure with -DCMAKE_BUILD_TYPE=Release)
set -euo pipefail
FILES=${FILES:-30}
NOTES=${NOTES:-50}

# The build, the tools, a scratch folder and the timing helpers every benchmark shares.
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh" "${1:-build}"

INPUTS=()
for i in $(seq "$FILES"); do
    "$GEN" "$WORK/p$i.premortem" --notes "$NOTES" --seed "$i" --shared-seed 100000
    INPUTS+=("$WORK/p$i.premortem")
done

ours_existing() {
    rm -f "$WORK/merged.premortem"
    cp "${INPUTS[0]}" "$WORK/merged.premortem"
    "$CLI" merge "$WORK/merged.premortem" "${INPUTS[@]}"
}
ours_new() {
    rm -f "$WORK/merged.premortem"
    "$CLI" merge "$WORK/merged.premortem" "${INPUTS[@]}"
}

# The same rows by hand, as cheaply as SQL allows: every table of every other file gathered in
# TEMP tables (ATTACH takes at most 10 files at a time and cannot be undone inside a transaction),
# then copied into a copy of the first file in ONE durable transaction, as the merge does. Rows
# already there are skipped; no clocks are compared, nothing is checked.
TABLES="workshop participant component failureMode note mitigation vote"
SQL="PRAGMA synchronous = FULL; PRAGMA journal_mode = DELETE;"
for t in $TABLES; do SQL+=" CREATE TEMP TABLE in_$t AS SELECT * FROM main.$t WHERE 0;"; done
REST=("${INPUTS[@]:1}")
for ((i = 0; i < ${#REST[@]}; i += 9)); do
    BATCH=("${REST[@]:i:9}")
    for k in "${!BATCH[@]}"; do SQL+=" ATTACH '${BATCH[k]}' AS s$k;"; done
    for k in "${!BATCH[@]}"; do
        for t in $TABLES; do SQL+=" INSERT INTO temp.in_$t SELECT * FROM s$k.$t;"; done
    done
    for k in "${!BATCH[@]}"; do SQL+=" DETACH s$k;"; done
done
SQL+=" BEGIN;"
for t in $TABLES; do SQL+=" INSERT OR IGNORE INTO main.$t SELECT * FROM temp.in_$t;"; done
SQL+=" COMMIT;"
reference() {
    rm -f "$WORK/plain.premortem"
    cp "${INPUTS[0]}" "$WORK/plain.premortem"
    sqlite3 "$WORK/plain.premortem" "$SQL"
}

# Both must end with the same rows.
ours_new >/dev/null
reference >/dev/null
count() { sqlite3 "$1" "SELECT (SELECT count(*) FROM note) || ' notes, ' || (SELECT count(*) FROM failureMode) || ' failure modes'"; }
[ "$(count "$WORK/merged.premortem")" = "$(count "$WORK/plain.premortem")" ] ||
    { echo "merge and reference differ: $(count "$WORK/merged.premortem") vs $(count "$WORK/plain.premortem")" >&2; exit 1; }

r=$(median_ms reference)
o=$(median_ms ours_existing)
printf '%-52s %8sms %8sms %8s\n' "merge $FILES files x $NOTES notes into a copy (ref: sqlite3)" "$o" "$r" "$(ratio "$o" "$r")"
o=$(median_ms ours_new)
printf '%-52s %8sms %8sms %8s\n' "merge $FILES files x $NOTES notes into a new OUT" "$o" "$r" "$(ratio "$o" "$r")"
