#!/usr/bin/env bash
# Checks the query explorer in a real headless Chromium with every non-loopback host blocked.
#
# Usage:  Scripts/explorer-browser-check.sh BASE_URL OUTDIR
#
#   BASE_URL  a running server on loopback, e.g. http://127.0.0.1:4000 (quarry serve, or
#             Scripts/explorer-stub-server.py); the page is opened at BASE_URL/graphql#selftest
#             (EXPLORER_PATH overrides /graphql) with the browser's usual Accept: text/html.
#   OUTDIR    created if missing; the script writes
#               OUTDIR/explorer.png        a 1360x820 screenshot of the page after the self-test
#               OUTDIR/explorer-dom.html   the DOM after the self-test (--dump-dom)
#               OUTDIR/verdict.json        the self-test's verdict: {"status", "checks": [{name, ok, detail}]}
#               OUTDIR/typing.json         the keyboard checks: [{name, ok, detail}]
#               OUTDIR/typing.png          a screenshot after the typed query ran
#
# Environment: CHROMIUM names the browser (default: the first of chromium, chromium-browser,
# google-chrome, headless_shell on PATH; Debian: apt-get install -y chromium).
#
# The page's self-test (#selftest, Sources/QuarryExplorer/Page/selftest.js) drives its own UI:
# the schema is fetched by introspection, "{ ord" offers order/orders and Enter inserts one,
# arguments complete, a name the schema lacks is flagged while typing, Prettify reformats, a query
# runs and shows its data, variables and the operation under the caret are sent, an invalid query
# shows the server's error marked at its line and column, the schema browser shows a field's
# description, the saved queries list loads (or is absent; one with a document loads into the
# editor, a link-only one runs into the result pane), and no request left the page's origin. Then Scripts/explorer-typing-check.py types into the page with real key
# events over the DevTools protocol: "{ ord" shows order/orders, ArrowDown+Enter takes "orders",
# the rest of the query is typed and Ctrl-Enter runs it. The network is cut off around both: every
# host name but 127.0.0.1 and localhost resolves to nothing and any proxied request goes to a
# closed port. The checks query `orders(first: 2) { nodes { id status customer { id name } } }`,
# so the server must serve the S2B2C schema (the bundled root or `quarry generate` output).
# Needs python3 (stdlib only).
#
# Tests/QuarryExplorerTests/ExplorerBrowserTests.swift runs it against the stub server from
# `swift test`; a test against `quarry serve` calls it the same way with the server's URL.
#
# Exit status: 0 every check passed; 1 a check failed, the page never reported, or no browser;
# 2 usage error. The last line of output is "explorer browser check: passed|FAILED (...)".
set -u

if [ $# -ne 2 ]; then
  echo "usage: $0 BASE_URL OUTDIR" >&2
  exit 2
fi
base="${1%/}"
outdir="$2"
case "$base" in
  http://127.0.0.1:*|http://localhost:*|http://127.0.0.1|http://localhost) ;;
  *) echo "usage: BASE_URL must be a loopback http URL (http://127.0.0.1:PORT), got: $1" >&2; exit 2 ;;
esac

browser="${CHROMIUM:-}"
if [ -z "$browser" ]; then
  for candidate in chromium chromium-browser google-chrome headless_shell; do
    if command -v "$candidate" >/dev/null 2>&1; then browser="$(command -v "$candidate")"; break; fi
  done
fi
if [ -z "$browser" ]; then
  echo "explorer browser check: FAILED (no Chromium found; apt-get install -y chromium, or set CHROMIUM)"
  exit 1
fi

mkdir -p "$outdir" || exit 1
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
url="$base${EXPLORER_PATH:-/graphql}#selftest"

# Port 9 (discard) on loopback is closed: a request routed through this "proxy" fails at once.
browser_flags=(
  --headless --no-sandbox --disable-gpu --no-first-run --no-default-browser-check
  --disable-extensions --disable-sync --disable-background-networking --disable-component-update
  --disable-default-apps --metrics-recording-only --mute-audio --hide-scrollbars
  "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1 , EXCLUDE localhost"
  --proxy-server=http://127.0.0.1:9 "--proxy-bypass-list=127.0.0.1;localhost"
  --window-size=1360,820
)
# Virtual time runs the self-test's waits at once; the browser leaves when it is used up.
common=("${browser_flags[@]}" --user-data-dir="$profile" --virtual-time-budget=30000)

"$browser" "${common[@]}" --dump-dom "$url" >"$outdir/explorer-dom.html" 2>"$outdir/chromium-dom.log"
"$browser" "${common[@]}" --screenshot="$outdir/explorer.png" "$url" >/dev/null 2>"$outdir/chromium-screenshot.log"

python3 - "$outdir" <<'PY'
import html, json, os, re, sys
outdir = sys.argv[1]
dom = open(os.path.join(outdir, "explorer-dom.html"), encoding="utf-8", errors="replace").read()
match = re.search(r'<pre id="selftest-verdict"[^>]*>(.*?)</pre>', dom, re.S)
text = html.unescape(match.group(1)) if match else ""
try:
    verdict = json.loads(text)
except ValueError:
    verdict = {"status": "fail", "checks": [{"name": "verdict", "ok": False,
               "detail": "the page wrote no verdict (did it load? see chromium-dom.log)"}]}
with open(os.path.join(outdir, "verdict.json"), "w", encoding="utf-8") as f:
    json.dump(verdict, f, indent=2)
for check in verdict.get("checks", []):
    print("%s %-22s %s" % ("ok  " if check.get("ok") else "FAIL", check.get("name"), check.get("detail", "")))
if not os.path.exists(os.path.join(outdir, "explorer.png")):
    print("FAIL screenshot              no explorer.png (see chromium-screenshot.log)")
    verdict["status"] = "fail"
sys.exit(0 if verdict.get("status") == "pass" else 1)
PY
status=$?
python3 "$(dirname "$0")/explorer-typing-check.py" "$browser" "$base" "$outdir" "${browser_flags[@]}"
typing=$?
[ $typing -eq 0 ] || status=1
if [ $status -eq 0 ]; then
  echo "explorer browser check: passed (screenshot $outdir/explorer.png)"
else
  echo "explorer browser check: FAILED (details above; $outdir/verdict.json)"
  status=1
fi
exit $status
