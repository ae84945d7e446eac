"""Every loss the labs offer, by one name each, and which kind of target it fits."""

from __future__ import annotations

from torch import nn

from dlviz.errors import UserFacingError

LOSSES: dict[str, type[nn.Module]] = {
    "cross_entropy": nn.CrossEntropyLoss,
    "nll": nn.NLLLoss,
    "mse": nn.MSELoss,
    "l1": nn.L1Loss,
    "smooth_l1": nn.SmoothL1Loss,
}
CLASSIFICATION_LOSSES = frozenset({"cross_entropy", "nll"})
REGRESSION_LOSSES = frozenset({"mse", "l1", "smooth_l1"})
NEEDS_LOG_SOFTMAX = frozenset({"nll"})


def build_loss(name: str, **options) -> nn.Module:
    """Return the loss module registered under name."""
    return LOSSES[name](**options)


def loss_code(name: str) -> str:
    """Return the PyTorch source that builds the loss, e.g. nn.CrossEntropyLoss()."""
    return f"nn.{LOSSES[name].__name__}()"


def check_loss_fits_task(loss: str, regression: bool) -> None:
    """Raise a UserFacingError explaining why a loss does not fit class labels or real-valued targets."""
    if regression and loss in CLASSIFICATION_LOSSES:
        raise UserFacingError("training.err.class_loss_on_values", loss_key=f"training.opt.loss.{loss}")
    if not regression and loss in REGRESSION_LOSSES:
        raise UserFacingError("training.err.value_loss_on_classes", loss_key=f"training.opt.loss.{loss}")
