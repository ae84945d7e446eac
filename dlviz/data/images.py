"""Image datasets: MNIST and FashionMNIST through torchvision, scikit-learn's bundled digits, samples.

Every dataset here returns what torchvision's MNIST returns: ``(PIL image, int label)`` when no
transform is given, so the same ``transforms.ToTensor()`` / ``Normalize`` pipeline applies to all.
"""

from __future__ import annotations

import copy
import os
import socket
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import torch
import torch.nn.functional as F
from PIL import Image
from sklearn import datasets as skdata
from torch.utils.data import Dataset
from torchvision import datasets

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.hosting import hosted_mode

PROJECT_ROOT = Path(__file__).resolve().parents[2]
DATA_DIR_ENV = "DLVIZ_DATA_DIR"

VISION_DATASETS: dict[str, type[datasets.MNIST]] = {
    "mnist": datasets.MNIST,
    "fashion_mnist": datasets.FashionMNIST,
}
DIGIT_CLASSES = [str(d) for d in range(10)]
RAW_FILES = (
    "train-images-idx3-ubyte",
    "train-labels-idx1-ubyte",
    "t10k-images-idx3-ubyte",
    "t10k-labels-idx1-ubyte",
)


def data_dir() -> Path:
    """Return the data folder: $DLVIZ_DATA_DIR, or ./data in the project."""
    configured = os.environ.get(DATA_DIR_ENV)
    return Path(configured).expanduser() if configured else PROJECT_ROOT / "data"


def shown_folder(folder: Path) -> str:
    """Return a folder as a visitor may see it: the path, or in hosted mode only its place in the data folder."""
    if not hosted_mode():
        return str(folder)
    try:
        return str(Path("data") / Path(folder).resolve().relative_to(data_dir().resolve()))
    except ValueError:
        return "data"


def code_folder(root: Path | None = None) -> Path:
    """Return the data folder to write into code shown to a visitor (a relative 'data' in hosted mode)."""
    return Path("data") if hosted_mode() else Path(root or data_dir())


def raw_folder(name: str, root: Path | None = None) -> Path:
    """Return the folder where torchvision looks for the named dataset's raw files."""
    return Path(root or data_dir()) / _dataset_class(name).__name__ / "raw"


def dataset_present(name: str, root: Path | None = None) -> bool:
    """Return whether the named dataset's four raw files are in the data folder (nothing is loaded)."""
    folder = raw_folder(name, root)
    try:
        return all((folder / file).exists() for file in RAW_FILES)
    except (OSError, ValueError):  # a name too long for the file system, a NUL byte
        return False


def _dataset_class(name: str) -> type[datasets.MNIST]:
    """Return the torchvision class for a dataset name, or a user-facing error."""
    if name not in VISION_DATASETS:
        raise UserFacingError("data.err.unknown_dataset", name=name)
    return VISION_DATASETS[name]


@lru_cache(maxsize=4)
def _loaded(name: str, root: str, train: bool) -> datasets.MNIST:
    """Load a dataset from local files once per process (raises RuntimeError if files are missing)."""
    return _dataset_class(name)(root, train=train, download=False)


def load_vision_dataset(
    name: str,
    root: Path | None = None,
    train: bool = True,
    transform: Callable | None = None,
    download: bool = False,
    timeout_s: float = 30.0,
) -> datasets.MNIST:
    """Return torchvision's MNIST or FashionMNIST from root; download only when asked.

    Missing files without download -> UserFacingError("data.err.missing"); a failed download ->
    UserFacingError("data.err.download_failed"). The returned object is a private copy sharing the
    (read-only) pixel tensors, so setting its transform does not affect other callers.
    """
    cls = _dataset_class(name)
    folder = Path(root or data_dir())
    if download:
        _download(cls, name, folder, timeout_s)
    try:
        base = _loaded(name, str(folder), train)
    except RuntimeError as error:
        raise UserFacingError(
            "data.err.missing", name=cls.__name__, folder=shown_folder(raw_folder(name, folder))
        ) from error
    dataset = copy.copy(base)
    dataset.transform = transform
    return dataset


def _download(cls: type[datasets.MNIST], name: str, folder: Path, timeout_s: float) -> None:
    """Fetch a dataset's files with torchvision's downloader, turning network errors into a message."""
    previous = socket.getdefaulttimeout()
    socket.setdefaulttimeout(timeout_s)
    try:
        cls(str(folder), train=True, download=True)
    except (RuntimeError, OSError, ValueError) as error:
        raise UserFacingError(
            "data.err.download_failed",
            name=cls.__name__,
            folder=shown_folder(raw_folder(name, folder)),
            reason=_last_line(error),
        ) from error
    finally:
        socket.setdefaulttimeout(previous)


def _last_line(error: Exception) -> str:
    """Return the last non-empty line of an error message (torchvision lists every mirror tried)."""
    lines = [line.strip() for line in str(error).splitlines() if line.strip()]
    return lines[-1][:200] if lines else type(error).__name__


class DigitsDataset(Dataset):
    """scikit-learn's bundled 8×8 digits (1,797 images, offline) as PIL images like torchvision's MNIST.

    ``data`` is a uint8 tensor (N, 8, 8) in 0..255 (sklearn's 0..16 scaled by 255/16), ``targets`` an
    int64 tensor (N,). Items are ``(PIL image mode "L", int label)``, or ``transform(image)`` when set.
    """

    classes = DIGIT_CLASSES

    def __init__(self, transform: Callable | None = None, target_transform: Callable | None = None):
        pixels, labels = _digits_arrays()
        self.data = torch.from_numpy(pixels)
        self.targets = torch.from_numpy(labels)
        self.transform = transform
        self.target_transform = target_transform

    def __len__(self) -> int:
        return len(self.targets)

    def __getitem__(self, index: int):
        image = Image.fromarray(self.data[index].numpy())
        label = int(self.targets[index])
        if self.transform is not None:
            image = self.transform(image)
        if self.target_transform is not None:
            label = self.target_transform(label)
        return image, label


@lru_cache(maxsize=1)
def _digits_arrays() -> tuple[np.ndarray, np.ndarray]:
    """Return scikit-learn's digits as uint8 (N, 8, 8) in 0..255 and int64 labels."""
    bunch = skdata.load_digits()
    pixels = np.round(bunch.images * (255.0 / 16.0)).astype(np.uint8)
    return pixels, bunch.target.astype(np.int64)


def digits_dataset(transform: Callable | None = None) -> DigitsDataset:
    """Return scikit-learn's 8×8 digits as a torch Dataset of (PIL image, label), offline."""
    return DigitsDataset(transform)


@dataclass(frozen=True)
class ImageSample:
    """n images (n, 1, 28, 28) float32 in [0, 1], labels (n,) int64, and where they came from."""

    images: torch.Tensor
    labels: torch.Tensor
    source: str


def digits_as_mnist(pixels: torch.Tensor) -> torch.Tensor:
    """Return uint8 8×8 digits (n, 8, 8) as float (n, 1, 28, 28) in [0, 1]: scaled to 20×20, padded by 4 like MNIST."""
    scaled = F.interpolate(
        pixels.float().unsqueeze(1) / 255.0, size=(20, 20), mode="bilinear", align_corners=False
    )
    return F.pad(scaled, (4, 4, 4, 4)).clamp(0.0, 1.0)


def sample_images(n: int, root: Path | None = None, seed: int = 0, name: str = "mnist") -> ImageSample:
    """Return n seeded random test images of the named dataset when its files are in root, else upscaled digits."""
    limits.MAX_SAMPLES.check(n)
    try:
        dataset = load_vision_dataset(name, root, train=False)
        pixels, labels, source = dataset.data, dataset.targets, name
    except UserFacingError:
        digits = digits_dataset()
        pixels, labels, source = digits.data, digits.targets, "digits"
    generator = torch.Generator().manual_seed(seed)
    if n <= len(labels):
        index = torch.randperm(len(labels), generator=generator)[:n]
    else:
        index = torch.randint(len(labels), (n,), generator=generator)
    chosen = pixels[index]
    if source != "digits":
        images = chosen.float().unsqueeze(1) / 255.0
    else:
        images = digits_as_mnist(chosen)
    return ImageSample(images.contiguous(), labels[index].to(torch.int64), source)
