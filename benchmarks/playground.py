"""Benchmark of the Playground: the engine on the default spiral, then the live view in a browser.

    .venv/bin/python -m benchmarks.playground              # engine figures, then the browser figures
    .venv/bin/python -m benchmarks.playground --no-browser # engine figures only

Engine: the default settings (spiral, 500 points, 50 % train, full batch, 2 hidden layers of 8, tanh,
Adam) through the project's Trainer.run_epoch as a Playground worker runs it (one CPU thread; gradient
norms and test accuracy only on the few dozen epochs a second that the picture shows, so not in these
blocks), against a bare PyTorch loop doing the same work (train step + test loss) on one thread, the
floor. The two alternate in blocks of a few epochs so that load from elsewhere hits both alike;
engine/bare is given as the ratio of each one's fastest block (the least disturbed: on a shared, busy
machine by far the steadier figure) and as the median of the pairs' ratios. The engine with torch's
default threads is timed too, for comparison.

Browser: `streamlit run` + headless Chromium. Each round presses Play, waits for the animation, counts
for a few seconds the frames the canvas painted with a new boundary and the server's updates that
brought new snapshots, the share of 20 ms browser timers that fired on time (how free the page's main
thread stayed) and the canvas's own drawing time; then clicks Pause and times the click to the last new
frame (the animation stopping) and to the server's answer reaching the canvas.
"""

from __future__ import annotations

import argparse
import statistics
import time

import torch
from torch import nn

from dlviz.playground.experiment import PlaygroundExperiment, one_cpu_thread
from dlviz.playground.settings import DEFAULTS

PAIRS = 300
BLOCK_EPOCHS = 5  # short blocks: on a shared machine many of them run undisturbed
WARM_UP_EPOCHS = 50


def engine_block(experiment: PlaygroundExperiment, epochs: int) -> float:
    """Return epochs/s of the Playground's Trainer.run_epoch over epochs epochs."""
    trainer = experiment.trainer
    trainer.measure_grad_norms = trainer.measure_val_metrics = (
        False  # as on the epochs a worker does not show
    )
    start = time.perf_counter()
    for _ in range(epochs):
        trainer.run_epoch()
    return epochs / (time.perf_counter() - start)


def bare_block(experiment: PlaygroundExperiment, optimizer: torch.optim.Optimizer, epochs: int) -> float:
    """Return epochs/s of a hand-written loop doing the same work: one full-batch step and the test loss."""
    model, data = experiment.model, experiment.data
    loss_fn = nn.CrossEntropyLoss()
    start = time.perf_counter()
    for _ in range(epochs):
        model.train()
        loss = loss_fn(model(data.train_x), data.train_y)
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        model.eval()
        with torch.no_grad():
            loss_fn(model(data.test_x), data.test_y).item()
    return epochs / (time.perf_counter() - start)


def engine_figures() -> dict[str, list[float]]:
    """Return epochs/s of the engine (one thread, default threads) and the bare loop, block by block."""
    engine, bare_experiment = PlaygroundExperiment(DEFAULTS), PlaygroundExperiment(DEFAULTS)
    optimizer = torch.optim.Adam(bare_experiment.model.parameters(), lr=DEFAULTS.learning_rate)
    figures: dict[str, list[float]] = {"one_thread": [], "bare_loop": [], "ratio": [], "default_threads": []}
    with one_cpu_thread(torch.device("cpu")):
        engine_block(engine, WARM_UP_EPOCHS)
        bare_block(bare_experiment, optimizer, WARM_UP_EPOCHS)
        for index in range(PAIRS):
            engine_first = index % 2 == 0
            if engine_first:
                figures["one_thread"].append(engine_block(engine, BLOCK_EPOCHS))
            figures["bare_loop"].append(bare_block(bare_experiment, optimizer, BLOCK_EPOCHS))
            if not engine_first:
                figures["one_thread"].append(engine_block(engine, BLOCK_EPOCHS))
            figures["ratio"].append(figures["one_thread"][-1] / figures["bare_loop"][-1])
    for _ in range(3):
        figures["default_threads"].append(engine_block(engine, BLOCK_EPOCHS))
    return figures


WATCH_JS = """() => { const root = document.querySelector('.dlviz-pg'); const d = root.dataset;
  window.pgBench = {frames: Number(d.frames || 0), updates: Number(d.updates || 0), drawing: Number(d.drawing || 0),
                    start: performance.now(), timers: 0, changes: []};
  let last = d.boundary;
  window.pgBench.observer = new MutationObserver(() => { if (d.boundary !== last) { last = d.boundary;
    window.pgBench.changes.push(performance.now()); } });
  window.pgBench.observer.observe(root, {attributes: true, attributeFilter: ['data-boundary']});
  window.pgBench.timer = setInterval(() => { window.pgBench.timers++; }, 20); }"""
READ_JS = """() => { const d = document.querySelector('.dlviz-pg').dataset; const b = window.pgBench;
  const seconds = (performance.now() - b.start) / 1000;
  return {seconds, frames: (Number(d.frames) - b.frames) / seconds, updates: (Number(d.updates) - b.updates) / seconds,
          drawing: (Number(d.drawing) - b.drawing) / 1000 / seconds, free: b.timers * 0.02 / seconds}; }"""
PAUSE_JS = """() => new Promise((resolve) => { const root = document.querySelector('.dlviz-pg'); const b = window.pgBench;
  clearInterval(b.timer); const clicked = performance.now();
  root.querySelector("button[data-role='play']").click();
  const answered = () => root.dataset.ack === root.dataset.pending;
  const check = () => { if (!answered()) return setTimeout(check, 5);
    const ack = performance.now() - clicked;
    setTimeout(() => { b.observer.disconnect(); const after = b.changes.filter((t) => t >= clicked);
      resolve({stopped: after.length ? Math.max(...after) - clicked : 0, ack}); }, 1000); };
  check(); })"""


def browser_figures(rounds: int = 3, seconds: float = 4.0) -> dict[str, list[float]]:
    """Play, watch for seconds, then pause, rounds times in Chromium; return each round's figures."""
    from tests.browser import chromium_page, running_app, wait_until_idle
    from tests.test_playground_browser import CANVAS, PLAY, open_playground

    figures: dict[str, list[float]] = {
        key: [] for key in ("frames", "updates", "free", "drawing", "stopped", "ack", "epochs")
    }
    with running_app() as base, chromium_page() as page:
        open_playground(page, base)
        for _ in range(rounds):
            page.locator(PLAY).click()
            page.wait_for_function(
                "() => document.querySelector('.dlviz-pg').dataset.playing === 'true'", timeout=120_000
            )
            page.wait_for_timeout(1500)
            epoch = int(page.locator(CANVAS).get_attribute("data-epoch"))
            page.evaluate(WATCH_JS)
            page.wait_for_timeout(seconds * 1000)
            watched = page.evaluate(READ_JS)
            figures["epochs"].append(
                (int(page.locator(CANVAS).get_attribute("data-epoch")) - epoch) / seconds
            )
            for key in ("frames", "updates", "free", "drawing"):
                figures[key].append(watched[key])
            pause = page.evaluate(PAUSE_JS)
            figures["stopped"].append(pause["stopped"] / 1000)
            figures["ack"].append(pause["ack"] / 1000)
            wait_until_idle(page)
            page.locator(f"{CANVAS} button[data-role='reset']").click()
            wait_until_idle(page)
    return figures


def rounds_text(values: list[float], form: str) -> str:
    return ", ".join(format(value, form) for value in values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    engine = engine_figures()
    median = {name: statistics.median(values) for name, values in engine.items()}
    print(
        f"engine, default spiral, torch default threads ({torch.get_num_threads()}): "
        f"{median['default_threads']:.0f} epochs/s (rounds: {rounds_text(engine['default_threads'], '.0f')})"
    )
    print(
        f"engine, one CPU thread (as a worker runs it): {median['one_thread']:.0f} epochs/s; bare PyTorch loop, "
        f"same work, one thread: {median['bare_loop']:.0f} epochs/s"
    )
    best = max(engine["one_thread"]) / max(engine["bare_loop"])
    print(
        f"engine/bare = {best:.2f} fastest blocks ({max(engine['one_thread']):.0f} / {max(engine['bare_loop']):.0f}), "
        f"{median['ratio']:.2f} median of {PAIRS} alternating pairs of {BLOCK_EPOCHS}-epoch blocks"
    )
    if args.no_browser:
        return
    browser = browser_figures()
    median = {name: statistics.median(values) for name, values in browser.items()}
    count = len(browser["frames"])
    print(
        f"browser (headless Chromium) while playing, median of {count} rounds: "
        f"{median['frames']:.1f} frames/s painted with a new boundary (rounds: {rounds_text(browser['frames'], '.1f')}), "
        f"{median['updates']:.1f} server updates/s (rounds: {rounds_text(browser['updates'], '.1f')}), "
        f"{median['epochs']:.0f} epochs/s shown"
    )
    print(
        f"browser main thread: free {median['free']:.0%} of the time (rounds: {rounds_text(browser['free'], '.0%')}); "
        f"the canvas drawing frames took {median['drawing']:.0%} of it"
    )
    print(
        f"Pause: click to the animation stopping {median['stopped'] * 1000:.0f} ms "
        f"(rounds: {rounds_text([v * 1000 for v in browser['stopped']], '.0f')}); click to the server's answer "
        f"{median['ack'] * 1000:.0f} ms (rounds: {rounds_text([v * 1000 for v in browser['ack']], '.0f')})"
    )


if __name__ == "__main__":
    main()
