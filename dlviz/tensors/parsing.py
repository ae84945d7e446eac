"""Parse user text (nested-list literals, shapes, integer tuples) with an ast whitelist: nothing is ever executed."""

from __future__ import annotations

import ast
import math
import operator

from dlviz import limits
from dlviz.errors import UserFacingError

_ARITHMETIC = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
}
_FORBIDDEN_NODES = (
    (ast.Lambda, "tensors.err.lambda"),
    ((ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp), "tensors.err.comprehension"),
    (ast.NamedExpr, "tensors.err.assignment"),
    (ast.Attribute, "tensors.err.attribute"),
    (ast.Call, "tensors.err.call"),
)
_NON_FINITE_NAMES = {"nan", "inf", "NaN", "Inf", "infinity"}
MAX_ABS_VALUE = 1e308


def parse_expression(text: str) -> ast.expr:
    """Return the ast of one expression, after the length check and a scan for hostile constructs."""
    text = text.strip()
    limits.MAX_TEXT_INPUT_CHARS.check(len(text))
    if not text:
        raise UserFacingError("tensors.err.empty")
    try:
        tree = ast.parse(text, mode="eval")
    except SyntaxError as error:
        raise UserFacingError("tensors.err.syntax", detail=error.msg, column=error.offset or 0) from None
    except (ValueError, MemoryError, RecursionError):
        raise UserFacingError("tensors.err.syntax", detail="-", column=0) from None
    reject_hostile(tree)
    limits.MAX_TENSOR_DIMS.check(nesting_depth(tree.body))
    return tree.body


def nesting_depth(node: ast.AST) -> int:
    """Return how deeply lists/tuples nest in node, walking iteratively so deep input cannot overflow."""
    deepest, stack = 0, [(node, 0)]
    while stack:
        current, depth = stack.pop()
        if isinstance(current, (ast.List, ast.Tuple)):
            depth += 1
            deepest = max(deepest, depth)
        stack.extend((child, depth) for child in ast.iter_child_nodes(current))
    return deepest


def reject_hostile(tree: ast.AST) -> None:
    """Raise a translated error for calls, attributes (dunders first), lambdas, comprehensions and names."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and node.attr.startswith("_"):
            raise UserFacingError("tensors.err.dunder", name=node.attr)
        if isinstance(node, ast.Name) and node.id.startswith("__"):
            raise UserFacingError("tensors.err.dunder", name=node.id)
    nodes = list(ast.walk(tree))
    for kinds, key in _FORBIDDEN_NODES:
        if any(isinstance(node, kinds) for node in nodes):
            raise UserFacingError(key)


def parse_literal(text: str) -> list | int | float | bool:
    """Return the nested list (or number) a literal stands for; numbers may use + - * / ** on constants."""
    value = evaluate_literal(parse_expression(text))
    shape = check_rectangular(value)
    count = math.prod(shape)
    limits.MAX_TENSOR_DIMS.check(len(shape))
    limits.MAX_TENSOR_ELEMENTS.check(count)
    if count == 0:
        raise UserFacingError("tensors.err.empty_list")
    return value


def evaluate_literal(node: ast.expr):
    """Return the value of a whitelisted literal node; too-deep nesting becomes a translated error."""
    try:
        return _literal_value(node)
    except RecursionError:
        raise UserFacingError("tensors.err.too_deep") from None


def _literal_value(node: ast.expr):
    """Evaluate a whitelisted literal node: lists/tuples of numbers, signs, and arithmetic on numbers."""
    if isinstance(node, (ast.List, ast.Tuple)):
        return [_literal_value(item) for item in node.elts]
    if isinstance(node, ast.Constant):
        return _number(node.value)
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, (ast.USub, ast.UAdd)):
        value = _literal_value(node.operand)
        _require_number(value)
        return _finite(-value if isinstance(node.op, ast.USub) else +value)
    if isinstance(node, ast.BinOp) and type(node.op) in _ARITHMETIC:
        left, right = _literal_value(node.left), _literal_value(node.right)
        _require_number(left)
        _require_number(right)
        if isinstance(node.op, ast.Pow):
            limits.MAX_EXPONENT.check(abs(right))
        if isinstance(node.op, ast.Div) and right == 0:
            raise UserFacingError("tensors.err.division_by_zero")
        try:
            return _finite(_ARITHMETIC[type(node.op)](left, right))
        except OverflowError:
            raise UserFacingError("tensors.err.too_large") from None
        except ZeroDivisionError:
            raise UserFacingError("tensors.err.division_by_zero") from None
    if isinstance(node, ast.Name):
        if node.id in _NON_FINITE_NAMES:
            raise UserFacingError("tensors.err.not_finite")
        raise UserFacingError("tensors.err.name", name=node.id)
    raise UserFacingError("tensors.err.not_literal", what=type(node).__name__)


def _number(value):
    """Return value if it is a finite bool/int/float constant, else raise a translated error."""
    if isinstance(value, bool) or isinstance(value, (int, float)):
        return _finite(value)
    if isinstance(value, complex):
        raise UserFacingError("tensors.err.complex")
    raise UserFacingError("tensors.err.not_number", value=repr(value)[:40])


def _require_number(value) -> None:
    """Raise unless value is a number (arithmetic on lists is not a literal)."""
    if isinstance(value, list):
        raise UserFacingError("tensors.err.list_arithmetic")


def _finite(value):
    """Return value if finite and within float range; NaN, inf and huge numbers are refused."""
    if isinstance(value, float) and not math.isfinite(value):
        raise UserFacingError("tensors.err.not_finite")
    if isinstance(value, complex):
        raise UserFacingError("tensors.err.complex")
    if abs(value) > MAX_ABS_VALUE:
        raise UserFacingError("tensors.err.too_large")
    return value


def check_rectangular(value) -> tuple[int, ...]:
    """Return the shape of a nested list, raising a translated error where it is ragged."""
    if not isinstance(value, list):
        return ()
    if not value:
        return (0,)
    shapes = [check_rectangular(item) for item in value]
    for position, shape in enumerate(shapes):
        if shape != shapes[0]:
            raise UserFacingError(
                "tensors.err.ragged",
                position=position,
                expected=_shape_text(shapes[0]),
                got=_shape_text(shape),
            )
    return (len(value), *shapes[0])


def _shape_text(shape: tuple[int, ...]) -> str:
    """Return a shape as the user reads it: a number for scalars, else a tuple."""
    return "scalar" if not shape else str(tuple(shape))


def parse_int_tuple(text: str, allow_negative: bool = True) -> tuple[int, ...]:
    """Return the integers of text like '(2, 3)', '2, 3', '[2,3]' or '4'; empty text gives ()."""
    if not text.strip():
        return ()
    node = parse_expression(text)
    items = node.elts if isinstance(node, (ast.Tuple, ast.List)) else [node]
    values = []
    for item in items:
        value = evaluate_literal(item)
        if isinstance(value, bool) or not isinstance(value, int):
            raise UserFacingError("tensors.err.not_integer", value=str(value)[:40])
        if value < 0 and not allow_negative:
            raise UserFacingError("tensors.err.negative_size", value=value)
        values.append(value)
    limits.MAX_TENSOR_DIMS.check(len(values))
    return tuple(values)


def parse_shape(text: str, allow_minus_one: bool = False) -> tuple[int, ...]:
    """Return a shape parsed from text: positive sizes (one -1 allowed when asked), within the caps."""
    shape = parse_int_tuple(text)
    if not shape:
        raise UserFacingError("tensors.err.empty")
    for size in shape:
        if size == -1 and allow_minus_one:
            continue
        if size <= 0:
            raise UserFacingError("tensors.err.negative_size", value=size)
    if shape.count(-1) > 1:
        raise UserFacingError("tensors.err.two_minus_ones")
    limits.MAX_TENSOR_ELEMENTS.check(math.prod(size for size in shape if size > 0))
    return shape
