"""Explain a shape error: the shapes aligned, the dimension at fault, torch's own message, and fixes that torch accepts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch

from dlviz.errors import UserFacingError, value_errors
from dlviz.tensors.arithmetic import ELEMENTWISE
from dlviz.tensors.broadcasting import broadcast_steps
from dlviz.tensors.codegen import shape_source

SHAPE_OPS = ("@", "+", "-", "*", "/", "**", "cat")
PRESETS = {
    "matmul": ("@", "3, 4", "3, 5"),
    "broadcast": ("+", "2, 3", "4,"),
    "cat": ("cat", "2, 3", "2, 4"),
    "seed003": ("@", "2, 2", "2,"),
}
MAX_FIXES = 4


@dataclass(frozen=True)
class Fix:
    """A rewrite of the failing line, its result shape (checked by torch), and the i18n key that says what it does."""

    code: str
    shape: tuple[int, ...]
    key: str


@dataclass(frozen=True)
class Diagnosis:
    """Two shapes padded to one width, the columns at fault in each, torch's verdict, a reason and fixes."""

    op: str
    dim: int
    shape_a: tuple[int, ...]
    shape_b: tuple[int, ...]
    rows: tuple[tuple[int | None, ...], tuple[int | None, ...]]
    fault_a: tuple[int, ...]
    fault_b: tuple[int, ...]
    ok: bool
    result_shape: tuple[int, ...] | None
    torch_message: str | None
    reason_key: str
    reason_params: dict
    fixes: tuple[Fix, ...]
    code: str


def _meta(shape: tuple[int, ...]) -> torch.Tensor:
    """Return a tensor with that shape and no data: torch checks shapes on the meta device without computing."""
    return torch.empty(shape, device="meta")


def _run(op: str, dim: int) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    """Return a function applying op to two tensors."""
    if op == "cat":
        return lambda a, b: torch.cat([a, b], dim=dim)
    if op == "@":
        return torch.matmul
    return {"+": torch.add, "-": torch.sub, "*": torch.mul, "/": torch.div, "**": torch.pow}[op]


def line_source(op: str, dim: int, a: str = "a", b: str = "b") -> str:
    """Return the source of the operation, e.g. 'a @ b' or 'torch.cat([a, b], dim=0)'."""
    return f"torch.cat([{a}, {b}], dim={dim})" if op == "cat" else f"{a} {op} {b}"


def torch_verdict(op: str, shape_a, shape_b, dim: int = 0) -> tuple[tuple[int, ...] | None, str | None]:
    """Return (result shape, None) when torch accepts the shapes, else (None, torch's first error line).

    Shapes are checked on meta tensors (no data, so a huge result costs nothing); a failure is re-run on
    small zero tensors (the inputs are within the element cap) to quote the message a CPU user would see.
    """
    try:
        return tuple(_run(op, dim)(_meta(shape_a), _meta(shape_b)).shape), None
    except (RuntimeError, IndexError, ValueError):
        pass
    try:
        _run(op, dim)(torch.zeros(shape_a), torch.zeros(shape_b))
    except (RuntimeError, IndexError, ValueError) as error:
        return None, str(error).strip().splitlines()[0][:300]
    return None, None


@value_errors()
def explain(op: str, shape_a: tuple[int, ...], shape_b: tuple[int, ...], dim: int = 0) -> Diagnosis:
    """Return the diagnosis of op on two shapes, every claim checked against torch on meta tensors."""
    if op not in SHAPE_OPS:
        raise UserFacingError("tensors.err.unknown_option", option=op)
    if op == "cat" and not -max(len(shape_a), 1) <= dim < max(len(shape_a), 1):
        raise UserFacingError(
            "tensors.err.join_dim", how="cat", dim=dim, low=-len(shape_a), high=len(shape_a) - 1
        )
    result_shape, message = torch_verdict(op, shape_a, shape_b, dim)
    width = max(len(shape_a), len(shape_b))
    rows = (
        (None,) * (width - len(shape_a)) + tuple(shape_a),
        (None,) * (width - len(shape_b)) + tuple(shape_b),
    )
    fault_a, fault_b, reason_key, reason_params = _fault(op, shape_a, shape_b, dim, width)
    if result_shape is not None:
        fault_a, fault_b, reason_key, reason_params = (), (), "tensors.shape.ok", {"shape": result_shape}
    fixes = () if result_shape is not None else _fixes(op, shape_a, shape_b, dim)
    code = _code(op, shape_a, shape_b, dim, fixes)
    return Diagnosis(
        op,
        dim,
        tuple(shape_a),
        tuple(shape_b),
        rows,
        fault_a,
        fault_b,
        result_shape is not None,
        result_shape,
        message,
        reason_key,
        reason_params,
        fixes,
        code,
    )


def _fault(op, shape_a, shape_b, dim, width):
    """Return the padded columns at fault in a and b, and the reason's key and parameters."""
    offset_a, offset_b = width - len(shape_a), width - len(shape_b)
    if op in ELEMENTWISE:
        steps = broadcast_steps(shape_a, shape_b)
        clash = steps.clash_dims
        if not clash:
            return (), (), "tensors.shape.ok", {}
        first = clash[0]
        params = {"a": steps.columns[first].a, "b": steps.columns[first].b, "dim": first - width}
        return clash, clash, "tensors.shape.broadcast_clash", params
    if op == "@":
        if not shape_a or not shape_b:
            return (), (), "tensors.shape.matmul_scalar", {}
        inner_b = 0 if len(shape_b) == 1 else len(shape_b) - 2
        if shape_a[-1] != shape_b[inner_b]:
            params = {"k_a": shape_a[-1], "k_b": shape_b[inner_b]}
            return (width - 1,), (offset_b + inner_b,), "tensors.shape.matmul_inner", params
        batch = broadcast_steps(shape_a[:-2], shape_b[:-2])
        clash = tuple(c + width - 2 - len(batch.columns) for c in batch.clash_dims)
        return clash, clash, "tensors.shape.matmul_batch", {}
    if len(shape_a) != len(shape_b):
        return (), (), "tensors.shape.cat_rank", {"rank_a": len(shape_a), "rank_b": len(shape_b)}
    cat_dim = dim % len(shape_a)
    bad = tuple(i for i in range(len(shape_a)) if i != cat_dim and shape_a[i] != shape_b[i])
    params = {"dim": cat_dim, "bad": bad[0] if bad else 0}
    return (
        tuple(i + offset_a for i in bad),
        tuple(i + offset_b for i in bad),
        "tensors.shape.cat_mismatch",
        params,
    )


def _candidates(op, shape_a, shape_b, dim):
    """Yield (code, function of a and b, key) rewrites worth trying, most natural first."""
    run = _run(op, dim)

    def line(a: str, b: str) -> str:
        return line_source(op, dim, a, b)

    if len(shape_a) >= 2:
        yield line("a.mT", "b"), lambda a, b: run(a.mT, b), "tensors.fix.transpose_a"
    if len(shape_b) >= 2:
        yield line("a", "b.mT"), lambda a, b: run(a, b.mT), "tensors.fix.transpose_b"
    if op in ("@", "-", "/", "**", "cat"):
        yield line("b", "a"), lambda a, b: run(b, a), "tensors.fix.swap"
    if op == "@" and len(shape_b) >= 2:
        yield line("b.mT", "a"), lambda a, b: run(b.mT, a), "tensors.fix.swap_transpose"
    for position in range(len(shape_a) + 1):
        yield (
            line(f"a.unsqueeze({position})", "b"),
            lambda a, b, p=position: run(a.unsqueeze(p), b),
            "tensors.fix.unsqueeze_a",
        )
    for position in range(len(shape_b) + 1):
        yield (
            line("a", f"b.unsqueeze({position})"),
            lambda a, b, p=position: run(a, b.unsqueeze(p)),
            "tensors.fix.unsqueeze_b",
        )
    size_a = int(torch.Size(shape_a).numel())
    size_b = int(torch.Size(shape_b).numel())
    if size_a == size_b and shape_a != shape_b:
        target = shape_source(shape_a)
        yield (
            line("a", f"b.reshape({target})"),
            lambda a, b: run(a, b.reshape(shape_a)),
            "tensors.fix.reshape_b",
        )
    if op == "@" and shape_a and size_b % shape_a[-1] == 0:
        k = shape_a[-1]
        yield line("a", f"b.reshape({k}, -1)"), lambda a, b: run(a, b.reshape(k, -1)), "tensors.fix.reshape_b"
    if op == "cat" and len(shape_a) == len(shape_b):
        for other in range(len(shape_a)):
            if other != dim % len(shape_a):
                code = line_source(op, other)
                yield code, lambda a, b, d=other: torch.cat([a, b], dim=d), "tensors.fix.cat_dim"
    if op in ELEMENTWISE and len(shape_b) == 1 and shape_a and shape_b[0] > shape_a[-1]:
        k = shape_a[-1]
        yield line("a", f"b[:{k}]"), lambda a, b: run(a, b[:k]), "tensors.fix.slice_b"


def _fixes(op, shape_a, shape_b, dim) -> tuple[Fix, ...]:
    """Return up to MAX_FIXES rewrites that torch accepts, each with its result shape."""
    a, b = _meta(shape_a), _meta(shape_b)
    fixes = []
    for code, function, key in _candidates(op, shape_a, shape_b, dim):
        try:
            shape = tuple(function(a, b).shape)
        except (RuntimeError, IndexError, ValueError):
            continue
        fixes.append(Fix(code, shape, key))
        if len(fixes) == MAX_FIXES:
            break
    return tuple(fixes)


def _code(op, shape_a, shape_b, dim, fixes) -> str:
    """Return a program that tries the line and prints the shape of each fix."""
    lines = [
        "import torch",
        "",
        f"a = torch.zeros({shape_source(shape_a) or '()'})",
        f"b = torch.zeros({shape_source(shape_b) or '()'})",
        "try:",
        f"    print(({line_source(op, dim)}).shape)",
        "except RuntimeError as error:",
        "    print(str(error).strip().splitlines()[0])",
    ]
    lines += [f"print(({fix.code}).shape)" for fix in fixes]
    return "\n".join(lines) + "\n"
