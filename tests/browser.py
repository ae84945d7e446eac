"""Helpers for real-browser tests: serve the app on a free port and drive headless Chromium."""

from __future__ import annotations

import contextlib
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCREENSHOTS = ROOT / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def free_port() -> int:
    """Return a free TCP port on localhost."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextlib.contextmanager
def running_app(timeout: float = 60.0):
    """Start `streamlit run app.py` on a free localhost port; yield its base URL."""
    port = free_port()
    command = [
        sys.executable,
        "-m",
        "streamlit",
        "run",
        "app.py",
        "--server.port",
        str(port),
        "--server.address",
        "127.0.0.1",
        "--server.headless",
        "true",
    ]
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    server = subprocess.Popen(
        command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(f"{base}/_stcore/health", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("streamlit did not start") from None
                time.sleep(0.3)
        yield base
    finally:
        server.terminate()
        server.wait(timeout=20)


@contextlib.contextmanager
def chromium_page(width: int = 1400, height: int = 1000):
    """Yield a Playwright page in Debian's headless Chromium; skip where either is missing."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": width, "height": height})
        try:
            yield page
        finally:
            browser.close()


IDLE_JS = """() => {
  const app = document.querySelector('[data-testid="stApp"]');
  return app && app.dataset.testConnectionState === 'CONNECTED' && app.dataset.testScriptState === 'notRunning'
    && !document.querySelector('[data-testid="stStatusWidget"]')
    && document.querySelector('[data-testid="stHeading"], h1');
}"""


def wait_until_idle(page, timeout_ms: int = 60_000) -> None:
    """Wait until the app is connected, has rendered a heading, and its script run has ended."""
    page.wait_for_function(IDLE_JS, timeout=timeout_ms)


def screenshot(page, name: str) -> Path:
    """Save a full-page screenshot under screenshots/ (git-ignored) and return its path."""
    SCREENSHOTS.mkdir(exist_ok=True)
    path = SCREENSHOTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def slider_to_end(page, key: str, end: str) -> None:
    """Move a slider widget to its first ("Home") or last ("End") value with the keyboard; wait for the rerun."""
    page.locator(f".st-key-{key} input[type='range']").first.focus(timeout=60_000)
    page.keyboard.press(end)
    wait_until_idle(page)


def set_up_long_training_run(page) -> None:
    """On the Training Lab: auto-run off, then the most points, the epoch cap and the smallest batch."""
    page.locator(".st-key-training_auto label").first.click()
    wait_until_idle(page)
    slider_to_end(page, "training_points", "End")
    slider_to_end(page, "training_epochs", "End")
    slider_to_end(page, "training_batch_size", "Home")
