"""Plain functions that code panels write out whole (torch, torchvision, numpy and scikit-learn only)."""

import numpy as np
import torch
import torch.nn.functional as F
from sklearn.datasets import load_digits
from torchvision import datasets

IMPORTS = (
    "import numpy as np\nimport torch\nimport torch.nn.functional as F\n"
    "from sklearn.datasets import load_digits\nfrom torchvision import datasets\n"
)


def sample_images(n: int, seed: int, root: str, dataset: str = "MNIST") -> tuple[torch.Tensor, torch.Tensor]:
    """Return n seeded test images (n, 1, 28, 28) in [0, 1] and labels: the dataset in root, else sklearn's digits."""
    try:
        test_set = getattr(datasets, dataset)(
            root, train=False
        )  # download=False: reads root, fetches nothing
        pixels, labels = test_set.data, test_set.targets
    except RuntimeError:
        digits = load_digits()
        pixels = torch.from_numpy(np.round(digits.images * (255.0 / 16.0)).astype(np.uint8))
        labels = torch.from_numpy(digits.target.astype(np.int64))
    generator = torch.Generator().manual_seed(seed)
    if n <= len(labels):
        index = torch.randperm(len(labels), generator=generator)[:n]
    else:
        index = torch.randint(len(labels), (n,), generator=generator)
    images = pixels[index].float().unsqueeze(1) / 255.0
    if images.shape[-1] != 28:  # 8×8 digits: scaled to 20×20 and padded by 4, as MNIST centres its digits
        images = F.interpolate(images, size=(20, 20), mode="bilinear", align_corners=False)
        images = F.pad(images, (4, 4, 4, 4)).clamp(0.0, 1.0)
    return images.contiguous(), labels[index].to(torch.int64)
