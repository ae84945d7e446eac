"""Benchmark of the Playground: engine epochs per second on the default spiral, and boundary redraws in a browser.

    .venv/bin/python -m benchmarks.playground              # engine figures, then the browser figure
    .venv/bin/python -m benchmarks.playground --no-browser # engine figures only

Engine: the default settings (spiral, 500 points, 50 % train, full batch, 2 hidden layers of 8, tanh, Adam),
trained through the project's Trainer.run_epoch with detailed_metrics=False and grad_norms=False. Three ways are
timed in alternating rounds so that load from elsewhere hits them alike, each figure the median over rounds:
the engine with torch's default CPU threads, the engine on one CPU thread (what the page does), and a bare
PyTorch loop doing the same work (train step + test loss) on one thread, as the floor.
Browser: `streamlit run` + headless Chromium; Play is pressed and the distinct boundary images drawn in
the page are counted for a few seconds.
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


def browser_redraws_per_second(seconds: float = 6.0) -> tuple[float, float, float]:
    """Return (boundary redraws/s, epochs/s, epoch-counter updates/s) seen in Chromium while playing."""
    from tests.browser import chromium_page, running_app
    from tests.test_playground_browser import BOUNDARY, open_playground

    with running_app() as base, chromium_page() as page:
        open_playground(page, base)
        page.locator(".st-key-playground_play button").click()
        page.wait_for_timeout(2000)
        page.evaluate(
            """(selector) => { window.pgDraws = 0; window.pgTicks = 0; const seen = new Set();
            new MutationObserver(() => {
              const images = document.querySelectorAll(selector + ' image');
              const source = Array.from(images).map((i) => i.getAttribute('href')).join();
              if (source && !seen.has(source)) { seen.add(source); window.pgDraws++; }
              const epoch = document.querySelector('[data-testid="stMetricValue"]').textContent;
              if (epoch !== window.pgEpoch) { window.pgEpoch = epoch; window.pgTicks++; } })
            .observe(document.querySelector('[data-testid="stMain"]'),
                     {subtree: true, childList: true, attributes: true}); }""",
            BOUNDARY,
        )
        epoch_js = "() => Number(document.querySelector('[data-testid=\"stMetricValue\"]').textContent)"
        first_epoch, start = page.evaluate(epoch_js), time.perf_counter()
        page.wait_for_timeout(seconds * 1000)
        elapsed = time.perf_counter() - start
        draws, ticks, last_epoch = page.evaluate("[window.pgDraws, window.pgTicks]") + [page.evaluate(epoch_js)]
    return draws / elapsed, (last_epoch - first_epoch) / elapsed, ticks / elapsed


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
        redraws, epochs, ticks = browser_redraws_per_second()
        print(
            f"browser (headless Chromium) while playing: {redraws:.1f} boundary redraws/s, "
            f"{ticks:.1f} epoch-counter updates/s, {epochs:.0f} epochs/s"
        )


if __name__ == "__main__":
    main()
