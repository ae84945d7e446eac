"""Browser benchmark of the Training Lab's live view, one line per figure.

    .venv/bin/python -m benchmarks.training_browser [--runs N]

Serves the app, opens the Training Lab in headless Chromium, presses Train with the default
settings and counts how often the curves' progress text changes in the page (refreshes/s); the
run time the page reports is set beside the engine alone (same config, same thread setting, no
Streamlit) timed in this process right after.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

import torch

from dlviz.device import configure_torch_threads
from dlviz.training.experiment import ExperimentConfig, build_experiment
from tests.browser import chromium_page, running_app, wait_until_idle

WATCH = """() => {
  window.__refreshes = [];
  const seen = {text: null};
  new MutationObserver(() => {
    const bar = document.querySelector('[data-testid="stProgress"]');
    const text = bar ? bar.innerText : null;
    if (text && text !== seen.text) { seen.text = text; window.__refreshes.push(performance.now()); }
  }).observe(document.body, {subtree: true, childList: true, characterData: true});
}"""


def engine_seconds(config: ExperimentConfig) -> float:
    """Train config (after a one-epoch warm-up) with no Streamlit and no live view; return seconds."""
    configure_torch_threads()
    build_experiment(ExperimentConfig(epochs=1), torch.device("cpu")).trainer.fit(1)
    experiment = build_experiment(config, torch.device("cpu"))
    started = time.perf_counter()
    experiment.trainer.fit(config.epochs)
    return time.perf_counter() - started


def browser_run(page, base: str) -> tuple[float, float, int]:
    """Press Train once; return (seconds the page reports, wall seconds click→done, refreshes seen)."""
    page.goto(f"{base}/training_lab")
    wait_until_idle(page)
    page.evaluate(WATCH)
    started = time.perf_counter()
    page.get_by_role("button", name="Train").click()
    page.wait_for_function(
        "() => [...document.querySelectorAll('[data-testid=\"stAlertContentInfo\"]')]"
        ".some(e => /Finished/.test(e.innerText))",
        timeout=120_000,
    )
    wall = time.perf_counter() - started
    status = page.locator('[data-testid="stAlertContentInfo"]').filter(has_text="Finished").first.inner_text()
    reported = float(re.search(r"in ([\d.]+) s", status).group(1))
    refreshes = page.evaluate("() => window.__refreshes.length")
    return reported, wall, refreshes


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=1, help="runs per case (each case differs in its status text)")
    args = parser.parse_args()
    name, config = "default spiral", ExperimentConfig()
    with running_app() as base, chromium_page() as page:
        rows = [(*browser_run(page, base), engine_seconds(config)) for _ in range(args.runs)]
        reported, wall, refreshes, engine = (statistics.median(column) for column in zip(*rows, strict=True))
        print(
            f"{name}: browser {reported:.2f} s (click→done {wall:.2f} s) vs engine alone {engine:.2f} s"
            f" = {reported / engine:.2f}×; {refreshes:.0f} refreshes = {refreshes / max(reported, 1e-9):.1f}/s"
        )


if __name__ == "__main__":
    main()
