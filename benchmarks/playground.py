"""Benchmark of the Playground: engine epochs per second on the default spiral, and boundary redraws in a browser.

    .venv/bin/python -m benchmarks.playground              # engine figures, then the browser figure
    .venv/bin/python -m benchmarks.playground --no-browser # engine figures only

Engine: the default settings (spiral, 500 points, 50 % train, full batch, 2 hidden layers of 8, tanh, Adam),
trained through the project's Trainer.run_epoch with detailed_metrics=False and grad_norms=False. Three ways are
timed in alternating rounds so that load from elsewhere hits them alike, each figure the median over rounds:
the engine with torch's default CPU threads, the engine on one CPU thread (what the page does), and a bare
PyTorch loop doing the same work (train step + test loss) on one thread, as the floor.
Browser: `streamlit run` + headless Chromium; Play is pressed, the distinct boundary images drawn in the
page are counted for a few seconds, then Pause is clicked and the time until its label changes is taken.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import time

import torch
from torch import nn

from dlviz.playground.experiment import Experiment, one_cpu_thread
from dlviz.playground.settings import DEFAULTS

ROUNDS = 5
ROUND_SECONDS = 1.0


def engine_epochs_per_second(single_thread: bool) -> float:
    """Return epochs/s of Trainer.run_epoch on the default experiment for ROUND_SECONDS."""
    experiment = Experiment(DEFAULTS)
    trainer = experiment.trainer
    trainer.measure_grad_norms = False
    with one_cpu_thread(torch.device("cpu")) if single_thread else contextlib.nullcontext():
        for _ in range(5):
            trainer.run_epoch()
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < ROUND_SECONDS:
            trainer.run_epoch()
            count += 1
    return count / (time.perf_counter() - start)


def bare_loop_epochs_per_second() -> float:
    """Return epochs/s of a hand-written loop doing the same work (one thread) as the floor of the engine."""
    experiment = Experiment(DEFAULTS)
    model, data = experiment.model, experiment.data
    optimizer = torch.optim.Adam(model.parameters(), lr=DEFAULTS.learning_rate)
    loss_fn = nn.CrossEntropyLoss()
    with one_cpu_thread(torch.device("cpu")):
        count, start = 0, time.perf_counter()
        while time.perf_counter() - start < ROUND_SECONDS:
            model.train()
            loss = loss_fn(model(data.train_x), data.train_y)
            optimizer.zero_grad()
            loss.backward()
            optimizer.step()
            model.eval()
            with torch.no_grad():
                loss_fn(model(data.test_x), data.test_y).item()
            count += 1
    return count / (time.perf_counter() - start)


WATCH_JS = """(selector) => { window.pg = {draws: 0, ticks: 0, samples: 0}; const seen = new Set();
  const epoch = () => document.querySelector('[data-testid="stMetricValue"]').textContent;
  window.pg.firstEpoch = Number(epoch()); let lastEpoch = epoch();
  window.pg.timer = setInterval(() => { window.pg.samples++; }, 20);
  window.pg.observer = new MutationObserver(() => {
    const source = Array.from(document.querySelectorAll(selector + ' image')).map((i) => i.getAttribute('href')).join();
    if (source && !seen.has(source)) { seen.add(source); window.pg.draws++; }
    if (epoch() !== lastEpoch) { lastEpoch = epoch(); window.pg.ticks++; } });
  window.pg.observer.observe(document.querySelector('[data-testid="stMain"]'),
                             {subtree: true, childList: true, attributes: true}); }"""
STOP_WATCH_JS = """() => { clearInterval(window.pg.timer); window.pg.observer.disconnect();
  const epoch = Number(document.querySelector('[data-testid="stMetricValue"]').textContent);
  return [window.pg.draws, window.pg.ticks, window.pg.samples, epoch - window.pg.firstEpoch]; }"""
PAUSE_JS = """() => new Promise((resolve) => { const button = '.st-key-playground_play button';
  const label = document.querySelector(button).textContent; const start = performance.now();
  document.querySelector(button).click();
  const check = () => document.querySelector(button).textContent !== label
    ? resolve(performance.now() - start) : setTimeout(check, 10);
  check(); })"""


def browser_figures(rounds: int = 3, seconds: float = 3.0) -> dict[str, list[float]]:
    """Play, watch for seconds, then pause, rounds times in Chromium; return each round's figures.

    redraws: distinct boundary pictures drawn per second; ticks: epoch-counter changes per second;
    epochs: epochs trained per second; idle: share of 20 ms browser timers that fired on time (how
    free the page's main thread stayed); pause: seconds from the Pause click to its label changing.
    """
    from tests.browser import chromium_page, running_app, wait_until_idle
    from tests.test_playground_browser import BOUNDARY, open_playground

    figures: dict[str, list[float]] = {"redraws": [], "ticks": [], "epochs": [], "idle": [], "pause": []}
    with running_app() as base, chromium_page() as page:
        open_playground(page, base)
        for _ in range(rounds):
            page.locator(".st-key-playground_play button").click()
            page.wait_for_timeout(1000)
            page.evaluate(WATCH_JS, BOUNDARY)
            start = time.perf_counter()
            page.wait_for_timeout(seconds * 1000)
            draws, ticks, samples, epochs = page.evaluate(STOP_WATCH_JS)
            elapsed = time.perf_counter() - start
            figures["redraws"].append(draws / elapsed)
            figures["ticks"].append(ticks / elapsed)
            figures["epochs"].append(epochs / elapsed)
            figures["idle"].append(samples * 0.02 / elapsed)
            figures["pause"].append(page.evaluate(PAUSE_JS) / 1000)
            wait_until_idle(page)
            page.locator(".st-key-playground_reset button").click()
            wait_until_idle(page)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--no-browser", action="store_true")
    args = parser.parse_args()
    results: dict[str, list[float]] = {"default_threads": [], "one_thread": [], "bare_loop": []}
    for _ in range(ROUNDS):
        results["default_threads"].append(engine_epochs_per_second(single_thread=False))
        results["one_thread"].append(engine_epochs_per_second(single_thread=True))
        results["bare_loop"].append(bare_loop_epochs_per_second())
    threads = torch.get_num_threads()
    median = {name: statistics.median(values) for name, values in results.items()}
    print(
        f"engine default spiral, torch default threads ({threads}): {median['default_threads']:.0f} epochs/s "
        f"(rounds: {', '.join(f'{v:.0f}' for v in results['default_threads'])})"
    )
    print(
        f"engine default spiral, one CPU thread (as the page runs it): {median['one_thread']:.0f} epochs/s "
        f"(rounds: {', '.join(f'{v:.0f}' for v in results['one_thread'])})"
    )
    print(
        f"bare PyTorch loop, same work, one CPU thread: {median['bare_loop']:.0f} epochs/s; "
        f"engine/bare = {median['one_thread'] / median['bare_loop']:.2f}"
    )
    if not args.no_browser:
        browser = browser_figures()
        median = {name: statistics.median(values) for name, values in browser.items()}
        print(
            f"browser (headless Chromium) while playing, median of {len(browser['redraws'])} rounds: "
            f"{median['redraws']:.1f} boundary redraws/s (rounds: "
            f"{', '.join(f'{v:.1f}' for v in browser['redraws'])}), {median['ticks']:.1f} epoch-counter "
            f"updates/s, {median['epochs']:.0f} epochs/s, main thread free {median['idle']:.0%}"
        )
        print(
            f"browser: Pause click to its label changing: {median['pause']:.2f} s "
            f"(rounds: {', '.join(f'{v:.2f}' for v in browser['pause'])})"
        )


if __name__ == "__main__":
    main()
