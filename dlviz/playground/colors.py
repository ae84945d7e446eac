"""Colours of the Playground (the TensorFlow Playground's orange and blue) and pictures made of them."""

from __future__ import annotations

import base64
import io

import numpy as np
import torch
from PIL import Image

ORANGE = "#f59322"
BLUE = "#0877bd"
CLASS_COLORS = (ORANGE, BLUE, "#2ca02c", "#9467bd", "#d62728")
DIVERGING = [[0.0, ORANGE], [0.5, "#ffffff"], [1.0, BLUE]]
WHITE = np.full(3, 255, dtype=np.float32)


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


def png_data_uri(pixels: np.ndarray) -> str:
    """Return an (h, w, 3 or 4) uint8 picture as a PNG data: URI (row 0 at the top)."""
    mode = "RGBA" if pixels.shape[-1] == 4 else "RGB"
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(pixels), mode).save(buffer, format="PNG", compress_level=1)
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode()
