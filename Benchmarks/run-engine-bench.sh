#!/usr/bin/env bash
# Engine comparison in one run (issue 5, "What it must show"): Quarry, GraphQLSwift 4.3 and
# graphql-js resolving the baseline's workload queries Q1–Q6 over the same generated root.
#
#   Benchmarks/run-engine-bench.sh            # from anywhere; builds in release the first time
#   Benchmarks/run-engine-bench.sh --report   # print the table of the last run again
#
# Environment:
#   QUARRY_SHARED=DIR           the shared folder holding baseline/ (default: ../shared beside the repo)
#   QUARRY_ENGINE_ROOT=DIR      the root to serve (default /tmp/s2b2c-10000, written by
#                               `gen.py --scale 10000 --seed 1` when missing)
#   QUARRY_ENGINE_API=FILE      the generated API SDL the peers serve (default /tmp/api-10000.graphql,
#                               written by apischema.py when missing; needs graphql-core)
#   QUARRY_BASELINE_BUILD=DIR   where the GraphQLSwift anchor is built (default /tmp/baseline-build)
#   QUARRY_BENCH_SECONDS=N      time per query and engine (default 3)
#   QUARRY_BENCH_NODE=0         skip graphql-js (otherwise node-graphql and node-js-yaml are
#                               installed with apt-get when missing and this runs as root)
#   QUARRY_BENCH_PACKAGE=0      skip the package-benchmark run (its malloc counts)
#   QUARRY_BENCH_CALLGRIND=0    skip Q1's instruction count under valgrind (loading the root under
#                               valgrind takes a few minutes)
#
# The GraphQLSwift anchor (the baseline's own package, built as it is, never copied here) and
# graphql-js run as their own programs; Quarry runs through EngineBenchFacts (medians, bytes,
# peak memory during the largest query) and EngineBenchmarks (package-benchmark: mallocs).
# Times are from query text to response bytes: Quarry's median against each peer's median plus
# its serialization (the baseline README, "How the issues' targets are read").
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
shared="${QUARRY_SHARED:-$(dirname "$repo")/shared}"
export QUARRY_SHARED="$shared"
baseline="$shared/baseline"
root="${QUARRY_ENGINE_ROOT:-/tmp/s2b2c-10000}"
export QUARRY_ENGINE_ROOT="$root"
api="${QUARRY_ENGINE_API:-/tmp/api-10000.graphql}"
anchor_build="${QUARRY_BASELINE_BUILD:-/tmp/baseline-build}"
seconds="${QUARRY_BENCH_SECONDS:-3}"
out="$here/.build/engine-bench"
cd "$here"

step() { printf '\n== %s\n' "$*"; }
run() { printf '+ %s\n' "$*" >&2; "$@"; }

report_only=0
case "${1:-}" in
    --report) report_only=1 ;;
    "") ;;
    *) echo "usage: Benchmarks/run-engine-bench.sh [--report]" >&2; exit 2 ;;
esac

# Writes the root and the API SDL when missing.
prepare_data() {
    if [ ! -d "$root/data" ]; then
        step "Generating the workload root ($root)"
        run python3 "$baseline/gen.py" --scale 10000 --out "$root" --seed 1
    fi
    if [ ! -s "$api" ]; then
        step "Writing the generated API SDL ($api)"
        python3 -c 'import graphql' 2>/dev/null || run pip install -q graphql-core \
            || run pip install -q --break-system-packages graphql-core
        python3 "$baseline/apischema.py" "$root/schema" > "$api.tmp"
        mv "$api.tmp" "$api"
    fi
}

# Builds, measures and leaves every raw result in $out.
measure() {
    rm -rf "$out"
    mkdir -p "$out/results" "$out/quarry" "$out/graphqlswift" "$out/graphql-js"
    prepare_data

    step "Building EngineBenchFacts (release)"
    run swift build -c release --product EngineBenchFacts
    facts="$here/.build/release/EngineBenchFacts"

    step "Quarry: Q1–Q6 through the library API"
    run "$facts" --root "$root" --queries "$baseline/queries" --time "$seconds" --rss --dump "$out/quarry" > "$out/quarry.json"

    step "GraphQLSwift 4.3 (the baseline's anchor package, built as it is)"
    anchor="$anchor_build/release/AnchorGraphQLSwift"
    if [ ! -x "$anchor" ]; then
        run swift build -c release --package-path "$baseline/graphqlswift" --scratch-path "$anchor_build"
    fi
    run "$anchor" --root "$root" --api-sdl "$api" --queries "$baseline/queries" --budget "$seconds" \
        --dump "$out/graphqlswift" --json "$out/graphqlswift.json"

    : > "$out/graphql-js.json"
    if [ "${QUARRY_BENCH_NODE:-1}" != 0 ] && command -v node >/dev/null 2>&1; then
        if { [ ! -d /usr/share/nodejs/graphql ] || [ ! -d /usr/share/nodejs/js-yaml ]; } \
            && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            step "Installing graphql-js (Debian's node-graphql, node-js-yaml)"
            run apt-get install -y -q node-graphql node-js-yaml \
                || { run apt-get update -q && run apt-get install -y -q node-graphql node-js-yaml; } || true
        fi
        if [ -d /usr/share/nodejs/graphql ] && [ -d /usr/share/nodejs/js-yaml ]; then
            step "graphql-js"
            run node "$baseline/graphql_js.js" --root "$root" --api-sdl "$api" --queries "$baseline/queries" \
                --budget "$seconds" --dump "$out/graphql-js" --json "$out/graphql-js.json"
        fi
    fi

    if [ "${QUARRY_BENCH_PACKAGE:-1}" != 0 ]; then
        step "EngineBenchmarks (package-benchmark, release): mallocs per request"
        run swift package --allow-writing-to-package-directory benchmark \
            --target EngineBenchmarks --format jmh --path "$out/results" --no-progress
    fi

    : > "$out/callgrind.txt"
    if [ "${QUARRY_BENCH_CALLGRIND:-1}" != 0 ] && command -v valgrind >/dev/null 2>&1; then
        step "Counting Q1's instructions (valgrind --tool=callgrind, 100 requests after a first one)"
        collected="$(valgrind --tool=callgrind --callgrind-out-file=/dev/null --collect-atstart=no \
            --toggle-collect='*measuredRequests*' \
            "$facts" --root "$root" --queries "$baseline/queries" --repeat Q1 100 2>&1 \
            | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p')"
        echo "$(( collected / 100 ))" > "$out/callgrind.txt"
    fi
}

if [ "$report_only" = 0 ]; then
    machine_before="$(uptime)"
    measure
    {
        echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(swift --version 2>&1 | head -1)"
        echo "load before: ${machine_before##*load average: }; after: $(uptime | sed 's/.*load average: //') (1, 5, 15 min)"
    } > "$out/machine.txt"
fi

step "Results"
{
    cat "$out/machine.txt"
    python3 - "$out" <<'PY'
import glob, json, os, sys

out = sys.argv[1]

def load(path):
    try:
        with open(path) as handle:
            text = handle.read().strip()
        return json.loads(text) if text else None
    except (OSError, ValueError):
        return None

quarry = load(f"{out}/quarry.json")
swift = load(f"{out}/graphqlswift.json") or {"queries": []}
js = load(f"{out}/graphql-js.json") or {"queries": []}
q_rows = {row["name"]: row for row in quarry["queries"]}
s_rows = {row["query"]: row for row in swift["queries"]}
j_rows = {row["query"]: row for row in js["queries"]}

mallocs = {}
for path in glob.glob(f"{out}/results/*.jmh.json"):
    for element in json.load(open(path)):
        name = element["benchmark"].split("EngineBenchmarks.", 1)[-1]
        metric = element.get("secondaryMetrics", {}).get("Malloc (total)")
        if metric:
            mallocs[name.replace("Quarry_", "")] = metric["scorePercentiles"]["50.0"]
try:
    instructions = int(open(f"{out}/callgrind.txt").read().strip())
except (OSError, ValueError):
    instructions = None

def same_answer(name):
    """Whether Quarry's response equals graphql-js's as JSON (numbers compared as text)."""
    mine, theirs = f"{out}/quarry/{name}.json", f"{out}/graphql-js/{name}.json"
    if not (os.path.exists(mine) and os.path.exists(theirs)):
        return "n/a"
    def parse(path):
        return without_cursors(json.load(open(path), parse_float=str, parse_int=str))
    return "same" if parse(mine) == parse(theirs) else "differs"

def without_cursors(value):
    """Cursors are opaque and each engine writes its own (SEMANTICS.md §15.6): left out."""
    if isinstance(value, dict):
        return {key: without_cursors(item) for key, item in value.items()
                if key not in ("cursor", "startCursor", "endCursor")}
    if isinstance(value, list):
        return [without_cursors(item) for item in value]
    return value

def fmt(value, spec):
    return "n/a" if value is None else format(value, spec)

print(f"\nroot: {quarry['documents']:,} documents, {quarry['dataBytes']:,} bytes; Quarry loaded it in {quarry['loadSeconds']:.2f} s")
print(f"{'query':<6} {'Quarry ms':>10} {'GQLSwift ms':>12} {'× GQLSwift':>11} {'gjs ms':>9} {'× gjs':>7} "
      f"{'mallocs':>9} {'bytes':>10} {'MB/s':>8}  answer vs gjs")
verdicts = []
for name in sorted(q_rows):
    q = q_rows[name]
    ms = q["medianMilliseconds"]
    s = s_rows.get(name)
    j = j_rows.get(name)
    s_ms = None if s is None else s["median_ms"] + s["serialize_ms"]
    j_ms = None if j is None else j["median_ms"] + j["serialize_ms"]
    s_ratio = None if s_ms is None else s_ms / ms
    j_ratio = None if j_ms is None else j_ms / ms
    print(f"{name:<6} {ms:>10.3f} {fmt(s_ms, '.3f'):>12} {fmt(s_ratio, '.1f'):>11} {fmt(j_ms, '.3f'):>9} "
          f"{fmt(j_ratio, '.1f'):>7} {fmt(mallocs.get(name), ',.0f'):>9} {q['bytes']:>10,} "
          f"{q['megabytesPerSecond']:>8.1f}  {same_answer(name)}"
          + (f"  ERRORS: {q['errors'][:2]}" if q["errors"] else ""))
    if s_ratio is not None:
        verdicts.append(f"{name}: ≥ 10× GraphQLSwift: {s_ratio:.1f}× — {'MET' if s_ratio >= 10 else 'NOT MET'}")
    if j_ratio is not None:
        verdicts.append(f"{name}: ahead of graphql-js: {j_ratio:.2f}× — {'MET' if j_ratio > 1 else 'NOT MET'}")
    if name == "Q1":
        verdicts.append(f"Q1: < 20 µs median: {ms * 1000:.1f} µs — {'MET' if ms < 0.020 else 'NOT MET'}"
                        + (f" ({instructions:,} instructions per request, callgrind)" if instructions else ""))
    if name == "Q6":
        verdicts.append(f"Q6: ≥ 200 MB/s of JSON: {q['megabytesPerSecond']:.0f} MB/s — "
                        f"{'MET' if q['megabytesPerSecond'] >= 200 else 'NOT MET'}")

print("\nQuarry ms: median from query text to response bytes (prepared document cached, as the gateway caches it);")
print("peers: their median + serialize_ms; × = peer time / Quarry time (above 1 = Quarry faster);")
print("mallocs: package-benchmark's median per request; answer: Quarry's response equal to graphql-js's as JSON,")
print("cursors left out (each engine encodes its own).")
if quarry.get("peakRSSDuringLargestMiB") is not None:
    before, peak = quarry["rssBeforeMiB"], quarry["peakRSSDuringLargestMiB"]
    print(f"\npeak RSS while {quarry['largestQuery']} runs 3 times: {peak:.0f} MiB (RSS before {before:.0f} MiB: "
          f"+{peak - before:.0f} MiB; data on disk {quarry['dataBytes'] / 2**20:.1f} MiB)")
print()
for line in verdicts:
    print(line)
PY
} | tee "$out/summary.txt"
