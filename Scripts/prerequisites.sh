#!/usr/bin/env bash
# Installs what building Quarry needs from the system and a fresh Debian machine lacks, and nothing
# when it is all there: pkg-config, libyaml (pkg-config `yaml-0.1`, Debian `libyaml-dev`) and
# zlib's headers (`zlib1g-dev`, the server's gzip). The README's two commands start with it:
#
#   Scripts/prerequisites.sh && swift run quarry serve
#   Scripts/prerequisites.sh && swift test
#
# Extra Debian packages may be named as arguments (CI adds `chromium` for the browser test).
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive

missing=()
command -v pkg-config >/dev/null 2>&1 || missing+=(pkg-config)
if ! command -v pkg-config >/dev/null 2>&1 || ! pkg-config --exists yaml-0.1; then
    missing+=(libyaml-dev)
fi
if ! { command -v pkg-config >/dev/null 2>&1 && pkg-config --exists zlib; } && [ ! -f /usr/include/zlib.h ]; then
    missing+=(zlib1g-dev)
fi
missing+=("$@")
[ "${#missing[@]}" -eq 0 ] && exit 0

echo "installing: ${missing[*]}" >&2
if [ "$(id -u)" = 0 ]; then
    sudo=()
elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo -n)
else
    echo "error: installing ${missing[*]} needs root; install them with apt-get by hand" >&2
    exit 1
fi
"${sudo[@]}" apt-get update -q >&2
"${sudo[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}" >&2
