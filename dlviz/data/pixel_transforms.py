"""ToTensor and Normalize on one image: pixel values and their statistics before and after."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from PIL import Image
from torchvision import transforms

from dlviz.errors import UserFacingError

SEED_MEAN = 0.1307
SEED_STD = 0.3081


@dataclass(frozen=True)
class ToTensorView:
    """One image as PIL pixels (H, W) uint8 0..255 and as ToTensor's (1, H, W) float32 0..1."""

    pil_pixels: np.ndarray
    tensor: torch.Tensor


@dataclass(frozen=True)
class NormalizeView:
    """A tensor before and after Normalize(mean, std), with the statistics of each."""

    before: torch.Tensor
    after: torch.Tensor
    mean: float
    std: float

    def stats(self) -> dict[str, tuple[float, float, float, float]]:
        """Return name -> (mean, std, min, max) of the tensor before and after."""
        return {name: _stats(t) for name, t in (("before", self.before), ("after", self.after))}


def _stats(values: torch.Tensor) -> tuple[float, float, float, float]:
    """Return mean, standard deviation, min and max of a tensor."""
    return (
        float(values.mean()),
        float(values.std()),
        float(values.min()),
        float(values.max()),
    )


def to_tensor_view(image: Image.Image) -> ToTensorView:
    """Return the PIL pixel values and transforms.ToTensor()'s output for one image."""
    return ToTensorView(np.asarray(image).copy(), transforms.ToTensor()(image))


def normalize_view(tensor: torch.Tensor, mean: float, std: float) -> NormalizeView:
    """Return a tensor before and after transforms.Normalize((mean,), (std,)); std must be positive."""
    if not std > 0:
        raise UserFacingError("data.err.std_positive", std=std)
    after = transforms.Normalize((mean,), (std,))(tensor)
    return NormalizeView(tensor, after, mean, std)


def brightest_window(values: np.ndarray | torch.Tensor, size: int = 8) -> tuple[int, int]:
    """Return (top, left) of the size×size patch with the largest pixel sum (the most ink)."""
    array = np.asarray(values, dtype=float)
    size = min(size, *array.shape)
    sums = np.lib.stride_tricks.sliding_window_view(array, (size, size)).sum(axis=(-1, -2))
    top, left = np.unravel_index(int(np.argmax(sums)), sums.shape)
    return int(top), int(left)


def window(values: np.ndarray | torch.Tensor, top: int, left: int, size: int = 8) -> np.ndarray:
    """Return the size×size patch of a 2-D array starting at (top, left)."""
    return np.asarray(values)[top : top + size, left : left + size]


def pixel_mean_std(images: torch.Tensor) -> tuple[float, float]:
    """Return the mean and standard deviation over all pixels of uint8 images, scaled to 0..1."""
    scaled = images.to(torch.float64) / 255.0
    return float(scaled.mean()), float(scaled.std())
