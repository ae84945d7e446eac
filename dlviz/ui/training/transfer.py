"""Transfer learning in the Training Lab: settings, a run in a worker through the server's line, both curves."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field

import streamlit as st

from dlviz import limits
from dlviz.data.images import VISION_DATASETS, code_folder, dataset_present, load_vision_dataset
from dlviz.jobs.process import WorkerJob
from dlviz.training.transfer import (
    TransferData,
    TransferRequest,
    TransferResult,
    TransferSettings,
    select_data,
    total_batches,
    transfer_job,
)
from dlviz.training.transfer_code import transfer_code
from dlviz.training.transfer_figure import transfer_figure
from dlviz.ui.code_panel import code_panel
from dlviz.ui.data_folder import current_data_root, offer_download
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.jobs import SETTLE_WAIT_SECONDS, run_in_line

RUN_KEY = "transfer_run"
REFRESH_SECONDS = 0.25
SECONDS_PER_STEP = 0.01  # a rough guess for the server's line; the real time is what the run takes


@dataclass
class TransferRun:
    """A run in session state: its curves as they arrive, then how it ended (filled by the run's thread)."""

    settings: TransferSettings
    base_accuracy: float | None = None
    curves: dict[str, list[float]] = field(default_factory=lambda: {"transfer": [], "scratch": []})
    result: TransferResult | None = None
    status: str = "running"
    done: threading.Event = field(default_factory=threading.Event)

    def apply(self, messages: list) -> None:
        """Add the worker's messages: ("base", accuracy) and ("transfer" | "scratch", accuracy)."""
        for kind, value in messages:
            if kind == "base":
                self.base_accuracy = value
            else:
                self.curves[kind].append(value)


def transfer_settings(seed: int) -> TransferSettings:
    """Draw the settings row and return the settings."""
    a, b, c, d = st.columns(4)
    dataset = a.selectbox(
        tr("images.dataset"),
        list(VISION_DATASETS),
        format_func=option_label("images.name"),
        key="transfer_dataset",
    )
    base_cap = int(limits.MAX_TRANSFER_BASE_IMAGES.value)
    base = b.slider(
        tr("transfer.base_images"), 500, base_cap, min(3000, base_cap), step=500, key="transfer_base"
    )
    shot_cap = int(limits.MAX_TRANSFER_SHOTS.value)
    shots = c.slider(tr("transfer.shots"), 20, shot_cap, min(100, shot_cap), step=20, key="transfer_shots")
    epoch_cap = int(limits.MAX_TRANSFER_EPOCHS.value)
    epochs = d.slider(tr("transfer.epochs"), 1, epoch_cap, min(10, epoch_cap), key="transfer_epochs")
    return TransferSettings(dataset, base, 2, shots, epochs, seed)


def load_data(settings: TransferSettings, root) -> TransferData:
    """Return the run's images from the dataset's train and test files (loaded once per process)."""
    train = load_vision_dataset(settings.dataset, root, train=True)
    test = load_vision_dataset(settings.dataset, root, train=False)
    return select_data(train.data, train.targets, test.data, test.targets, settings)


def run_live(settings: TransferSettings, data: TransferData, progress_slot, chart_slot) -> None:
    """Run settings in a worker once the server's line lets it start, redrawing curves and progress in place.

    Whatever ends this script run (Stop, any widget, a closed tab) lands in `finally`: the run leaves the
    line, the worker is told to stop and what it measured so far is kept in the session's TransferRun.
    """
    run = st.session_state[RUN_KEY] = TransferRun(settings)
    steps = total_batches(settings, data)
    max_seconds = float(limits.MAX_TRAIN_SECONDS.value)
    points = 1 + 2 * (settings.epochs + 1)
    drawn = 0

    def done() -> float:
        return (
            len(run.curves["transfer"]) + len(run.curves["scratch"]) + (run.base_accuracy is not None)
        ) / points

    def draw() -> None:
        nonlocal drawn
        progress_slot.progress(
            min(done(), 1.0), text=tr("transfer.progress", phase=tr(f"transfer.phase.{phase(run)}"))
        )
        count = sum(map(len, run.curves.values()))
        if count > drawn:
            drawn = count
            draw_curves(run, chart_slot, f"transfer_live_{count}")

    job = run_in_line(
        "transfer",
        min(max_seconds, steps * SECONDS_PER_STEP),
        max_seconds,
        progress_slot,
        start=lambda: WorkerJob(
            transfer_job, TransferRequest(settings, data, max_seconds), float(limits.MAX_JOB_MEMORY_MB.value)
        ),
        apply=run.apply,
        progress=done,
        draw=draw,
        settle=lambda job: settle(run, job),
        refresh_seconds=REFRESH_SECONDS,
    )
    if job.outcome.error is not None:
        raise job.outcome.error


def phase(run: TransferRun) -> str:
    """Return which phase a run is in: base, transfer or scratch."""
    if run.base_accuracy is None:
        return "base"
    return "scratch" if run.curves["scratch"] else "transfer"


def settle(run: TransferRun, job: WorkerJob | None) -> None:
    """Record how the run ended in run, then mark it done."""
    try:
        result = job.outcome.result if job is not None and job.outcome is not None else None
        if isinstance(result, TransferResult):
            run.result = result
            run.curves = {"transfer": result.transfer_curve, "scratch": result.scratch_curve}
        run.status = result.status if isinstance(result, TransferResult) else "stopped"
    finally:
        run.done.set()


def draw_curves(run: TransferRun, slot, key: str = "transfer_chart") -> None:
    """Draw both validation-accuracy curves in slot."""
    names = {kind: tr(f"transfer.curve.{kind}") for kind in run.curves}
    figure = transfer_figure(run.curves, names, tr("transfer.axis.epoch"), tr("transfer.axis.accuracy"))
    slot.plotly_chart(figure, key=key)


def show_run(run: TransferRun, progress_slot, chart_slot) -> None:
    """Draw a run that has ended: its status, curves, accuracies and trainable parameter counts."""
    run.done.wait(SETTLE_WAIT_SECONDS)
    progress_slot.info(tr(f"transfer.status.{run.status}"))
    if not any(run.curves.values()):
        return
    draw_curves(run, chart_slot)
    result = run.result
    columns = st.columns(4)
    if run.base_accuracy is not None:
        columns[0].metric(tr("transfer.base_accuracy"), f"{run.base_accuracy:.1%}")
    for column, kind in zip(columns[1:3], ("transfer", "scratch"), strict=True):
        if run.curves[kind]:
            column.metric(tr(f"transfer.final.{kind}"), f"{run.curves[kind][-1]:.1%}")
    if result is not None and result.transfer_trainable:
        columns[3].metric(tr("transfer.trainable.transfer"), f"{result.transfer_trainable:,}")
        columns[3].metric(tr("transfer.trainable.scratch"), f"{result.scratch_trainable:,}")
        st.caption(
            tr(
                "transfer.counts_note",
                frozen=f"{result.frozen:,}",
                head=f"{result.transfer_trainable:,}",
                whole=f"{result.scratch_trainable:,}",
            )
        )


def render_transfer(seed: int) -> None:
    """Draw the transfer-learning section: settings, Run and Stop, live curves, the result and its code."""
    st.markdown(tr("transfer.intro"))
    settings = transfer_settings(seed)
    settings.check()
    root = current_data_root()
    if not dataset_present(settings.dataset, root):
        offer_download(settings.dataset, "transfer_download")
        return
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        pressed = st.button(tr("transfer.run"), type="primary", key="transfer_run_button", icon="▶️")
        st.button(tr("transfer.stop"), key="transfer_stop", icon="⏹️")  # any click ends a running script run
    progress_slot, chart_slot = st.empty(), st.empty()
    if pressed:
        run_live(settings, load_data(settings, root), progress_slot, chart_slot)
    run = st.session_state.get(RUN_KEY)
    if run is None:
        chart_slot.info(tr("transfer.press_run"))
    else:
        show_run(run, progress_slot, chart_slot)
    code_panel(transfer_code(settings, code_folder(root)))
