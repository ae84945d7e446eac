"""Browser benchmark of the Training Lab's live view, one line per figure.

    .venv/bin/python -m benchmarks.training_browser [--runs N]

Serves the app, opens the Training Lab in headless Chromium, presses Train and counts how often the
curves' progress text changes in the page (refreshes/s); the run time the page reports is set beside
the engine alone (same config, same thread setting, no Streamlit) timed in this process right after.
Two cases: the default spiral (a run shorter than one refresh interval), and a long run (auto-run
switched off, 5,000 points, the epoch cap, batch 8) where the live view has to keep up.
"""

from __future__ import annotations

import argparse
import re
import statistics
import time

import torch

from dlviz import limits
from dlviz.device import configure_torch_threads
from dlviz.models.registry import ModelSpec
from dlviz.training.components import OptimizerSpec
from dlviz.training.datasets import DataSpec
from dlviz.training.experiment import ExperimentConfig, build_experiment
from dlviz.ui.training.controls import MLP_WIDTH_DEFAULT, TOY_DEFAULTS
from tests.browser import chromium_page, running_app, set_up_long_training_run, wait_until_idle

WATCH = """() => {
  window.__refreshes = [];
  window.__draws = 0;
  const seen = {text: null};
  new MutationObserver((records) => {
    window.__draws += records.filter((r) => r.attributeName === 'data-draws').length;
    const bar = document.querySelector('[data-testid="stProgress"]');
    const text = bar ? bar.innerText : null;
    if (text && text !== seen.text) { seen.text = text; window.__refreshes.push(performance.now()); }
  }).observe(document.body, {subtree: true, childList: true, characterData: true, attributeFilter: ['data-draws']});
}"""


def page_config(
    samples: int = 500, epochs: int | None = None, batch_size: int | None = None
) -> ExperimentConfig:
    """Return the experiment the page trains with its toy defaults (and these changes)."""
    return ExperimentConfig(
        data=DataSpec(samples=samples),
        model=ModelSpec(width=MLP_WIDTH_DEFAULT),
        optimizer=OptimizerSpec(lr=TOY_DEFAULTS["training_lr"]),
        epochs=epochs or TOY_DEFAULTS["training_epochs"],
        batch_size=batch_size or TOY_DEFAULTS["training_batch_size"],
    )


def engine_seconds(config: ExperimentConfig) -> float:
    """Train config (after a one-epoch warm-up) with no Streamlit and no live view; return seconds."""
    configure_torch_threads()
    build_experiment(ExperimentConfig(epochs=1), torch.device("cpu")).trainer.fit(1)
    experiment = build_experiment(config, torch.device("cpu"))
    started = time.perf_counter()
    experiment.trainer.fit(config.epochs)
    return time.perf_counter() - started


def browser_run(page, base: str, long: bool) -> tuple[float, float, int, int]:
    """Press Train once; return (seconds the page reports, wall seconds click→done, progress refreshes, chart draws)."""
    page.goto(f"{base}/training_lab")
    wait_until_idle(page)
    if long:
        set_up_long_training_run(page)
    before = page.locator('[data-testid="stAlertContentInfo"]').all_inner_texts()
    page.evaluate(WATCH)
    started = time.perf_counter()
    page.get_by_role("button", name="Train").click()
    status = page.wait_for_function(
        "(before) => [...document.querySelectorAll('[data-testid=\"stAlertContentInfo\"]')]"
        ".map(e => e.innerText).find(text => /Finished/.test(text) && !before.includes(text))",
        arg=before,
        timeout=180_000,
    ).json_value()
    wall = time.perf_counter() - started
    reported = float(re.search(r"in ([\d.]+) s", status).group(1))
    refreshes = page.evaluate("() => window.__refreshes.length")
    draws = page.evaluate("() => window.__draws")
    return reported, wall, refreshes, draws


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--runs", type=int, default=5, help="alternating rounds (page run, then engine alone) per case"
    )
    args = parser.parse_args()
    long_config = page_config(int(limits.MAX_TOY_SAMPLES.value), int(limits.MAX_EPOCHS.value), 8)
    cases = [
        ("default spiral", page_config(), False),
        ("long run (5,000 points, batch 8)", long_config, True),
    ]
    with running_app() as base, chromium_page() as page:
        for name, config, long in cases:
            rows = [(*browser_run(page, base, long), engine_seconds(config)) for _ in range(args.runs)]
            ratios = [reported / engine for reported, _, _, _, engine in rows]
            reported, wall, _, _, engine = (statistics.median(column) for column in zip(*rows, strict=True))
            rates = [count / max(seconds, 1e-9) for seconds, _, count, _, _ in rows]
            draws = [count / max(seconds, 1e-9) for seconds, _, _, count, _ in rows]
            print(
                f"{name}, {config.epochs} epochs, median of {args.runs} alternating rounds: page {reported:.2f} s "
                f"(click→done {wall:.2f} s) vs engine alone {engine:.2f} s; page/engine "
                f"{statistics.median(ratios):.2f} (rounds: {', '.join(f'{r:.2f}' for r in ratios)}); "
                f"progress refreshed {statistics.median(rates):.1f}/s, curves redrawn {statistics.median(draws):.1f}/s "
                f"(rounds: {', '.join(f'{r:.1f}' for r in draws)})"
            )


if __name__ == "__main__":
    main()
