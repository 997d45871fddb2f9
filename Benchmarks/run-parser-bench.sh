#!/usr/bin/env bash
# Parser comparison in one run: Quarry, GraphQLSwift 4.3 and (when Node and Debian's node-graphql
# are available) graphql-js, on the baseline's large query and the whole S2B2C schema.
#
#   Benchmarks/run-parser-bench.sh            # from anywhere; builds in release the first time
#   Benchmarks/run-parser-bench.sh --report   # print the table of the last run again
#
# Environment:
#   QUARRY_SHARED=DIR        the shared folder holding baseline/ (default: ../shared beside the repo)
#   QUARRY_BIG_QUERY=FILE    the large query (default: $QUARRY_SHARED/baseline/parse/big_query.graphql)
#   QUARRY_BENCH_SECONDS=N   time per benchmark (default 3)
#   QUARRY_BENCH_NODE=0      skip graphql-js; otherwise node-graphql is installed with apt-get
#                            when missing and this runs as root
#   QUARRY_BENCH_CALLGRIND=0 skip the instruction counts under valgrind (callgrind: the same count
#                            whatever else the machine is doing; used when perf has no counters)
#
# Prints, per input: median µs per parse, MB/s, time relative to Quarry, mallocs per parse and
# per token; then whether issue 3's targets are met (≥ 5× faster than GraphQLSwift and ≤ 1
# allocation per token on the query). Raw results stay in Benchmarks/.build/parser-bench/.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
shared="${QUARRY_SHARED:-$(dirname "$repo")/shared}"
export QUARRY_SHARED="$shared"
out="$here/.build/parser-bench"
cd "$here"

# shellcheck source=bench-common.sh
source "$here/bench-common.sh"

report_only=0
case "${1:-}" in
    --report) report_only=1 ;;
    "") ;;
    *) echo "usage: Benchmarks/run-parser-bench.sh [--report]" >&2; exit 2 ;;
esac

# Builds, measures and leaves every raw result in $out.
measure() {
    rm -rf "$out"
    mkdir -p "$out/results" "$out/inputs"

    # Instruction counts only where the kernel exposes the counter (many VMs say "not supported").
    if command -v perf >/dev/null 2>&1 && perf stat -x, -e instructions true 2>&1 | grep -q '^[0-9]'; then
        export QUARRY_BENCH_INSTRUCTIONS=1
    fi

    step "Building the input facts tool (release)"
    run swift build -c release --product ParserBenchFacts
    run "$here/.build/release/ParserBenchFacts" --dump "$out/inputs" --time 2 > "$out/facts.json"

    step "Running ParserBenchmarks (package-benchmark, release)"
    run swift package --allow-writing-to-package-directory benchmark \
        --target ParserBenchmarks --format jmh --path "$out/results" --no-progress

    : > "$out/callgrind.jsonl"
    if [ "${QUARRY_BENCH_CALLGRIND:-1}" != 0 ] && command -v valgrind >/dev/null 2>&1; then
        step "Counting instructions per parse (valgrind --tool=callgrind, 6 parses minus 1 parse, / 5)"
        collected() {
            valgrind --tool=callgrind --callgrind-out-file=/dev/null \
                "$here/.build/release/ParserBenchFacts" --repeat "$1" "$2" "$3" 2>&1 \
                | sed -n 's/.*Collected : *\([0-9]*\).*/\1/p'
        }
        for name in big_query s2b2c_schema; do
            for parser in quarry graphqlswift; do
                one="$(collected "$parser" "$name" 1)"
                six="$(collected "$parser" "$name" 6)"
                echo "$parser $name: $(( (six - one) / 5 )) instructions per parse" >&2
                printf '{"input": "%s", "parser": "%s", "instructions": %d}\n' \
                    "$name" "$parser" "$(( (six - one) / 5 ))" >> "$out/callgrind.jsonl"
            done
        done
    fi

    node_ok=0
    if [ "${QUARRY_BENCH_NODE:-1}" != "0" ] && command -v node >/dev/null 2>&1; then
        if [ ! -d /usr/share/nodejs/graphql ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
            step "Installing graphql-js (Debian's node-graphql)"
            run apt-get install -y -q node-graphql || { run apt-get update -q && run apt-get install -y -q node-graphql; } || true
        fi
        if [ -d /usr/share/nodejs/graphql ] && [ -f "$shared/baseline/parse/parse_graphql_js.js" ]; then
            node_ok=1
        fi
    fi
    : > "$out/graphql-js.jsonl"
    if [ "$node_ok" = 1 ]; then
        step "Running graphql-js on the same texts"
        for name in big_query s2b2c_schema; do
            file="$out/inputs/$name.graphql"
            run node "$shared/baseline/parse/parse_graphql_js.js" --file "$file" --tokens \
                | sed "s/^/{\"input\": \"$name\", \"kind\": \"tokens\", \"row\": /; s/\$/}/" >> "$out/graphql-js.jsonl"
            run node "$shared/baseline/parse/parse_graphql_js.js" --file "$file" \
                | sed "s/^/{\"input\": \"$name\", \"kind\": \"parse\", \"row\": /; s/\$/}/" >> "$out/graphql-js.jsonl"
        done
    else
        echo "(graphql-js skipped: needs node and /usr/share/nodejs/graphql, and $shared/baseline/parse/parse_graphql_js.js)"
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
facts = {row["name"]: row for row in json.load(open(f"{out}/facts.json"))["inputs"]}

results = {}
for path in glob.glob(f"{out}/results/*.jmh.json"):
    for element in json.load(open(path)):
        # JMH names are "package.benchmark.<target>.<name with spaces as underscores>".
        name = element["benchmark"].split("ParserBenchmarks.", 1)[-1]
        metrics = element.get("secondaryMetrics", {})
        def p50(key):
            metric = metrics.get(key)
            return None if metric is None else metric["scorePercentiles"]["50.0"]
        results[name] = {"us": p50("Time (wall clock)"), "mallocs": p50("Malloc (total)"),
                         "instructions": p50("Instructions"), "runs": element.get("measurementIterations")}

callgrind = {}
for line in open(f"{out}/callgrind.jsonl"):
    if line.strip():
        record = json.loads(line)
        callgrind[(record["input"], record["parser"])] = record["instructions"]

peers = {}
for line in open(f"{out}/graphql-js.jsonl"):
    line = line.strip()
    if line:
        record = json.loads(line)
        peers.setdefault(record["input"], {})[record["kind"]] = record["row"]

def fmt(value, spec):
    return "n/a" if value is None else format(value, spec)

verdicts = []
for input_name in ["big_query", "s2b2c_schema"]:
    fact = facts.get(input_name)
    if fact is None:
        continue
    size, tokens = fact["bytes"], fact.get("tokens")
    print(f"\n{input_name}: {size:,} bytes, {fmt(tokens, ',')} tokens (Quarry countTokens), from {fact['origin']}")
    js = peers.get(input_name, {})
    if "tokens" in js and tokens is not None and js["tokens"]["tokens"] != tokens:
        print(f"  note: graphql-js counts {js['tokens']['tokens']:,} tokens, Quarry {tokens:,}")
    if fact.get("quarryMedianMicroseconds") and fact.get("graphQLSwiftMedianMicroseconds"):
        q, g = fact["quarryMedianMicroseconds"], fact["graphQLSwiftMedianMicroseconds"]
        print(f"  cross-check, plain timing loop without package-benchmark: Quarry {q:,.1f} µs, "
              f"GraphQLSwift {g:,.1f} µs ({g / q:.2f}×)")
    for key, label in (("quarryError", "Quarry"), ("graphQLSwiftError", "GraphQLSwift")):
        if fact.get(key):
            print(f"  {label} rejects this input: {fact[key]}")
    quarry = results.get(f"Quarry_parse_{input_name}", {}).get("us")
    rows = [
        ("Quarry parse", dict(results.get(f"Quarry_parse_{input_name}", {}))),
        ("Quarry lexer only", results.get(f"Quarry_countTokens_{input_name}", {})),
        ("GraphQLSwift 4.3", dict(results.get(f"GraphQLSwift_parse_{input_name}", {}))),
    ]
    for row, parser in ((rows[0][1], "quarry"), (rows[2][1], "graphqlswift")):
        if row.get("instructions") is None and (input_name, parser) in callgrind:
            row["instructions"] = callgrind[(input_name, parser)]
    if "parse" in js:
        rows.append((js["parse"]["parser"].split(" (")[0], {"us": js["parse"]["median_ms"] * 1000,
                                                            "runs": js["parse"]["runs"]}))
    print(f"  {'parser':<20} {'median µs':>11} {'MB/s':>8} {'× Quarry':>9} {'mallocs':>9} {'mallocs/token':>14} {'instructions':>13} {'runs':>7}")
    for label, r in rows:
        us = r.get("us")
        mbps = None if not us else size / us
        ratio = None if (not us or not quarry) else us / quarry
        mallocs = r.get("mallocs")
        per_token = None if (mallocs is None or not tokens) else mallocs / tokens
        print(f"  {label:<20} {fmt(us, ',.1f'):>11} {fmt(mbps, '.1f'):>8} {fmt(ratio, '.2f'):>9} "
              f"{fmt(mallocs, ',.0f'):>9} {fmt(per_token, '.3f'):>14} {fmt(r.get('instructions'), ',.0f'):>13} "
              f"{fmt(r.get('runs'), ','):>7}")
    if input_name == "big_query":
        swift = results.get("GraphQLSwift_parse_big_query", {}).get("us")
        mallocs = results.get("Quarry_parse_big_query", {}).get("mallocs")
        if quarry and swift:
            speedup = swift / quarry
            verdicts.append(f"Quarry ≥ 5× faster than GraphQLSwift on the query: {speedup:.2f}× — {'MET' if speedup >= 5 else 'NOT MET'}")
        else:
            verdicts.append("Quarry ≥ 5× faster than GraphQLSwift on the query: no figure (a parser failed)")
        if mallocs is not None and tokens:
            verdicts.append(f"≤ 1 allocation per token on the query: {mallocs / tokens:.3f} — {'MET' if mallocs / tokens <= 1 else 'NOT MET'}")
        else:
            verdicts.append("≤ 1 allocation per token on the query: no figure")
        q_ins, g_ins = callgrind.get(("big_query", "quarry")), callgrind.get(("big_query", "graphqlswift"))
        if q_ins and g_ins:
            verdicts.append(f"  by instructions (callgrind): {g_ins / q_ins:.2f}× — {'MET' if g_ins / q_ins >= 5 else 'NOT MET'}")
        if "parse" in js and quarry:
            speedup = js["parse"]["median_ms"] * 1000 / quarry
            verdicts.append(f"(aim) twice graphql-js's speed on the query: {speedup:.2f}× — {'MET' if speedup >= 2 else 'NOT MET'}")

print("\nmedian µs: median wall-clock of one parse, Source construction and AST release included;")
print("MB/s: bytes / median; × Quarry: median / Quarry's median (above 1 = slower than Quarry).")
print("instructions: per parse, from perf counters when the machine has them, else from callgrind.")
print()
for line in verdicts:
    print(line)
PY
} | tee "$out/summary.txt"
