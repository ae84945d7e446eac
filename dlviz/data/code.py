"""The plain PyTorch code that reproduces each section of the Data lab for the current settings."""

from __future__ import annotations

import inspect
from pathlib import Path

from dlviz.code_source import plain_source
from dlviz.data.augmentations import AugmentSettings
from dlviz.data.lesson import ImageLabelDataset
from dlviz.data.pipelines import StepSettings
from dlviz.data.toys import CLASSIFICATION

ONE_HOT = (
    "transforms.Lambda(lambda y: torch.zeros({n}, dtype=torch.float).scatter_(0, torch.tensor(y), value=1))"
)


def source_code(source: str, root: Path, train: bool = False) -> str:
    """Return lines that load uint8 images (N, H, W) and int64 labels of a source."""
    if source == "digits":
        return (
            "from sklearn.datasets import load_digits\n\n"
            "digits = load_digits()  # bundled with scikit-learn: 1,797 8×8 images, values 0..16\n"
            'images = torch.from_numpy((digits.images * 255 / 16).round().astype("uint8"))\n'
            "labels = torch.from_numpy(digits.target)\n"
        )
    cls = {"mnist": "MNIST", "fashion_mnist": "FashionMNIST"}[source]
    return (
        "from torchvision import datasets\n\n"
        f"# reads {root}/{cls}/raw; download=True would fetch the files when they are missing\n"
        f"raw = datasets.{cls}({str(root)!r}, train={train})\n"
        "images, labels = raw.data, raw.targets\n"
    )


def _header(source: str, root: Path) -> str:
    """Return imports, the source's loading lines and the lesson Dataset class."""
    return (
        "import torch\n"
        "from PIL import Image\n"
        "from torch.utils.data import DataLoader, Dataset\n"
        "from torchvision import transforms\n"
        f"{source_code(source, root)}\n\n"
        f"{inspect.getsource(ImageLabelDataset)}\n"
    )


def dataset_code(source: str, root: Path, index: int, to_tensor: bool, one_hot: bool, classes: int) -> str:
    """Return code that builds the lesson Dataset and reads one item, as the Dataset section does."""
    transform = "transforms.ToTensor()" if to_tensor else "None"
    target = ONE_HOT.format(n=classes) if one_hot else "None"
    return (
        f"{_header(source, root)}\n"
        f"dataset = ImageLabelDataset(\n    images, labels,\n    transform={transform},\n"
        f"    target_transform={target},\n)\n"
        f"image, label = dataset[{index}]  # calls __getitem__({index})\n"
        "print(len(dataset), type(image).__name__, label)\n"
    )


def loader_code(
    source: str,
    root: Path,
    size: int,
    batch_size: int,
    shuffle: bool,
    drop_last: bool,
    seed: int,
    epochs: int,
    shown: tuple[int, int],
) -> str:
    """Return code that lists each epoch's batches of indices and fetches the batch shown."""
    settings = f"batch_size={batch_size}, shuffle={shuffle}, drop_last={drop_last}"
    epoch, batch = shown
    return (
        f"{_header(source, root)}\n"
        f"dataset = ImageLabelDataset(images[:{size}], labels[:{size}], transform=transforms.ToTensor())\n\n"
        "# Which indices land in which batch: a DataLoader over range(len(dataset)) with the same\n"
        "# settings and seed draws exactly the order the DataLoader over the images draws.\n"
        f"index_loader = DataLoader(range(len(dataset)), {settings},\n"
        f"                          generator=torch.Generator().manual_seed({seed}))\n"
        f"table = [[indices.tolist() for indices in index_loader] for epoch in range({epochs})]\n"
        "for epoch, batches in enumerate(table, start=1):\n"
        '    print(f"epoch {epoch}:", batches)\n\n'
        f"loader = DataLoader(dataset, {settings},\n"
        f"                    generator=torch.Generator().manual_seed({seed}))\n"
        f"for epoch in range({epoch + 1}):  # each pass over the loader is one epoch, reshuffled\n"
        "    for number, (batch_images, batch_labels) in enumerate(loader):\n"
        f"        if (epoch, number) == ({epoch}, {batch}):\n"
        "            shown_images, shown_labels = batch_images, batch_labels\n"
        "print(shown_images.shape, shown_labels)\n"
    )


def transforms_code(source: str, root: Path, index: int, mean: float, std: float, classes: int) -> str:
    """Return code that applies ToTensor, Normalize and the one-hot Lambda to one item."""
    return (
        f"{_header(source, root)}\n"
        "dataset = ImageLabelDataset(images, labels)  # no transform: items are PIL images\n"
        f"image, label = dataset[{index}]\n"
        "pixels = transforms.PILToTensor()(image)[0]  # uint8 (H, W), 0..255\n"
        "tensor = transforms.ToTensor()(image)  # (1, H, W) float32, 0..1\n"
        f"normalized = transforms.Normalize(({mean},), ({std},))(tensor)  # (x - mean) / std\n"
        f"one_hot = {ONE_HOT.format(n=classes)}(label)\n"
        "print(tensor.mean().item(), tensor.std().item(), normalized.mean().item(), normalized.std().item())\n"
        "print(one_hot)\n"
    )


def augment_code(
    source: str, root: Path, index: int, settings: AugmentSettings, count: int, seed: int
) -> str:
    """Return code that draws the augmented versions of one image shown in the Augmentations section."""
    steps = []
    if settings.rotation_degrees > 0:
        steps.append(f"transforms.RandomRotation({settings.rotation_degrees})")
    if settings.flip_p > 0:
        steps.append(f"transforms.RandomHorizontalFlip({settings.flip_p})")
    if settings.crop_scale_min < 1:
        steps.append(f"transforms.RandomResizedCrop(image.size[1], scale=({settings.crop_scale_min}, 1.0))")
    steps.append("transforms.ToTensor()")
    pipeline = ",\n    ".join(steps)
    return (
        f"{_header(source, root)}\n"
        f"image, label = ImageLabelDataset(images, labels)[{index}]\n"
        f"augment = transforms.Compose([\n    {pipeline},\n])\n"
        f"torch.manual_seed({seed})  # the v1 random transforms draw from torch's global generator\n"
        f"draws = torch.stack([augment(image) for _ in range({count})])\n"
        "print(draws.shape)\n"
    )


STEP_CODE = {
    "to_tensor": "transforms.ToTensor()",
    "normalize": "transforms.Normalize(({mean},), ({std},))",
    "rotate": "transforms.RandomRotation(({angle}, {angle})),  # always {angle}°",
    "flip": "transforms.RandomHorizontalFlip(p=1.0),  # always flips",
    "center_crop": "transforms.CenterCrop({crop})",
    "resize": "transforms.Resize({resize})",
}


def _with_comma(line: str) -> str:
    """Return a list item line ending in a comma (lines with a comment carry theirs already)."""
    return line if "#" in line else f"{line},"


def _compose(steps: list[str], settings: StepSettings) -> str:
    """Return a transforms.Compose([...]) expression for step names."""
    values = {
        "mean": settings.mean,
        "std": settings.std,
        "angle": settings.angle,
        "crop": settings.crop,
        "resize": settings.resize,
    }
    lines = "".join(f"    {_with_comma(STEP_CODE[name].format(**values))}\n" for name in steps)
    return f"transforms.Compose([\n{lines}])"


def compose_code(
    source: str, root: Path, index: int, first: list[str], second: list[str], settings: StepSettings
) -> str:
    """Return code that runs the same steps in two orders on one image and compares the results."""
    to_float = (
        "def as_tensor(result):\n"
        "    return result if isinstance(result, torch.Tensor) else transforms.ToTensor()(result)\n\n\n"
    )
    return (
        f"{_header(source, root)}\n"
        f"{to_float}"
        f"image, label = ImageLabelDataset(images, labels)[{index}]\n"
        f"result_a = as_tensor({_compose(first, settings)}(image))\n"
        f"result_b = as_tensor({_compose(second, settings)}(image))\n"
        "if result_a.shape == result_b.shape:\n"
        "    print((result_a - result_b).abs().max())\n"
        "else:\n"
        "    print(result_a.shape, result_b.shape)\n"
    )


def gallery_code(name: str, root: Path, train: bool, count: int, seed: int, toy: str, size: int) -> str:
    """Return code that loads the gallery's dataset, draws the shown sample and counts the classes."""
    if name == "toys":
        imports = "import math\n\n" if toy in ("spiral", "gaussian") else ""
        return (
            f"{imports}import numpy as np\nimport torch\nfrom sklearn import datasets as skdata\n\n\n"
            f"{plain_source(CLASSIFICATION[toy])}\n\n"
            f"rng = np.random.default_rng({seed})\n"
            f"points, labels = {toy}({size}, 0.1, rng)  # noise 0.1\n"
            "x = torch.as_tensor(points, dtype=torch.float32)\n"
            "y = torch.as_tensor(labels, dtype=torch.int64)\n"
            "counts = torch.bincount(y)\n"
            "print(x.shape, counts)\n"
        )
    if name == "fake_data":
        return (
            "import torch\n"
            "from torchvision import datasets, transforms\n\n"
            f"fake = datasets.FakeData(size={size}, image_size=(1, 28, 28), num_classes=10,\n"
            f"                         transform=transforms.ToTensor(), random_offset={seed})\n"
            f"labels = torch.tensor([fake[i][1] for i in range({size})])\n"
            f"sample = torch.stack([fake[i][0] for i in range({min(count, size)})])\n"
            "counts = torch.bincount(labels, minlength=10)\n"
            "print(sample.shape, counts)\n"
        )
    return (
        "import torch\n"
        f"{source_code(name, root, train)}\n"
        f"index = torch.randperm(len(labels), generator=torch.Generator().manual_seed({seed}))[:{count}]\n"
        "sample = images[index].float().unsqueeze(1) / 255  # (n, 1, H, W) in [0, 1]\n"
        "counts = torch.bincount(labels)\n"
        "print(sample.shape, labels[index], counts)\n"
    )
