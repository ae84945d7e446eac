"""Live training inside the script run: throttled in-place curves, a progress bar, Stop that keeps the run."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import replace

import streamlit as st

from dlviz.training.checkpoint import cpu_state_dict
from dlviz.training.experiment import Experiment, ExperimentConfig, build_experiment, changed_settings
from dlviz.training.figures import live_chart_data
from dlviz.training.history import RunRecord, keep_recent, run_label
from dlviz.ui.i18n import tr
from dlviz.ui.live_chart import LiveChart
from dlviz.ui.training_controls import describe_change

REFRESH_SECONDS = 0.22
RUNS_KEY = "training_runs"
RUN_COUNT_KEY = "training_run_count"
STOP_KEY = "training_stop_signal"
MODEL_KEY = "training_experiment"
BEST_KEY = "training_best_state"


def chart_texts() -> tuple[tuple[str, str, str], dict[str, str]]:
    """Return the curve panel titles and trace names in the session's language."""
    titles = (tr("training.chart.loss"), tr("training.chart.accuracy"), tr("training.chart.lr"))
    names = {k: tr(f"training.chart.{k}") for k in ("train", "val", "step", "best", "epoch")}
    return titles, names


def new_run(config: ExperimentConfig, previous: RunRecord | None, epochs: int) -> RunRecord:
    """Return the record of this session's next run, numbered on from every run so far (kept or not)."""
    number = st.session_state.get(RUN_COUNT_KEY, 0) + 1
    st.session_state[RUN_COUNT_KEY] = number
    changes = changed_settings(previous.config if previous else None, config)
    return RunRecord(config, f"#{number}", number=number, changes=changes, planned_epochs=epochs)


def label_runs(runs: list[RunRecord]) -> None:
    """Write each run's label in the session's language, from the settings it changed."""
    separator = tr("training.short.separator")
    for run in runs:
        run.label = run_label(run.number, run.changes, describe_change, separator)


def request_stop() -> None:
    """Stop button callback: signal the running loop (it also ends at its next redraw)."""
    st.session_state.setdefault(STOP_KEY, threading.Event()).set()


def settle_interrupted_run(timeout: float = 2.0) -> None:
    """Wait briefly for a run interrupted by a rerun to mark itself stopped; mark it if it did not."""
    runs = st.session_state.get(RUNS_KEY, [])
    if not runs or runs[-1].status != "running":
        return
    deadline = time.monotonic() + timeout
    while runs[-1].status == "running" and time.monotonic() < deadline:
        time.sleep(0.02)
    if runs[-1].status == "running":
        runs[-1].status = "stopped"


class LiveView:
    """Callback redrawing the curves and progress at most every REFRESH_SECONDS, and keeping the best weights."""

    def __init__(
        self, run: RunRecord, earlier: list[RunRecord], experiment_steps: int, chart_slot, progress_slot
    ):
        self.run = run
        self.earlier = earlier
        self.total_steps = max(1, experiment_steps)
        self.chart = LiveChart(chart_slot)
        self.progress_slot = progress_slot
        self.started = time.monotonic()
        self.last_draw = 0.0
        self.steps = 0
        self.speed = 0.0
        self.best_loss = math.inf
        self.model = None

    def on_step(self, event) -> None:
        self.steps += 1
        self.speed = event.samples_per_second
        if time.monotonic() - self.last_draw >= REFRESH_SECONDS:
            self.draw()

    def on_epoch(self, event) -> None:
        monitored = event.val_loss if event.val_loss is not None else event.train_loss
        if self.model is not None and monitored < self.best_loss and not event.partial:
            self.best_loss = monitored
            st.session_state[BEST_KEY] = cpu_state_dict(self.model)

    def draw(self) -> None:
        """Redraw the live chart and the progress bar in place."""
        self.last_draw = time.monotonic()
        titles, names = chart_texts()
        self.chart.update(live_chart_data(self.run, self.earlier, titles, names))
        done = min(1.0, self.steps / self.total_steps)
        elapsed = time.monotonic() - self.started
        left = elapsed / done * (1 - done) if done > 0 else 0.0
        self.progress_slot.progress(
            done,
            text=tr(
                "training.progress",
                epoch=len(self.run.epochs) + 1 if done < 1 else len(self.run.epochs),
                epochs=self.run.planned_epochs,
                step=f"{self.steps:,}",
                speed=f"{self.speed:,.0f}",
                left=f"{left:.1f}",
            ),
        )


def train_live(
    config: ExperimentConfig,
    device,
    run: RunRecord,
    earlier: list[RunRecord],
    epochs: int,
    max_seconds: float,
    chart_slot,
    progress_slot,
) -> Experiment:
    """Build config's experiment and train it for epochs inside this script run, drawing live.

    The run record and the experiment are in session state before the first step, so a rerun that
    interrupts the loop (Stop, or any widget) keeps what was learned.
    """
    stop = threading.Event()
    st.session_state[STOP_KEY] = stop
    st.session_state.pop(BEST_KEY, None)
    view = LiveView(run, earlier, 1, chart_slot, progress_slot)
    experiment = build_experiment(replace(config, epochs=epochs), device, callbacks=[run, view])
    st.session_state[MODEL_KEY] = experiment
    st.session_state[RUNS_KEY] = keep_recent(st.session_state.get(RUNS_KEY, []), run)
    run.steps_per_epoch = math.ceil(len(experiment.data.train_x) / config.batch_size)
    view.total_steps = run.steps_per_epoch * epochs
    view.model = experiment.model
    started = view.started = view.last_draw = time.monotonic()  # first redraw one interval in
    timed_out = []

    def should_stop() -> bool:
        if time.monotonic() - started > max_seconds:
            timed_out.append(True)
            return True
        return stop.is_set()

    try:
        experiment.trainer.fit(epochs, should_stop)
        run.status = "time_limit" if timed_out else "stopped" if experiment.trainer.stopped else "finished"
    finally:
        run.seconds = time.monotonic() - started
        if run.status == "running":
            run.status = "stopped"
    view.chart.clear()
    return experiment  # the page then draws the finished run's plotly chart where the live chart was
