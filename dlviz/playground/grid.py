"""The input plane as a grid, and what the network (and each of its neurons) computes on it."""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch
from torch import nn

from dlviz.playground.features import feature_matrix
from dlviz.playground.network import hidden_outputs

BOUNDARY_RESOLUTION = 60
NEURON_RESOLUTION = 24


@dataclass(frozen=True)
class PlaneGrid:
    """A square grid of cell centres over [-extent, extent]²: coordinates xs (columns) and ys (rows)."""

    xs: torch.Tensor
    ys: torch.Tensor

    @property
    def points(self) -> torch.Tensor:
        """Return the (rows * columns, 2) grid points, row by row (y outer, x inner)."""
        gy, gx = torch.meshgrid(self.ys, self.xs, indexing="ij")
        return torch.stack([gx.reshape(-1), gy.reshape(-1)], 1)

    @property
    def extent(self) -> float:
        """Return the half-width of the square the grid's cells cover."""
        return (
            float(self.xs[-1] + (self.xs[1] - self.xs[0]) / 2) if len(self.xs) > 1 else float(abs(self.xs[0]))
        )

    @property
    def shape(self) -> tuple[int, int]:
        """Return (rows, columns)."""
        return len(self.ys), len(self.xs)


def plane_extent(points: torch.Tensor) -> float:
    """Return a half-width that holds every point with a margin, rounded up to 0.1 (at least 1)."""
    reach = float(points.abs().max()) * 1.08 if len(points) else 1.0
    return max(1.0, math.ceil(reach * 10) / 10)


def plane_grid(extent: float, resolution: int) -> PlaneGrid:
    """Return the centres of resolution x resolution equal cells tiling [-extent, extent]²."""
    axis = ((torch.arange(resolution, dtype=torch.float32) + 0.5) / resolution * 2 - 1) * extent
    return PlaneGrid(axis, axis)


@dataclass(frozen=True)
class BoundaryValues:
    """The network's answer on a grid: value (rows, cols) and, for 3+ classes, the winning class and its confidence."""

    grid: PlaneGrid
    value: torch.Tensor
    predicted: torch.Tensor | None = None
    confidence: torch.Tensor | None = None


def model_outputs(model: nn.Module, points: torch.Tensor, features: tuple[str, ...]) -> torch.Tensor:
    """Return the model's outputs (eval mode, no gradients) on the features of points."""
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    with torch.no_grad():
        output = model(feature_matrix(points, features).to(device)).cpu()
    model.train(was_training)
    return output


def boundary_values(
    model: nn.Module, features: tuple[str, ...], num_classes: int, grid: PlaneGrid
) -> BoundaryValues:
    """Return p(class 1) - p(class 0) for 2 classes, the predicted value for regression, class + confidence otherwise."""
    output = model_outputs(model, grid.points, features)
    rows_cols = grid.shape
    if num_classes == 0:
        return BoundaryValues(grid, output[:, 0].reshape(rows_cols))
    probabilities = output.softmax(1)
    if num_classes == 2:
        return BoundaryValues(grid, (probabilities[:, 1] - probabilities[:, 0]).reshape(rows_cols))
    confidence, predicted = probabilities.max(1)
    return BoundaryValues(
        grid,
        predicted.float().reshape(rows_cols),
        predicted.reshape(rows_cols),
        confidence.reshape(rows_cols),
    )


def neuron_values(model: nn.Sequential, features: tuple[str, ...], grid: PlaneGrid) -> list[torch.Tensor]:
    """Return, per diagram column (inputs, each hidden layer, outputs), a (neurons, rows, cols) tensor of outputs."""
    inputs = feature_matrix(grid.points, features)
    device = next(model.parameters()).device
    was_training = model.training
    model.eval()
    with torch.no_grad():
        hidden = [h.cpu() for h in hidden_outputs(model, inputs.to(device))]
        outputs = model(inputs.to(device)).cpu()
    model.train(was_training)
    rows, cols = grid.shape
    return [column.T.reshape(-1, rows, cols) for column in [inputs, *hidden, outputs]]
