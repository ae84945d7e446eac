"""The reshape family (reshape, view, squeeze, unsqueeze, flatten, permute, transpose, contiguous): shapes, strides, shared storage."""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from dlviz.errors import UserFacingError, value_errors
from dlviz.tensors.codegen import literal_source, program
from dlviz.tensors.info import shares_memory
from dlviz.tensors.literals import literal_tensor
from dlviz.tensors.parsing import parse_int_tuple

RESHAPES = ("reshape", "view", "squeeze", "unsqueeze", "flatten", "permute", "transpose", "contiguous")
DEFAULT_ARGUMENTS = {
    "reshape": "3, 2",
    "view": "3, 2",
    "squeeze": "",
    "unsqueeze": "0",
    "flatten": "0",
    "permute": "1, 0",
    "transpose": "0, 1",
    "contiguous": "",
}


@dataclass(frozen=True)
class Reshaped:
    """The tensor before (maybe transposed first), the result, whether they share storage, and the code."""

    source: torch.Tensor
    result: torch.Tensor | None
    shares_storage: bool
    view_error: bool
    arguments: tuple[int, ...]
    code: str


def argument_count(op: str) -> tuple[int, int]:
    """Return how many integers an operation takes: (fewest, most)."""
    return {
        "reshape": (1, 6),
        "view": (1, 6),
        "squeeze": (0, 1),
        "unsqueeze": (1, 1),
        "flatten": (0, 2),
        "permute": (1, 6),
        "transpose": (2, 2),
        "contiguous": (0, 0),
    }[op]


def reshape_source(data, transpose_first: bool) -> torch.Tensor:
    """Return torch.tensor(data), transposed (a non-contiguous view) when asked."""
    tensor = literal_tensor(data)
    return tensor.t() if transpose_first and tensor.dim() == 2 else tensor


@value_errors()
def apply_reshape(data, op: str, argument_text: str, transpose_first: bool = False) -> Reshaped:
    """Return op applied to torch.tensor(data); view on an incompatible layout is reported, not raised."""
    if op not in RESHAPES:
        raise UserFacingError("tensors.err.unknown_option", option=op)
    arguments = parse_int_tuple(argument_text)
    fewest, most = argument_count(op)
    if not fewest <= len(arguments) <= most:
        raise UserFacingError("tensors.err.argument_count", op=op, low=fewest, high=most, got=len(arguments))
    source = reshape_source(data, transpose_first)
    _check_arguments(source, op, arguments)
    lines = [f"x = torch.tensor({literal_source(data)})"]
    if transpose_first:
        if source.dim() != 2:
            raise UserFacingError("tensors.err.transpose_first_2d", rank=source.dim())
        lines.append("x = x.t()")
    call = f"x.{op}({', '.join(str(a) for a in arguments)})"
    try:
        result = getattr(source, op)(*arguments)
    except RuntimeError:
        if op != "view":
            raise
        lines += [
            "print(x.is_contiguous(), x.stride())",
            "try:",
            f"    r = {call}",
            "except RuntimeError as error:",
            "    print('view failed:', error)",
        ]
        return Reshaped(source, None, False, True, arguments, program(*lines))
    lines += [
        f"r = {call}",
        "print(r.shape, r.stride(), r.is_contiguous())",
        "print(r.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())",
        "print(r)",
    ]
    return Reshaped(source, result, shares_memory(result, source), False, arguments, program(*lines))


def _check_arguments(source: torch.Tensor, op: str, arguments: tuple[int, ...]) -> None:
    """Raise a translated error for dims out of range, a wrong element count or a bad permutation."""
    rank = source.dim()
    if op in ("reshape", "view"):
        known = math.prod(a for a in arguments if a != -1)
        if arguments.count(-1) > 1 or any(a == 0 or a < -1 for a in arguments):
            raise UserFacingError("tensors.err.reshape_sizes", shape=arguments)
        if (-1 in arguments and source.numel() % known) or (-1 not in arguments and known != source.numel()):
            raise UserFacingError(
                "tensors.err.reshape_count", shape=arguments, numel=source.numel(), source=tuple(source.shape)
            )
        return
    top = rank + 1 if op == "unsqueeze" else rank
    for dim in arguments:
        if not -max(top, 1) <= dim < max(top, 1):
            raise UserFacingError("tensors.err.dim_range", dim=dim, low=-max(top, 1), high=max(top, 1) - 1)
    if op == "permute" and (
        len(arguments) != rank or sorted(a % rank for a in arguments) != list(range(rank))
    ):
        raise UserFacingError("tensors.err.permutation", dims=arguments, rank=rank)
    if op == "flatten" and len(arguments) == 2 and arguments[0] % max(rank, 1) > arguments[1] % max(rank, 1):
        raise UserFacingError("tensors.err.flatten_order", start=arguments[0], end=arguments[1])
