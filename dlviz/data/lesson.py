"""The seeds' Dataset lesson: a custom Dataset with __init__, __len__, __getitem__, and its sources."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import torch
from PIL import Image
from torch.utils.data import Dataset
from torchvision import transforms

from dlviz.data.images import DIGIT_CLASSES, VISION_DATASETS, digits_dataset, load_vision_dataset

SOURCES = ("digits", *VISION_DATASETS)


class ImageLabelDataset(Dataset):
    """Images and labels in memory, served one (image, label) pair at a time."""

    def __init__(self, images, labels, transform=None, target_transform=None):
        self.images = images  # uint8 (N, H, W), 0..255
        self.labels = labels  # int64 (N,)
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self):
        return len(self.labels)

    def __getitem__(self, idx):
        image = Image.fromarray(self.images[idx].numpy())  # PIL, as in torchvision
        label = int(self.labels[idx])
        if self.transform:
            image = self.transform(image)
        if self.target_transform:
            label = self.target_transform(label)
        return image, label


@dataclass(frozen=True)
class ImageSource:
    """Raw pixels (N, H, W) uint8 and labels (N,) int64 of one dataset, with its class names."""

    name: str
    images: torch.Tensor
    labels: torch.Tensor
    classes: list[str]


def image_source(name: str, root: Path | None = None, train: bool = False) -> ImageSource:
    """Return the pixels and labels of digits, or MNIST/FashionMNIST from the data folder."""
    if name == "digits":
        digits = digits_dataset()
        return ImageSource(name, digits.data, digits.targets, DIGIT_CLASSES)
    dataset = load_vision_dataset(name, root, train=train)
    classes = DIGIT_CLASSES if name == "mnist" else list(dataset.classes)
    return ImageSource(name, dataset.data, dataset.targets, classes)


def one_hot(num_classes: int = 10) -> transforms.Lambda:
    """Return the seeds' Lambda target transform: an integer label -> a one-hot float vector."""
    return transforms.Lambda(
        lambda y: torch.zeros(num_classes, dtype=torch.float).scatter_(0, torch.tensor(y), value=1)
    )


def lesson_dataset(
    source: ImageSource, to_tensor: bool = True, one_hot_labels: bool = False
) -> ImageLabelDataset:
    """Return the lesson Dataset over a source, with ToTensor and the one-hot Lambda as chosen."""
    transform: Callable | None = transforms.ToTensor() if to_tensor else None
    target_transform = one_hot(len(source.classes)) if one_hot_labels else None
    return ImageLabelDataset(source.images, source.labels, transform, target_transform)
