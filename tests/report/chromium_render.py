#!/usr/bin/python3
# SPDX-License-Identifier: LGPL-2.1-or-later
#
# Render a local HTML file in headless Chromium through the DevTools
# protocol over a pipe (--remote-debugging-pipe: JSON messages ending in
# NUL on file descriptors 3 and 4, no WebSocket, no port), and report
# what a person would see and what the browser complained about:
#
#   - a PNG screenshot of the whole page (Page.captureScreenshot);
#   - optionally the page printed to PDF with its print style sheet
#     (Page.printToPDF);
#   - console messages (Runtime.consoleAPICalled), uncaught exceptions
#     (Runtime.exceptionThrown) and the browser's own log entries
#     (Log.entryAdded: failed loads, CSP, deprecations …);
#   - every network request the page made (Network.requestWillBeSent),
#     so that a test can assert the page is self-contained.
#
# Used by test_report_browser.py; by hand:
#   /usr/bin/python3 tests/report/chromium_render.py page.html out.png [out.pdf]

import base64
import fcntl
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time


class ChromiumError(Exception):
    pass


def find_chromium():
    """The Chromium binary: $CHROMIUM, else chromium on PATH (Debian's
    package), else None."""
    env = os.environ.get("CHROMIUM")
    if env:
        return env
    for name in ("chromium", "chromium-browser"):
        path = shutil.which(name)
        if path:
            return path
    return None


class _Pipe:
    def __init__(self, proc, write_fd, read_fd, timeout):
        self.proc = proc
        self.write_fd = write_fd
        self.read_fd = read_fd
        self.buffer = b""
        self.next_id = 0
        self.events = []
        self.deadline = time.monotonic() + timeout

    def _read_message(self):
        while b"\0" not in self.buffer:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise ChromiumError("timed out waiting for Chromium")
            ready, _, _ = select.select([self.read_fd], [], [], min(left, 1.0))
            if not ready:
                if self.proc.poll() is not None:
                    raise ChromiumError(
                        f"Chromium exited with status {self.proc.returncode}")
                continue
            chunk = os.read(self.read_fd, 1 << 20)
            if not chunk:
                raise ChromiumError("Chromium closed the DevTools pipe")
            self.buffer += chunk
        message, self.buffer = self.buffer.split(b"\0", 1)
        return json.loads(message)

    def send(self, method, params=None, session=None):
        self.next_id += 1
        message = {"id": self.next_id, "method": method, "params": params or {}}
        if session is not None:
            message["sessionId"] = session
        data = json.dumps(message).encode() + b"\0"
        while data:
            written = os.write(self.write_fd, data)
            data = data[written:]
        return self.next_id

    def call(self, method, params=None, session=None):
        wanted = self.send(method, params, session)
        while True:
            message = self._read_message()
            if message.get("id") == wanted:
                if "error" in message:
                    raise ChromiumError(f"{method}: {message['error']}")
                return message.get("result", {})
            if "method" in message:
                self.events.append(message)

    def wait_event(self, method, session=None):
        for i, event in enumerate(self.events):
            if event["method"] == method and event.get("sessionId") == session:
                return self.events.pop(i)
        while True:
            message = self._read_message()
            if "method" not in message:
                continue
            if message["method"] == method and message.get("sessionId") == session:
                return message
            self.events.append(message)


def render(html_path, png_path, pdf_path=None, width=1200, height=3000,
           print_expressions=None, timeout=90):
    """Renders @html_path; writes the screenshot to @png_path (and the
    printed page to @pdf_path). Returns a dict with 'console',
    'exceptions', 'log' (lists of dicts), 'requests' (URLs) and
    'print' (the values of @print_expressions, a dict of name →
    JavaScript expression evaluated with the print media emulated)."""
    chromium = find_chromium()
    if chromium is None:
        raise ChromiumError("chromium is not installed "
                            "(scripts/setup-deps installs Debian's chromium)")

    url = "file://" + os.path.abspath(html_path)
    profile = tempfile.mkdtemp(prefix="styr-chromium-")
    # Chromium reads commands from fd 3 and writes to fd 4.
    to_chrome_r, to_chrome_w = os.pipe()
    from_chrome_r, from_chrome_w = os.pipe()

    def child_fds():
        # Out of the way first, so that neither end lands on the other.
        r = fcntl.fcntl(to_chrome_r, fcntl.F_DUPFD_CLOEXEC, 10)
        w = fcntl.fcntl(from_chrome_w, fcntl.F_DUPFD_CLOEXEC, 10)
        os.dup2(r, 3)   # inheritable
        os.dup2(w, 4)

    args = [chromium, "--headless=new", "--no-sandbox", "--disable-gpu",
            "--remote-debugging-pipe", f"--user-data-dir={profile}",
            "--no-first-run", "--no-default-browser-check",
            "--disable-extensions", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            "--hide-scrollbars", "--mute-audio", "--disable-dev-shm-usage",
            f"--window-size={width},{height}", "about:blank"]
    log = tempfile.TemporaryFile(prefix="styr-chromium-", suffix=".log")
    # close_fds=False: Python's own descriptors are close-on-exec anyway,
    # and closing would take 3 and 4 away again after child_fds().
    proc = subprocess.Popen(args, stdin=subprocess.DEVNULL,
                            stdout=log, stderr=log,
                            preexec_fn=child_fds, close_fds=False)
    os.close(to_chrome_r)
    os.close(from_chrome_w)
    pipe = _Pipe(proc, to_chrome_w, from_chrome_r, timeout)
    result = {"console": [], "exceptions": [], "log": [], "requests": [],
              "print": {}}
    try:
        target = pipe.call("Target.createTarget", {"url": "about:blank"})
        session = pipe.call("Target.attachToTarget",
                            {"targetId": target["targetId"],
                             "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Network", "Page"):
            pipe.call(f"{domain}.enable", session=session)
        pipe.call("Emulation.setDeviceMetricsOverride",
                  {"width": width, "height": height,
                   "deviceScaleFactor": 1, "mobile": False},
                  session=session)
        pipe.call("Page.navigate", {"url": url}, session=session)
        pipe.wait_event("Page.loadEventFired", session)
        # Let late console messages and layout settle.
        pipe.call("Runtime.evaluate",
                  {"expression": "new Promise(r => requestAnimationFrame("
                                 "() => requestAnimationFrame(r)))",
                   "awaitPromise": True}, session=session)

        shot = pipe.call("Page.captureScreenshot",
                         {"format": "png", "captureBeyondViewport": False},
                         session=session)
        with open(png_path, "wb") as f:
            f.write(base64.b64decode(shot["data"]))

        result["print"] = {}
        if print_expressions:
            pipe.call("Emulation.setEmulatedMedia", {"media": "print"},
                      session=session)
            for name, expression in print_expressions.items():
                value = pipe.call("Runtime.evaluate",
                                  {"expression": expression,
                                   "returnByValue": True}, session=session)
                if "exceptionDetails" in value:
                    raise ChromiumError(f"{name}: {value['exceptionDetails']}")
                result["print"][name] = value["result"].get("value")
            pipe.call("Emulation.setEmulatedMedia", {"media": ""},
                      session=session)

        if pdf_path is not None:
            pdf = pipe.call("Page.printToPDF",
                            {"printBackground": True,
                             "preferCSSPageSize": True},
                            session=session)
            with open(pdf_path, "wb") as f:
                f.write(base64.b64decode(pdf["data"]))

        for event in pipe.events:
            params = event.get("params", {})
            method = event["method"]
            if method == "Runtime.consoleAPICalled":
                result["console"].append(
                    {"type": params.get("type"),
                     "text": " ".join(str(a.get("value", a.get("description", "")))
                                      for a in params.get("args", []))})
            elif method == "Runtime.exceptionThrown":
                result["exceptions"].append(params.get("exceptionDetails", {}))
            elif method == "Log.entryAdded":
                entry = params.get("entry", {})
                result["log"].append({"level": entry.get("level"),
                                      "source": entry.get("source"),
                                      "text": entry.get("text"),
                                      "url": entry.get("url")})
            elif method == "Network.requestWillBeSent":
                result["requests"].append(params.get("request", {}).get("url"))
        try:
            pipe.send("Browser.close")
        except OSError:
            pass
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        os.close(to_chrome_w)
        os.close(from_chrome_r)
        log.seek(0)
        result["stderr"] = log.read().decode(errors="replace")
        log.close()
        shutil.rmtree(profile, ignore_errors=True)
    return result


if __name__ == "__main__":
    if len(sys.argv) not in (3, 4):
        print("usage: chromium_render.py PAGE.html OUT.png [OUT.pdf]",
              file=sys.stderr)
        sys.exit(2)
    report = render(sys.argv[1], sys.argv[2],
                    sys.argv[3] if len(sys.argv) == 4 else None)
    print(json.dumps(report, indent=2, ensure_ascii=False))
