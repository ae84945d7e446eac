"""Named input tensors: a value written as a literal or a random/constant constructor, a dtype, requires_grad."""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.errors import UserFacingError

DTYPES = {"float32": torch.float32, "float64": torch.float64, "int64": torch.int64}
CONSTRUCTORS = ("randn", "rand", "zeros", "ones", "arange")


@dataclass(frozen=True)
class VariableSpec:
    """How to build one named tensor."""

    name: str
    value: str
    requires_grad: bool = False
    dtype: str = "float32"


def build_variables(specs: list[VariableSpec], seed: int, device: str = "cpu") -> dict[str, torch.Tensor]:
    """Return name -> tensor for each spec, random ones drawn in order from one generator seeded with seed.

    On the "meta" device the tensors have their shapes and dtypes but no memory (a dry run counts their bytes).
    """
    generator = torch.Generator().manual_seed(seed)
    with torch.device(device):
        return {spec.name: build_variable(spec, generator) for spec in specs}


def build_variable(spec: VariableSpec, generator: torch.Generator) -> torch.Tensor:
    """Return the tensor a spec describes (on the default device), or raise UserFacingError saying what is wrong."""
    dtype = DTYPES.get(spec.dtype)
    if dtype is None:
        raise UserFacingError("autograd.err.dtype", name=spec.name, dtype=spec.dtype)
    if spec.requires_grad and not dtype.is_floating_point:
        raise UserFacingError("autograd.err.int_grad", name=spec.name, dtype=spec.dtype)
    node = _parse_value(spec)
    if isinstance(node, ast.Call):
        tensor = _construct(spec, node, dtype, generator)
    else:
        tensor = _literal(spec, node, dtype)
    return tensor.requires_grad_(spec.requires_grad)


def _parse_value(spec: VariableSpec) -> ast.AST:
    """Return the syntax tree of a value text."""
    text = spec.value.strip()
    limits.MAX_TEXT_INPUT_CHARS.check(len(text))
    try:
        return ast.parse(text or "?", mode="eval").body
    except (SyntaxError, ValueError, MemoryError, RecursionError):
        raise UserFacingError("autograd.err.value", name=spec.name) from None


def _literal(spec: VariableSpec, node: ast.AST, dtype: torch.dtype) -> torch.Tensor:
    """Return a tensor from a number or nested list literal."""
    try:
        value = ast.literal_eval(node)
    except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
        raise UserFacingError("autograd.err.value", name=spec.name) from None
    if not _is_numeric(value):
        raise UserFacingError("autograd.err.value", name=spec.name)
    _check_range(spec, value, dtype)
    try:
        # built on the CPU, then moved: on the meta device the move is an operation a dry run counts
        tensor = torch.tensor(value, dtype=dtype, device="cpu").to(torch.get_default_device())
    except (ValueError, TypeError, RuntimeError, OverflowError):
        raise UserFacingError("autograd.err.ragged", name=spec.name) from None
    _check_size(tensor.shape)
    return tensor


def _is_numeric(value) -> bool:
    """Return whether value is a number or a (nested) list/tuple of numbers."""
    if isinstance(value, (list, tuple)):
        return len(value) > 0 and all(_is_numeric(item) for item in value)
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return False
    return isinstance(value, int) or math.isfinite(value)


def _numbers(value):
    """Yield the numbers of a (nested) list, iteratively (deep nesting cannot overflow the stack)."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, (list, tuple)):
            stack.extend(item)
        else:
            yield item


def _check_range(spec: VariableSpec, value, dtype: torch.dtype) -> None:
    """Raise a translated error for a number the dtype cannot hold (torch would overflow or give inf)."""
    info = torch.finfo(dtype) if dtype.is_floating_point else torch.iinfo(dtype)
    for number in _numbers(value):
        if not info.min <= number <= info.max:
            raise UserFacingError(
                "autograd.err.too_large",
                name=spec.name,
                value=_short(number),
                dtype=spec.dtype,
                largest=f"{info.max:.3g}",
            )


def _short(number) -> str:
    """Return a number as short text: huge integers by their first digits and their length."""
    text = str(number)
    return text if len(text) <= 24 else f"{text[:8]}… ({len(text.lstrip('-'))} digits)"


def _construct(spec: VariableSpec, node: ast.Call, dtype: torch.dtype, generator) -> torch.Tensor:
    """Return randn/rand/zeros/ones/arange of a constant integer shape."""
    name = node.func.id if isinstance(node.func, ast.Name) else ""
    name = name or (node.func.attr if isinstance(node.func, ast.Attribute) else "")
    if name not in CONSTRUCTORS or node.keywords:
        raise UserFacingError("autograd.err.constructor", name=spec.name)
    shape = []
    for argument in node.args:
        if not (isinstance(argument, ast.Constant) and type(argument.value) is int and argument.value > 0):
            raise UserFacingError("autograd.err.constructor", name=spec.name)
        shape.append(argument.value)
    if not shape:
        raise UserFacingError("autograd.err.constructor", name=spec.name)
    if name == "arange":
        if len(shape) != 1:
            raise UserFacingError("autograd.err.constructor", name=spec.name)
        _check_size(shape)
        return torch.arange(shape[0], dtype=dtype)
    _check_size(shape)
    if name in ("randn", "rand") and not dtype.is_floating_point:
        raise UserFacingError("autograd.err.random_int", name=spec.name)
    if name == "randn":
        return torch.randn(*shape, generator=generator, dtype=dtype)
    if name == "rand":
        return torch.rand(*shape, generator=generator, dtype=dtype)
    return (torch.zeros if name == "zeros" else torch.ones)(*shape, dtype=dtype)


def _check_size(shape) -> None:
    """Raise LimitExceeded for too many dimensions or elements."""
    limits.MAX_TENSOR_DIMS.check(len(shape))
    limits.MAX_TENSOR_ELEMENTS.check(math.prod(shape))


def variable_code(spec: VariableSpec) -> str:
    """Return the PyTorch line that builds this variable (random ones draw from generator g)."""
    text = spec.value.strip()
    node = _parse_value(spec)
    dtype = "" if spec.dtype == "float32" else f", dtype=torch.{spec.dtype}"
    grad = ", requires_grad=True" if spec.requires_grad else ""
    if isinstance(node, ast.Call):
        name = node.func.id if isinstance(node.func, ast.Name) else node.func.attr
        args = ", ".join(str(argument.value) for argument in node.args)
        extra = ", generator=g" if name in ("randn", "rand") else ""
        return f"{spec.name} = torch.{name}({args}{extra}{dtype}{grad})"
    literal = text if "." in text or spec.dtype != "float32" else repr(ast.literal_eval(text))
    if spec.dtype == "float32" and "." not in literal:
        return f"{spec.name} = torch.tensor({literal}, dtype=torch.float32{grad})"
    return f"{spec.name} = torch.tensor({literal}{dtype}{grad})"
