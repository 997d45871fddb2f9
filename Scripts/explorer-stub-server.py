#!/usr/bin/env python3
"""A stand-in for `quarry serve` while developing the explorer page (not shipped, not a test).

    Scripts/explorer-stub-server.py [--port 4100] [--quarry .build/debug/quarry] [--root .] [--delay S]

Serves the page assembled from Sources/QuarryExplorer/Page/ (re-read on every request, so an
edit shows on reload) at GET / and at GET /graphql when the browser asks for HTML; answers
POST /graphql by piping the request to `quarry query` on the root; GET /queries lists the root's
schema/queries/*.graphql with their documents plus one link-only entry, GET /queries/NAME runs one. --delay answers every POST that many
seconds late (to see the page cope with a slow server). Prints "listening on URL" once ready.
Stdlib only.
"""
import argparse
import json
import os
import re
import signal
import subprocess
import sys
import tempfile
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PAGE_DIR = os.path.join(REPO, "Sources", "QuarryExplorer", "Page")
INCLUDE = re.compile(r"^[ \t]*<!-- include ([A-Za-z0-9_.-]+) -->[ \t]*$", re.M)

# One saved query without its document, so the page's link path is exercised too.
LINK_ONLY = {"name": "merchantOrders", "variables": [{"name": "merchant", "type": "ID!", "defaultValue": None}],
             "url": "/queries/merchantOrders"}
VARIABLE = re.compile(r"\$([_A-Za-z][_0-9A-Za-z]*)\s*:\s*([^=,)$]+?)\s*(?:=\s*(\[[^\]]*\]|[^,)$]+?))?\s*(?=[,)$])")


def saved_queries(root):
    """The root's schema/queries/*.graphql as GET /queries might list them, with their documents:
    the leading comment as description, variables read from the first operation's definitions."""
    folder = os.path.join(root, "schema", "queries")
    queries = []
    for file in sorted(os.listdir(folder)) if os.path.isdir(folder) else []:
        if not file.endswith(".graphql"):
            continue
        name = file[:-len(".graphql")]
        with open(os.path.join(folder, file), encoding="utf-8") as f:
            document = f.read()
        comment = []  # the first paragraph of the leading comment
        for line in document.splitlines():
            if not line.startswith("#") or not line[1:].strip():
                break
            comment.append(line[1:].strip())
        header = re.search(r"\(([^)]*)\)\s*\{", document)
        variables = [{"name": m.group(1), "type": m.group(2).strip(), "defaultValue": m.group(3)}
                     for m in VARIABLE.finditer(header.group(1) + ")")] if header and "$" in header.group(1) else []
        queries.append({"name": name, "description": " ".join(comment) or None,
                        "variables": variables, "url": "/queries/" + name, "document": document})
    return {"queries": queries + [LINK_ONLY]}


def assemble_page():
    """The same rule as ExplorerPage.swift: an include line becomes the named file's text."""
    with open(os.path.join(PAGE_DIR, "explorer.html"), encoding="utf-8") as f:
        template = f.read()

    def include(match):
        with open(os.path.join(PAGE_DIR, match.group(1)), encoding="utf-8") as part:
            return part.read().rstrip("\n")
    return INCLUDE.sub(include, template).encode("utf-8")


def run_quarry(quarry, root, request):
    with tempfile.TemporaryDirectory() as tmp:
        query_file = os.path.join(tmp, "query.graphql")
        with open(query_file, "w", encoding="utf-8") as f:
            f.write(request.get("query") or "")
        argv = [quarry, "query", "@" + query_file, "--root", root]
        if request.get("variables"):
            variables_file = os.path.join(tmp, "variables.json")
            with open(variables_file, "w", encoding="utf-8") as f:
                json.dump(request["variables"], f)
            argv += ["--variables", variables_file]
        if request.get("operationName"):
            argv += ["--operation", request["operationName"]]
        done = subprocess.run(argv, capture_output=True, timeout=30)
        return done.stdout or json.dumps({"errors": [{"message": done.stderr.decode("utf-8", "replace")}]}).encode()


class Handler(BaseHTTPRequestHandler):
    quarry = None
    root = None
    delay = 0.0

    def answer(self, status, content_type, body):
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):
        path = self.path.split("?", 1)[0]
        if path == "/" or (path == "/graphql" and "text/html" in self.headers.get("Accept", "")):
            self.answer(200, "text/html; charset=utf-8", assemble_page())
        elif path == "/queries":
            self.answer(200, "application/json", json.dumps(saved_queries(self.root)).encode())
        elif path.startswith("/queries/"):
            saved = [q for q in saved_queries(self.root)["queries"] if q["url"] == path and "document" in q]
            if not saved:
                return self.answer(404, "application/json", b'{"errors":[{"message":"No saved query by that name."}]}')
            self.answer(200, "application/json", run_quarry(self.quarry, self.root, {"query": saved[0]["document"]}))
        else:
            self.answer(404, "text/plain", b"not found\n")

    def do_POST(self):
        if self.path.split("?", 1)[0] != "/graphql":
            return self.answer(404, "text/plain", b"not found\n")
        if not self.headers.get("Content-Type", "").startswith("application/json"):
            return self.answer(415, "text/plain", b"POST /graphql needs Content-Type: application/json\n")
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        try:
            request = json.loads(body)
        except ValueError:
            return self.answer(400, "application/json", b'{"errors":[{"message":"The body is not JSON."}]}')
        time.sleep(self.delay)
        response = run_quarry(self.quarry, self.root, request)
        # As GraphQL over HTTP says: with graphql-response+json, a request refused before execution is a 400.
        graphql_json = self.headers.get("Accept", "").startswith("application/graphql-response+json")
        refused = b'"data"' not in response
        self.answer(400 if graphql_json and refused else 200,
                    "application/graphql-response+json" if graphql_json else "application/json", response)

    def log_message(self, fmt, *args):
        sys.stderr.write("stub: " + (fmt % args) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--port", type=int, default=4100)
    parser.add_argument("--quarry", default=os.path.join(REPO, ".build", "debug", "quarry"))
    parser.add_argument("--root", default=REPO)
    parser.add_argument("--delay", type=float, default=0.0)
    options = parser.parse_args()
    Handler.quarry = os.path.abspath(options.quarry)
    Handler.root = os.path.abspath(options.root)
    Handler.delay = options.delay
    # A parent may have started us with signals ignored or blocked (both survive exec; Foundation's
    # Process hands on the mask of the thread that spawns): stop on SIGTERM anyway.
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server = ThreadingHTTPServer(("127.0.0.1", options.port), Handler)
    print("listening on http://127.0.0.1:%d/" % server.server_port, flush=True)
    try:
        server.serve_forever()
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.server_close()


if __name__ == "__main__":
    main()
