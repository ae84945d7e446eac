"""Random augmentations (rotation, flip, crop) drawn with a seed, several times from one image."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from PIL import Image
from torchvision import transforms

from dlviz import limits
from dlviz.rng import seeded


@dataclass(frozen=True)
class AugmentSettings:
    """Which augmentations to apply and their parameters."""

    rotation_degrees: float = 0.0
    flip_p: float = 0.0
    crop_scale_min: float = 1.0


def augmentation_pipeline(settings: AugmentSettings, side: int) -> transforms.Compose:
    """Return Compose([RandomRotation, RandomHorizontalFlip, RandomResizedCrop, ToTensor]) for the settings."""
    steps: list = []
    if settings.rotation_degrees > 0:
        steps.append(transforms.RandomRotation(settings.rotation_degrees))
    if settings.flip_p > 0:
        steps.append(transforms.RandomHorizontalFlip(settings.flip_p))
    if settings.crop_scale_min < 1:
        steps.append(transforms.RandomResizedCrop(side, scale=(settings.crop_scale_min, 1.0)))
    steps.append(transforms.ToTensor())
    return transforms.Compose(steps)


def augmented_draws(image: Image.Image, settings: AugmentSettings, count: int, seed: int) -> torch.Tensor:
    """Return count draws (count, 1, H, W) of the pipeline on one image, after torch.manual_seed(seed).

    The global generator is forked so other users of torch's default generator are not disturbed.
    """
    limits.MAX_DATA_GRID_IMAGES.check(count)
    pipeline = augmentation_pipeline(settings, image.size[1])
    with seeded(seed):
        return torch.stack([pipeline(image) for _ in range(count)])
