"""Headless Chromium for tests, driven over the DevTools protocol on a pipe (no extra Python package).

    with Chromium() as browser:
        page = browser.open("file:///tmp/report.html", ready="document.body.dataset.charts === 'done'")
        page.evaluate("document.title"), page.requests, page.screenshot("shot.png")

`find_chromium()` returns Debian's chromium, installing it with apt-get when run as root, or None with
the reason. `python -m tests.browser PAGE.html SHOT.png` saves a screenshot (the README's is made so).
"""
from __future__ import annotations

import base64
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

# As the machine's notes advise for a closed network: no background fetches, no first-run work.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-default-apps", "--disable-extensions", "--hide-scrollbars", "--mute-audio",
         "--remote-debugging-pipe"]


def find_chromium(install: bool = True) -> tuple[str | None, str]:
    """(path to chromium, "") or (None, why not). Installs Debian's package when allowed and possible."""
    for name in ("chromium", "chromium-browser"):
        if path := shutil.which(name):
            return path, ""
    if not install:
        return None, "chromium is not installed"
    if not shutil.which("apt-get") or os.geteuid() != 0:
        return None, "chromium is not installed and this is not a root shell with apt-get (apt-get install chromium)"
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    command = ["apt-get", "install", "-y", "-q", "-o", "DPkg::Lock::Timeout=300", "chromium"]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    if result.returncode != 0:  # a fresh machine may need the package lists first
        subprocess.run(["apt-get", "update", "-q"], env=env, capture_output=True, timeout=600)
        result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=900)
    path = shutil.which("chromium")
    if path:
        return path, ""
    return None, f"`apt-get install chromium` failed: {(result.stderr or result.stdout).strip()[-300:]}"


class BrowserError(RuntimeError):
    pass


class Chromium:
    """One headless Chromium process; `open()` gives a page whose network requests are recorded."""

    def __init__(self, executable: str | None = None, width: int = 1200, height: int = 900):
        self.executable = executable or find_chromium(install=False)[0]
        if not self.executable:
            raise BrowserError("chromium is not installed")
        self.size = (width, height)
        self._next_id = 0
        self._events: list[dict] = []

    def __enter__(self) -> "Chromium":
        self._profile = tempfile.mkdtemp(prefix="newsbeam-chromium-")
        to_browser_r, self._to_browser = os.pipe()
        self._from_browser, from_browser_w = os.pipe()

        def pipes_as_3_and_4():  # the protocol pipe: Chromium reads fd 3 and writes fd 4
            os.dup2(to_browser_r, 3)
            os.dup2(from_browser_w, 4)

        self._process = subprocess.Popen(
            [self.executable, *FLAGS, f"--user-data-dir={self._profile}",
             f"--window-size={self.size[0]},{self.size[1]}", "about:blank"],
            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            preexec_fn=pipes_as_3_and_4, pass_fds=(3, 4))
        os.close(to_browser_r)
        os.close(from_browser_w)
        self._buffer = b""
        return self

    def __exit__(self, *exc) -> None:
        try:
            self.call("Browser.close", timeout=5)
        except Exception:  # noqa: BLE001 - it is going away anyway
            pass
        try:
            self._process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.wait()
        os.close(self._to_browser)
        os.close(self._from_browser)
        shutil.rmtree(self._profile, ignore_errors=True)

    def call(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 30) -> dict:
        self._next_id += 1
        message = {"id": self._next_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._to_browser, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            reply = self._read(deadline)
            if reply.get("id") == self._next_id:
                if "error" in reply:
                    raise BrowserError(f"{method}: {reply['error']}")
                return reply.get("result", {})
            self._events.append(reply)

    def _read(self, deadline: float) -> dict:
        import select

        while b"\0" not in self._buffer:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([self._from_browser], [], [], left)[0]:
                raise BrowserError("Chromium did not answer in time")
            chunk = os.read(self._from_browser, 1 << 20)
            if not chunk:
                raise BrowserError("Chromium closed the protocol pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def open(self, url: str, ready: str = "document.readyState === 'complete'", timeout: float = 60) -> "Page":
        """A new tab that loads `url` and waits until the JavaScript expression `ready` is true."""
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        session = self.call("Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        page = Page(self, session)
        for domain in ("Network", "Page", "Runtime"):
            self.call(f"{domain}.enable", session=session)
        self.call("Emulation.setDeviceMetricsOverride", {"width": self.size[0], "height": self.size[1],
                                                         "deviceScaleFactor": 1, "mobile": False}, session=session)
        self._events.clear()
        self.call("Page.navigate", {"url": url}, session=session)
        deadline = time.monotonic() + timeout
        while not page.evaluate(f"(() => {{ try {{ return Boolean({ready}); }} catch (e) {{ return false; }} }})()"):
            if time.monotonic() > deadline:
                raise BrowserError(f"the page was not ready within {timeout} s ({ready})")
            time.sleep(0.1)
        page.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        return page


class Page:
    def __init__(self, browser: Chromium, session: str):
        self.browser, self.session = browser, session

    def evaluate(self, expression: str):
        result = self.browser.call("Runtime.evaluate", {"expression": expression, "returnByValue": True,
                                                        "awaitPromise": True}, session=self.session)
        if "exceptionDetails" in result:
            raise BrowserError(f"{expression[:80]}: {result['exceptionDetails'].get('text')}")
        return result["result"].get("value")

    def _events(self, method: str) -> list[dict]:
        return [e["params"] for e in self.browser._events if e.get("method") == method
                and e.get("sessionId") == self.session]

    @property
    def requests(self) -> list[str]:
        """Every URL the page asked for since it was opened (the page's own included)."""
        return [e["request"]["url"] for e in self._events("Network.requestWillBeSent")]

    @property
    def errors(self) -> list[str]:
        """Uncaught exceptions and console.error messages."""
        thrown = [e["exceptionDetails"].get("exception", {}).get("description") or e["exceptionDetails"]["text"]
                  for e in self._events("Runtime.exceptionThrown")]
        logged = [" ".join(str(a.get("value", a.get("description", ""))) for a in e["args"])
                  for e in self._events("Runtime.consoleAPICalled") if e["type"] in ("error", "assert")]
        return thrown + logged

    def screenshot(self, path: str | Path, full_page: bool = False, height: int | None = None) -> None:
        params: dict = {"format": "png"}
        if full_page or height:
            size = self.browser.call("Page.getLayoutMetrics", session=self.session)["cssContentSize"]
            params.update(captureBeyondViewport=True, clip={"x": 0, "y": 0, "width": size["width"], "scale": 1,
                                                            "height": height or size["height"]})
        data = self.browser.call("Page.captureScreenshot", params, session=self.session)["data"]
        Path(path).write_bytes(base64.b64decode(data))


def main(argv: list[str]) -> int:
    page_file, png, *rest = argv
    height = int(rest[0]) if rest else None
    path, why = find_chromium()
    if not path:
        sys.exit(why)
    with Chromium(path, width=1100, height=height or 900) as browser:
        page = browser.open(Path(page_file).resolve().as_uri(), ready="document.body.dataset.charts === 'done'")
        page.screenshot(png, height=height)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
