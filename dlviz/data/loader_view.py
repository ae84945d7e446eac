"""One batch assembled by indexing a Dataset, as the DataLoader's default collate would stack it."""

from __future__ import annotations

import torch
from torch.utils.data import Dataset


def batch_by_indexing(dataset: Dataset, indices: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    """Return (images stacked, labels as int64) for dataset[i] over the indices, in order."""
    items = [dataset[i] for i in indices]
    return torch.stack([image for image, _ in items]), torch.tensor([label for _, label in items])
