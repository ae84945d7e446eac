"""Classification metrics computed with torch (scikit-learn's definitions, weighted averages)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import torch


def confusion_matrix(
    actual: torch.Tensor, predicted: torch.Tensor, num_classes: int | None = None
) -> torch.Tensor:
    """Return counts[i, j] = how many samples of class i were predicted as class j."""
    actual, predicted = actual.reshape(-1).long(), predicted.reshape(-1).long()
    if num_classes is None:
        num_classes = int(max(actual.max().item(), predicted.max().item())) + 1 if len(actual) else 0
    flat = torch.bincount(actual * num_classes + predicted, minlength=num_classes * num_classes)
    return flat.reshape(num_classes, num_classes)


def classification_metrics(actual: torch.Tensor, predicted: torch.Tensor) -> dict[str, float]:
    """Return accuracy and support-weighted precision, recall and F1 (0 where a class is never predicted)."""
    counts = confusion_matrix(actual, predicted).double()
    total = counts.sum()
    true_positive = counts.diag()
    support = counts.sum(1)
    predicted_count = counts.sum(0)
    precision = torch.where(predicted_count > 0, true_positive / predicted_count.clamp(min=1), 0.0)
    recall = torch.where(support > 0, true_positive / support.clamp(min=1), 0.0)
    denominator = precision + recall
    f1 = torch.where(denominator > 0, 2 * precision * recall / denominator.clamp(min=1e-300), 0.0)
    weights = support / total
    return {
        "accuracy": float((true_positive.sum() / total).item()),
        "precision": float((precision * weights).sum().item()),
        "recall": float((recall * weights).sum().item()),
        "f1": float((f1 * weights).sum().item()),
    }


@dataclass(frozen=True)
class OverfittingReport:
    """Whether validation loss has risen for `patience` epochs past its best while training loss fell."""

    overfitting: bool
    best_epoch: int
    since_epoch: int | None


def best_epoch(train_losses: Sequence[float], val_losses: Sequence[float | None]) -> int:
    """Return the epoch with the lowest validation loss (training loss when there is no validation)."""
    losses = val_losses if val_losses and all(v is not None for v in val_losses) else train_losses
    return min(range(len(losses)), key=lambda i: losses[i]) if losses else 0


def check_overfitting(
    train_losses: Sequence[float],
    val_losses: Sequence[float | None],
    patience: int = 3,
    tolerance: float = 0.02,
) -> OverfittingReport:
    """Flag overfitting: validation loss over 2% above its minimum for >= patience epochs while training loss fell."""
    best = best_epoch(train_losses, val_losses)
    if not val_losses or any(v is None for v in val_losses):
        return OverfittingReport(False, best, None)
    last = len(val_losses) - 1
    rising = last - best >= patience and val_losses[last] > val_losses[best] * (1 + tolerance)
    falling = train_losses[last] < train_losses[best]
    return OverfittingReport(rising and falling, best, best + 1 if rising and falling else None)


def sklearn_comparison(actual: torch.Tensor, predicted: torch.Tensor) -> list[tuple[str, float, float]]:
    """Return (metric, dlviz value, scikit-learn value) for accuracy and weighted precision/recall/F1."""
    from sklearn import metrics as skm

    ours = classification_metrics(actual, predicted)
    y_true, y_pred = actual.cpu().numpy(), predicted.cpu().numpy()
    theirs = {
        "accuracy": skm.accuracy_score(y_true, y_pred),
        "precision": skm.precision_score(y_true, y_pred, average="weighted", zero_division=0),
        "recall": skm.recall_score(y_true, y_pred, average="weighted", zero_division=0),
        "f1": skm.f1_score(y_true, y_pred, average="weighted", zero_division=0),
    }
    return [(name, ours[name], float(theirs[name])) for name in theirs]
