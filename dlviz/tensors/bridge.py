"""The NumPy bridge: t.numpy() and torch.from_numpy(a) share memory, torch.tensor(a) copies."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from dlviz.errors import UserFacingError, value_errors
from dlviz.tensors.codegen import literal_source, program
from dlviz.tensors.info import shares_memory_with_array

DIRECTIONS = ("numpy", "from_numpy", "tensor")
SIDES = ("tensor", "array")


@dataclass(frozen=True)
class Bridged:
    """A tensor and an array before and after one of them changed in place, whether they share memory, and the code."""

    tensor_before: torch.Tensor
    array_before: np.ndarray
    tensor_after: torch.Tensor
    array_after: np.ndarray
    shares_memory: bool
    code: str


@value_errors()
def bridge(data, direction: str, side: str, amount: float) -> Bridged:
    """Connect a tensor and an array one of three ways, add amount in place on one side, and look at both."""
    if direction not in DIRECTIONS or side not in SIDES:
        raise UserFacingError("tensors.err.unknown_option", option=f"{direction}/{side}")
    literal = literal_source(data)
    if direction == "numpy":
        t = torch.tensor(data, dtype=torch.float32)
        n = t.numpy()
        lines = [f"t = torch.tensor({literal}, dtype=torch.float32)", "n = t.numpy()"]
    else:
        n = np.array(data, dtype=np.float32)
        t = torch.from_numpy(n) if direction == "from_numpy" else torch.tensor(n)
        lines = [f"n = np.array({literal}, dtype=np.float32)", f"t = torch.{direction}(n)"]
    shared = shares_memory_with_array(t, n)
    tensor_before, array_before = t.clone(), n.copy()
    if side == "tensor":
        t.add_(amount)
        lines.append(f"t.add_({amount!r})")
    else:
        np.add(n, amount, out=n)
        lines.append(f"np.add(n, {amount!r}, out=n)")
    lines += ["print(t)", "print(n)", "print(t.untyped_storage().data_ptr() == n.ctypes.data)"]
    return Bridged(tensor_before, array_before, t.clone(), n.copy(), shared, program(*lines, numpy=True))
