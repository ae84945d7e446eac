"""Indexing and slicing typed as text (t[1:, ::2], t[..., 0], t[t > 5]), parsed with a whitelist and applied to t."""

from __future__ import annotations

import ast
import math
from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.budget import dry_run
from dlviz.errors import UserFacingError, as_user_error, clean_message, value_errors
from dlviz.tensors.codegen import program, shape_source
from dlviz.tensors.info import shares_memory
from dlviz.tensors.parsing import evaluate_literal, parse_expression

TENSOR_NAME = "t"
MAX_INDEX_NUMBER = 2**31 - 1
INT64_MAX = 2**63 - 1
INDEX_PRESETS = (
    "t[1:, ::2]",
    "t[..., 0]",
    "t[:, 1]",
    "t[0]",
    "t[t > 5]",
    "t[(t % 2 == 0) | (t < 3)]",
    "t[[0, 2]]",
)
_COMPARE = {
    ast.Gt: torch.gt,
    ast.Lt: torch.lt,
    ast.GtE: torch.ge,
    ast.LtE: torch.le,
    ast.Eq: torch.eq,
    ast.NotEq: torch.ne,
}


@dataclass(frozen=True)
class Indexed:
    """The source, the selection, which source cells it reads, whether it is a view, and the code."""

    source: torch.Tensor
    result: torch.Tensor
    selected: torch.Tensor
    is_view: bool
    expression: str
    code: str


def parse_index(text: str) -> ast.Subscript:
    """Return the checked ast of an expression 't[...]' whose index uses only whitelisted parts."""
    node = parse_expression(text)
    if not (
        isinstance(node, ast.Subscript) and isinstance(node.value, ast.Name) and node.value.id == TENSOR_NAME
    ):
        raise UserFacingError("tensors.err.index_form")
    items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    for item in items:
        _check_item(item)
    return node


def _check_item(item: ast.expr) -> None:
    """Raise a translated error unless item is an int, slice, ..., None, list of ints or a mask on t."""
    if isinstance(item, ast.Slice):
        for part in (item.lower, item.upper, item.step):
            if part is not None:
                _integer(part)
        return
    if isinstance(item, ast.Constant) and (item.value is Ellipsis or item.value is None):
        return
    if isinstance(item, ast.List):
        for element in item.elts:
            _integer(element)
        return
    if _is_mask(item):
        _check_mask(item)
        return
    _integer(item)


def _integer(node: ast.expr) -> int:
    """Return the integer a node stands for (within ±MAX_INDEX_NUMBER), or raise a translated error."""
    value = evaluate_literal(node)
    if isinstance(value, bool) or not isinstance(value, int):
        raise UserFacingError("tensors.err.not_integer", value=str(value)[:40])
    if abs(value) > MAX_INDEX_NUMBER:
        raise UserFacingError("tensors.err.index_number", value=str(value)[:40], high=MAX_INDEX_NUMBER)
    return value


def _comparable(value):
    """Return a number t (int64) can be compared with: integers beyond int64 compare as floats, as in Python."""
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) > INT64_MAX:
        return float(value)
    return value


def _is_mask(node: ast.expr) -> bool:
    """Return whether a node mentions t (a boolean mask built from t)."""
    return any(isinstance(child, ast.Name) and child.id == TENSOR_NAME for child in ast.walk(node))


def _check_mask(node: ast.expr) -> None:
    """Raise unless node is a comparison 't <op> number' (t may be 't % k'), combined with & | ~."""
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.BitAnd, ast.BitOr)):
        _check_mask(node.left)
        _check_mask(node.right)
    elif isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Invert):
        _check_mask(node.operand)
    elif isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _COMPARE:
        _check_operand(node.left)
        evaluate_literal(node.comparators[0])
    else:
        raise UserFacingError("tensors.err.mask_form")


def _check_operand(node: ast.expr) -> None:
    """Raise unless node is t or 't % k' with a positive integer k."""
    if isinstance(node, ast.Name) and node.id == TENSOR_NAME:
        return
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mod) and isinstance(node.left, ast.Name):
        if node.left.id == TENSOR_NAME and _integer(node.right) > 0:
            return
    raise UserFacingError("tensors.err.mask_form")


def _index_value(item: ast.expr, tensor: torch.Tensor):
    """Return the Python/torch index object for one checked item."""
    if isinstance(item, ast.Slice):
        return slice(
            *(None if part is None else _integer(part) for part in (item.lower, item.upper, item.step))
        )
    if isinstance(item, ast.Constant) and (item.value is Ellipsis or item.value is None):
        return item.value
    if isinstance(item, ast.List):
        return [_integer(element) for element in item.elts]
    if _is_mask(item):
        return _mask_value(item, tensor)
    return _integer(item)


def _mask_value(node: ast.expr, tensor: torch.Tensor) -> torch.Tensor:
    """Return the boolean tensor a checked mask expression stands for."""
    if isinstance(node, ast.BinOp):
        combine = torch.logical_and if isinstance(node.op, ast.BitAnd) else torch.logical_or
        return combine(_mask_value(node.left, tensor), _mask_value(node.right, tensor))
    if isinstance(node, ast.UnaryOp):
        return torch.logical_not(_mask_value(node.operand, tensor))
    left = tensor if isinstance(node.left, ast.Name) else tensor % _integer(node.left.right)
    return _COMPARE[type(node.ops[0])](left, _comparable(evaluate_literal(node.comparators[0])))


def _select(source: torch.Tensor, index, has_mask: bool) -> torch.Tensor:
    """Return source[index], sized first (on the meta device, or bounded by t's size for a mask) within the caps."""
    try:
        if not has_mask:
            planned, needed = dry_run(lambda tensor: tensor[index], source)
            limits.MAX_TENSOR_DIMS.check(planned.dim())
            limits.MAX_TENSOR_ELEMENTS.check(planned.numel())
            limits.check_action_bytes(needed, "limits.hint.tensors")
        result = source[index]
    except (IndexError, ValueError, RuntimeError, TypeError, OverflowError) as error:
        detail = clean_message(
            str(error).splitlines()[0] if str(error).strip() else as_user_error(error).key, 200
        )
        raise UserFacingError("tensors.err.index", detail=detail) from None
    limits.MAX_TENSOR_DIMS.check(result.dim())
    return result


def arange_source(shape: tuple[int, ...]) -> torch.Tensor:
    """Return torch.arange(n).reshape(shape): each cell shows its own flat position."""
    return torch.arange(math.prod(shape)).reshape(shape)


@value_errors()
def apply_index(shape: tuple[int, ...], text: str) -> Indexed:
    """Return t[index] for t = arange(...).reshape(shape), with the cells it reads and whether it is a view."""
    node = parse_index(text)
    source = arange_source(shape)
    items = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    index = tuple(_index_value(item, source) for item in items)
    index = index[0] if len(index) == 1 and not isinstance(node.slice, ast.Tuple) else index
    result = _select(source, index, any(_is_mask(item) for item in items))
    selected = torch.zeros(source.numel(), dtype=torch.bool)
    selected[result.reshape(-1)] = True
    expression = ast.unparse(node)
    is_view = shares_memory(result, source)
    code = program(
        f"t = torch.arange({source.numel()}).reshape({shape_source(shape)})",
        f"r = {expression}",
        "print(r)",
        "print(r.untyped_storage().data_ptr() == t.untyped_storage().data_ptr())",
    )
    return Indexed(source, result, selected.reshape(shape), is_view, expression, code)
