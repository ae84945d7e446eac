"""Which sample indices a seeded DataLoader puts in which batch, epoch by epoch."""

from __future__ import annotations

import pandas as pd
import torch
from torch.utils.data import DataLoader

from dlviz import limits


def loader_generator(seed: int) -> torch.Generator:
    """Return the seeded generator a DataLoader shuffles with."""
    return torch.Generator().manual_seed(seed)


def batch_indices(
    size: int, batch_size: int, shuffle: bool, drop_last: bool, seed: int, epochs: int
) -> list[list[list[int]]]:
    """Return, per epoch, per batch, the dataset indices a DataLoader with these settings yields.

    A DataLoader over range(size) with one generator iterated epoch after epoch draws exactly the
    indices a DataLoader over any dataset of that size draws with the same settings.
    """
    limits.MAX_DATA_LOADER_SAMPLES.check(size)
    limits.MAX_BATCH_SIZE.check(batch_size)
    limits.MAX_DATA_EPOCHS.check(epochs)
    loader = DataLoader(
        range(size),
        batch_size=batch_size,
        shuffle=shuffle,
        drop_last=drop_last,
        generator=loader_generator(seed),
    )
    return [[batch.tolist() for batch in loader] for _ in range(epochs)]


def batch_table(epochs: list[list[list[int]]], batch_label: str, epoch_label: str) -> pd.DataFrame:
    """Return a table with one row per batch and one column per epoch, cells listing the indices."""
    rows = max((len(batches) for batches in epochs), default=0)
    columns = {
        f"{epoch_label} {e + 1}": [
            ", ".join(map(str, batches[b])) if b < len(batches) else "" for b in range(rows)
        ]
        for e, batches in enumerate(epochs)
    }
    return pd.DataFrame(columns, index=[f"{batch_label} {b}" for b in range(rows)])


def batch_of_each_sample(epochs: list[list[list[int]]], size: int) -> list[list[int | None]]:
    """Return, per epoch, the batch number of every sample index (None where drop_last left it out)."""
    grid: list[list[int | None]] = []
    for batches in epochs:
        row: list[int | None] = [None] * size
        for number, batch in enumerate(batches):
            for index in batch:
                row[index] = number
        grid.append(row)
    return grid
