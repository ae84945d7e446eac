"""Run records: what a run logged as it went, kept so the next runs can be overlaid and compared."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from dlviz.figures.thinning import thinned_indices
from dlviz.training.engine import EpochEvent, StepEvent
from dlviz.training.experiment import ExperimentConfig

MAX_KEPT_RUNS = 4
KEPT_STEP_POINTS = 1200  # twice what a chart shows (figures.MAX_STEP_POINTS)


@dataclass
class RunRecord:
    """One run's settings, label, per-epoch events and (thinned) per-step losses."""

    config: ExperimentConfig
    label: str
    number: int = 0
    epochs: list[EpochEvent] = field(default_factory=list)
    changes: list[tuple[str, object, object]] = field(
        default_factory=list
    )  # (setting, old, new) since the run before
    steps: list[tuple[int, float, float]] = field(default_factory=list)
    step_count: int = 0  # steps trained; `steps` keeps an evenly spread subset once the run ends
    status: str = "running"
    planned_epochs: int = 0
    steps_per_epoch: int = 0
    seconds: float = 0.0

    def on_step(self, event: StepEvent) -> None:
        """Keep (step, loss, lr) of every step."""
        self.add_steps([(event.step, event.loss, event.lr)])

    def add_steps(self, rows: list[tuple[int, float, float]]) -> None:
        """Keep (step, loss, lr) rows of steps just trained."""
        self.steps.extend(rows)
        self.step_count += len(rows)

    def thin_steps(self, limit: int = KEPT_STEP_POINTS) -> None:
        """Keep at most limit evenly spread steps (a finished run's session state stays small)."""
        self.steps = [self.steps[i] for i in thinned_indices(len(self.steps), limit)]

    def on_epoch(self, event: EpochEvent) -> None:
        """Keep the epoch summary."""
        self.epochs.append(event)

    def column(self, name: str) -> list[float | None]:
        """Return one per-epoch value: train_loss, val_loss, lr, or a metric name."""
        if name in ("train_loss", "val_loss", "lr"):
            return [getattr(e, name) for e in self.epochs]
        return [e.metrics.get(name) for e in self.epochs]


def run_label(
    number: int,
    changes: list[tuple[str, object, object]],
    describe: Callable[[str, object, object], str],
    separator: str = ", ",
) -> str:
    """Return '#n' plus the first two changes written by describe(setting, old, new), e.g. '#3 lr 0.01→0.1 +2'."""
    shown = separator.join(describe(name, old, new) for name, old, new in changes[:2])
    more = f" +{len(changes) - 2}" if len(changes) > 2 else ""
    return f"#{number} {shown}{more}".rstrip()


def keep_recent(runs: list[RunRecord], run: RunRecord, keep: int = MAX_KEPT_RUNS) -> list[RunRecord]:
    """Return runs with run appended, dropping the oldest beyond keep."""
    return [*runs, run][-keep:]
