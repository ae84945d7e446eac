"""Generated 2-D classification toys and a 1-D regression curve, one signature each, seeded."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch
from sklearn import datasets as skdata

from dlviz import limits


@dataclass(frozen=True)
class ToyData:
    """Points x (n, d) float32 and targets y: class indices (int64) or values (float32, (n, 1))."""

    x: torch.Tensor
    y: torch.Tensor
    num_classes: int

    @property
    def is_regression(self) -> bool:
        """Return whether y holds real values rather than class indices."""
        return self.num_classes == 0


def spiral(n: int, noise: float, rng: np.random.Generator, classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Interleaved spiral arms, one per class."""
    labels = np.arange(n) % classes
    radius = rng.uniform(0.05, 1.0, n)
    angle = 1.75 * 2 * math.pi * radius + labels * 2 * math.pi / classes
    points = np.stack([radius * np.sin(angle), radius * np.cos(angle)], 1)
    return points + rng.normal(0, noise * 0.1, points.shape), labels


def xor(n: int, noise: float, rng: np.random.Generator, classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Four quadrants; same-sign quadrants share a class."""
    points = rng.uniform(-1, 1, (n, 2))
    points += np.sign(points) * 0.05
    labels = (points[:, 0] * points[:, 1] < 0).astype(np.int64)
    return points + rng.normal(0, noise * 0.1, points.shape), labels


def moons(n: int, noise: float, rng: np.random.Generator, classes: int = 2) -> tuple[np.ndarray, np.ndarray]:
    """Two interleaving half circles (scikit-learn's make_moons), centred and scaled to [-1, 1]."""
    points, labels = skdata.make_moons(n, noise=noise * 0.2, random_state=int(rng.integers(2**31)))
    return (points - [0.5, 0.25]) / 1.5, labels


def circles(
    n: int, noise: float, rng: np.random.Generator, classes: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """A disc inside a ring (scikit-learn's make_circles)."""
    points, labels = skdata.make_circles(
        n, noise=noise * 0.1, factor=0.5, random_state=int(rng.integers(2**31))
    )
    return points, labels


def gaussian(
    n: int, noise: float, rng: np.random.Generator, classes: int = 2
) -> tuple[np.ndarray, np.ndarray]:
    """Gaussian blobs around centres on a circle, one per class (scikit-learn's make_blobs)."""
    angles = np.arange(classes) * 2 * math.pi / classes + math.pi / 4
    centres = 0.55 * np.stack([np.cos(angles), np.sin(angles)], 1)
    points, labels = skdata.make_blobs(
        n, centers=centres, cluster_std=0.1 + noise * 0.25, random_state=int(rng.integers(2**31))
    )
    return points, labels


def plane(n: int, noise: float, rng: np.random.Generator, classes: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """Regression: y = (x1 + x2) / 2 plus noise, on the square [-1, 1]²."""
    points = rng.uniform(-1, 1, (n, 2))
    values = points.sum(1) / 2 + rng.normal(0, noise * 0.1, n)
    return points, values


def curve(n: int, noise: float, rng: np.random.Generator, classes: int = 0) -> tuple[np.ndarray, np.ndarray]:
    """1-D regression: y = sin(3x) + x/2 plus noise, x in [-1, 1]."""
    points = rng.uniform(-1, 1, (n, 1))
    values = np.sin(3 * points[:, 0]) + points[:, 0] / 2 + rng.normal(0, noise * 0.1, n)
    return points, values


Generator = Callable[..., tuple[np.ndarray, np.ndarray]]
CLASSIFICATION: dict[str, Generator] = {
    "spiral": spiral,
    "moons": moons,
    "circles": circles,
    "xor": xor,
    "gaussian": gaussian,
}
REGRESSION: dict[str, Generator] = {"plane": plane, "curve": curve}
TOYS: dict[str, Generator] = {**CLASSIFICATION, **REGRESSION}
MULTICLASS = {"spiral", "gaussian"}


def make_toy(name: str, n: int = 500, noise: float = 0.0, seed: int = 0, classes: int = 2) -> ToyData:
    """Return n points of the named toy with noise in [0, 1]; classes > 2 only for spiral and gaussian."""
    limits.MAX_TOY_SAMPLES.check(n)
    rng = np.random.default_rng(seed)
    if name in REGRESSION:
        points, values = TOYS[name](n, noise, rng)
        return ToyData(
            torch.as_tensor(points, dtype=torch.float32),
            torch.as_tensor(values, dtype=torch.float32).unsqueeze(1),
            0,
        )
    classes = classes if name in MULTICLASS else 2
    points, labels = TOYS[name](n, noise, rng, classes)
    return ToyData(
        torch.as_tensor(points, dtype=torch.float32), torch.as_tensor(labels, dtype=torch.int64), classes
    )
