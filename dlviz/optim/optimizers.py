"""The arena's optimizers: name -> real torch.optim class and keyword arguments from the sliders."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch


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
class OptimizerSpec:
    """One arena optimizer: its torch.optim class name, keyword arguments and plot colour."""

    class_name: str
    kwargs: Callable[[OptimizerSettings], dict]
    color: str

    def build(self, params, settings: OptimizerSettings) -> torch.optim.Optimizer:
        """Return the torch.optim optimizer over params."""
        return getattr(torch.optim, self.class_name)(params, **self.kwargs(settings))

    def source(self, settings: OptimizerSettings, params: str = "[p]") -> str:
        """Return the constructor call as Python source."""
        args = ", ".join(f"{key}={value!r}" for key, value in self.kwargs(settings).items())
        return f"torch.optim.{self.class_name}({params}, {args})"


OPTIMIZERS: dict[str, OptimizerSpec] = {
    "SGD": OptimizerSpec("SGD", lambda s: {"lr": s.sgd_lr}, "#1f77b4"),
    "Momentum": OptimizerSpec("SGD", lambda s: {"lr": s.sgd_lr, "momentum": s.momentum}, "#ff7f0e"),
    "Nesterov": OptimizerSpec(
        "SGD", lambda s: {"lr": s.sgd_lr, "momentum": s.momentum, "nesterov": True}, "#8c564b"
    ),
    "Adagrad": OptimizerSpec("Adagrad", lambda s: {"lr": s.adaptive_lr}, "#2ca02c"),
    "RMSprop": OptimizerSpec("RMSprop", lambda s: {"lr": s.adaptive_lr, "alpha": s.rmsprop_alpha}, "#9467bd"),
    "Adam": OptimizerSpec("Adam", lambda s: {"lr": s.adaptive_lr, "betas": (s.beta1, s.beta2)}, "#d62728"),
    "AdamW": OptimizerSpec(
        "AdamW",
        lambda s: {"lr": s.adaptive_lr, "betas": (s.beta1, s.beta2), "weight_decay": s.weight_decay},
        "#e377c2",
    ),
}
