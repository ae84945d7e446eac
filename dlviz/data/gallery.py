"""The datasets the lab can show: a seeded sample and the class balance of each."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import torch
from torchvision import datasets, transforms

from dlviz import limits
from dlviz.data.images import DIGIT_CLASSES, VISION_DATASETS
from dlviz.data.lesson import image_source
from dlviz.data.toys import CLASSIFICATION, make_toy

DOWNLOADABLE = tuple(VISION_DATASETS)
GALLERY = ("digits", "toys", "fake_data", *DOWNLOADABLE)


@dataclass(frozen=True)
class GalleryView:
    """A dataset's size, one sample's shape, class names and counts, and a seeded sample of it."""

    name: str
    length: int
    sample_shape: tuple[int, ...]
    classes: list[str]
    counts: list[int]
    labels: torch.Tensor
    images: torch.Tensor | None = None
    points: torch.Tensor | None = None


def seeded_indices(length: int, count: int, seed: int) -> torch.Tensor:
    """Return count distinct indices below length drawn with torch.randperm and a seeded generator."""
    return torch.randperm(length, generator=torch.Generator().manual_seed(seed))[: min(count, length)]


def image_view(
    name: str, count: int, seed: int, root: Path | None = None, train: bool = False
) -> GalleryView:
    """Return the view of digits, MNIST or FashionMNIST (the latter two from the data folder)."""
    limits.MAX_DATA_GRID_IMAGES.check(count)
    source = image_source(name, root, train)
    index = seeded_indices(len(source.labels), count, seed)
    counts = torch.bincount(source.labels, minlength=len(source.classes)).tolist()
    return GalleryView(
        name=name,
        length=len(source.labels),
        sample_shape=(1, *source.images.shape[1:]),
        classes=source.classes,
        counts=counts,
        labels=source.labels[index],
        images=source.images[index].float().unsqueeze(1) / 255.0,
    )


def fake_view(size: int, count: int, seed: int) -> GalleryView:
    """Return the view of torchvision's FakeData: size random 1×28×28 images in 10 classes."""
    limits.MAX_DATA_FAKE_SAMPLES.check(size)
    limits.MAX_DATA_GRID_IMAGES.check(count)
    fake = datasets.FakeData(
        size=size, image_size=(1, 28, 28), num_classes=10, transform=transforms.ToTensor(), random_offset=seed
    )
    items = [fake[i] for i in range(size)]
    labels = torch.tensor([label for _, label in items])
    shown = min(count, size)
    return GalleryView(
        name="fake_data",
        length=size,
        sample_shape=tuple(items[0][0].shape),
        classes=DIGIT_CLASSES,
        counts=torch.bincount(labels, minlength=10).tolist(),
        labels=labels[:shown],
        images=torch.stack([image for image, _ in items[:shown]]),
    )


def toy_view(toy: str, size: int, seed: int, noise: float = 0.1) -> GalleryView:
    """Return the view of a generated 2-D classification toy: all its points and class counts."""
    if toy not in CLASSIFICATION:
        toy = "spiral"
    data = make_toy(toy, n=size, noise=noise, seed=seed)
    return GalleryView(
        name="toys",
        length=size,
        sample_shape=tuple(data.x.shape[1:]),
        classes=[str(c) for c in range(data.num_classes)],
        counts=torch.bincount(data.y, minlength=data.num_classes).tolist(),
        labels=data.y,
        points=data.x,
    )
