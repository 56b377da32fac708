#!/usr/bin/env bash
# Prints benchmark figures for Premortem next to a reference measured in the same run.
# Usage: bench/run.sh [BUILD_DIR]   (default: build; configure with -DCMAKE_BUILD_TYPE=Release)
#        ONLY=startup bench/run.sh [BUILD_DIR]   (just the GUI's start-up and memory)
set -euo pipefail
ONLY=${ONLY:-}

# The build, the tools, a scratch folder and the timing helpers every benchmark shares.
# shellcheck source=bench/common.sh
source "$(dirname "$0")/common.sh" "${1:-build}"

printf '%-52s %10s %10s %8s\n' "benchmark" "premortem" "reference" "ratio"

# The command-line figures (skipped with ONLY=startup).
if [ -z "$ONLY" ]; then
declare -A INFO_MS EXPORT_MS
for notes in 10000 100000; do
    FILE=$WORK/w$notes.premortem
    "$GEN" "$FILE" --notes "$notes"
    ALL_ROWS="SELECT * FROM workshop; SELECT * FROM participant; SELECT * FROM component;
              SELECT * FROM failureMode; SELECT * FROM note; SELECT * FROM mitigation; SELECT * FROM vote;"
    ours=$(median_ms "$CLI" info "$FILE")
    ref=$(median_ms sqlite3 -readonly "$FILE" "$ALL_ROWS")
    INFO_MS[$notes]=$ours
    printf '%-52s %8sms %8sms %8s\n' "info, $notes notes (ref: sqlite3 reads all rows)" "$ours" "$ref" "$(ratio "$ours" "$ref")"
    EXPORT_MS[$notes]=$(median_ms "$CLI" export "$FILE" --format md -o "$WORK/report.md")
done
# Growth from 10,000 to 100,000 notes: linear is 10x; each must stay under 3 s.
printf '%-52s %8sms %8sms %8s\n' "info, 100000 notes (ref: info, 10000 notes)" \
    "${INFO_MS[100000]}" "${INFO_MS[10000]}" "$(ratio "${INFO_MS[100000]}" "${INFO_MS[10000]}")"
printf '%-52s %8sms %8sms %8s\n' "export md, 100000 notes (ref: export md, 10000)" \
    "${EXPORT_MS[100000]}" "${EXPORT_MS[10000]}" "$(ratio "${EXPORT_MS[100000]}" "${EXPORT_MS[10000]}")"

# One committed edit (synchronous=FULL) next to a bare UPDATE on a copy of the same file,
# interleaved in one process; and the transactions a 50-note drag commits.
"$BUILD/bench/premortem-bench-edit" --notes 10000

# The board: paint of 5,000 notes in a 1920x1080 view and a 10,000-note file to first paint.
if [ -x "$BUILD/bench/premortem-bench-board" ]; then
    QT_QPA_PLATFORM=offscreen "$BUILD/bench/premortem-bench-board" 2>/dev/null
fi

# The architecture map: importing 2,000 components and 10,000 dependencies next to the bare
# SQLite insert of the same rows, its Graphviz layout, and reach for all next to a BFS from each.
"$BUILD/bench/premortem-bench-architecture"

# Merging 30 participants' files of 50 notes (bench/merge.sh) next to sqlite3 copying the rows.
"$(dirname "$0")/merge.sh" "$BUILD"
fi

# The GUI: start to the first painted frame on the sample next to a minimal Qt Widgets window, and
# resident memory with 10,000 notes open next to the empty main window (both at the first frame).
if [ -x "$BUILD/bench/premortem-bench-startup" ]; then
    export QT_QPA_PLATFORM=offscreen XDG_RUNTIME_DIR=$WORK/runtime
    mkdir -m 700 -p "$XDG_RUNTIME_DIR"
    quiet() { "$@" 2>/dev/null; }
    cp "$BUILD/samples/checkout-migration.premortem" "$WORK/sample.premortem"
    ours=$(median_ms quiet "$BUILD/bench/premortem-bench-startup" "$WORK/sample.premortem")
    ref=$(median_ms quiet "$BUILD/bench/premortem-bench-minimal-window")
    printf '%-52s %8sms %8sms %8s\n' "GUI start to first frame, sample (ref: minimal window)" "$ours" "$ref" "$(ratio "$ours" "$ref")"
    # The same as before issue #17: every panel built at once, and the reference schema made by
    # running the migration steps in memory first; then each of the two alone.
    before=$(median_ms quiet "$BUILD/bench/premortem-bench-startup" --build-all-panels --build-reference "$WORK/sample.premortem")
    printf '%-52s %8sms %8sms %8s\n' "  the same before (all panels, schema built at start)" "$before" "$ref" "$(ratio "$before" "$ref")"
    before=$(median_ms quiet "$BUILD/bench/premortem-bench-startup" --build-all-panels "$WORK/sample.premortem")
    printf '%-52s %8sms %8sms %8s\n' "  the same, every panel built at start" "$before" "$ref" "$(ratio "$before" "$ref")"
    before=$(median_ms quiet "$BUILD/bench/premortem-bench-startup" --build-reference "$WORK/sample.premortem")
    printf '%-52s %8sms %8sms %8s\n' "  the same, reference schema built at start" "$before" "$ref" "$(ratio "$before" "$ref")"
    [ -f "$WORK/w10000.premortem" ] || "$GEN" "$WORK/w10000.premortem" --notes 10000
    rss() { quiet "$BUILD/bench/premortem-bench-startup" "$@" | awk '/rss_kb/ {print $2}'; }
    full=$(rss "$WORK/w10000.premortem")
    empty=$(rss)
    printf '%-52s %8sMB %8sMB %8s\n' "resident memory, 10000 notes open (ref: empty window)" \
        "$((full / 1024))" "$((empty / 1024))" "+$(((full - empty) / 1024))MB"
fi

# The room: 30 devices x 20 notes and 200 devices x 5 notes at once over WebSockets, quiet and
# with both cores busy, then 30 devices x 20 failure modes of estimates; notes or estimates lost
# (must be 0) and p50/p95 from send to acknowledgement, next to a bare SQLite INSERT with
# synchronous=FULL in the same folder.
"$BUILD/bench/premortem-bench-room"
