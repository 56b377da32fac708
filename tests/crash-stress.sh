#!/usr/bin/env bash
# Crash safety under kill -9. Runs premortem-cli write commands in a loop and SIGKILLs each one at
# a random moment of its life. Afterwards:
#   - every note whose add-note printed its id and exited 0 is in the file,
#   - PRAGMA integrity_check says ok and premortem-cli validate accepts the file,
#   - every import-json target either does not exist or is a whole, valid workshop.
# Usage: tests/crash-stress.sh PREMORTEM_CLI [ROUNDS]
#   ROUNDS defaults to 200 (ctest runs 20); SEED=n picks another sequence of kill times.
# Exit status: 0 all held, 1 something was lost or broken, 77 skipped (no sqlite3).
set -uo pipefail
CLI=${1:?usage: crash-stress.sh PREMORTEM_CLI [ROUNDS]}
ROUNDS=${2:-200}
command -v sqlite3 >/dev/null || { echo "crash-stress.sh needs sqlite3; skipped" >&2; exit 77; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
FILE=$WORK/stress.premortem
"$CLI" new "$FILE" --title "Crash stress" >/dev/null || exit 1

# Spread the kills over a whole run: from before it opens the file to after it has finished.
start=$(date +%s%N)
for _ in 1 2 3; do "$CLI" add-note "$FILE" --text "warm-up" >/dev/null || exit 1; done
window_us=$((($(date +%s%N) - start) / 3000 * 2))
"$CLI" export "$FILE" -o "$WORK/seed.json" || exit 1

RANDOM=${SEED:-1} # the same kill times on every run unless asked otherwise
: >"$WORK/confirmed"
exited_ok=0 killed=0 locked=0 journals=0 imports=0 imports_whole=0 imports_absent=0 failures=0
for round in $(seq "$ROUNDS"); do
    if ((round % 10 == 0)); then
        # Creating a file from JSON: a kill must leave no file or a whole one, never half of one.
        target=$WORK/import-$round.premortem
        "$CLI" import-json "$WORK/seed.json" "$target" >"$WORK/out" 2>"$WORK/err" &
        kind=import
    elif ((round % 4 == 0)); then
        # Two rows in one transaction: a new participant and their note.
        "$CLI" add-note "$FILE" --text "Note of round $round" --author "Author $round" \
            >"$WORK/out" 2>"$WORK/err" &
        kind=note
    else
        "$CLI" add-note "$FILE" --text "Note of round $round" >"$WORK/out" 2>"$WORK/err" &
        kind=note
    fi
    pid=$!
    delay=$((RANDOM * window_us / 32767))
    sleep "$(printf '%d.%06d' $((delay / 1000000)) $((delay % 1000000)))"
    kill -9 "$pid" 2>/dev/null
    { wait "$pid"; } 2>/dev/null # no "Killed" job notice
    status=$?
    ((status == 137)) && killed=$((killed + 1))
    # Refused, not lost: a kill during Qt's stale-lock takeover leaves QLockFile's .rmlock
    # behind, which makes the next writers see the file as locked until it goes stale (30 s).
    ((status == 2)) && grep -q "already open" "$WORK/err" && locked=$((locked + 1))
    [ -s "$FILE-journal" ] && journals=$((journals + 1)) # the next command must roll it back
    if [ "$kind" = note ] && ((status == 0)); then
        id=$(head -n1 "$WORK/out")
        if [[ $id =~ ^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$ ]]; then
            echo "$id" >>"$WORK/confirmed"
            exited_ok=$((exited_ok + 1))
        else
            echo "round $round: add-note exited 0 without printing an id" >&2
            failures=$((failures + 1))
        fi
    fi
    if [ "$kind" = import ]; then
        imports=$((imports + 1))
        if [ -e "$target" ]; then
            if "$CLI" validate "$target" >/dev/null 2>&1; then
                imports_whole=$((imports_whole + 1))
            else
                echo "round $round: import-json left a broken $target" >&2
                failures=$((failures + 1))
            fi
        else
            imports_absent=$((imports_absent + 1))
        fi
    fi
done

# Open it the way Premortem does (this also rolls back a journal left by the last kill).
if ! "$CLI" validate "$FILE" >"$WORK/validate" 2>&1; then
    echo "premortem-cli validate refuses the file:" >&2
    cat "$WORK/validate" >&2
    failures=$((failures + 1))
fi
integrity=$(sqlite3 "$FILE" "PRAGMA integrity_check" 2>&1 | tr '\n' ' ' | sed 's/ $//')
[ "$integrity" = ok ] || failures=$((failures + 1))
sqlite3 "$FILE" "SELECT id FROM note WHERE deleted = 0" >"$WORK/present"
confirmed=$(wc -l <"$WORK/confirmed")
found=$(grep -c -F -x -f "$WORK/present" "$WORK/confirmed")
if ((found != confirmed)); then
    echo "confirmed notes missing from the file:" >&2
    grep -v -F -x -f "$WORK/present" "$WORK/confirmed" >&2
    failures=$((failures + 1))
fi

printf '%-44s %s\n' \
    "rounds (SIGKILL at 0-${window_us} us)" "$ROUNDS" \
    "processes killed before they finished" "$killed" \
    "refused: lock of a killed writer not yet stale" "$locked" \
    "hot journals left by a kill, rolled back" "$journals" \
    "add-note confirmed (printed id, exit 0)" "$confirmed" \
    "confirmed notes found in the file" "$found" \
    "notes in the file (incl. unconfirmed)" "$(wc -l <"$WORK/present")" \
    "import-json: whole file / no file / total" "$imports_whole / $imports_absent / $imports" \
    "PRAGMA integrity_check" "$integrity" \
    "premortem-cli validate" "$(head -n1 "$WORK/validate")"
((failures == 0)) || { echo "FAILED: $failures problem(s)" >&2; exit 1; }
