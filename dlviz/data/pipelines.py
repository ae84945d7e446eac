"""Compose order matters: the same steps in two orders, checked for types and run."""

from __future__ import annotations

from dataclasses import dataclass

import torch
from PIL import Image
from torchvision import transforms
from torchvision.transforms import functional as TF

from dlviz.errors import UserFacingError
from dlviz.rng import seeded

STEPS = ("to_tensor", "normalize", "rotate", "flip", "center_crop", "resize")
NEEDS_TENSOR = {"normalize"}
NEEDS_PIL = {"to_tensor"}


@dataclass(frozen=True)
class StepSettings:
    """Parameters shared by both pipelines' steps (deterministic, so only the order differs)."""

    mean: float = 0.1307
    std: float = 0.3081
    angle: float = 30.0
    crop: int = 20
    resize: int = 14


def make_step(name: str, settings: StepSettings):
    """Return the torchvision transform for a step name (rotation and flip made deterministic)."""
    factories = {
        "to_tensor": lambda: transforms.ToTensor(),
        "normalize": lambda: transforms.Normalize((settings.mean,), (settings.std,)),
        "rotate": lambda: transforms.RandomRotation((settings.angle, settings.angle)),
        "flip": lambda: transforms.RandomHorizontalFlip(p=1.0),
        "center_crop": lambda: transforms.CenterCrop(settings.crop),
        "resize": lambda: transforms.Resize(settings.resize),
    }
    if name not in factories:
        raise UserFacingError("data.err.unknown_step", step=name)
    return factories[name]()


def check_order(steps: list[str]) -> None:
    """Raise a user-facing error where a step receives the wrong kind of input (PIL vs tensor)."""
    is_tensor = False
    for position, name in enumerate(steps, start=1):
        if name in NEEDS_TENSOR and not is_tensor:
            raise UserFacingError("data.err.needs_tensor", step_key=f"data.step.{name}", position=position)
        if name in NEEDS_PIL and is_tensor:
            raise UserFacingError("data.err.needs_pil", step_key=f"data.step.{name}", position=position)
        is_tensor = is_tensor or name == "to_tensor"


def run_pipeline(image: Image.Image, steps: list[str], settings: StepSettings) -> torch.Tensor:
    """Return Compose(steps)(image) as a float tensor (a final PIL image is converted with ToTensor)."""
    if not steps:
        raise UserFacingError("data.err.empty_pipeline")
    check_order(steps)
    with seeded(0):  # the rotation and flip are fixed, yet torchvision draws from torch's generator for them
        result = transforms.Compose([make_step(name, settings) for name in steps])(image)
    return result if isinstance(result, torch.Tensor) else TF.to_tensor(result)


def compare(first: torch.Tensor, second: torch.Tensor) -> float | None:
    """Return the largest absolute difference of two results, or None if their shapes differ."""
    if first.shape != second.shape:
        return None
    return float((first - second).abs().max())
