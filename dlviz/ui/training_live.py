"""Live training: wait in the server's line, train in a worker process, redraw curves and progress in place."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import replace

import streamlit as st
import torch

from dlviz import limits
from dlviz.jobs.admission import server_queue
from dlviz.jobs.process import WorkerJob
from dlviz.training.budget import RUN_TIMES, check_training_memory
from dlviz.training.components import check_loss_fits_task
from dlviz.training.datasets import prepare_data
from dlviz.training.experiment import ExperimentConfig, changed_settings, data_spec_for
from dlviz.training.figures import live_chart_data
from dlviz.training.history import RunRecord, keep_recent, run_label
from dlviz.training.job import TrainingRequest, TrainingResult, train_job
from dlviz.training.trained import TrainedModel
from dlviz.ui.i18n import tr
from dlviz.ui.jobs import wait_for_turn
from dlviz.ui.live_chart import LiveChart
from dlviz.ui.training_controls import describe_change

REFRESH_SECONDS = 0.22
FLUSH_SECONDS = 0.05  # how often a worker sends its step events at most
STOP_GRACE_SECONDS = 3.0  # how long a stopped worker may take to send what it learned
KILL_GRACE_SECONDS = 10.0  # past its time budget, a worker that has not stopped is killed
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


def settle_interrupted_run() -> None:
    """Mark a run still recorded as running as stopped (its script run ended without settling it)."""
    runs = st.session_state.get(RUNS_KEY, [])
    if runs and runs[-1].status == "running":
        runs[-1].status = "stopped"


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
    st.session_state.pop(BEST_KEY, None)
    st.session_state[RUNS_KEY] = keep_recent(st.session_state.get(RUNS_KEY, []), run)
    run.steps_per_epoch = math.ceil(len(data.train_x) / config.batch_size)
    view = LiveView(run, earlier, run.steps_per_epoch * epochs, chart_slot, progress_slot)
    samples = len(data.train_x) * epochs
    queue = server_queue()
    ticket = queue.join("training", RUN_TIMES.estimate(config, samples, 1, max_seconds))
    job = None
    try:
        wait_for_turn(queue, ticket, progress_slot)
        request = TrainingRequest(
            config,
            data,
            str(device),
            epochs,
            max_seconds,
            flush_seconds=min(FLUSH_SECONDS, REFRESH_SECONDS / 4),
        )
        job = WorkerJob(train_job, request, memory_mb if torch.device(device).type == "cpu" else None)
        deadline = time.monotonic() + max_seconds + KILL_GRACE_SECONDS
        while not job.finished:
            view.apply(job.receive(REFRESH_SECONDS))
            queue.report(ticket, view.done)
            if time.monotonic() > deadline:
                job.kill("time")
            view.maybe_draw()
    finally:
        if job is not None and not job.finished:
            view.apply(job.finish(STOP_GRACE_SECONDS))
        queue.leave(ticket)
        trained = _settle(run, job, config, data, str(device))
    if job.outcome.error is not None:
        raise job.outcome.error
    RUN_TIMES.record(config, view.steps * config.batch_size, run.seconds)
    view.chart.clear()
    return trained  # the page then draws the finished run's plotly chart where the live chart was


def _settle(run: RunRecord, job: WorkerJob | None, config, data, device: str) -> TrainedModel | None:
    """Record how the run ended and keep its model and best weights in session state (no drawing here)."""
    run.thin_steps()
    result = job.outcome.result if job is not None and job.outcome is not None else None
    if not isinstance(result, TrainingResult):
        run.status = "stopped" if run.status == "running" else run.status
        return None
    run.status = result.status if run.status == "running" else run.status
    run.seconds = result.seconds
    trained = TrainedModel.from_state(config, data, result.last_state, device)
    st.session_state[MODEL_KEY] = trained
    if result.best_state is not None:
        st.session_state[BEST_KEY] = result.best_state
    return trained
