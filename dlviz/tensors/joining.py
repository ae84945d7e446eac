"""torch.cat versus torch.stack along a chosen dimension, with the shape rule each follows."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz.errors import UserFacingError, value_errors
from dlviz.tensors.codegen import program, shape_source
from dlviz.tensors.errors import ShapeError

JOINS = ("cat", "stack")


@dataclass(frozen=True)
class Joined:
    """The two inputs, the joined result and the code."""

    a: torch.Tensor
    b: torch.Tensor
    result: torch.Tensor
    code: str


def join_inputs(shape_a: tuple[int, ...], shape_b: tuple[int, ...]) -> tuple[torch.Tensor, torch.Tensor]:
    """Return a = arange(...) and b = 100 + arange(...): b's values are easy to tell apart in the result."""
    a = torch.arange(int(torch.Size(shape_a).numel())).reshape(shape_a)
    b = 100 + torch.arange(int(torch.Size(shape_b).numel())).reshape(shape_b)
    return a, b


@value_errors()
def join(shape_a: tuple[int, ...], shape_b: tuple[int, ...], how: str, dim: int) -> Joined:
    """Return torch.cat or torch.stack of the two inputs along dim; a shape mismatch becomes a translated error."""
    if how not in JOINS:
        raise UserFacingError("tensors.err.unknown_option", option=how)
    a, b = join_inputs(shape_a, shape_b)
    rank = a.dim() + (1 if how == "stack" else 0)
    if not -rank <= dim < rank:
        raise UserFacingError("tensors.err.join_dim", how=how, dim=dim, low=-rank, high=rank - 1)
    if how == "stack" and a.shape != b.shape:
        raise UserFacingError("tensors.err.stack_shapes", a=tuple(a.shape), b=tuple(b.shape))
    if how == "cat" and _cat_mismatch(a, b, dim):
        raise ShapeError("cat", a.shape, b.shape, dim)
    result = getattr(torch, how)([a, b], dim=dim)
    code = program(
        f"a = torch.arange({a.numel()}).reshape({shape_source(shape_a)})",
        f"b = 100 + torch.arange({b.numel()}).reshape({shape_source(shape_b)})",
        f"r = torch.{how}([a, b], dim={dim})",
        "print(r.shape)",
        "print(r)",
    )
    return Joined(a, b, result, code)


def _cat_mismatch(a: torch.Tensor, b: torch.Tensor, dim: int) -> bool:
    """Return whether cat's inputs differ in rank or in a size other than dim's."""
    if a.dim() != b.dim():
        return True
    dim = dim % a.dim()
    return any(
        position != dim and left != right
        for position, (left, right) in enumerate(zip(a.shape, b.shape, strict=True))
    )
