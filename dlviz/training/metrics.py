"""Classification metrics computed with torch (scikit-learn's definitions, weighted averages)."""

from __future__ import annotations

import torch


def confusion_matrix(actual: torch.Tensor, predicted: torch.Tensor, num_classes: int | None = None) -> torch.Tensor:
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
