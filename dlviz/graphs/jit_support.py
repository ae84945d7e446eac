"""Whether this torch still ships TorchScript, and the warnings a compile step raises."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from dataclasses import dataclass

import torch


@dataclass(frozen=True)
class CaughtWarning:
    """One warning raised while compiling: its category name and message."""

    category: str
    message: str


def torchscript_available() -> bool:
    """Return whether torch.jit.script and torch.jit.trace exist in this torch."""
    jit = getattr(torch, "jit", None)
    return jit is not None and hasattr(jit, "script") and hasattr(jit, "trace")


def call_catching_warnings(fn: Callable[[], object]) -> tuple[object, list[CaughtWarning]]:
    """Return fn()'s result and every warning it raised (each distinct message once)."""
    with warnings.catch_warnings(record=True) as records:
        warnings.simplefilter("always")
        result = fn()
    caught: list[CaughtWarning] = []
    for record in records:
        warning = CaughtWarning(record.category.__name__, str(record.message))
        if warning not in caught:
            caught.append(warning)
    return result, caught


def is_deprecation(warning: CaughtWarning) -> bool:
    """Return whether a caught warning announces a deprecation."""
    return warning.category in ("DeprecationWarning", "FutureWarning") or "deprecated" in warning.message
