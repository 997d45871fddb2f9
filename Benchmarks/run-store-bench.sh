#!/usr/bin/env bash
# Store benchmark in one run (issue 4, "What it must show"), on roots written by the baseline's
# gen.py (`--seed 1`) at 10 000 and 100 000 orders, generated when missing:
#
#   Benchmarks/run-store-bench.sh            # from anywhere; builds in release the first time
#   Benchmarks/run-store-bench.sh --report   # print the table of the last run again
#
# Environment:
#   QUARRY_SHARED=DIR             the shared folder holding baseline/ (default: ../shared beside the repo)
#   QUARRY_STORE_SCALES=10000,..  the scales (default 10000,100000); roots at /tmp/s2b2c-N
#                                 unless QUARRY_STORE_ROOT_<N> names one
#   QUARRY_STORE_RUNS=N           timed rounds of scan / JSON / load per scale (default 5)
#   QUARRY_BENCH_PACKAGE=0        skip the package-benchmark suite (StoreBenchmarks); the table
#                                 comes from StoreBenchFacts either way
#   QUARRY_BENCH_GRAPHQLSWIFT=0   skip GraphQLSwift + Yams's load at the largest scale (it needs
#                                 /tmp/baseline-build/release/AnchorGraphQLSwift, see the baseline README)
#
# Prints per scale: the bare libyaml scan (one thread, bytes in memory), the JSON files typed
# (one thread, MB/s), Quarry's full load (all cores, warm cache) with its ratio to the scan,
# peak RSS minus RSS before loading against the bytes on disk, the reload of one order file;
# then whether issue 4's targets are met. Raw results stay in Benchmarks/.build/store-bench/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
shared="${QUARRY_SHARED:-$(dirname "$repo")/shared}"
out="$here/.build/store-bench"
scales="${QUARRY_STORE_SCALES:-10000,100000}"
export QUARRY_STORE_SCALES="$scales"
cd "$here"

# shellcheck source=bench-common.sh
source "$here/bench-common.sh"
root_of() { local name="QUARRY_STORE_ROOT_$1"; echo "${!name:-/tmp/s2b2c-$1}"; }

report_only=0
case "${1:-}" in
    --report) report_only=1 ;;
    "") ;;
    *) echo "usage: Benchmarks/run-store-bench.sh [--report]" >&2; exit 2 ;;
esac

measure() {
    rm -rf "$out"
    mkdir -p "$out/results"
    for scale in ${scales//,/ }; do
        root="$(root_of "$scale")"
        if [ ! -d "$root/data" ]; then
            step "Generating $root (gen.py --scale $scale --seed 1)"
            run python3 "$shared/baseline/gen.py" --scale "$scale" --out "$root" --seed 1
        fi
    done

    step "Building the store tools (release)"
    run swift build -c release --product StoreBenchFacts
    : > "$out/facts.jsonl"
    for scale in ${scales//,/ }; do
        root="$(root_of "$scale")"
        step "Scale $scale: scan, JSON and load, interleaved (${QUARRY_STORE_RUNS:-5} rounds after a warm-up)"
        run "$here/.build/release/StoreBenchFacts" times "$root" "${QUARRY_STORE_RUNS:-5}" \
            | sed "s/^{/{\"scale\": $scale, \"kind\": \"times\", /" >> "$out/facts.jsonl"
        step "Scale $scale: peak RSS of one load in a fresh process"
        run "$here/.build/release/StoreBenchFacts" memory "$root" \
            | sed "s/^{/{\"scale\": $scale, \"kind\": \"memory\", /" >> "$out/facts.jsonl"
        step "Scale $scale: JSON typed, all files and files of 64 kB or more"
        run "$here/.build/release/StoreBenchFacts" json "$root" 10 \
            | sed "s/^{/{\"scale\": $scale, \"kind\": \"json\", /" >> "$out/facts.jsonl"
        step "Scale $scale: reload after one order file changes"
        run "$here/.build/release/StoreBenchFacts" reload "$root" 100 \
            | sed "s/^{/{\"scale\": $scale, \"kind\": \"reload\", /" >> "$out/facts.jsonl"
    done

    if [ "${QUARRY_BENCH_PACKAGE:-1}" != 0 ]; then
        step "Running StoreBenchmarks (package-benchmark, release)"
        run swift package --allow-writing-to-package-directory benchmark \
            --target StoreBenchmarks --format jmh --path "$out/results" --no-progress || true
    fi

    : > "$out/graphqlswift.jsonl"
    anchor=/tmp/baseline-build/release/AnchorGraphQLSwift
    largest="${scales##*,}"
    if [ "${QUARRY_BENCH_GRAPHQLSWIFT:-1}" != 0 ] && [ -x "$anchor" ]; then
        root="$(root_of "$largest")"
        api="$out/api.graphql"
        if python3 "$shared/baseline/apischema.py" "$root/schema" > "$api" 2>/dev/null; then
            step "GraphQLSwift + Yams: load of $root (one query run, for its load phase)"
            log="$out/graphqlswift-$largest.log"
            /usr/bin/time -v "$anchor" --root "$root" --api-sdl "$api" --queries "$shared/baseline/queries" \
                --only Q1 --min-runs 1 --max-runs 1 --budget 1 > /dev/null 2> "$log" || true
            python3 - "$log" "$largest" >> "$out/graphqlswift.jsonl" <<'PY'
import json, re, sys
text = open(sys.argv[1]).read()
load = re.search(r"load ([0-9.]+) s", text)
rss = re.search(r"Maximum resident set size \(kbytes\): (\d+)", text)
if load:
    print(json.dumps({"scale": int(sys.argv[2]), "loadSeconds": float(load.group(1)),
                      "peakKB": int(rss.group(1)) if rss else None}))
PY
        else
            echo "(GraphQLSwift skipped: apischema.py needs graphql-core)"
        fi
    else
        echo "(GraphQLSwift skipped: no $anchor or QUARRY_BENCH_GRAPHQLSWIFT=0)"
    fi
}

if [ "$report_only" = 0 ]; then
    machine_before="$(uptime)"
    measure
    describe_machine "$machine_before" > "$out/machine.txt"
fi

step "Results"
{
    cat "$out/machine.txt"
    python3 - "$out" <<'PY'
import glob, json, sys

out = sys.argv[1]
facts = {}
for line in open(f"{out}/facts.jsonl"):
    if line.strip():
        row = json.loads(line)
        facts.setdefault(row["scale"], {})[row["kind"]] = row
peer = {}
for line in open(f"{out}/graphqlswift.jsonl"):
    if line.strip():
        row = json.loads(line)
        peer[row["scale"]] = row

suite = {}
for path in glob.glob(f"{out}/results/*.jmh.json"):
    for element in json.load(open(path)):
        name = element["benchmark"].split("StoreBenchmarks.", 1)[-1]
        metric = element.get("secondaryMetrics", {}).get("Time (wall clock)")
        if metric:
            suite[name] = metric["scorePercentiles"]["50.0"]

def fmt(value, spec):
    return "n/a" if value is None else format(value, spec)

verdicts = []
print(f"\n{'scale':>7} {'YAML MB':>8} {'JSON MB':>8} {'scan s':>8} {'allow s':>8} {'load s':>8} {'load/allow':>10} "
      f"{'scan CPU':>8} {'load CPU s':>10} {'JSON MB/s':>9} {'RSS Δ MB':>9} {'disk MB':>8} {'RSS/disk':>8} {'reload ms':>9}")
for scale in sorted(facts):
    t, m, r = facts[scale].get("times", {}), facts[scale].get("memory", {}), facts[scale].get("reload", {})
    scan, load, json_s = t.get("scanSeconds"), t.get("loadSeconds"), t.get("jsonSeconds")
    allow = None if scan is None else 1.5 * (scan + t["jsonBytes"] / 300e6)
    ratio = None if not allow else load / allow
    mbps = None if not json_s else t["jsonBytes"] / 1e6 / json_s
    rss = None if not m else (m["peakKB"] - m["rssBeforeKB"]) / 1024
    disk = None if not m else m["dataBytes"] / 1e6
    per_disk = None if not (rss and disk) else rss * 1024 * 1024 / m["dataBytes"]
    reload = r.get("reloadSeconds")
    print(f"{scale:>7} {t.get('yamlBytes', 0) / 1e6:>8.2f} {t.get('jsonBytes', 0) / 1e6:>8.2f} {fmt(scan, '.3f'):>8} "
          f"{fmt(allow, '.3f'):>8} {fmt(load, '.3f'):>8} {fmt(ratio, '.2f'):>10} {fmt(t.get('scanCPUSeconds'), '.3f'):>8} {fmt(t.get('loadCPUSeconds'), '.3f'):>10} "
          f"{fmt(mbps, '.0f'):>9} {fmt(rss, '.1f'):>9} {fmt(disk, '.1f'):>8} {fmt(per_disk, '.2f'):>8} "
          f"{fmt(None if reload is None else reload * 1000, '.3f'):>9}")
    if t.get("scanCPUSeconds") and t.get("loadCPUSeconds"):
        idle = t["loadCPUSeconds"] / t["cores"] / (1.5 * (t["scanCPUSeconds"] + t["jsonBytes"] / 300e6))
        verdicts.append(f"{scale}: the same by CPU time (load CPU / {t['cores']} cores against 1.5 × (scan CPU + JSON)): {idle:.2f}")
    if ratio is not None:
        verdicts.append(f"{scale}: load ≤ 1.5× (scan + JSON at 300 MB/s): {load:.3f} s / {allow:.3f} s = {ratio:.2f} — {'MET' if ratio <= 1 else 'NOT MET'}")
    if mbps is not None:
        verdicts.append(f"{scale}: JSON ≥ 300 MB/s (one thread, bytes to typed values): {mbps:.0f} MB/s — {'MET' if mbps >= 300 else 'NOT MET'}")
    j = facts[scale].get("json", {})
    if j.get("jsonSeconds"):
        line = f"{scale}: JSON alone: all {j['jsonFiles']} files {j['jsonBytes'] / 1e6 / j['jsonSeconds']:.0f} MB/s"
        if j.get("largeBytes") and j.get("largeSeconds"):
            line += f"; the {j['largeFiles']} files of 64 kB or more ({j['largeBytes'] / 1e6:.2f} MB) {j['largeBytes'] / 1e6 / j['largeSeconds']:.0f} MB/s"
        verdicts.append(line)
    if per_disk is not None and scale >= 100000:
        verdicts.append(f"{scale}: peak RSS − RSS before ≤ 3× data bytes: {per_disk:.2f}× — {'MET' if per_disk <= 3 else 'NOT MET'}")
    if reload is not None:
        verdicts.append(f"{scale}: reload of one file ≤ 20 ms: {reload * 1000:.3f} ms — {'MET' if reload <= 0.02 else 'NOT MET'}")
if len(facts) > 1:
    small, large = min(facts), max(facts)
    a, b = facts[small].get("reload", {}).get("reloadSeconds"), facts[large].get("reload", {}).get("reloadSeconds")
    if a and b:
        verdicts.append(f"reload {large} / reload {small}: {b / a:.2f}× (must not grow with the tree)")
for scale, row in sorted(peer.items()):
    ours = facts.get(scale, {}).get("times", {}).get("loadSeconds")
    mem = facts.get(scale, {}).get("memory", {})
    line = f"GraphQLSwift + Yams at {scale}: load {row['loadSeconds']:.2f} s"
    if ours:
        line += f" ({row['loadSeconds'] / ours:.1f}× Quarry's {ours:.2f} s)"
    if row.get("peakKB") and mem:
        line += f", peak RSS {row['peakKB'] / 1024:.0f} MB (Quarry {mem['peakKB'] / 1024:.0f} MB)"
    verdicts.append(line)
if suite:
    print("\npackage-benchmark (StoreBenchmarks) medians of wall-clock, µs:")
    for name in sorted(suite):
        print(f"  {name:<32} {suite[name]:>12,.3f}")
print("\nscan: bare libyaml event scan of the YAML bytes in memory, one thread; allow: 1.5 × (scan + JSON bytes / 300 MB/s);")
print("load: StoreLoader.load of the whole tree (all cores, warm cache); medians of the rounds, all in one process.")
print("scan CPU, load CPU: CPU seconds of the process during each (all threads): on a shared machine the wall-clock")
print("ratio depends on the cores the load gets; load CPU / cores against the scan's CPU is the ratio on idle cores.")
print("RSS Δ: peak RSS minus RSS before loading, one load in a fresh process; disk: summed size of the data files.")
print()
for line in verdicts:
    print(line)
PY
} | tee "$out/summary.txt"
