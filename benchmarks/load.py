"""A class on one server: N real browser sessions press Train at once; one line per figure.

    .venv/bin/python -m benchmarks.load [--sessions 8] [--scenario mnist|dropout] [--hosted]

Starts `streamlit run app.py` on 127.0.0.1, opens N headless Chromium sessions (one browser, a
context each) on the Training Lab with the same settings in the URL, lets their auto-runs finish,
trains once alone (the solo run), then presses Train in every session within a fraction of a second.
Prints: sessions finished, each session's time from click to its finished status and how long it
waited in line, the time the same runs take one after another (N × the solo run), the server's memory
(the Streamlit process's RSS, and the proportional set size of it and every worker it started),
/_stcore/health latency p50 and max while the class trains, and whether every session's curves
equal the solo run's.

Chromium runs at niceness 15 (the visitors' browsers are not on the server in a real class), and may not
raise its threads' priority again (run as root it would put its compositor and IO threads at -8, above the
server). Playwright starts Chromium in a session of its own, and where the kernel groups tasks by session
(autogroups) niceness only counts inside a group: the browser's group is set to niceness 15 as well, or the
eight pages' rendering takes half the cores and the server waits for a core. The health latency is probed
from a process of its own at the server's priority.

Scenarios: `mnist` (DigitRecognizer on 2,000 MNIST images, 2 epochs; needs ../shared/data) and
`dropout` (the default spiral MLP with dropout 0.3, 20 epochs).
"""

from __future__ import annotations

import argparse
import ctypes
import multiprocessing
import os
import statistics
import threading
import time
import urllib.request
from pathlib import Path

from tests.browser import CHROMIUM, CHROMIUM_FLAGS, running_app, wait_until_idle

ROOT = Path(__file__).resolve().parents[1]
MNIST_ROOT = ROOT.parent / "shared" / "data"
# A class's browsers run on the visitors' machines, not on the server: here they share its cores, so they
# run nicer than the server (0) and its workers (10) and take only what the class leaves.
BROWSER_NICENESS = 15
PR_CAPBSET_DROP, CAP_SYS_NICE = 24, 23  # <linux/prctl.h>, <linux/capability.h>
SCENARIOS = {
    "mnist": "dataset=mnist&model=digit_recognizer&images=2000&epochs=2&batch=64&lr=0.001&optimizer=adam",
    "dropout": "dataset=spiral&model=mlp&dropout=0.3&epochs=20&points=500",
}
STATUS_JS = (
    """() => [...document.querySelectorAll('[data-testid="stAlertContentInfo"]')].map(e => e.innerText)"""
)
CURVES_JS = """() => {
  const plot = document.querySelector('.st-key-training_curves .js-plotly-plot');
  if (!plot || !plot.data) return null;
  const number = (t) => parseInt(((t.name || '').match(/^#(\\d+)/) || [0, -1])[1]);
  const last = Math.max(...plot.data.map(number));
  return plot.data.filter(t => number(t) === last).map(t => [t.name.replace(/^#\\d+/, ''), Array.from(t.y)]);
}"""
WATCH_JS = """() => {
  window.__marks = {};
  new MutationObserver(() => {
    const text = document.body.innerText;
    const now = performance.timeOrigin + performance.now();
    if (/Waiting for a free place/.test(text) && !window.__marks.waiting) window.__marks.waiting = now;
    if (/Epoch \\d+\\//.test(text) && !window.__marks.training) window.__marks.training = now;
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


def process_tree(root_pid: int) -> list[int]:
    """Return root_pid and every process descended from it."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    tree, todo = [], [root_pid]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo += children.get(pid, [])
    return tree


def yield_to_server() -> None:
    """Lower this process and what it starts (Playwright, Chromium) below the server, for good.

    Dropping CAP_SYS_NICE from the bounding set keeps every program started from here on from raising
    its priority again: Chromium running as root otherwise sets its display and IO threads to -8.
    """
    os.nice(BROWSER_NICENESS)
    if os.geteuid() == 0:
        ctypes.CDLL(None, use_errno=True).prctl(PR_CAPBSET_DROP, CAP_SYS_NICE, 0, 0, 0)


def autogroup_niceness(pid: int) -> int | None:
    """Return the niceness of the process's autogroup (its session's share of the CPU), None where unknown."""
    try:
        return int(Path(f"/proc/{pid}/autogroup").read_text().split()[-1])
    except (OSError, IndexError, ValueError):
        return None


def lower_autogroups(pids: list[int]) -> None:
    """Put the autogroups of those of these processes in another session than this one at BROWSER_NICENESS.

    Playwright starts Chromium in a session of its own. With autogroups on (the default on desktop and
    many VM kernels), the scheduler first shares the CPU between sessions, then by niceness inside each:
    a browser at niceness 15 in its own session gets as much CPU as the server and all its workers.
    This process's own session (the server's) keeps its share.
    """
    for pid in filter(in_other_session, pids):
        try:
            Path(f"/proc/{pid}/autogroup").write_text(str(BROWSER_NICENESS))
        except OSError:  # no autogroups in this kernel, or the process is gone
            continue


def in_other_session(pid: int) -> bool:
    """Return whether the process runs in another session than this one (False if it is gone)."""
    try:
        return os.getsid(pid) != os.getsid(0)
    except OSError:
        return False


def is_browser(pid: int) -> bool:
    """Return whether the process is Chromium or Playwright's driver."""
    try:
        command = Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False
    return b"chrom" in command or b"playwright" in command


def threads_above(niceness: int, pids: list[int]) -> int:
    """Return how many threads of these processes run at a higher priority than niceness."""
    count = 0
    for pid in pids:
        for task in Path(f"/proc/{pid}/task").glob("*/stat"):
            try:
                count += int(task.read_text().rsplit(")", 1)[1].split()[16]) < niceness
            except (OSError, IndexError, ValueError):
                continue
    return count


def rss_kb(pid: int) -> int:
    """Return a process's resident set size in kB from /proc/pid/statm (cheap: no page-table walk), 0 if gone."""
    try:
        return int(Path(f"/proc/{pid}/statm").read_text().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, IndexError, ValueError):
        return 0


def pss_kb(pid: int) -> int:
    """Return a process's proportional set size in kB (/proc/pid/smaps_rollup), 0 if the process is gone."""
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            if line.startswith("Pss:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def probe_health(base: str, stop, results) -> None:
    """Time /_stcore/health every 0.1 s and send (start, latency) of each (a process of its own: this one's GIL is busy)."""
    while not stop.wait(0.1):
        started = time.perf_counter()
        try:
            urllib.request.urlopen(f"{base}/_stcore/health", timeout=30).read()
        except OSError:
            continue
        results.send((time.time(), time.perf_counter() - started))


class Sampler:
    """Background sampling of the server's memory and health latency."""

    def __init__(self, base: str, server_pid: int):
        self.base, self.server_pid = base, server_pid
        self.rss_peak = self.pss_peak = 0
        self.health: list[tuple[float, float]] = []  # (wall time the probe started, latency)
        self.measure_health = False
        self._stop = threading.Event()
        context = multiprocessing.get_context("spawn")
        self._probe_stop = context.Event()
        self._probes, sender = context.Pipe(duplex=False)
        self._prober = context.Process(
            target=probe_health, args=(base, self._probe_stop, sender), daemon=True
        )
        self._prober.start()
        self._threads = [threading.Thread(target=self._memory), threading.Thread(target=self._health)]
        for thread in self._threads:
            thread.start()

    def current(self) -> tuple[int, int]:
        """Return the server's RSS and the PSS of it and its workers now, in kB."""
        tree = process_tree(self.server_pid)
        return rss_kb(self.server_pid), sum(pss_kb(pid) for pid in tree)

    def _memory(self) -> None:
        os.nice(BROWSER_NICENESS)  # this thread only (Linux): measuring must not take the server's CPU
        ticks = 0
        while not self._stop.wait(0.2):
            self.rss_peak = max(self.rss_peak, rss_kb(self.server_pid))
            if ticks % 5 == 0:  # PSS walks every page table of the server and its workers: once a second
                self.pss_peak = max(self.pss_peak, self.current()[1])
            ticks += 1

    def _health(self) -> None:
        os.nice(BROWSER_NICENESS)
        while not self._stop.is_set():
            try:
                probe = self._probes.recv() if self._probes.poll(0.1) else None
            except EOFError:  # the prober has stopped
                return
            if probe is not None and self.measure_health:
                self.health.append(probe)

    def close(self) -> None:
        self._probe_stop.set()
        self._prober.join(timeout=35)
        self._stop.set()
        for thread in self._threads:
            thread.join()


LABS = (
    "tensor_lab",
    "autograd_lab",
    "graphs_lab",
    "building_blocks",
    "data_lab",
    "optimizer_arena",
    "playground",
)


def open_session(page, base: str, url: str, tour: bool) -> None:
    """Open the Training Lab at url (after every other lab when tour) and wait for its auto-run to end."""
    for lab in LABS if tour else ():
        page.goto(f"{base}/{lab}")
        wait_until_idle(page, timeout_ms=600_000)
    page.goto(url)
    wait_until_idle(page, timeout_ms=600_000)


def statuses(page) -> list[str]:
    return page.evaluate(STATUS_JS)


def press_train(page) -> list[str]:
    """Click Train and return the status texts shown before it (to recognise the new one)."""
    before = statuses(page)
    page.evaluate(WATCH_JS)
    page.get_by_role("button", name="Train").click()
    return before


def finished(page, before: list[str]) -> str | None:
    """Return the new 'Finished …' status once the page shows it."""
    return next((s for s in statuses(page) if s.startswith("Finished") and s not in before), None)


def server_pid(port: str) -> int:
    """Return the pid of the streamlit process listening on port."""
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                command = (entry / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"streamlit" in b" ".join(command) and port.encode() in command:
                return int(entry.name)
    raise RuntimeError("streamlit server not found")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sessions", type=int, default=8)
    parser.add_argument("--scenario", choices=SCENARIOS, default="mnist")
    parser.add_argument("--hosted", action="store_true", help="run the server in hosted mode")
    parser.add_argument("--tour", action="store_true", help="each session visits every lab before training")
    args = parser.parse_args()
    if args.scenario == "mnist" and not (MNIST_ROOT / "MNIST" / "raw").exists():
        raise SystemExit(f"MNIST files not found under {MNIST_ROOT}")
    os.environ["DLVIZ_DATA_DIR"] = str(MNIST_ROOT)
    if args.hosted:
        os.environ["DLVIZ_HOSTED"] = "1"
    from playwright.sync_api import sync_playwright

    with running_app() as base:
        sampler = Sampler(base, server_pid(base.rsplit(":", 1)[1]))
        yield_to_server()
        playwright = sync_playwright().start()
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        lower_autogroups([pid for pid in process_tree(os.getpid()) if is_browser(pid)])
        url = f"{base}/training_lab?{SCENARIOS[args.scenario]}"
        pages = [
            browser.new_context(viewport={"width": 1300, "height": 900}).new_page()
            for _ in range(args.sessions)
        ]
        open_session(pages[0], base, url, args.tour)
        time.sleep(2)
        first = sampler.current()
        for page in pages[1:]:
            open_session(page, base, url, args.tour)
        time.sleep(2)
        opened = sampler.current()
        browser_side = [pid for pid in process_tree(os.getpid()) if is_browser(pid)]
        raised = threads_above(BROWSER_NICENESS, browser_side)
        groups = [autogroup_niceness(pid) for pid in filter(in_other_session, browser_side)]
        raised_groups = sum(nice is not None and nice < BROWSER_NICENESS for nice in groups)
        server_group = autogroup_niceness(sampler.server_pid)
        per_session = [(b - a) / max(args.sessions - 1, 1) for a, b in zip(first, opened, strict=True)]

        solo_page = pages[0]
        solo_times, solo_curves = [], None
        for _ in range(2):
            before, started = press_train(solo_page), time.time()
            while not finished(solo_page, before):
                time.sleep(0.05)
            solo_times.append(time.time() - started)
            wait_until_idle(solo_page)
            solo_curves = solo_page.evaluate(CURVES_JS)
        solo = statistics.median(solo_times)

        sampler.measure_health = True
        befores, clicked = [], []
        for page in pages:
            befores.append(press_train(page))
            clicked.append(time.time() * 1000)
        done: dict[int, float] = {}
        deadline = time.time() + 900
        while len(done) < len(pages) and time.time() < deadline:
            for index, page in enumerate(pages):
                if index not in done and finished(page, befores[index]):
                    done[index] = time.time() * 1000
            time.sleep(0.05)
        sampler.measure_health = False
        for page in pages:
            wait_until_idle(page)
        waits, totals, equal = [], [], 0
        for index, page in enumerate(pages):
            marks = page.evaluate("() => window.__marks")
            if index in done:
                totals.append((done[index] - clicked[index]) / 1000)
                waits.append(max(0.0, (marks.get("training", clicked[index]) - clicked[index]) / 1000))
            equal += page.evaluate(CURVES_JS) == solo_curves
        sampler.close()
        browser.close()
        playwright.stop()

    health = sorted(latency for _, latency in sampler.health) or [float("nan")]
    slow = [
        f"+{at - clicked[0] / 1000:.1f} s ({latency * 1000:.0f} ms)"
        for at, latency in sampler.health
        if latency > 0.2
    ]
    print(f"scenario {args.scenario}, {args.sessions} sessions{' (hosted mode)' if args.hosted else ''}")
    print(f"finished: {len(done)}/{len(pages)}")
    print(
        f"solo run: {solo:.1f} s (click to finished status; runs {', '.join(f'{t:.1f}' for t in solo_times)})"
    )
    print(f"per session, click to finished: {', '.join(f'{t:.1f}' for t in totals)} s")
    print(f"per session, waiting in line before training showed: {', '.join(f'{w:.1f}' for w in waits)} s")
    last = max(totals) if totals else float("nan")
    sequential = solo * args.sessions
    print(
        f"last finished after {last:.1f} s; the same runs one after another: {sequential:.1f} s ({last / sequential:.2f}x)"
    )
    print(
        f"memory with one session: server RSS {first[0] / 1024:.0f} MB, server+workers PSS {first[1] / 1024:.0f} MB; "
        f"with {args.sessions}: {opened[0] / 1024:.0f} MB, {opened[1] / 1024:.0f} MB; each further session: "
        f"RSS {per_session[0] / 1024:.1f} MB, PSS {per_session[1] / 1024:.1f} MB"
    )
    print(
        f"browser threads above niceness {BROWSER_NICENESS}: {raised}, browser processes in an autogroup above it: "
        f"{raised_groups} (of {len(browser_side)} browser processes); the server's autogroup at niceness {server_group}"
    )
    print(
        f"memory peak: server RSS {sampler.rss_peak / 1024:.0f} MB, server+workers PSS {sampler.pss_peak / 1024:.0f} MB"
    )
    print(
        f"health while training: p50 {statistics.median(health) * 1000:.0f} ms, "
        f"p99 {health[int(0.99 * (len(health) - 1))] * 1000:.0f} ms, max {health[-1] * 1000:.0f} ms "
        f"({len(sampler.health)} probes, {sum(h > 0.2 for h in health)} over 200 ms; probed from a process of its own)"
    )
    if slow:
        print(f"probes over 200 ms, after the first click: {', '.join(slow)}")
    print(f"curves equal to the solo run: {equal}/{len(pages)}")


if __name__ == "__main__":
    main()
