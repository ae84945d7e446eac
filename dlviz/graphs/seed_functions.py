"""The tutorial's "Graphs" examples (tutorial 002), corrected, plus the loop and torch.cond variants.

Corrections to the tutorial:
- `model`'s `prev_loss` is annotated `float`: unannotated TorchScript arguments are Tensors, so the
  tutorial's `graph(x, y, w1, w2a, w2b, 5.0)` raises "Expected a value of type 'Tensor'".
- Only the branch taken gets a gradient, so the tutorial's update `w2b -= lr * w2b.grad` raises a
  TypeError (grad is None); the corrected loop updates only weights whose grad is not None.
"""

from __future__ import annotations

import torch

LOSS_SWITCH = 5.0


def dynamic_model(x: torch.Tensor, threshold: float) -> torch.Tensor:
    """Return 2x when x.sum() > threshold, else x / 2 (the tutorial's dynamic graph example)."""
    if x.sum() > threshold:
        return x * 2
    else:
        return x / 2


def model(x, y, w1, w2a, w2b, prev_loss: float):
    """Return the tutorial's two-layer squared-error loss, using w2a when prev_loss < 5 and w2b otherwise."""
    w2 = w2a if prev_loss < 5.0 else w2b
    y_pred = x.mm(w1).clamp(min=0).mm(w2)
    loss = (y_pred - y).pow(2).sum()
    return loss


def model_as_written(x, y, w1, w2a, w2b, prev_loss):
    """Return the tutorial's loss exactly as written (prev_loss unannotated, so TorchScript types it Tensor)."""
    w2 = w2a if prev_loss < 5.0 else w2b
    y_pred = x.mm(w1).clamp(min=0).mm(w2)
    loss = (y_pred - y).pow(2).sum()
    return loss


def double_while_small(x: torch.Tensor, k: float) -> torch.Tensor:
    """Return x doubled while its norm is below k (a data-dependent loop; x must not be all zeros)."""
    while bool(x.norm() < k):
        x = x * 2
    return x


class SeedDynamicModel(torch.nn.Module):
    """dynamic_model as a module with a fixed threshold, for torch.export (plain Python if)."""

    def __init__(self, threshold: float):
        super().__init__()
        self.threshold = threshold

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if x.sum() > self.threshold:
            return x * 2
        return x / 2


class CondDynamicModel(torch.nn.Module):
    """dynamic_model rewritten with torch.cond, so both branches are captured in one exported graph."""

    def __init__(self, threshold: float):
        super().__init__()
        self.threshold = threshold

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.cond(x.sum() > self.threshold, lambda t: t * 2, lambda t: t / 2, (x,))
