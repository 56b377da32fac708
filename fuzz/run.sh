#!/usr/bin/env bash
# Builds the libFuzzer targets with clang-14 (ASan+UBSan, coverage) and runs each for a given time,
# seeded with the hostile corpus (tests/data/hostile), the sample workshop and JSON exports of both,
# and (fuzz_room) one message of each kind the room's devices send.
#
# Usage: fuzz/run.sh [SECONDS_PER_TARGET] [TARGET...]
#   SECONDS_PER_TARGET  default 300; TARGET is fuzz_open, fuzz_json, fuzz_room or one of the
#                       architecture importers fuzz_import_dot, _structurizr, _drawio,
#                       _compose, _mermaid (default: all)
#   BUILD=dir           build directory (default: build-fuzz next to this repository's sources)
#   JOBS=n              libFuzzer worker processes per target (default 1)
# Findings (crash-*, timeout-*, oom-*, leak-*) land in $BUILD/fuzz-work/artifacts; replay one with
#   $BUILD/fuzz/fuzz_open $BUILD/fuzz-work/artifacts/crash-...
# The corpus each run grows is kept in $BUILD/fuzz-work/corpus-TARGET and reused next time.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SECONDS_PER_TARGET=${1:-300}
shift || true
TARGETS=("$@")
IMPORTERS=(fuzz_import_dot fuzz_import_structurizr fuzz_import_drawio fuzz_import_compose
           fuzz_import_mermaid)
[ ${#TARGETS[@]} -gt 0 ] || TARGETS=(fuzz_open fuzz_json fuzz_room "${IMPORTERS[@]}")
BUILD=${BUILD:-$ROOT/build-fuzz}
JOBS=${JOBS:-1}
WORK=$BUILD/fuzz-work

have_libfuzzer() {
    command -v clang++-14 >/dev/null && ls /usr/lib/llvm-14/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1
}
if ! have_libfuzzer; then
    if [ "$(id -u)" = 0 ]; then
        apt-get install -y clang-14 libclang-rt-14-dev
    else
        echo "fuzz/run.sh needs clang-14 and libFuzzer: apt-get install -y clang-14 libclang-rt-14-dev" >&2
        exit 2
    fi
fi
command -v sqlite3 >/dev/null || { echo "fuzz/run.sh needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_C_COMPILER=clang-14 -DCMAKE_CXX_COMPILER=clang++-14 \
    -DPREMORTEM_FUZZ=ON -DPREMORTEM_BUILD_GUI=OFF -DBUILD_TESTING=OFF >/dev/null
cmake --build "$BUILD" --target fuzz_open fuzz_json fuzz_room "${IMPORTERS[@]}" premortem-cli

# Seeds: every regular file of the hostile corpus, a small-page copy of each readable one (small
# inputs mutate into more interesting files), and the JSON of every file that opens.
SEEDS=$WORK/seeds
if [ ! -d "$SEEDS" ]; then
    rm -rf "$WORK/hostile" "$SEEDS.tmp"
    mkdir -p "$SEEDS.tmp/fuzz_open" "$SEEDS.tmp/fuzz_json"
    bash "$ROOT/tests/data/hostile/make-corpus.sh" "$WORK/hostile" "$BUILD/cli/premortem-cli" >/dev/null
    cp "$BUILD/samples/"*.premortem "$WORK/hostile/" 2>/dev/null || true
    for f in "$WORK/hostile"/*.premortem; do
        [ -f "$f" ] && [ -r "$f" ] && [ ! -L "$f" ] || continue
        name=$(basename "$f" .premortem)
        if [ "$(stat -c %s "$f")" -le 1048576 ]; then
            cp "$f" "$SEEDS.tmp/fuzz_open/$name.premortem"
            sqlite3 "$f" "PRAGMA page_size = 512; VACUUM INTO '$SEEDS.tmp/fuzz_open/$name-512.premortem'" \
                >/dev/null 2>&1 || true
        fi
        "$BUILD/cli/premortem-cli" export "$f" -o "$SEEDS.tmp/fuzz_json/$name.json" >/dev/null 2>&1 || true
    done
    cp "$ROOT/resources/samples/"*.json "$SEEDS.tmp/fuzz_json/"
    mv "$SEEDS.tmp" "$SEEDS"
fi
# The importers' seeds: the test diagrams of each format (made again each run: they are small).
ARCH=$ROOT/tests/data/architecture
for target in "${IMPORTERS[@]}"; do
    rm -rf "$SEEDS/$target"
    mkdir -p "$SEEDS/$target"
done
cp "$ARCH"/*.dot "$SEEDS/fuzz_import_dot/"
cp "$ARCH"/*.json "$SEEDS/fuzz_import_structurizr/"
cp "$ARCH"/*.drawio "$SEEDS/fuzz_import_drawio/"
cp "$ARCH"/*.yml "$SEEDS/fuzz_import_compose/"
cp "$ARCH"/*.mmd "$SEEDS/fuzz_import_mermaid/"
for f in "$ROOT"/resources/samples/*.json; do
    "$BUILD/cli/premortem-cli" import-json "$f" "$WORK/seed.premortem" >/dev/null 2>&1 || continue
    "$BUILD/cli/premortem-cli" export "$WORK/seed.premortem" --format mermaid \
        -o "$SEEDS/fuzz_import_mermaid/$(basename "$f" .json).mmd" >/dev/null 2>&1 || true
    "$BUILD/cli/premortem-cli" export "$WORK/seed.premortem" --format dot \
        -o "$SEEDS/fuzz_import_dot/$(basename "$f" .json).dot" >/dev/null 2>&1 || true
    rm -f "$WORK/seed.premortem"
done

if [ ! -d "$SEEDS/fuzz_room" ]; then
    # fuzz_room: every message kind, one per line, with the ids fuzz_room.cpp's workshop has.
    mkdir -p "$SEEDS/fuzz_room"
    n='11111111-2222-4333-8444-555555555555'
    fm='33333333-3333-4333-8333-333333333333'
    printf '%s\n' '{"type":"ping","id":3}' \
        "{\"type\":\"note\",\"id\":4,\"note\":\"$n\",\"text\":\"Queue backs up\",\"category\":\"load\"}" \
        "{\"type\":\"note\",\"id\":5,\"note\":\"$n\",\"text\":\"Edited\"}" \
        "{\"type\":\"delete\",\"id\":6,\"note\":\"$n\"}" \
        "{\"type\":\"vote\",\"id\":7,\"failureMode\":\"$fm\",\"delta\":1}" \
        "{\"type\":\"vote\",\"id\":8,\"failureMode\":\"$fm\",\"delta\":-1}" \
        '{"type":"join","id":9,"name":"Grace","role":"sre","side":"run"}' \
        '{"type":"hello","id":10,"token":"0123456789abcdef0123456789abcdef"}' >"$SEEDS/fuzz_room/all-kinds"
    printf '%s' "{\"type\":\"note\",\"id\":3,\"note\":\"$n\",\"text\":\"x\"}" >"$SEEDS/fuzz_room/note"
fi
if [ ! -f "$SEEDS/fuzz_room/estimates" ]; then
    # Estimates, in the ranking phase (first line "rank"): set, change, clear, the loose note's
    # singleton (the id singletonId() gives note 44444444-…), and values a page never sends.
    fm='33333333-3333-4333-8333-333333333333'
    printf '%s\n' 'rank' \
        "{\"type\":\"estimate\",\"id\":3,\"failureMode\":\"$fm\",\"likelihood\":3,\"blastRadius\":4}" \
        "{\"type\":\"estimate\",\"id\":4,\"failureMode\":\"$fm\",\"likelihood\":5,\"blastRadius\":1}" \
        "{\"type\":\"estimate\",\"id\":5,\"failureMode\":\"$fm\",\"clear\":true}" \
        "{\"type\":\"estimate\",\"id\":6,\"failureMode\":\"44444444-4444-4444-de5a-387fe1a587d2\",\"likelihood\":2,\"blastRadius\":2}" \
        "{\"type\":\"estimate\",\"id\":7,\"failureMode\":\"$fm\",\"likelihood\":2.5,\"blastRadius\":9}" \
        "{\"type\":\"estimate\",\"id\":8,\"failureMode\":\"$fm\",\"participant\":\"11111111-1111-4111-8111-111111111111\",\"likelihood\":1,\"blastRadius\":1}" \
        "{\"type\":\"vote\",\"id\":9,\"failureMode\":\"$fm\",\"delta\":1}" >"$SEEDS/fuzz_room/estimates"
fi

mkdir -p "$WORK/artifacts"
cd "$WORK" # libFuzzer writes fuzz-N.log here when JOBS > 1
# Graphviz (a system library, not instrumented) leaks a little in every layout: not ours.
export LSAN_OPTIONS="suppressions=$ROOT/fuzz/lsan.supp${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
status=0
for target in "${TARGETS[@]}"; do
    case $target in
    fuzz_open) options=(-max_len=131072) ;;
    fuzz_json) options=(-max_len=65536 "-dict=$ROOT/fuzz/json.dict") ;;
    fuzz_room) options=(-max_len=4096 "-dict=$ROOT/fuzz/room.dict") ;;
    fuzz_import_structurizr) options=(-max_len=65536 "-dict=$ROOT/fuzz/json.dict") ;;
    fuzz_import_*) options=(-max_len=65536) ;;
    *) echo "unknown target $target" >&2; exit 2 ;;
    esac
    mkdir -p "$WORK/corpus-$target"
    log=$WORK/$target.log
    echo "== $target for ${SECONDS_PER_TARGET}s (log: $log)"
    start=$(date +%s)
    [ "$JOBS" = 1 ] || options+=(-jobs="$JOBS" -workers="$JOBS")
    # -timeout: an input taking 10 s is a hang; -rss_limit_mb: a file must not need gigabytes.
    "$BUILD/fuzz/$target" "${options[@]}" -max_total_time="$SECONDS_PER_TARGET" -timeout=10 \
        -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$WORK/artifacts/$target-" \
        "$WORK/corpus-$target" "$SEEDS/$target" >"$log" 2>&1 || status=1
    [ "$JOBS" = 1 ] || { cat fuzz-*.log >>"$log" 2>/dev/null; rm -f fuzz-*.log; }
    execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | awk '{s += $2} END {print s + 0}')
    findings=$(ls "$WORK/artifacts" | grep -c "^$target-" || true)
    echo "$target: $execs executions in $(($(date +%s) - start)) s, corpus $(ls "$WORK/corpus-$target" | wc -l) inputs, findings so far: $findings"
done
exit $status
