"""Moving a tensor with .to(device): a copy on another device, the very same tensor on its own device."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz.device import synchronize
from dlviz.errors import value_errors
from dlviz.tensors.codegen import literal_source, program
from dlviz.tensors.info import shares_memory
from dlviz.tensors.literals import literal_tensor


@dataclass(frozen=True)
class Moved:
    """The CPU tensor, the moved one, whether .to returned the same object, whether memory is shared, and the code."""

    source: torch.Tensor
    moved: torch.Tensor
    same_object: bool
    shares_memory: bool
    code: str


@value_errors()
def move(data, device: torch.device | str) -> Moved:
    """Return torch.tensor(data).to(device) and what the move did."""
    device = torch.device(device)
    source = literal_tensor(data)
    moved = source.to(device)
    synchronize(device)
    code = program(
        f"x = torch.tensor({literal_source(data)})",
        f"device = torch.device({str(device)!r})",
        "x_moved = x.to(device)",
        "print(x_moved.device)",
        "print(x_moved is x)",
        "print(x_moved.cpu())",
    )
    return Moved(source, moved, moved is source, shares_memory(moved, source), code)
