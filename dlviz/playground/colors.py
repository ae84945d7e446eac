"""Colours of the Playground (the TensorFlow Playground's orange and blue), as the canvas paints them.

dlviz/ui/playground/canvas.js does the same arithmetic in the browser; these are its reference.
"""

from __future__ import annotations

import numpy as np
import torch

from dlviz.playground.grid import BoundaryValues

ORANGE = "#f59322"
BLUE = "#0877bd"
CLASS_COLORS = (ORANGE, BLUE, "#2ca02c", "#9467bd", "#d62728")
WHITE = np.full(3, 255, dtype=np.float32)
BACKGROUND_STRENGTH = 0.75  # how strongly the boundary background is coloured (points are full colour)


def rgb(color: str) -> np.ndarray:
    """Return a #rrggbb colour as a float array of 0..255."""
    return np.array([int(color[i : i + 2], 16) for i in (1, 3, 5)], dtype=np.float32)


def diverging_colors(values: torch.Tensor, reach: float) -> np.ndarray:
    """Return uint8 RGB colours (..., 3): orange at -reach, white at 0, blue at +reach (white for NaN: a diverged net)."""
    share = np.nan_to_num(values.detach().cpu().numpy() / reach, nan=0.0).clip(-1, 1)[..., None]
    colors = np.where(share >= 0, WHITE + (rgb(BLUE) - WHITE) * share, WHITE + (rgb(ORANGE) - WHITE) * -share)
    return colors.round().astype(np.uint8)


def class_colors(predicted: torch.Tensor, strength: torch.Tensor) -> np.ndarray:
    """Return uint8 RGB colours (..., 3): each class's colour, mixed with white where strength (0..1) is low."""
    palette = np.stack([rgb(color) for color in CLASS_COLORS])
    base = palette[predicted.cpu().numpy()]
    amount = strength.detach().cpu().numpy().clip(0, 1)[..., None]
    return (WHITE + (base - WHITE) * amount).round().astype(np.uint8)


def paler(colors: np.ndarray, amount: float) -> np.ndarray:
    """Return colours mixed with white: amount 1 keeps them, 0 makes them white."""
    return (WHITE + (colors.astype(np.float32) - WHITE) * amount).round().astype(np.uint8)


def boundary_colors(boundary: BoundaryValues, num_classes: int) -> np.ndarray:
    """Return the (rows, cols, 3) background colours: diverging for 2 classes/regression, per class otherwise."""
    if boundary.predicted is not None:
        share = 1 / num_classes
        strength = 0.15 + 0.85 * ((boundary.confidence - share) / (1 - share)).clamp(0, 1)
        return paler(class_colors(boundary.predicted, strength), BACKGROUND_STRENGTH)
    return paler(diverging_colors(boundary.value, 1.0), BACKGROUND_STRENGTH)
