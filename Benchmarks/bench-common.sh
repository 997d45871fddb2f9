# Shared by the benchmark drivers (run-*-bench.sh), sourced: progress lines, echoed commands,
# and the machine a run was measured on.

step() { printf '\n== %s\n' "$*"; }
run() { printf '+ %s\n' "$*" >&2; "$@"; }

# The machine (cores, CPU, Swift) and its load average before the run ($1, a line of `uptime`)
# and now: the figures of a shared machine are read with its load.
describe_machine() {
    echo "machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), $(swift --version 2>&1 | head -1)"
    echo "load before: ${1##*load average: }; after: $(uptime | sed 's/.*load average: //') (1, 5, 15 min)"
}
