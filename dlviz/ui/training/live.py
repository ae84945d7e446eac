"""Live training: wait in the server's line, train in a worker process, redraw curves and progress in place."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass, field, replace

import streamlit as st
import torch

from dlviz import limits
from dlviz.components.losses import check_loss_fits_task
from dlviz.jobs.process import WorkerJob
from dlviz.training.budget import RUN_TIMES, check_training_memory
from dlviz.training.datasets import prepare_data
from dlviz.training.experiment import ExperimentConfig, changed_settings, data_spec_for
from dlviz.training.figures import live_chart_data
from dlviz.training.history import RunRecord, keep_recent, run_label
from dlviz.training.job import TrainingRequest, TrainingResult, train_job
from dlviz.training.status import run_budget
from dlviz.training.trained import TrainedModel
from dlviz.ui.i18n import tr
from dlviz.ui.jobs import SETTLE_WAIT_SECONDS, run_in_line
from dlviz.ui.training.controls import describe_change
from dlviz.ui.training.live_chart import LiveChart

REFRESH_SECONDS = 0.22
FLUSH_SECONDS = 0.05  # how often a worker sends its step events at most
RUNS_KEY = "training_runs"
RUN_COUNT_KEY = "training_run_count"
LIVE_KEY = "training_live_run"
MODEL_KEY = "training_experiment"
BEST_KEY = "training_best_state"


@dataclass
class LiveRun:
    """A run in progress, in session state before it starts: its outcome lands here, not in session state.

    Streamlit ends an interrupted script run (Stop, any widget, a closed tab) by starting the next run
    in a new thread while the old one is still in its `finally`. The old thread only fills this object
    and sets `done`; the next run waits for `done` and moves the outcome into session state.
    """

    run: RunRecord
    done: threading.Event = field(default_factory=threading.Event)
    trained: TrainedModel | None = None
    best_state: dict | None = None


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


def collect_run() -> None:
    """Move the last run's outcome into session state once its script run has settled it (waiting briefly)."""
    live: LiveRun | None = st.session_state.get(LIVE_KEY)
    if live is None:
        runs = st.session_state.get(RUNS_KEY, [])
        if runs and runs[-1].status == "running":  # never settled (its thread died): keep its curves
            runs[-1].status = "stopped"
        return
    if not live.done.wait(SETTLE_WAIT_SECONDS):
        live.run.status = "stopped" if live.run.status == "running" else live.run.status
        return  # a worker that never answered: the run keeps its curves, without a model
    del st.session_state[LIVE_KEY]
    if live.trained is not None:
        st.session_state[MODEL_KEY] = live.trained
        st.session_state.pop(BEST_KEY, None)
    if live.best_state is not None:
        st.session_state[BEST_KEY] = live.best_state


class LiveView:
    """The run's live curves and progress bar, redrawn at most every REFRESH_SECONDS from the worker's events."""

    def __init__(self, run: RunRecord, earlier: list[RunRecord], total_steps: int, chart_slot, progress_slot):
        self.run = run
        self.earlier = earlier
        self.total_steps = max(1, total_steps)
        self.chart = LiveChart(chart_slot)
        self.progress_slot = progress_slot
        self.started = time.monotonic()
        self.last_draw = self.started
        self.steps = 0
        self.speed = 0.0

    @property
    def done(self) -> float:
        """Return the share of the run's steps done."""
        return min(1.0, self.steps / self.total_steps)

    def apply(self, messages: list) -> None:
        """Add the worker's step and epoch events to the run record."""
        for kind, value in messages:
            if kind == "start":
                self.started = self.last_draw = time.monotonic()  # first redraw one interval in
            elif kind == "steps":
                self.run.add_steps([(step, loss, lr) for step, loss, lr, _ in value])
                self.steps += len(value)
                self.speed = value[-1][3]
            elif kind == "epoch":
                self.run.on_epoch(value)

    def maybe_draw(self) -> None:
        """Redraw when REFRESH_SECONDS have passed since the last redraw."""
        if self.steps and time.monotonic() - self.last_draw >= REFRESH_SECONDS:
            self.draw()

    def draw(self) -> None:
        """Redraw the live chart and the progress bar in place."""
        self.last_draw = time.monotonic()
        titles, names = chart_texts()
        self.chart.update(live_chart_data(self.run, self.earlier, titles, names))
        done = self.done
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
) -> TrainedModel | None:
    """Train config's run in a worker process once the server's line lets it start, drawing it live.

    The run record is in session state before it waits. Whatever ends this script run (Stop, any
    widget, a closed tab) lands in `finally`: the run leaves the line, the worker is told to stop and
    what it learned so far is kept.
    """
    config = replace(config, epochs=epochs)  # an auto-run trains fewer epochs than the settings say
    data = prepare_data(data_spec_for(config), config.seed)
    check_loss_fits_task(config.loss, data.is_regression)
    memory_mb = float(limits.MAX_JOB_MEMORY_MB.value)
    check_training_memory(config, data, memory_mb)
    st.session_state[RUNS_KEY] = keep_recent(st.session_state.get(RUNS_KEY, []), run)
    live = st.session_state[LIVE_KEY] = LiveRun(run)
    run.steps_per_epoch = math.ceil(len(data.train_x) / config.batch_size)
    view = LiveView(run, earlier, run.steps_per_epoch * epochs, chart_slot, progress_slot)
    samples = len(data.train_x) * epochs
    request = TrainingRequest(
        config, data, str(device), epochs, max_seconds, flush_seconds=min(FLUSH_SECONDS, REFRESH_SECONDS / 4)
    )
    job = run_in_line(
        "training",
        RUN_TIMES.estimate(config, samples, 1, max_seconds),
        max_seconds,
        progress_slot,
        start=lambda: WorkerJob(
            train_job, request, memory_mb if torch.device(device).type == "cpu" else None
        ),
        apply=view.apply,
        progress=lambda: view.done,
        draw=view.maybe_draw,
        settle=lambda job: _settle(live, job, config, data, str(device)),
        refresh_seconds=REFRESH_SECONDS,
    )
    collect_run()
    if job.outcome.error is not None:
        raise job.outcome.error
    RUN_TIMES.record(config, view.steps * config.batch_size, run.seconds)
    view.chart.clear()
    return live.trained  # the page then draws the finished run's plotly chart where the live chart was


def _settle(live: LiveRun, job: WorkerJob | None, config, data, device: str) -> None:
    """Record how the run ended and its model and best weights in live, then mark it done."""
    run = live.run
    try:
        run.thin_steps()
        result = job.outcome.result if job is not None and job.outcome is not None else None
        if isinstance(result, TrainingResult):
            run.seconds = result.seconds
            live.trained = TrainedModel.from_state(
                config, data, result.last_state, device, result.val_outputs
            )
            live.best_state = result.best_state
        run.status = result.status if isinstance(result, TrainingResult) else "stopped"
    finally:
        live.done.set()


def run_buttons() -> tuple[bool, bool]:
    """Draw Train, Stop and the auto-run switch; return (Train pressed, auto-run on)."""
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        pressed = st.button(tr("training.train"), type="primary", key="training_train", icon="▶️")
        st.button(tr("training.stop"), key="training_stop", icon="⏹️")  # any click ends a running script run
        auto = st.toggle(tr("training.auto_run"), key="training_auto")
    if auto:
        epochs, seconds = run_budget(limits.MAX_EPOCHS.value, pressed_train=False)
        st.caption(tr("training.auto_run_help", epochs=epochs, seconds=seconds))
    return pressed, auto


def train_if_asked(
    config: ExperimentConfig, device, pressed: bool, auto: bool, chart_slot, progress_slot
) -> None:
    """Train config live when Train was pressed, or when auto-run is on and the settings changed since the last run."""
    runs = st.session_state.get(RUNS_KEY, [])
    if not (pressed or (auto and (not runs or runs[-1].config != config))):
        return
    epochs, seconds = run_budget(config.epochs, pressed)
    run = new_run(config, runs[-1] if runs else None, epochs)
    label_runs([*runs, run])
    train_live(config, device, run, runs[-3:], epochs, seconds, chart_slot, progress_slot)
