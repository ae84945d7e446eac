"""Learning-rate schedules: real torch.optim.lr_scheduler objects stepped once per epoch, rate recorded."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from dlviz import limits
from dlviz.errors import UserFacingError

PLATEAU_FLOOR = 0.2
PLATEAU_DECAY_EPOCHS = 6.0


@dataclass(frozen=True)
class ScheduleSettings:
    """Everything the schedule sliders set; each scheduler reads the fields it needs."""

    base_lr: float = 0.1
    epochs: int = 100
    step_size: int = 30
    gamma: float = 0.1
    milestones: tuple[int, ...] = (30, 60, 80)
    exp_gamma: float = 0.97
    t_max: int = 100
    eta_min: float = 0.0
    pct_start: float = 0.3
    anneal_strategy: str = "cos"
    factor: float = 0.1
    patience: int = 10
    noise: float = 0.01
    seed: int = 0


SCHEDULE_ARGUMENTS: dict[str, Callable[[ScheduleSettings], dict]] = {
    "StepLR": lambda s: {"step_size": s.step_size, "gamma": s.gamma},
    "MultiStepLR": lambda s: {"milestones": list(s.milestones), "gamma": s.gamma},
    "ExponentialLR": lambda s: {"gamma": s.exp_gamma},
    "CosineAnnealingLR": lambda s: {"T_max": s.t_max, "eta_min": s.eta_min},
    "OneCycleLR": lambda s: {
        "max_lr": s.base_lr,
        "total_steps": s.epochs,
        "pct_start": s.pct_start,
        "anneal_strategy": s.anneal_strategy,
    },
    "ReduceLROnPlateau": lambda s: {"mode": "min", "factor": s.factor, "patience": s.patience},
}
SCHEDULES = tuple(SCHEDULE_ARGUMENTS)


@dataclass(frozen=True)
class ScheduleRun:
    """The learning rate in use during each epoch, and the loss fed to ReduceLROnPlateau (else None)."""

    name: str
    lrs: np.ndarray
    losses: np.ndarray | None

    @property
    def changes(self) -> list[int]:
        """Return the epochs at which the rate differs from the epoch before."""
        return [
            int(e) for e in np.flatnonzero(~np.isclose(self.lrs[1:], self.lrs[:-1], rtol=1e-12, atol=0)) + 1
        ]


def check_schedule(settings: ScheduleSettings) -> None:
    """Raise a UserFacingError for an epoch count or base rate outside the caps."""
    limits.MAX_ARENA_SCHEDULE_EPOCHS.check(settings.epochs)
    if settings.epochs < 2:
        raise UserFacingError("optimizers.err.epochs_too_few")
    if not settings.base_lr > 0:
        raise UserFacingError("optimizers.err.lr_positive", lr=settings.base_lr)
    limits.MAX_ARENA_LEARNING_RATE.check(settings.base_lr)


def plateau_losses(settings: ScheduleSettings) -> np.ndarray:
    """Return a validation-like loss that falls fast and then flattens at 0.2, plus seeded noise."""
    epochs = torch.arange(settings.epochs, dtype=torch.float64)
    generator = torch.Generator().manual_seed(settings.seed)
    noise = torch.randn(settings.epochs, generator=generator, dtype=torch.float64)
    losses = (
        PLATEAU_FLOOR
        + (1 - PLATEAU_FLOOR) * torch.exp(-epochs / PLATEAU_DECAY_EPOCHS)
        + settings.noise * noise
    )
    return losses.numpy()


def build_scheduler(name: str, optimizer: torch.optim.Optimizer, settings: ScheduleSettings):
    """Return the torch.optim.lr_scheduler object called name for this optimizer."""
    if name not in SCHEDULE_ARGUMENTS:
        raise UserFacingError("optimizers.err.unknown_schedule", name=name)
    return getattr(torch.optim.lr_scheduler, name)(optimizer, **SCHEDULE_ARGUMENTS[name](settings))


def schedule_run(name: str, settings: ScheduleSettings) -> ScheduleRun:
    """Step an SGD optimizer and the named scheduler once per epoch; record get_last_lr() each epoch."""
    check_schedule(settings)
    weight = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight], lr=settings.base_lr)
    scheduler = build_scheduler(name, optimizer, settings)
    losses = plateau_losses(settings) if name == "ReduceLROnPlateau" else None
    lrs = []
    for epoch in range(settings.epochs):
        lrs.append(scheduler.get_last_lr()[0])
        optimizer.step()
        if epoch == settings.epochs - 1:
            break
        if losses is None:
            scheduler.step()
        else:
            scheduler.step(float(losses[epoch]))
    return ScheduleRun(name, np.array(lrs), losses)


def schedule_source(name: str, settings: ScheduleSettings) -> str:
    """Return the scheduler's constructor call as Python source."""
    args = ", ".join(f"{key}={value!r}" for key, value in SCHEDULE_ARGUMENTS[name](settings).items())
    return f"torch.optim.lr_scheduler.{name}(optimizer, {args})"


def schedule_code(name: str, settings: ScheduleSettings) -> str:
    """Return code that fills `lrs` (and `losses` for ReduceLROnPlateau) as the page does."""
    if name == "ReduceLROnPlateau":
        feed = f"""epochs = torch.arange({settings.epochs}, dtype=torch.float64)
generator = torch.Generator().manual_seed({settings.seed})
noise = torch.randn({settings.epochs}, generator=generator, dtype=torch.float64)
# A validation loss that falls fast, then flattens at {PLATEAU_FLOOR}, with noise
losses = {PLATEAU_FLOOR} + {1 - PLATEAU_FLOOR!r} * torch.exp(-epochs / {PLATEAU_DECAY_EPOCHS}) + {settings.noise!r} * noise
"""
        step = "scheduler.step(losses[epoch].item())  # ReduceLROnPlateau needs the metric"
    else:
        feed = ""
        step = "scheduler.step()"
    return f"""import torch

weight = torch.zeros(1, requires_grad=True)
optimizer = torch.optim.SGD([weight], lr={settings.base_lr!r})
scheduler = {schedule_source(name, settings)}
{feed}
lrs = []
for epoch in range({settings.epochs}):
    lrs.append(scheduler.get_last_lr()[0])  # the rate used during this epoch
    # ... one epoch of training: zero_grad(), backward(), optimizer.step() per batch ...
    optimizer.step()
    if epoch < {settings.epochs} - 1:
        {step}
print([round(lr, 6) for lr in lrs])
"""
