#!/usr/bin/env bash
# Builds the hostile corpus: broken, foreign and malicious .premortem files (see README.md here for
# every file and what Premortem must do with it). tests/tst_hostile runs this at test time, and
# fuzz/run.sh uses the output as seeds.
#
# Usage: make-corpus.sh OUT_DIR PREMORTEM_CLI
#   OUT_DIR must not exist or be empty. Needs bash, coreutils, grep, awk and sqlite3 (no python).
#
# The files are generated, not committed: they are ~80 MB together (a 10 MB note, a million-row
# file), they follow the current schema version automatically, and the script documents how each
# one was made better than a binary would. Everything is deterministic (no /dev/urandom), so every
# machine gets the same bytes apart from timestamps and ids the CLI writes into the base file.
set -euo pipefail

OUT=${1:?usage: make-corpus.sh OUT_DIR PREMORTEM_CLI}
CLI=${2:?usage: make-corpus.sh OUT_DIR PREMORTEM_CLI}
command -v sqlite3 >/dev/null || { echo "make-corpus.sh needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }
[ -x "$CLI" ] || { echo "make-corpus.sh: $CLI is not executable" >&2; exit 2; }
mkdir -p "$OUT"
[ -z "$(ls -A "$OUT")" ] || { echo "make-corpus.sh: $OUT is not empty" >&2; exit 2; }
OUT=$(cd "$OUT" && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export LC_ALL=C

# Fixed ids of the base workshop's rows, so the mutations below can name them.
W=10000000-0000-4000-8000-000000000001 # workshop
P1=20000000-0000-4000-8000-000000000001 # participant
C1=30000000-0000-4000-8000-000000000001 # component: a layer
C2=30000000-0000-4000-8000-000000000002 # component: a service inside C1
F1=40000000-0000-4000-8000-000000000001 # failure mode
N1=50000000-0000-4000-8000-000000000001 # note
N2=50000000-0000-4000-8000-000000000002 # note by P1 on C2, stacked into F1
N3=50000000-0000-4000-8000-000000000003 # a tombstone
M1=60000000-0000-4000-8000-000000000001 # mitigation of F1
V1=70000000-0000-4000-8000-000000000001 # vote of P1 for F1
MISSING=99999999-0000-4000-8000-000000000009 # referenced, never present

# A small, valid workshop with a row in every table, made by Premortem itself.
cat >"$WORK/base.json" <<EOF
{
  "formatVersion": 1,
  "workshop": {"id": "$W", "created": "2026-01-05T09:00:00.000Z", "title": "Hostile corpus base",
               "system": "Payments", "scenario": "It is June. Payments failed.",
               "horizon": "2026-06-30", "phase": "rank"},
  "participants": [{"id": "$P1", "name": "Ana", "role": "sre", "side": "run"}],
  "components": [{"id": "$C1", "name": "Platform", "kind": "layer"},
                 {"id": "$C2", "name": "Gateway", "kind": "service", "parent": "$C1"}],
  "failureModes": [{"id": "$F1", "title": "Retry storm", "component": "$C2",
                    "likelihood": 4, "blastRadius": 5, "category": "load"}],
  "notes": [{"id": "$N1", "text": "No canary for the gateway", "category": "rollout"},
            {"id": "$N2", "text": "Retries double the load", "author": "$P1",
             "component": "$C2", "failureMode": "$F1"},
            {"id": "$N3", "text": "Removed note", "deleted": true}],
  "mitigations": [{"id": "$M1", "failureMode": "$F1", "type": "chaos-test",
                   "description": "Chaos test the retry budget", "residualLikelihood": 2}],
  "votes": [{"id": "$V1", "participant": "$P1", "failureMode": "$F1", "dots": 3}]
}
EOF
BASE=$WORK/base.premortem
"$CLI" import-json "$WORK/base.json" "$BASE"
SIZE=$(stat -c %s "$BASE")
VERSION=$(sqlite3 "$BASE" "PRAGMA user_version") # the schema version this build writes

# ---- helpers ----
# prng_bytes COUNT SEED: deterministic noise (a 32-bit LCG, exact in awk's doubles).
prng_bytes() {
    awk -v n="$1" -v x="$2" 'BEGIN { for (i = 0; i < n; i++) {
        x = (x * 1664525 + 1013904223) % 4294967296; printf "%c", int(x / 16777216) } }'
}
# edit NAME SQL: a copy of the base changed by SQL (writable_schema is on for schema forgeries).
edit() {
    cp "$BASE" "$OUT/$1"
    sqlite3 "$OUT/$1" "PRAGMA foreign_keys = OFF; PRAGMA writable_schema = ON; $2" >/dev/null
}
# cut NAME LENGTH: the base cut short after LENGTH bytes.
cut_at() { head -c "$2" "$BASE" >"$OUT/$1"; }
# patch FILE OFFSET HEX: overwrites bytes in place, e.g. patch f 60 '\x00\x00\x00\x63'.
patch() { printf '%b' "$3" | dd of="$1" bs=1 seek="$2" conv=notrunc status=none; }
# Appends a column or table constraint to a table's CREATE statement.
append_sql() { echo "UPDATE sqlite_schema SET sql = substr(sql, 1, length(sql) - 1) || ', ${2//\'/\'\'})' WHERE name = '$1';"; }
# Recursive row source: rows(N) yields i = 1..N.
rows() { echo "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < $1)"; }
# A note row with only the required columns, id from a number.
NOTE_COLS="id, created, modified, writer, hlc, text"
note_values() { echo "printf('%08x-0000-4000-8000-%012x', $1, $1), 1767603600000, 1767603600000, '$W', 1767603600000000, $2"; }
FOREVER="abs(-9223372036854775807 - 1)"  # raises "integer overflow" whenever it is evaluated
SLOW="length(hex(zeroblob(100000000 + x)))" # ~0.4 s and 200 MB each time it is evaluated, per row

# ---- not a database, or cut short ----
: >"$OUT/empty.premortem"
cut_at cut-at-10.premortem 10
cut_at cut-at-60.premortem 60
cut_at cut-at-100.premortem 100
cut_at cut-at-4096.premortem 4096
cut_at cut-mid-page.premortem $((SIZE / 2 + 100))
cut_at cut-last-byte.premortem $((SIZE - 1))
prng_bytes 8192 1 >"$OUT/random-bytes.premortem"
{ printf 'SQLite format 3\0'; prng_bytes 8176 2; } >"$OUT/sqlite-magic-random.premortem"
{ head -c 100 "$BASE"; prng_bytes $((SIZE - 100)) 3; } >"$OUT/our-header-random-pages.premortem"
{ head -c 4096 "$BASE"; head -c $((SIZE - 4096)) /dev/zero; } >"$OUT/first-page-then-zeros.premortem"
printf 'title,notes\nnot,a workshop\n' >"$OUT/csv-text.premortem"

# ---- foreign and other versions ----
sqlite3 "$OUT/foreign-app.premortem" "CREATE TABLE contacts (name TEXT); INSERT INTO contacts VALUES ('x')"
edit foreign-id-our-tables.premortem "PRAGMA application_id = 0"
edit no-schema-version.premortem "PRAGMA user_version = 0"
edit future-version.premortem "PRAGMA user_version = $((VERSION + 1)); CREATE TABLE futureFeature (id TEXT);
    ALTER TABLE note ADD COLUMN futureColumn TEXT"
edit future-version-changed-format.premortem "PRAGMA user_version = $((VERSION + 1)); DROP TABLE vote"
edit old-version-damaged.premortem "PRAGMA user_version = 1; DROP TABLE vote"
edit wal-mode.premortem "PRAGMA journal_mode = WAL"
cp "$BASE" "$WORK/page512.premortem"
sqlite3 "$WORK/page512.premortem" "PRAGMA page_size = 512; VACUUM" && mv "$WORK/page512.premortem" "$OUT/page-size-512.premortem"
sqlite3 "$BASE" .dump | sqlite3 -cmd "PRAGMA encoding = 'UTF-16le'" "$OUT/utf16-encoding.premortem"
sqlite3 "$OUT/utf16-encoding.premortem" "PRAGMA application_id = $(sqlite3 "$BASE" 'PRAGMA application_id');
    PRAGMA user_version = $VERSION"

# ---- schema: missing, extra, changed ----
edit missing-table.premortem "DROP TABLE vote"
edit missing-column.premortem "ALTER TABLE note DROP COLUMN hidden"
edit only-file-info.premortem "DROP TABLE vote; DROP TABLE mitigation; DROP TABLE note;
    DROP TABLE failureMode; DROP TABLE component; DROP TABLE participant; DROP TABLE workshop"
edit extra-table.premortem "CREATE TABLE pluginData (key TEXT, value BLOB);
    INSERT INTO pluginData VALUES ('a', x'00ff'), ('b', zeroblob(5000))"
edit extra-column.premortem "ALTER TABLE note ADD COLUMN mood TEXT NOT NULL DEFAULT 'calm'"
edit text-declared-integer.premortem "UPDATE sqlite_schema SET sql = replace(sql, 'text TEXT NOT NULL', 'text INTEGER NOT NULL') WHERE name = 'note'"
edit id-unique-not-primary-key.premortem "UPDATE sqlite_schema SET sql = replace(sql, 'id TEXT PRIMARY KEY NOT NULL', 'id TEXT NOT NULL UNIQUE') WHERE name = 'note'"
edit extra-foreign-key.premortem "$(append_sql note "FOREIGN KEY (text) REFERENCES participant(name)")"
edit extra-unique-index.premortem "CREATE UNIQUE INDEX noteTextOnce ON note(text)"
edit text-where-number-belongs.premortem "UPDATE note SET x = 'left'"
edit real-where-integer-belongs.premortem "UPDATE vote SET dots = 2.5"
edit blob-id.premortem "UPDATE note SET id = CAST(id AS BLOB) WHERE id = '$N1'"
edit created-as-text.premortem "UPDATE note SET created = '2026-01-05' WHERE id = '$N1'"
edit deleted-is-2.premortem "UPDATE note SET deleted = 2 WHERE id = '$N1'"
edit hlc-at-int64-max.premortem "UPDATE note SET hlc = 9223372036854775807 WHERE id = '$N1'"
edit negative-timestamp.premortem "UPDATE note SET modified = -9223372036854775808 WHERE id = '$N1'"
edit no-writer-id.premortem "DELETE FROM fileInfo WHERE key = 'writerId'"

# ---- schema that tries to run code ----
edit trigger.premortem "CREATE TRIGGER evil AFTER UPDATE ON note BEGIN DELETE FROM note; END"
edit trigger-on-extra-table.premortem "CREATE TABLE t (x); CREATE TRIGGER evil AFTER INSERT ON t BEGIN DELETE FROM note; END"
edit view.premortem "CREATE VIEW allNotes AS SELECT * FROM note"
edit virtual-table.premortem "CREATE VIRTUAL TABLE noteSearch USING fts5(text)"
# Each proves trusted_schema=OFF / ignore_check_constraints=ON or a refusal: if Premortem ever
# evaluated the expression, the open would fail (overflow), hang (SLOW) or try to load code.
edit check-overflow.premortem "$(append_sql note "CHECK ($FOREVER > 0)")"
# Rows first: the forged schema must not be in force while the rows are written.
SLOW_ROWS="$(rows 60) INSERT INTO note ($NOTE_COLS, x) SELECT $(note_values i "'slow'"), i FROM c;"
edit check-slow.premortem "$SLOW_ROWS $(append_sql note "CHECK ($SLOW > 0)")"
edit check-load-extension.premortem "$(append_sql note "CHECK (load_extension('/nonexistent/evil.so') IS NULL)")"
edit generated-column.premortem "$(append_sql note "evil INTEGER AS ($FOREVER) NOT NULL")"
edit generated-column-slow.premortem "$SLOW_ROWS $(append_sql note "evil INTEGER AS ($SLOW) NOT NULL")"
edit expression-index.premortem "$SLOW_ROWS CREATE INDEX evil ON note(x);
    UPDATE sqlite_schema SET sql = 'CREATE INDEX evil ON note($SLOW)' WHERE name = 'evil'"
edit partial-index.premortem "CREATE INDEX evil ON note(x);
    UPDATE sqlite_schema SET sql = 'CREATE INDEX evil ON note(x) WHERE $FOREVER > 0' WHERE name = 'evil'"
edit default-expression.premortem "$(append_sql note "mood TEXT DEFAULT (load_extension('/nonexistent/evil.so'))")"

# ---- values ----
edit ten-mb-note.premortem "UPDATE note SET text = printf('%.*c', 10000000, 'x') WHERE id = '$N1'"
edit invalid-utf8.premortem "UPDATE note SET text = CAST(x'4e6f20c328a0e28228f09f9880ff' AS TEXT) WHERE id = '$N1'"
edit invalid-utf8-key.premortem "UPDATE note SET category = CAST(x'6c6fc3' AS TEXT) WHERE id = '$N1'"
edit nul-in-note.premortem "UPDATE note SET text = CAST(x'6e6f00746521' AS TEXT) WHERE id = '$N1'"
edit nul-in-title.premortem "UPDATE workshop SET title = CAST(x'5469746c650045' AS TEXT)"
edit likelihood-0.premortem "UPDATE failureMode SET likelihood = 0"
edit likelihood-6.premortem "UPDATE failureMode SET likelihood = 6"
edit likelihood-minus-1.premortem "UPDATE failureMode SET likelihood = -1"
edit likelihood-text-nan.premortem "UPDATE failureMode SET likelihood = 'NaN'"
# A real NaN cannot be written through SQL (SQLite stores NULL), so store a distinctive double
# and overwrite its eight bytes with a quiet NaN in the file itself.
edit likelihood-nan.premortem "UPDATE failureMode SET likelihood = 1.2345678901"
offset=$(grep -obUaP '\x3f\xf3\xc0\xca\x42\x8a\xbd\x53' "$OUT/likelihood-nan.premortem" | cut -d: -f1)
[ "$(echo "$offset" | wc -l)" = 1 ] || { echo "make-corpus.sh: NaN marker not unique" >&2; exit 1; }
patch "$OUT/likelihood-nan.premortem" "$offset" '\x7f\xf8\x00\x00\x00\x00\x00\x00'
edit coordinate-infinite.premortem "UPDATE component SET x = 9e999 WHERE id = '$C1'"
edit votes-over-budget.premortem "UPDATE vote SET dots = 100"
edit votes-huge.premortem "UPDATE vote SET dots = 4611686018427387904"
edit unknown-category.premortem "UPDATE note SET category = 'gremlins'"
edit two-workshops.premortem "INSERT INTO workshop (id, created, modified, writer, hlc, title)
    VALUES ('$MISSING', 1, 1, '$W', 1, 'A second workshop')"
edit no-workshop.premortem "UPDATE workshop SET deleted = 1"
edit id-shared-by-two-tables.premortem "INSERT INTO component (id, created, modified, writer, hlc, name)
    VALUES ('$N1', 1, 1, '$W', 1, 'Twin of a note')"

# ---- references and structure ----
edit dangling-references.premortem "UPDATE note SET component = '$MISSING' WHERE id = '$N1';
    UPDATE vote SET participant = '$MISSING'"
edit cyclic-parents.premortem "UPDATE component SET parent = '$C2' WHERE id = '$C1'"
edit self-parent.premortem "UPDATE component SET parent = '$C1' WHERE id = '$C1'"
edit deep-parents.premortem "$(rows 50000) INSERT INTO component (id, created, modified, writer, hlc, name, parent)
    SELECT printf('%08x-0000-4000-8000-00000000cccc', i), 1, 1, '$W', 1, 'Level ' || i,
           CASE WHEN i > 1 THEN printf('%08x-0000-4000-8000-00000000cccc', i - 1) END FROM c"
edit many-notes.premortem "$(rows 100000) INSERT INTO note ($NOTE_COLS) SELECT $(note_values i "'n' || i") FROM c"
# Participants: the table with the fewest indexes, so a million rows take only ~40 MB.
edit too-many-rows.premortem "$(rows 1000001) INSERT INTO participant (id, created, modified, writer, hlc, name)
    SELECT printf('%x', i), 1, 1, 'w', 1, 'p' FROM c"

# ---- the file system ----
mkdir "$OUT/folder.premortem"
ln -s loop-b.premortem "$OUT/loop-a.premortem"
ln -s loop-a.premortem "$OUT/loop-b.premortem"
ln -s nowhere.premortem "$OUT/dangling-link.premortem"
cp "$BASE" "$OUT/link-target.premortem"
ln -s link-target.premortem "$OUT/link-to-good.premortem"
mkfifo "$OUT/fifo.premortem"
ln -s /dev/zero "$OUT/device.premortem"
cp "$BASE" "$OUT/unreadable.premortem" && chmod 000 "$OUT/unreadable.premortem"
cp "$BASE" "$OUT/read-only.premortem" && chmod 444 "$OUT/read-only.premortem"
cp "$BASE" "$OUT/full-disk.premortem" # the test runs it with RLIMIT_FSIZE 0: no byte can be written
cp "$BASE" "$OUT/good.premortem"
# A journal beside the file that belongs to another database: rolling it back would overwrite
# pages of this file with pages of that one.
sqlite3 "$WORK/other.db" "CREATE TABLE t (x); $(rows 200) INSERT INTO t SELECT printf('%.*c', 300, 'a') FROM c"
sqlite3 "$WORK/other.db" "PRAGMA cache_size = 1" "BEGIN" "UPDATE t SET x = printf('%.*c', 300, 'b')" \
    ".shell cp $WORK/other.db-journal $WORK/foreign-journal" "ROLLBACK" >/dev/null
cp "$BASE" "$OUT/foreign-journal.premortem"
cp "$WORK/foreign-journal" "$OUT/foreign-journal.premortem-journal"

echo "$(ls "$OUT" | wc -l) entries in $OUT"
