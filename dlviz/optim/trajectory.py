"""Run real torch.optim optimizers on a two-parameter tensor over a loss surface and record their paths."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import torch

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.optim.optimizers import RACERS, OptimizerSettings
from dlviz.optim.surfaces import Surface

DIVERGENCE_BOUND = 1e6


@dataclass(frozen=True)
class Trajectory:
    """Where one optimizer went: the points visited, the loss at each step, and when it diverged."""

    name: str
    path: np.ndarray
    losses: np.ndarray
    diverged_at: int | None

    @property
    def final_loss(self) -> float:
        """Return the loss after the last step (inf when the run diverged)."""
        return float(self.losses[-1])


def check_settings(settings: OptimizerSettings, steps: int) -> None:
    """Raise a UserFacingError for a step count or learning rate outside the caps."""
    limits.MAX_OPTIMIZER_STEPS.check(steps)
    if steps < 1:
        raise UserFacingError("optimizers.err.steps_positive")
    for rate in (settings.sgd_lr, settings.adaptive_lr):
        if not rate > 0 or not math.isfinite(rate):
            raise UserFacingError("optimizers.err.lr_positive", lr=rate)
        limits.MAX_ARENA_LEARNING_RATE.check(rate)


def run_trajectories(
    surface: Surface,
    names: list[str] | tuple[str, ...],
    start: tuple[float, float],
    settings: OptimizerSettings,
    steps: int,
) -> dict[str, Trajectory]:
    """Step each named optimizer `steps` times from start; one batched forward/backward serves all of them."""
    check_settings(settings, steps)
    params = [torch.tensor(start, dtype=torch.float64, requires_grad=True) for _ in names]
    optimizers = [RACERS[name].build([p], settings) for name, p in zip(names, params, strict=True)]
    paths = np.full((len(names), steps + 1, 2), np.nan)
    losses = np.full((len(names), steps + 1), np.inf)
    diverged: dict[int, int] = {}
    active = list(range(len(names)))
    for step in range(steps + 1):
        if not active:
            break
        stacked = torch.stack([params[i] for i in active])
        values = surface.loss(stacked[:, 0], stacked[:, 1])
        points = stacked.detach().numpy()
        numbers = values.detach().numpy()
        healthy = np.isfinite(numbers) & (np.abs(points).max(axis=1) <= DIVERGENCE_BOUND)
        for row, index in enumerate(active):
            if np.isfinite(points[row]).all():
                paths[index, step] = points[row]
            if healthy[row]:
                losses[index, step] = numbers[row]
            else:
                diverged[index] = step
        if step == steps:
            break
        still = [row for row in range(len(active)) if healthy[row]]
        active = [active[row] for row in still]
        if not active:
            break
        for index in active:
            params[index].grad = None  # what optimizer.zero_grad() does, without its bookkeeping
        values[still].sum().backward()
        for index in active:
            optimizers[index].step()
    return {name: _trajectory(name, paths[i], losses[i], diverged.get(i)) for i, name in enumerate(names)}


def _trajectory(name: str, path: np.ndarray, losses: np.ndarray, diverged_at: int | None) -> Trajectory:
    """Return a Trajectory keeping only the finite points of path."""
    finite = np.isfinite(path).all(axis=1)
    return Trajectory(name, path[finite], losses, diverged_at)
