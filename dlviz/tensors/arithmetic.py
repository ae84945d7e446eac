"""Element-wise arithmetic with broadcasting, matrix products, reductions and .item()."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.budget import dry_run
from dlviz.errors import UserFacingError, as_user_error, value_errors
from dlviz.tensors.broadcasting import Broadcast, broadcast_steps
from dlviz.tensors.codegen import literal_source, program
from dlviz.tensors.errors import ShapeError
from dlviz.tensors.literals import literal_tensor

ELEMENTWISE = ("+", "-", "*", "/", "**")
MATRIX = ("@", "matmul", "mm")
OPERATORS = ELEMENTWISE + MATRIX
REDUCTIONS = ("sum", "mean", "max", "min", "prod")
ALL_DIMS = "all"
BUDGET_HINT = "limits.hint.tensors"


@dataclass(frozen=True)
class Combined:
    """Two operands, the operator, the result, the broadcast steps (element-wise only), notes and code."""

    a: torch.Tensor
    b: torch.Tensor
    op: str
    result: torch.Tensor
    broadcast: Broadcast | None
    notes: tuple[str, ...]
    code: str


def _expression(op: str) -> str:
    """Return the source of 'a <op> b' for an operator name."""
    if op in ("matmul", "mm"):
        return f"torch.{op}(a, b)"
    return f"a {op} b"


@value_errors()
def combine(data_a, data_b, op: str) -> Combined:
    """Return a <op> b for two literals, checking shapes first so a mismatch is explained, not raised by torch."""
    if op not in OPERATORS:
        raise UserFacingError("tensors.err.unknown_option", option=op)
    a, b = literal_tensor(data_a), literal_tensor(data_b)
    notes = []
    broadcast = None
    if op in ELEMENTWISE:
        broadcast = broadcast_steps(tuple(a.shape), tuple(b.shape))
        if not broadcast.ok:
            raise ShapeError(op, a.shape, b.shape)
        if op == "**":
            limits.MAX_EXPONENT.check(float(b.double().abs().max()))
            if not a.is_floating_point() and not b.is_floating_point() and bool((b < 0).any()):
                raise UserFacingError("tensors.err.negative_int_power")
        if op == "/" and not a.is_floating_point() and not b.is_floating_point():
            notes.append("tensors.note.true_division")
        if op == "/" and bool((b == 0).any()):
            notes.append("tensors.note.division_by_zero")
    else:
        if op == "mm" and (a.dim() != 2 or b.dim() != 2):
            raise UserFacingError("tensors.err.mm_2d", a=tuple(a.shape), b=tuple(b.shape))
        if matmul_shape(tuple(a.shape), tuple(b.shape)) is None:
            raise ShapeError("@", a.shape, b.shape)
        if a.dtype != b.dtype:
            raise UserFacingError("tensors.err.matmul_dtype", a=str(a.dtype), b=str(b.dtype))
    planned, needed = _explained(a, b, op, lambda: dry_run(_apply, a, b, op))
    limits.MAX_TENSOR_ELEMENTS.check(planned.numel())
    limits.check_action_bytes(needed, BUDGET_HINT)
    result = _explained(a, b, op, lambda: _apply(a, b, op))
    code = program(
        f"a = torch.tensor({literal_source(data_a)})",
        f"b = torch.tensor({literal_source(data_b)})",
        f"r = {_expression(op)}",
        "print(r.shape)",
        "print(r)",
    )
    return Combined(a, b, op, result, broadcast, tuple(notes), code)


def _explained(a: torch.Tensor, b: torch.Tensor, op: str, compute):
    """Return compute() (a <op> b, or its dry run); what torch refuses (bool subtraction...) is explained."""
    try:
        return compute()
    except (RuntimeError, TypeError, ValueError, ArithmeticError) as error:
        if op == "-" and torch.bool in (a.dtype, b.dtype):
            raise UserFacingError("tensors.err.bool_sub") from error
        if a.dtype == b.dtype == torch.bool:
            if op in MATRIX:
                raise UserFacingError("tensors.err.bool_matmul") from error
            raise UserFacingError(
                "tensors.err.bool_op", op=op, detail=as_user_error(error).params["detail"]
            ) from error
        raise as_user_error(error) from error


def _apply(a: torch.Tensor, b: torch.Tensor, op: str) -> torch.Tensor:
    """Return the operator applied by torch."""
    functions = {
        "+": torch.add,
        "-": torch.sub,
        "*": torch.mul,
        "/": torch.div,
        "**": torch.pow,
        "@": torch.matmul,
        "matmul": torch.matmul,
        "mm": torch.mm,
    }
    return functions[op](a, b)


def matmul_shape(shape_a: tuple[int, ...], shape_b: tuple[int, ...]) -> tuple[int, ...] | None:
    """Return the shape torch.matmul gives (1-D, 2-D and batched rules), or None when it cannot multiply."""
    if not shape_a or not shape_b:
        return None
    a = (1, *shape_a) if len(shape_a) == 1 else shape_a
    b = (*shape_b, 1) if len(shape_b) == 1 else shape_b
    if a[-1] != b[-2]:
        return None
    batch = broadcast_steps(a[:-2], b[:-2])
    if not batch.ok:
        return None
    shape = (*batch.result_shape, a[-2], b[-1])
    if len(shape_a) == 1:
        shape = shape[:-2] + shape[-1:]
    if len(shape_b) == 1:
        shape = shape[:-1]
    return shape


@dataclass(frozen=True)
class Reduced:
    """A reduction's input, values (and indices for max/min along a dim), .item() when it has one element."""

    source: torch.Tensor
    values: torch.Tensor
    indices: torch.Tensor | None
    item: float | int | bool | None
    corrected: bool
    code: str


@value_errors()
def reduce(data, how: str, dim: int | str = ALL_DIMS, keepdim: bool = False) -> Reduced:
    """Return sum/mean/max/min/prod of torch.tensor(data), over everything or along dim; mean of ints uses .float()."""
    if how not in REDUCTIONS:
        raise UserFacingError("tensors.err.unknown_option", option=how)
    source = literal_tensor(data)
    if dim != ALL_DIMS and not -source.dim() <= int(dim) < max(source.dim(), 1):
        raise UserFacingError("tensors.err.reduce_dim", dim=dim, rank=source.dim())
    corrected = how == "mean" and not source.is_floating_point()
    operand = "a.float()" if corrected else "a"
    working = source.float() if corrected else source
    if dim == ALL_DIMS:
        output = getattr(working, how)()
        call = f"{operand}.{how}()"
    else:
        output = getattr(working, how)(dim=int(dim), keepdim=keepdim)
        call = f"{operand}.{how}(dim={int(dim)}, keepdim={keepdim})"
    indices = None
    lines = [f"a = torch.tensor({literal_source(data)})", f"r = {call}"]
    if isinstance(output, tuple):
        output, indices = output.values, output.indices
        lines += ["print(r.values)", "print(r.indices)"]
        value_name = "r.values"
    else:
        lines.append("print(r)")
        value_name = "r"
    item = output.item() if output.numel() == 1 else None
    if item is not None:
        lines.append(f"print({value_name}.item())")
    return Reduced(source, output, indices, item, corrected, program(*lines))
