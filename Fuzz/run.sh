#!/usr/bin/env bash
# Build the libFuzzer entries with AddressSanitizer and fuzz Quarry's GraphQL language layer.
#
#   Fuzz/run.sh [parse|tokens] [SECONDS] [-- EXTRA_LIBFUZZER_FLAGS...]
#
#   parse   (default) QuarryFuzz: parse → print → parse → print must be stable (FuzzChecks)
#   tokens  QuarryFuzzTokens: the lexer alone
#   SECONDS how long to fuzz (default 300); 0 replays the seed corpus once and stops
#
# Environment: FUZZ_JOBS=N runs N fuzzing processes (libFuzzer -fork=N; default 1).
# Seeds: Tests/QuarryLanguageTests/Corpus (read recursively, never written). New inputs go to
# Fuzz/.corpus/MODE, findings to Fuzz/artifacts/MODE/ (both ignored by git). Exit status 0 means
# no crash, leak, timeout or out-of-memory in the time given.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
mode="${1:-parse}"
seconds="${2:-300}"
shift $(( $# < 2 ? $# : 2 ))
[ "${1:-}" = "--" ] && shift

case "$mode" in
    parse) entry=QuarryFuzz ;;
    tokens) entry=QuarryFuzzTokens ;;
    *) echo "usage: Fuzz/run.sh [parse|tokens] [SECONDS] [-- LIBFUZZER_FLAGS...]" >&2; exit 2 ;;
esac

cd "$repo"
run() { printf '+ %s\n' "$*" >&2; "$@"; }

run swift build --package-path Fuzz -c debug --sanitize=fuzzer --sanitize=address --product "$entry"

corpus="Fuzz/.corpus/$mode"
artifacts="Fuzz/artifacts/$mode/"
mkdir -p "$corpus" "$artifacts"
seeds=()
[ -d Tests/QuarryLanguageTests/Corpus ] && seeds+=(Tests/QuarryLanguageTests/Corpus)

flags=(
    -dict=Fuzz/graphql.dict
    -max_len=16384          # room for deep nesting and long strings; libFuzzer's default is 4096
    -timeout=10             # a single input taking 10 s is a hang
    -rss_limit_mb=4096
    -artifact_prefix="$artifacts"
    -print_final_stats=1
)
if [ "$seconds" = 0 ]; then
    flags+=(-runs=0)
else
    flags+=(-max_total_time="$seconds")
fi
if [ "${FUZZ_JOBS:-1}" -gt 1 ]; then
    flags+=(-fork="$FUZZ_JOBS")
fi

# Swift's own crash reporter (swift-backtrace) would take over the fatal signal and can sit on the
# output pipe; let libFuzzer and ASan report instead (they print the stack and the input).
export SWIFT_BACKTRACE=enable=no
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}"

run "Fuzz/.build/debug/$entry" "${flags[@]}" "$@" "$corpus" "${seeds[@]}"
