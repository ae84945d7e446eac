"""Dataset registry for training: 2-D toys, a 1-D regression curve, 8×8 digits, MNIST and FashionMNIST."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import torch
import torch.nn.functional as F
from torchvision import transforms

from dlviz import limits
from dlviz.data import images, toys

TOY_DATASETS = ("spiral", "moons", "circles", "xor", "gaussian", "curve")
IMAGE_DATASETS = ("digits", "mnist", "fashion_mnist")
DATASETS = TOY_DATASETS + IMAGE_DATASETS
NORMALIZATION = {
    "digits": ((0.1307,), (0.3081,)),
    "mnist": ((0.1307,), (0.3081,)),
    "fashion_mnist": ((0.2860,), (0.3530,)),
}
FASHION_CLASSES = (
    "T-shirt/top",
    "Trouser",
    "Pullover",
    "Dress",
    "Coat",
    "Sandal",
    "Shirt",
    "Sneaker",
    "Bag",
    "Ankle boot",
)


@dataclass(frozen=True)
class DataSpec:
    """Everything that defines the data of a run."""

    name: str = "spiral"
    samples: int = 500
    noise: float = 0.2
    classes: int = 2
    val_fraction: float = 0.2
    normalize: bool = True
    resize_to_28: bool = False
    root: str = ""
    download: bool = False


@dataclass(frozen=True)
class PreparedData:
    """Train and validation tensors, the input shape, and the number of classes (0: regression)."""

    train_x: torch.Tensor
    train_y: torch.Tensor
    val_x: torch.Tensor
    val_y: torch.Tensor
    input_shape: tuple[int, ...]
    num_classes: int
    class_names: tuple[str, ...]

    @property
    def is_regression(self) -> bool:
        return self.num_classes == 0

    @property
    def is_image(self) -> bool:
        return len(self.input_shape) == 3

    @property
    def outputs(self) -> int:
        """Return the number of model outputs this data needs."""
        return self.num_classes or 1


def upscale_to_28(image: torch.Tensor) -> torch.Tensor:
    """Return a (1, 8, 8) image in [0, 1] scaled to 20×20 and padded to 28×28, as MNIST digits are."""
    scaled = F.interpolate(image.unsqueeze(0), size=(20, 20), mode="bilinear", align_corners=False)
    return F.pad(scaled, (4, 4, 4, 4)).squeeze(0).clamp(0.0, 1.0)


def image_transform(spec: DataSpec) -> transforms.Compose:
    """Return ToTensor, then Lambda(upscale_to_28) for digits when asked, then Normalize when asked."""
    steps: list = [transforms.ToTensor()]
    if spec.resize_to_28 and spec.name == "digits":
        steps.append(transforms.Lambda(upscale_to_28))
    if spec.normalize:
        mean, std = NORMALIZATION[spec.name]
        steps.append(transforms.Normalize(mean, std))
    return transforms.Compose(steps)


def split_indices(n: int, val_fraction: float, seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (train, validation) indices of a seeded random split."""
    order = torch.randperm(n, generator=torch.Generator().manual_seed(seed))
    n_val = int(round(n * val_fraction))
    return order[n_val:], order[:n_val]


@lru_cache(maxsize=4)
def prepare_data(spec: DataSpec, seed: int) -> PreparedData:
    """Return the seeded train/validation tensors for spec (cached; never mutate the result)."""
    if spec.name in TOY_DATASETS:
        limits.MAX_TOY_SAMPLES.check(spec.samples)
        toy = toys.make_toy(spec.name, spec.samples, spec.noise, seed, spec.classes)
        x, y, num_classes = toy.x, toy.y, toy.num_classes
        names = tuple(str(c) for c in range(num_classes))
    else:
        limits.MAX_TRAINING_IMAGES.check(spec.samples)
        x, y, num_classes, names = _image_tensors(spec, seed)
    train, val = split_indices(len(x), spec.val_fraction, seed)
    return PreparedData(x[train], y[train], x[val], y[val], tuple(x.shape[1:]), num_classes, names)


def _image_tensors(spec: DataSpec, seed: int):
    """Return spec.samples transformed images, labels, 10 and the class names."""
    transform = image_transform(spec)
    if spec.name == "digits":
        dataset = images.digits_dataset(transform)
        names = tuple(images.DIGIT_CLASSES)
    else:
        root = Path(spec.root) if spec.root else None
        dataset = images.load_vision_dataset(
            spec.name, root, train=True, transform=transform, download=spec.download
        )
        names = FASHION_CLASSES if spec.name == "fashion_mnist" else tuple(images.DIGIT_CLASSES)
    chosen = subset_indices(len(dataset), spec.samples, seed)
    x = torch.stack([dataset[int(i)][0] for i in chosen])
    y = torch.as_tensor([int(dataset.targets[int(i)]) for i in chosen], dtype=torch.int64)
    return x, y, 10, names


def subset_indices(total: int, samples: int, seed: int) -> torch.Tensor:
    """Return min(samples, total) seeded random indices into a dataset of total items."""
    return torch.randperm(total, generator=torch.Generator().manual_seed(seed))[: min(samples, total)]


def input_shape(spec: DataSpec) -> tuple[int, ...]:
    """Return the shape of one input sample for spec, without loading any data."""
    if spec.name in IMAGE_DATASETS:
        return (1, 8, 8) if spec.name == "digits" and not spec.resize_to_28 else (1, 28, 28)
    return (1,) if spec.name in toys.REGRESSION else (2,)


def output_count(spec: DataSpec) -> int:
    """Return how many outputs a model needs for spec: classes, or 1 for regression."""
    if spec.name in IMAGE_DATASETS:
        return 10
    if spec.name in toys.REGRESSION:
        return 1
    return spec.classes if spec.name in toys.MULTICLASS else 2
