"""Every optimizer the labs offer, by one name each: the real torch.optim class, and the code that builds it."""

from __future__ import annotations

import torch

OPTIMIZERS: dict[str, type[torch.optim.Optimizer]] = {
    "sgd": torch.optim.SGD,
    "adam": torch.optim.Adam,
    "adamw": torch.optim.AdamW,
    "rmsprop": torch.optim.RMSprop,
    "adagrad": torch.optim.Adagrad,
    "adadelta": torch.optim.Adadelta,
}


def build_optimizer(name: str, parameters, **kwargs) -> torch.optim.Optimizer:
    """Return the named optimizer over parameters."""
    return OPTIMIZERS[name](parameters, **kwargs)


def optimizer_code(name: str, kwargs: dict, parameters: str = "model.parameters()") -> str:
    """Return the constructor call as PyTorch source, e.g. torch.optim.SGD(model.parameters(), lr=0.1)."""
    args = "".join(f", {key}={value!r}" for key, value in kwargs.items())
    return f"torch.optim.{OPTIMIZERS[name].__name__}({parameters}{args})"
