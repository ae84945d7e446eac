"""The Training Lab's optimizer settings and learning-rate schedulers, over the shared registries."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz.components.optimizers import OPTIMIZERS
from dlviz.errors import UserFacingError

TRAINING_LOSSES = ("cross_entropy", "nll", "mse", "l1")  # the Training Lab's subset of LOSSES
SCHEDULERS = ("none", "step", "plateau", "cosine")


@dataclass(frozen=True)
class OptimizerSpec:
    """Optimizer and scheduler settings."""

    name: str = "adam"
    lr: float = 0.01
    momentum: float = 0.0
    nesterov: bool = False
    weight_decay: float = 0.0
    scheduler: str = "none"
    step_size: int = 5
    gamma: float = 0.5


def build_optimizer(spec: OptimizerSpec, parameters) -> torch.optim.Optimizer:
    """Return the optimizer for spec over parameters (momentum/Nesterov only where the class takes them)."""
    if spec.name == "sgd" and spec.nesterov and spec.momentum <= 0:
        raise UserFacingError("training.err.nesterov_needs_momentum")
    return OPTIMIZERS[spec.name](parameters, **optimizer_kwargs(spec))


def optimizer_kwargs(spec: OptimizerSpec) -> dict:
    """Return the keyword arguments build_optimizer passes (for the exported code)."""
    kwargs: dict = {"lr": spec.lr, "weight_decay": spec.weight_decay}
    if spec.name == "sgd":
        kwargs.update(momentum=spec.momentum, nesterov=spec.nesterov)
    elif spec.name == "rmsprop":
        kwargs["momentum"] = spec.momentum
    return kwargs


def scheduler_call(spec: OptimizerSpec, epochs: int) -> str | None:
    """Return the scheduler constructor as code taking `optimizer`, or None."""
    if spec.scheduler == "step":
        return f"torch.optim.lr_scheduler.StepLR(optimizer, step_size={spec.step_size}, gamma={spec.gamma})"
    if spec.scheduler == "plateau":
        return f"torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor={spec.gamma}, patience=2)"
    if spec.scheduler == "cosine":
        return f"torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max={max(epochs, 1)})"
    return None


def build_scheduler(spec: OptimizerSpec, optimizer: torch.optim.Optimizer, epochs: int):
    """Return the learning-rate scheduler for spec, or None."""
    if spec.scheduler == "step":
        return torch.optim.lr_scheduler.StepLR(optimizer, step_size=spec.step_size, gamma=spec.gamma)
    if spec.scheduler == "plateau":
        return torch.optim.lr_scheduler.ReduceLROnPlateau(optimizer, factor=spec.gamma, patience=2)
    if spec.scheduler == "cosine":
        return torch.optim.lr_scheduler.CosineAnnealingLR(optimizer, T_max=max(epochs, 1))
    return None
