"""Two-parameter loss surfaces: formulas, plot ranges, default starts and minima."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import torch

from dlviz.errors import UserFacingError

DEFAULT_CONDITION = 10.0


@dataclass(frozen=True)
class Surface:
    """A loss f(x, y) given both as Python source (for the code panel) and as a callable."""

    name: str
    expression: str
    x_range: tuple[float, float]
    y_range: tuple[float, float]
    start: tuple[float, float]
    minima: tuple[tuple[float, float], ...]
    minimum_value: float
    sgd_lr: float
    adaptive_lr: float
    condition: float = 1.0
    coefficients: tuple[float, ...] = ()

    def loss(self, x, y):
        """Return f(x, y) for tensors or arrays of any matching shape."""
        if self.coefficients:
            a, b, c, d, e, f = self.coefficients
            return a * x**2 + b * y**2 + c * x * y + d * x + e * y + f
        if self.name == "bowl":
            return 0.5 * (x**2 + self.condition * y**2)
        return _FORMULAS[self.name](x, y)


_FORMULAS = {
    "rosenbrock": lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2,
    "beale": lambda x, y: (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2,
    "saddle": lambda x, y: x**2 - y**2 / 2 + y**4 / 4,
    "himmelblau": lambda x, y: (x**2 + y - 11) ** 2 + (x + y**2 - 7) ** 2,
}

SURFACE_NAMES = ("bowl", "rosenbrock", "beale", "saddle", "himmelblau")


def get_surface(name: str, condition: float = DEFAULT_CONDITION) -> Surface:
    """Return the surface called name; the bowl (x^2 + condition * y^2) / 2 takes its condition number."""
    if name == "bowl":
        return Surface(
            "bowl",
            f"0.5 * (x ** 2 + {float(condition)!r} * y ** 2)",
            (-2.0, 2.0),
            (-2.0, 2.0),
            (-1.8, 1.5),
            ((0.0, 0.0),),
            0.0,
            0.05,
            0.1,
            float(condition),
        )
    if name not in _SURFACES:
        raise UserFacingError("optimizers.err.unknown_surface", name=name)
    return _SURFACES[name]


_SURFACES = {
    "rosenbrock": Surface(
        "rosenbrock",
        "(1 - x) ** 2 + 100 * (y - x ** 2) ** 2",
        (-2.0, 2.0),
        (-1.0, 3.0),
        (-1.5, 2.5),
        ((1.0, 1.0),),
        0.0,
        0.001,
        0.05,
    ),
    "beale": Surface(
        "beale",
        "(1.5 - x + x * y) ** 2 + (2.25 - x + x * y ** 2) ** 2 + (2.625 - x + x * y ** 3) ** 2",
        (-4.5, 4.5),
        (-4.5, 4.5),
        (-1.0, 2.0),
        ((3.0, 0.5),),
        0.0,
        0.002,
        0.05,
    ),
    "saddle": Surface(
        "saddle",
        "x ** 2 - y ** 2 / 2 + y ** 4 / 4",
        (-2.0, 2.0),
        (-2.0, 2.0),
        (-1.8, 0.001),
        ((0.0, 1.0), (0.0, -1.0)),
        -0.25,
        0.05,
        0.05,
    ),
    "himmelblau": Surface(
        "himmelblau",
        "(x ** 2 + y - 11) ** 2 + (x + y ** 2 - 7) ** 2",
        (-5.0, 5.0),
        (-5.0, 5.0),
        (-0.5, -4.5),
        ((3.0, 2.0), (-2.805118, 3.131312), (-3.779310, -3.283186), (3.584428, -1.848126)),
        0.0,
        0.005,
        0.1,
    ),
}


@lru_cache(maxsize=32)
def loss_grid(surface: Surface, size: int = 90) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return grid x values, y values and f on the grid (rows are y), computed with torch."""
    xs = torch.linspace(*surface.x_range, size, dtype=torch.float64)
    ys = torch.linspace(*surface.y_range, size, dtype=torch.float64)
    grid_y, grid_x = torch.meshgrid(ys, xs, indexing="ij")
    return xs.numpy(), ys.numpy(), surface.loss(grid_x, grid_y).numpy()
