#!/usr/bin/env bash
# HTTP benchmark of `quarry serve` (issue 6): wrk, 2 threads, 32 connections, on a generated root
# of 10,000 orders, in one run beside a Hummingbird "hello world" route of the same binary.
#
#   Benchmarks/http-bench.sh
#
# Environment:
#   QUARRY_HTTP_SECONDS=N   duration of each measured wrk run (default 5)
#   QUARRY_HTTP_PAIRS=N     hello/lookup pairs, interleaved (default 5): the machine is shared and
#                           hello alone swings by a third between runs, so the ratio is the median
#                           of the pairs' ratios and the p99 the worst of the pairs
#   QUARRY_SOAK_SECONDS=N   duration of the soak run (default 60; 0 skips it)
#   QUARRY_HTTP_PORT=N      the port (default 4099)
#
# Steps: build `quarry` in release; `quarry generate --scale 10000` once (kept in
# Benchmarks/.build/http-bench/); `quarry serve --no-watch --bench-hello-route` with LOG_LEVEL=warning
# (no access log line per request); QUARRY_HTTP_PAIRS pairs of `wrk --latency` runs, GET /hello then
# POST /graphql with the workload's point lookup (Benchmarks/http-lookup.lua); then the soak: the
# lookup for QUARRY_SOAK_SECONDS with the server's RSS sampled every 5 s. Prints each pair, then
# whether the targets hold: the median of the pairs' lookup/hello ratios ≥ 60 %, the worst lookup
# p99 ≤ max(5 ms, 2× the worst hello p99) (the baseline README's reading), a soak with zero errors
# and flat memory (last RSS sample within 10 % of the first after warm-up).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
out="$here/.build/http-bench"
seconds="${QUARRY_HTTP_SECONDS:-5}"
pairs="${QUARRY_HTTP_PAIRS:-5}"
soak="${QUARRY_SOAK_SECONDS:-60}"
port="${QUARRY_HTTP_PORT:-4099}"
mkdir -p "$out"

step() { printf '\n== %s\n' "$*"; }
run() { printf '+ %s\n' "$*" >&2; "$@"; }

if ! command -v wrk >/dev/null 2>&1; then
    step "Installing wrk (Debian package)"
    run apt-get install -y -q wrk || { run apt-get update -q && run apt-get install -y -q wrk; }
fi

step "Build (release)"
run swift build -c release --package-path "$repo" --product quarry
quarry="$repo/.build/release/quarry"

root="$out/root-10000"
if [ ! -d "$root/data" ]; then
    step "Generate --scale 10000"
    run "$quarry" generate --scale 10000 --out "$root" --force
fi

step "Serve"
LOG_LEVEL=warning "$quarry" serve --root "$root" --port "$port" --no-watch --bench-hello-route >"$out/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
    curl -sf "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break
    sleep 0.1
done
head -n 3 "$out/serve.log"
# The body wrk sends, taken from the Lua script so that the check and the load are the same request.
lookup_body="$(sed -n 's/^wrk.body = //p' "$here/http-lookup.lua" | python3 -c 'import ast, sys; print(ast.literal_eval(sys.stdin.read()))')"
lookup="$(curl -s -H 'Content-Type: application/json' -d "$lookup_body" "http://127.0.0.1:$port/graphql")"
echo "lookup answers: $lookup"
case "$lookup" in *'"errors"'*|'') echo "error: the point lookup does not answer data" >&2; exit 1 ;; esac

# wrk's "Requests/sec" and the 99% latency line, the latter converted to milliseconds.
measure() {
    local name="$1"; shift
    run wrk -t2 -c32 -d"${seconds}s" --latency "$@" | tee "$out/$name.txt"
}
rps() { awk '/Requests\/sec/ {print $2}' "$out/$1.txt"; }
p99_ms() {
    awk '$1 == "99%" {v=$2; if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v}
         else if (v ~ /s$/) {sub(/s$/,"",v); print v*1000}}' "$out/$1.txt"
}
errors() {
    awk '/Non-2xx/ {n+=$NF} /Socket errors/ {gsub(/,/,""); n+=$4+$6+$8+$10} END {print n+0}' "$out/$1.txt"
}

step "Hostile requests (each must be refused within 1 s)"
python3 - "$out" <<'PY'
import json, sys
out = sys.argv[1]
bodies = {
    "brackets": {"query": "{" * (1 << 20)},
    "nesting": {"query": "{a" * (1 << 19)},
    "aliases": {"query": "{ " + " ".join(f"a{i}: __typename" for i in range(20000)) + " }"},
}
for name, body in bodies.items():
    open(f"{out}/hostile-{name}.json", "w").write(json.dumps(body))
PY
for name in brackets nesting aliases; do
    # `Expect:` off: curl would otherwise wait a second for a 100 Continue before sending the body.
    curl -s -o /dev/null -H 'Expect:' -w "$name: HTTP %{http_code} in %{time_total} s\n" -H 'Content-Type: application/json' \
        --data-binary "@$out/hostile-$name.json" "http://127.0.0.1:$port/graphql"
done

step "Machine"
nproc; uptime

pair_lines=()
for pair in $(seq 1 "$pairs"); do
    step "pair $pair: hello (GET /hello), then lookup (POST /graphql, Benchmarks/http-lookup.lua)"
    measure "hello-$pair" "http://127.0.0.1:$port/hello"
    measure "lookup-$pair" -s "$here/http-lookup.lua" "http://127.0.0.1:$port/graphql"
    pair_lines+=("$(rps "hello-$pair") $(p99_ms "hello-$pair") $(rps "lookup-$pair") $(p99_ms "lookup-$pair") $(errors "lookup-$pair")")
done

soak_errors=0
rss_first=0
rss_last=0
if [ "$soak" -gt 0 ]; then
    step "Soak: the lookup for ${soak}s, RSS every 5 s"
    rss() { awk '/VmRSS/ {print $2}' "/proc/$server/status"; }
    wrk -t2 -c32 -d"${soak}s" -s "$here/http-lookup.lua" "http://127.0.0.1:$port/graphql" >"$out/soak.txt" &
    load=$!
    samples=()
    for _ in $(seq 1 $((soak / 5))); do sleep 5; samples+=("$(rss)"); done
    wait "$load"
    cat "$out/soak.txt"
    echo "RSS (kB) every 5 s: ${samples[*]}"
    soak_errors="$(errors soak)"
    # The first sample is taken after 5 s of load, once the caches are warm.
    rss_first="${samples[0]}"
    rss_last="${samples[${#samples[@]}-1]}"
fi

step "Summary"
printf '%s\n' "${pair_lines[@]}" | awk -v se="$soak_errors" -v rf="$rss_first" -v rl="$rss_last" -v soak="$soak" '{
    n++; ratio[n] = $3 / $1; worst = ($4 > worst ? $4 : worst); hworst = ($2 > hworst ? $2 : hworst); errs += $5
    printf "pair %d: hello %8.0f req/s p99 %.2f ms | lookup %8.0f req/s p99 %.2f ms | %.1f %%\n", n, $1, $2, $3, $4, ratio[n] * 100
} END {
    # Median of the ratios (insertion sort: n is small).
    for (i = 2; i <= n; i++) { v = ratio[i]; for (j = i - 1; j >= 1 && ratio[j] > v; j--) ratio[j + 1] = ratio[j]; ratio[j + 1] = v }
    median = (n % 2 == 1) ? ratio[(n + 1) / 2] : (ratio[n / 2] + ratio[n / 2 + 1]) / 2
    limit = (2 * hworst > 5) ? 2 * hworst : 5
    printf "ratio lookup/hello, median of %d pairs: %.1f %% (target >= 60 %%): %s\n", n, median * 100, (median >= 0.6 ? "met" : "NOT met")
    printf "lookup p99, worst of the pairs: %.2f ms (target <= max(5 ms, 2x hello p99) = %.2f ms): %s\n", worst, limit, (worst <= limit ? "met" : "NOT met")
    printf "lookup errors (non-2xx, socket): %d\n", errs
    if (soak > 0) {
        printf "soak %d s: %d errors, RSS %d kB -> %d kB (%+.1f %%): %s\n", soak, se, rf, rl, (rl - rf) * 100 / rf,
            (se == 0 && rl <= rf * 1.1) ? "met" : "NOT met"
    }
}'
