"""Evenly spread subsets of long series, so figures send the browser a bounded number of points."""

from __future__ import annotations


def thinned_indices(count: int, limit: int) -> list[int]:
    """Return at most limit evenly spread indices of range(count), always keeping the first and the last."""
    if count <= limit:
        return list(range(count))
    stride = (count - 1) / (limit - 1)
    return sorted({round(i * stride) for i in range(limit)})
