"""Dataset registry for training: 2-D toys, a 1-D regression curve, 8×8 digits, MNIST and FashionMNIST."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import torch
import torch.nn.functional as F
from torchvision import transforms

from dlviz import limits
from dlviz.data import images as images_module
from dlviz.data import toys

TOY_DATASETS = tuple(
    name for name in toys.TOYS if name != "plane"
)  # the Training Lab's toys: all but the plane
IMAGE_DATASETS = ("digits", *images_module.VISION_DATASETS)
TRAINING_DATASETS = TOY_DATASETS + IMAGE_DATASETS
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
    """Train and validation samples, the input shape, and the number of classes (0: regression).

    Images stay as they are stored (uint8 pixels, or [0, 1] floats for upscaled digits) and become
    model inputs one batch at a time through ``inputs`` (ToTensor's /255, then Normalize): a run holds
    no float copy of its images, and the result equals torchvision's per-image pipeline bit for bit.
    """

    train_x: torch.Tensor
    train_y: torch.Tensor
    val_x: torch.Tensor
    val_y: torch.Tensor
    input_shape: tuple[int, ...]
    num_classes: int
    class_names: tuple[str, ...]
    normalization: tuple[tuple[float, ...], tuple[float, ...]] | None = None

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

    @property
    def needs_transform(self) -> bool:
        """Return whether stored samples differ from model inputs (pixels to scale or normalise)."""
        return self.train_x.dtype == torch.uint8 or self.normalization is not None

    def inputs(self, x: torch.Tensor) -> torch.Tensor:
        """Return model inputs for stored samples x: uint8 pixels / 255 (ToTensor), then Normalize."""
        if x.dtype == torch.uint8:
            x = x.to(torch.float32).div(255)
        if self.normalization is not None:
            mean, std = (
                torch.as_tensor(v, dtype=x.dtype, device=x.device).view(-1, 1, 1) for v in self.normalization
            )
            x = x.sub(mean).div(std)
        return x

    def pixels(self, x: torch.Tensor) -> torch.Tensor:
        """Return stored images as floats in [0, 1] for drawing."""
        return x.to(torch.float32).div(255) if x.dtype == torch.uint8 else x


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


@lru_cache(maxsize=8)
def prepare_data(spec: DataSpec, seed: int) -> PreparedData:
    """Return the seeded train/validation samples for spec (cached and shared; never mutate the result)."""
    normalization = None
    if spec.name in TOY_DATASETS:
        limits.MAX_TOY_SAMPLES.check(spec.samples)
        toy = toys.make_toy(spec.name, spec.samples, spec.noise, seed, spec.classes)
        x, y, num_classes = toy.x, toy.y, toy.num_classes
        names = tuple(str(c) for c in range(num_classes))
    else:
        limits.MAX_TRAINING_IMAGES.check(spec.samples)
        x, y, names = _image_samples(spec, seed)
        num_classes = 10
        normalization = NORMALIZATION[spec.name] if spec.normalize else None
    train, val = split_indices(len(x), spec.val_fraction, seed)
    return PreparedData(
        x[train], y[train], x[val], y[val], tuple(x.shape[1:]), num_classes, names, normalization
    )


def _image_samples(spec: DataSpec, seed: int) -> tuple[torch.Tensor, torch.Tensor, tuple[str, ...]]:
    """Return spec.samples seeded images as stored (N, 1, H, W), their labels and the class names."""
    if spec.name == "digits":
        images, targets = _digit_images(spec.resize_to_28)
        names = tuple(images_module.DIGIT_CLASSES)
    else:
        root = Path(spec.root) if spec.root else None
        dataset = images_module.load_vision_dataset(spec.name, root, train=True, download=spec.download)
        images, targets = dataset.data.unsqueeze(1), dataset.targets
        names = FASHION_CLASSES if spec.name == "fashion_mnist" else tuple(images_module.DIGIT_CLASSES)
    chosen = subset_indices(len(targets), spec.samples, seed)
    return images[chosen], targets[chosen].to(torch.int64), names


@lru_cache(maxsize=2)
def _digit_images(resize_to_28: bool) -> tuple[torch.Tensor, torch.Tensor]:
    """Return scikit-learn's digits once per process: uint8 (N, 1, 8, 8), or upscaled [0, 1] floats (N, 1, 28, 28)."""
    digits = images_module.digits_dataset()
    if not resize_to_28:
        return digits.data.unsqueeze(1), digits.targets
    to_tensor = transforms.ToTensor()
    upscaled = torch.stack([upscale_to_28(to_tensor(digits[i][0])) for i in range(len(digits))])
    return upscaled, digits.targets


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
