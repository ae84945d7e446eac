"""Two replicas behind HAProxy, started by deploy/replicas.py and visited by several Chromium sessions."""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from dlviz.graphs.eager import run_dynamic_model
from tests.browser import CHROMIUM, CHROMIUM_FLAGS, ROOT

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HAPROXY = shutil.which("haproxy") or "/usr/sbin/haproxy"
COOKIE = "DLVIZ_REPLICA"
VISITORS = 4
ROUNDS = 5
TIMEOUT_MS = 60_000
# The Graphs lab's eager section: x = [x0, 2, 3] against threshold 5; visitors move x0 by 0.5 a key press.
SLIDER = ".st-key-graphs_eager_x0 input[type='range']"
X0, STEP, REST, THRESHOLD = 1.0, 0.5, [2.0, 3.0], 5.0
# Counts the page's websockets that opened and closed: one opening after a close is Streamlit's reconnect.
COUNT_SOCKETS_JS = """(() => {
  const Native = window.WebSocket;
  window.__sockets = {opened: 0, closed: 0};
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('open', () => { window.__sockets.opened += 1; });
      this.addEventListener('close', () => { window.__sockets.closed += 1; });
    }
  };
})();"""


@dataclass
class Topology:
    """The balancer's URL and the replicas' process ids, read from the script's output."""

    url: str = ""
    replica_pids: dict[str, int] = field(default_factory=dict)


@contextlib.contextmanager
def replicated_app(log_dir: Path, replicas: int = 2):
    """Run deploy/replicas.py with N replicas on free ports; yield the Topology it printed."""
    if not Path(HAPROXY).exists():
        pytest.skip("haproxy is not installed (apt-get install -y haproxy)")
    command = [
        sys.executable,
        "deploy/replicas.py",
        "run",
        "--replicas",
        str(replicas),
        "--port",
        "0",
        "--log-dir",
        str(log_dir),
    ]
    script = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, text=True)
    topology = Topology()
    try:
        # The script gives up on its own if a replica or the balancer does not come up.
        for line in script.stdout:
            if match := re.match(r"replica (\w+) pid (\d+) ", line):
                topology.replica_pids[match[1]] = int(match[2])
            elif match := re.match(r"balancer pid \d+ (http://\S+)", line):
                topology.url = match[1]
            elif line.startswith("ready"):
                break
        assert topology.url and len(topology.replica_pids) == replicas, (log_dir / "haproxy.log").read_text()
        yield topology
    finally:
        script.terminate()
        script.wait(timeout=60)


def expected_y(x0: float) -> str:
    """Return the y metric the page shows for x = [x0, 2, 3], computed by the lab's own function."""
    run = run_dynamic_model([x0, *REST], THRESHOLD)
    return "[" + ", ".join(f"{v:g}" for v in run.y) + "]"


@dataclass
class Visitor:
    """One browser context (its own cookies: one visitor), its page and its slider's direction."""

    page: object
    key: str
    x0: float = X0

    def replica(self) -> str:
        """Return the replica that the balancer's sticky cookie names."""
        return next(c["value"] for c in self.page.context.cookies() if c["name"] == COOKIE)

    def sockets(self) -> dict[str, int]:
        """Return how many websockets the page has opened and how many have closed."""
        return self.page.evaluate("() => window.__sockets")

    def move_and_check(self, expect) -> None:
        """Press the slider's key once and wait until the page shows y for the new x0."""
        self.page.locator(SLIDER).focus(timeout=TIMEOUT_MS)
        self.page.keyboard.press(self.key)
        self.x0 += STEP if self.key == "ArrowRight" else -STEP
        metric = self.page.locator('[data-testid="stMetric"]').filter(
            has=self.page.locator('[data-testid="stMetricLabel"]', has_text=re.compile(r"^y$"))
        )
        expect(metric.locator('[data-testid="stMetricValue"]')).to_have_text(
            expected_y(self.x0), timeout=TIMEOUT_MS
        )
        assert self.page.locator('[data-testid="stException"]').count() == 0


def test_sessions_stick_to_their_replica_and_survive_the_loss_of_another(tmp_path):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    with replicated_app(tmp_path) as topology, sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        try:
            visitors = []
            for i in range(VISITORS):
                context = browser.new_context(viewport={"width": 1200, "height": 900})
                context.add_init_script(COUNT_SOCKETS_JS)
                page = context.new_page()
                page.goto(f"{topology.url}/graphs_lab")
                visitors.append(Visitor(page, "ArrowRight" if i % 2 == 0 else "ArrowLeft"))
            for visitor in visitors:  # the replicas run their first sessions' scripts side by side
                visitor.page.locator(SLIDER).wait_for(state="attached", timeout=TIMEOUT_MS)
            by_replica = {
                name: [v for v in visitors if v.replica() == name] for name in topology.replica_pids
            }
            assert all(by_replica.values()), {name: len(group) for name, group in by_replica.items()}

            # Interleaved reruns: every visitor's slider keeps its own value, on one websocket throughout.
            for _ in range(ROUNDS):
                for visitor in visitors:
                    visitor.move_and_check(sync_api.expect)
            assert [visitor.sockets() for visitor in visitors] == [{"opened": 1, "closed": 0}] * VISITORS

            stopped, survivor = sorted(topology.replica_pids)
            os.kill(topology.replica_pids[stopped], signal.SIGTERM)
            for visitor in by_replica[stopped]:
                # Streamlit's reconnect: the socket to the stopped replica closes and a new one opens
                # through the balancer, which now sends the visitor to the survivor.
                visitor.page.wait_for_function(
                    "() => window.__sockets.closed >= 1 && window.__sockets.opened > window.__sockets.closed",
                    timeout=TIMEOUT_MS,
                )
            for visitor in visitors:
                visitor.move_and_check(sync_api.expect)
                assert visitor.replica() == survivor
            for visitor in by_replica[survivor]:
                assert visitor.sockets() == {"opened": 1, "closed": 0}
            os.kill(topology.replica_pids[survivor], 0)
        finally:
            browser.close()
