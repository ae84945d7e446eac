"""dtype conversion and what it does to the values: truncation, rounding, overflow, precision lost."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz.errors import UserFacingError, value_errors
from dlviz.tensors.codegen import dtype_source, literal_source, program
from dlviz.tensors.info import DTYPES
from dlviz.tensors.literals import literal_tensor


@dataclass(frozen=True)
class Note:
    """An i18n key and its parameters: one sentence of explanation the UI translates."""

    key: str
    params: dict


@dataclass(frozen=True)
class Conversion:
    """A tensor, its converted copy, how many values changed, notes explaining why, and the code."""

    source: torch.Tensor
    converted: torch.Tensor
    changed: int
    max_change: float
    notes: tuple[Note, ...]
    code: str


def make_source(data, requires_grad: bool) -> torch.Tensor:
    """Return torch.tensor(data, requires_grad=...), refusing gradients on integer data with a clear message."""
    tensor = literal_tensor(data)
    if requires_grad and not (tensor.is_floating_point() or tensor.is_complex()):
        raise UserFacingError("tensors.err.grad_needs_float", dtype=str(tensor.dtype))
    return tensor.requires_grad_(requires_grad)


@value_errors()
def convert(data, target: str, requires_grad: bool = False) -> Conversion:
    """Return the conversion of torch.tensor(data) to a dtype, compared value by value in float64."""
    if target not in DTYPES:
        raise UserFacingError("tensors.err.unknown_option", option=target)
    source = make_source(data, requires_grad)
    dtype = DTYPES[target]
    converted = source.to(dtype)
    before = source.detach().to(torch.float64)
    after = converted.detach().to(torch.float64)
    difference = (after - before).abs()
    changed = int((difference > 0).sum())
    code = program(
        f"x = torch.tensor({literal_source(data)}{', requires_grad=True' if requires_grad else ''})",
        f"y = x.to({dtype_source(dtype)})",
        "print(x.dtype, x.shape, x.stride(), x.is_contiguous(), x.element_size(), x.requires_grad)",
        "print(y)",
    )
    return Conversion(
        source, converted, changed, float(difference.max()), _notes(source, dtype, changed), code
    )


def _notes(source: torch.Tensor, dtype: torch.dtype, changed: int) -> tuple[Note, ...]:
    """Return the sentences that explain a conversion from source's dtype to dtype."""
    values = source.detach().to(torch.float64)
    notes = []
    if source.dtype == dtype:
        notes.append(Note("tensors.conv.same", {}))
    if dtype == torch.bool:
        notes.append(Note("tensors.conv.to_bool", {}))
    elif not dtype.is_floating_point:
        info = torch.iinfo(dtype)
        if source.is_floating_point() and bool((values != values.trunc()).any()):
            notes.append(Note("tensors.conv.truncated", {}))
        if bool(((values < info.min) | (values > info.max)).any()):
            notes.append(Note("tensors.conv.overflow", {"low": info.min, "high": info.max}))
    else:
        info = torch.finfo(dtype)
        if changed:
            notes.append(Note("tensors.conv.rounded", {"dtype": str(dtype), "eps": f"{info.eps:.3g}"}))
        if bool((values.abs() > info.max).any()):
            notes.append(Note("tensors.conv.float_overflow", {"high": f"{info.max:.3g}"}))
        if not source.is_floating_point():
            notes.append(Note("tensors.conv.int_to_float", {}))
    if source.requires_grad and not (dtype.is_floating_point or dtype.is_complex):
        notes.append(Note("tensors.conv.grad_lost", {}))
    if not changed and source.dtype != dtype:
        notes.append(Note("tensors.conv.exact", {}))
    return tuple(notes)
