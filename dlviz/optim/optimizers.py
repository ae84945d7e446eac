"""The arena's racers: the shared optimizers, each with keyword arguments from the sliders and a colour."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch

from dlviz.components.optimizers import OPTIMIZERS, optimizer_code


@dataclass(frozen=True)
class OptimizerSettings:
    """The hyperparameters the arena's sliders set."""

    sgd_lr: float = 0.01
    adaptive_lr: float = 0.05
    momentum: float = 0.9
    beta1: float = 0.9
    beta2: float = 0.999
    rmsprop_alpha: float = 0.99
    weight_decay: float = 0.01


@dataclass(frozen=True)
class Racer:
    """One optimizer in the race: a shared optimizer's name, its keyword arguments from the sliders, a colour."""

    optimizer: str
    kwargs: Callable[[OptimizerSettings], dict]
    color: str

    def build(self, params, settings: OptimizerSettings) -> torch.optim.Optimizer:
        """Return the torch.optim optimizer over params."""
        return OPTIMIZERS[self.optimizer](params, **self.kwargs(settings))

    def source(self, settings: OptimizerSettings, params: str = "[p]") -> str:
        """Return the constructor call as Python source."""
        return optimizer_code(self.optimizer, self.kwargs(settings), params)


RACERS: dict[str, Racer] = {
    "SGD": Racer("sgd", lambda s: {"lr": s.sgd_lr}, "#1f77b4"),
    "Momentum": Racer("sgd", lambda s: {"lr": s.sgd_lr, "momentum": s.momentum}, "#ff7f0e"),
    "Nesterov": Racer("sgd", lambda s: {"lr": s.sgd_lr, "momentum": s.momentum, "nesterov": True}, "#8c564b"),
    "Adagrad": Racer("adagrad", lambda s: {"lr": s.adaptive_lr}, "#2ca02c"),
    "RMSprop": Racer("rmsprop", lambda s: {"lr": s.adaptive_lr, "alpha": s.rmsprop_alpha}, "#9467bd"),
    "Adam": Racer("adam", lambda s: {"lr": s.adaptive_lr, "betas": (s.beta1, s.beta2)}, "#d62728"),
    "AdamW": Racer(
        "adamw",
        lambda s: {"lr": s.adaptive_lr, "betas": (s.beta1, s.beta2), "weight_decay": s.weight_decay},
        "#e377c2",
    ),
}
