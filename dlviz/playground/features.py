"""Input features computed from the two coordinates (x1, x2), as in the TensorFlow Playground."""

from __future__ import annotations

from collections.abc import Callable

import torch

FeatureFn = Callable[[torch.Tensor, torch.Tensor], torch.Tensor]

# name -> (function of x1, x2; the same expression as PyTorch source, for the code export)
FEATURES: dict[str, tuple[FeatureFn, str]] = {
    "x1": (lambda x1, x2: x1, "x1"),
    "x2": (lambda x1, x2: x2, "x2"),
    "x1sq": (lambda x1, x2: x1 * x1, "x1 * x1"),
    "x2sq": (lambda x1, x2: x2 * x2, "x2 * x2"),
    "x1x2": (lambda x1, x2: x1 * x2, "x1 * x2"),
    "sinx1": (lambda x1, x2: torch.sin(x1), "torch.sin(x1)"),
    "sinx2": (lambda x1, x2: torch.sin(x2), "torch.sin(x2)"),
}
FEATURE_LABELS = {
    "x1": "x₁",
    "x2": "x₂",
    "x1sq": "x₁²",
    "x2sq": "x₂²",
    "x1x2": "x₁·x₂",
    "sinx1": "sin x₁",
    "sinx2": "sin x₂",
}
DEFAULT_FEATURES = ("x1", "x2")


def feature_matrix(points: torch.Tensor, names: tuple[str, ...]) -> torch.Tensor:
    """Return the (n, len(names)) matrix of the named features of points (n, 2), in FEATURES order."""
    x1, x2 = points[:, 0], points[:, 1]
    ordered = [name for name in FEATURES if name in names]
    return torch.stack([FEATURES[name][0](x1, x2) for name in ordered], 1)


def ordered_features(names) -> tuple[str, ...]:
    """Return the known feature names among names, in the canonical FEATURES order."""
    wanted = set(names)
    return tuple(name for name in FEATURES if name in wanted)


def feature_source(names: tuple[str, ...]) -> str:
    """Return the PyTorch expression list (as source) that feature_matrix computes."""
    return ", ".join(FEATURES[name][1] for name in ordered_features(names))
