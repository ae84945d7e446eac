"""Whether a run is diverging, stuck or fine, read from its history alone, and which way its learning rate should go.

The loss's start is the first step's loss: it is computed before any update, so no learning rate has
touched it. The thresholds (measured on this lab's runs, see the README's Training Lab section):

- diverging: a loss that is NaN or infinite; or a last epoch's training loss above RISE_FACTOR × the
  start; or a step's loss above SPIKE_FACTOR × the start in a run that then stays stuck (Adam at
  learning rate 0.03 on DigitRecognizer: 2.3 → 199 at the second step, then 14% accuracy);
- stuck, after MIN_EPOCHS complete epochs: validation accuracy below chance (1 / classes) +
  CHANCE_MARGIN, or a last epoch's training loss less than FLAT_DROP below the start (flat);
- fine otherwise.

The learning rate of a run that is not fine should go lower when some step's loss rose above
RISE_FACTOR × the start or the loss ended above it, higher when the loss stayed flat and steady.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dlviz.training.history import RunRecord
from dlviz.training.status import complete_epochs

SPIKE_FACTOR = 10.0  # a step's loss this many times the start: the updates blew up
RISE_FACTOR = 1.5  # a last epoch's loss this many times the start: rising; a step's loss: unsteady
MIN_EPOCHS = 2  # stuck is judged only after this many complete epochs
CHANCE_MARGIN = 0.05  # accuracy below 1/classes + 0.05 is chance level (10 classes: 15%, 2 classes: 55%)
FLAT_DROP = 0.02  # a last epoch's loss less than 2% below the start: flat


@dataclass(frozen=True)
class Diagnosis:
    """A run's state (diverging, stuck, fine), its cause, the numbers that show it and the learning rate's way."""

    state: str = "fine"
    cause: str = ""  # not_finite, rising, spike, chance or flat
    lr_hint: str = ""  # lower, raise, or "" where the learning rate is not the clear culprit
    start: float = math.nan
    peak: float = math.nan
    peak_step: int = 0  # diagnose: the index in step_losses; diagnose_run: the engine's step number
    last: float = math.nan
    epochs: int = 0
    accuracy: float | None = None
    chance: float | None = None

    @property
    def fine(self) -> bool:
        return self.state == "fine"


def diagnose(
    step_losses: Sequence[float],
    epoch_losses: Sequence[float],
    val_accuracy: Sequence[float | None],
    classes: int,
) -> Diagnosis:
    """Return a run's diagnosis from its step losses, complete epochs' losses and accuracies (classes 0: regression)."""
    losses = [*step_losses, *epoch_losses]
    if any(not math.isfinite(loss) for loss in losses):
        return Diagnosis("diverging", "not_finite", "lower")
    if not step_losses:
        return Diagnosis()
    start = float(step_losses[0])
    peak_step = max(range(len(step_losses)), key=step_losses.__getitem__)
    peak = float(step_losses[peak_step])
    last = float(epoch_losses[-1]) if epoch_losses else math.nan
    accuracy = val_accuracy[-1] if val_accuracy else None
    chance = 1.0 / classes if classes >= 2 else None
    numbers = {
        "start": start,
        "peak": peak,
        "peak_step": peak_step,
        "last": last,
        "epochs": len(epoch_losses),
    }
    numbers |= {"accuracy": accuracy, "chance": chance}
    if start <= 0:
        return Diagnosis(**numbers)
    if epoch_losses and last > RISE_FACTOR * start:
        return Diagnosis("diverging", "rising", "lower", **numbers)
    stuck = _stuck_cause(len(epoch_losses), last / start, accuracy, chance)
    if not stuck:
        return Diagnosis(**numbers)
    if peak > SPIKE_FACTOR * start:
        return Diagnosis("diverging", "spike", "lower", **numbers)
    lr_hint = ""
    if peak > RISE_FACTOR * start or last > start:
        lr_hint = "lower"
    elif last > (1 - FLAT_DROP) * start:
        lr_hint = "raise"
    return Diagnosis("stuck", stuck, lr_hint, **numbers)


def _stuck_cause(epochs: int, ratio: float, accuracy: float | None, chance: float | None) -> str:
    """Return chance, flat or "" from the number of epochs, last/start loss ratio and accuracy."""
    if epochs < MIN_EPOCHS:
        return ""
    if chance is not None and accuracy is not None and accuracy < chance + CHANCE_MARGIN:
        return "chance"
    return "flat" if ratio > 1 - FLAT_DROP else ""


def diagnose_run(run: RunRecord, classes: int) -> Diagnosis:
    """Return the diagnosis of a run record (its kept steps and complete epochs) with this many classes."""
    epochs = complete_epochs(run)
    diagnosis = diagnose(
        [loss for _, loss, _ in run.steps],
        [epoch.train_loss for epoch in epochs],
        [epoch.metrics.get("accuracy") for epoch in epochs],
        classes,
    )
    if run.steps and diagnosis.peak_step < len(run.steps):
        diagnosis = replace(diagnosis, peak_step=run.steps[diagnosis.peak_step][0])
    return diagnosis
