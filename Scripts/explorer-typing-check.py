#!/usr/bin/env python3
"""Types into the explorer with real key events through the Chrome DevTools protocol.

    explorer-typing-check.py BROWSER BASE_URL OUTDIR [BROWSER_FLAG...]

Called by explorer-browser-check.sh (which passes its network-blocking flags). Where the page's
#selftest drives the page from inside, this drives it as a keyboard does: it opens
BASE_URL/graphql, types "{ ord" key by key, expects the completion list to show order and
orders, takes "orders" with ArrowDown and Enter, types the rest of a query, runs it with
Ctrl-Enter and expects two order ids in the result. Writes OUTDIR/typing.json and
OUTDIR/typing.png; prints one line per check; exits 0 when all pass, else 1. Stdlib only
(a minimal WebSocket client: the protocol's messages are JSON text frames).
"""
import base64
import json
import os
import shutil
import signal
import socket
import struct
import subprocess
import sys
import tempfile
import time


class DevTools:
    """One WebSocket connection to a page target: call(method, **params) -> result."""

    def __init__(self, url):
        host, path = url[len("ws://"):].split("/", 1)
        name, port = host.rsplit(":", 1)
        self.sock = socket.create_connection((name, int(port)), timeout=30)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(("GET /%s HTTP/1.1\r\nHost: %s\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                           "Sec-WebSocket-Key: %s\r\nSec-WebSocket-Version: 13\r\n\r\n" % (path, host, key)).encode())
        self.buffer = b""
        while b"\r\n\r\n" not in self.buffer:
            self.buffer += self.sock.recv(4096)
        status = self.buffer.split(b"\r\n", 1)[0]
        if b" 101 " not in status:
            raise RuntimeError("DevTools refused the WebSocket: %r" % status)
        self.buffer = self.buffer.split(b"\r\n\r\n", 1)[1]
        self.next_id = 0

    def _read(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def _send(self, message):
        data = json.dumps(message).encode()
        mask = os.urandom(4)
        size = len(data)
        if size < 126:
            header = struct.pack("!BB", 0x81, 0x80 | size)
        elif size < 65536:
            header = struct.pack("!BBH", 0x81, 0x80 | 126, size)
        else:
            header = struct.pack("!BBQ", 0x81, 0x80 | 127, size)
        self.sock.sendall(header + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def _receive(self):
        message = b""
        while True:
            first, second = self._read(2)
            size = second & 0x7F
            if size == 126:
                size = struct.unpack("!H", self._read(2))[0]
            elif size == 127:
                size = struct.unpack("!Q", self._read(8))[0]
            message += self._read(size)
            if first & 0x80:
                return json.loads(message)

    def call(self, method, **params):
        self.next_id += 1
        self._send({"id": self.next_id, "method": method, "params": params})
        while True:
            message = self._receive()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError("%s: %s" % (method, message["error"]))
                return message.get("result", {})

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, awaitPromise=True, returnByValue=True)
        return result.get("result", {}).get("value")

    def key(self, key, code, keycode, modifiers=0, text=None):
        down = dict(type="keyDown", key=key, code=code, windowsVirtualKeyCode=keycode, modifiers=modifiers)
        if text:
            down["text"] = text
        self.call("Input.dispatchKeyEvent", **down)
        self.call("Input.dispatchKeyEvent", type="keyUp", key=key, code=code, windowsVirtualKeyCode=keycode, modifiers=modifiers)

    def type(self, text):
        for char in text:
            self.key(char, "", ord(char.upper()) if char.isalnum() else 0, text=char)


def page_socket(profile, deadline):
    """The page target's WebSocket URL, from the port Chromium wrote into its profile."""
    import urllib.request
    port_file = os.path.join(profile, "DevToolsActivePort")
    while time.time() < deadline:
        if os.path.exists(port_file):
            lines = open(port_file).read().split()
            if lines:
                try:
                    targets = json.load(urllib.request.urlopen("http://127.0.0.1:%s/json/list" % lines[0], timeout=5))
                    pages = [t for t in targets if t.get("type") == "page"]
                    if pages:
                        return pages[0]["webSocketDebuggerUrl"]
                except OSError:
                    pass
        time.sleep(0.1)
    raise RuntimeError("Chromium did not open its DevTools port")


def wait_for(tools, expression, seconds):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if tools.evaluate(expression):
            return True
        time.sleep(0.1)
    return False


def main():
    if len(sys.argv) < 4:
        print(__doc__.strip().split("\n\n")[1], file=sys.stderr)
        return 2
    browser, base, outdir, flags = sys.argv[1], sys.argv[2].rstrip("/"), sys.argv[3], sys.argv[4:]
    # Chromium inherits our signal mask: let it hear the SIGTERM that ends it (a parent may block it).
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGTERM, signal.SIGINT})
    profile = tempfile.mkdtemp()
    process = subprocess.Popen([browser, *flags, "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    checks = []
    tools = None

    def check(name, ok, detail):
        checks.append({"name": name, "ok": bool(ok), "detail": detail})

    try:
        tools = DevTools(page_socket(profile, time.time() + 30))
        tools.call("Page.enable")
        tools.call("Page.navigate", url=base + "/graphql")
        loaded = wait_for(tools, "typeof QX !== 'undefined' && QX.app && true", 15)
        schema = loaded and tools.evaluate("QX.app.schemaReady.then((s) => Boolean(s))")
        check("typing-page", loaded and schema, "page and schema loaded" if schema else "page or schema missing")
        tools.evaluate("QX.app.editor.value = ''; QX.app.variables.value = ''; QX.app.editor.textarea.focus(); true")
        tools.type("{ ord")
        offered = tools.evaluate("document.getElementById('completions-box').hidden ? [] : "
                                 "[...document.querySelectorAll('#completions [role=option] .label')].map((e) => e.textContent)") or []
        check("typing-completion", offered[:2] == ["order", "orders"], "offered %s" % ", ".join(offered))
        tools.key("ArrowDown", "ArrowDown", 40)
        tools.key("Enter", "Enter", 13, text="\r")
        accepted = tools.evaluate("QX.app.editor.value")
        check("typing-accept", accepted == "{ orders", "editor: %r" % accepted)
        tools.type("(first: 2) { nodes { id } } }")
        tools.key("Enter", "Enter", 13, modifiers=2)  # Ctrl-Enter
        wait_for(tools, "!document.getElementById('result').hasAttribute('aria-busy') && "
                        "document.getElementById('result').textContent.includes('data')", 10)
        text = tools.evaluate("document.getElementById('result').textContent") or ""
        try:
            nodes = json.loads(text)["data"]["orders"]["nodes"]
        except (ValueError, KeyError, TypeError):
            nodes = None
        check("typing-run", isinstance(nodes, list) and len(nodes) == 2, "query %r gave %s" % (tools.evaluate("QX.app.editor.value"), " ".join(text.split())[:160]))
        shot = tools.call("Page.captureScreenshot", format="png")["data"]
        with open(os.path.join(outdir, "typing.png"), "wb") as f:
            f.write(base64.b64decode(shot))
    except Exception as error:  # any failure of the browser or the protocol is a failed check
        check("typing-devtools", False, str(error))
    finally:
        # Closing through the protocol lets Chromium end its own helper processes; a signal may not.
        try:
            if tools:
                tools.call("Browser.close")
            process.wait(timeout=10)
        except Exception:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        shutil.rmtree(profile, ignore_errors=True)

    with open(os.path.join(outdir, "typing.json"), "w") as f:
        json.dump(checks, f, indent=2)
    for c in checks:
        print("%s %-22s %s" % ("ok  " if c["ok"] else "FAIL", c["name"], c["detail"]))
    return 0 if checks and all(c["ok"] for c in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
