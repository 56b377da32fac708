# Shared by the benchmark scripts (sourced, not run, with the build folder as $1). RUNS sets how
# many runs a median takes.
BUILD=${1:-build}
RUNS=${RUNS:-7}
CLI=$BUILD/cli/premortem-cli
GEN=$BUILD/bench/premortem-generate
command -v sqlite3 >/dev/null || { echo "bench needs sqlite3 (apt-get install sqlite3)" >&2; exit 2; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# Median wall time in milliseconds of RUNS runs of a command.
median_ms() {
    local times=()
    for _ in $(seq "$RUNS"); do
        local start end
        start=$(date +%s%N)
        "$@" >/dev/null
        end=$(date +%s%N)
        times+=($(((end - start) / 1000)))
    done
    printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {printf "%.2f", a[int((NR+1)/2)]/1000}'
}

ratio() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.2fx", (b > 0 ? a / b : 0)}'; }
