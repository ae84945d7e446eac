"""CrossEntropyLoss after log_softmax: log_softmax is idempotent, so the loss and gradients equal those on logits."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.nn.functional as F

from dlviz.models.seed_models import DigitRecognizer
from dlviz.rng import seeded

CHECK_BATCH = 8


@dataclass(frozen=True)
class LogSoftmaxTwice:
    """CrossEntropyLoss on logits and on log_softmax(logits), and the largest gap between their logit gradients."""

    loss_on_logits: float
    loss_on_log_softmax: float
    max_grad_difference: float


def cross_entropy_after_log_softmax(logits: torch.Tensor, targets: torch.Tensor) -> LogSoftmaxTwice:
    """Return CrossEntropyLoss of the logits and of log_softmax(logits), with the gradients' largest difference."""
    plain = logits.detach().clone().requires_grad_(True)
    twice = logits.detach().clone().requires_grad_(True)
    loss_plain = F.cross_entropy(plain, targets)
    loss_twice = F.cross_entropy(F.log_softmax(twice, dim=1), targets)
    loss_plain.backward()
    loss_twice.backward()
    difference = (plain.grad - twice.grad).abs().max().item()
    return LogSoftmaxTwice(loss_plain.item(), loss_twice.item(), difference)


def digit_recognizer_check(seed: int) -> LogSoftmaxTwice:
    """Return the check on an untrained, seeded DigitRecognizer and CHECK_BATCH seeded random images."""
    with seeded(seed):
        model = DigitRecognizer().eval()
        images = torch.rand(CHECK_BATCH, 1, 28, 28)
    with torch.no_grad():
        logits = model(images)
    return cross_entropy_after_log_softmax(logits, torch.arange(CHECK_BATCH) % 10)


def log_softmax_params(check: LogSoftmaxTwice) -> dict[str, str]:
    """Return the check's numbers as shown: both losses to 6 decimals, the gradient gap in scientific form."""
    return {
        "on_logits": f"{check.loss_on_logits:.6f}",
        "on_log_softmax": f"{check.loss_on_log_softmax:.6f}",
        "grad_diff": f"{check.max_grad_difference:.1e}",
    }
