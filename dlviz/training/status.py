"""What the Training Lab says about a run once it has ended: its best epoch and its status line."""

from __future__ import annotations

from dlviz import limits
from dlviz.training.history import RunRecord
from dlviz.training.metrics import best_epoch


def complete_epochs(run: RunRecord) -> list:
    """Return the run's epochs that ran to the end (a stopped epoch is partial)."""
    return [epoch for epoch in run.epochs if not epoch.partial]


def run_best_epoch(run: RunRecord) -> int | None:
    """Return the complete epoch with the lowest validation (else training) loss, or None before any."""
    complete = complete_epochs(run)
    if not complete:
        return None
    return best_epoch([e.train_loss for e in complete], [e.val_loss for e in complete])


def status_line(run: RunRecord, device: str) -> tuple[str, dict]:
    """Return the i18n key and parameters of the run's status: finished, stopped or at its time limit."""
    epochs = len(complete_epochs(run))
    if run.status == "time_limit":
        return "training.status.time_limit", {"epochs": epochs, "seconds": f"{run.seconds:.0f}"}
    seconds = f"{run.seconds:.2f}" if run.seconds < 10 else f"{run.seconds:.1f}"
    return f"training.status.{run.status}", {
        "epochs": epochs,
        "steps": run.step_count,
        "seconds": seconds,
        "device": device,
    }


def run_budget(epochs: int, pressed_train: bool) -> tuple[int, float]:
    """Return (epochs, seconds) a run may take: the settings' epochs on Train, an auto-run's caps otherwise."""
    if pressed_train:
        return epochs, float(limits.MAX_TRAIN_SECONDS.value)
    return min(epochs, int(limits.MAX_AUTO_RUN_EPOCHS.value)), float(limits.MAX_AUTO_RUN_SECONDS.value)
