"""A small, safe language for tensor expressions: parsed with ast against a whitelist, never eval'd."""

from __future__ import annotations

import ast
import math
import operator
from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.autograd.functions import FUNCTIONS, KEYWORDS, METHODS, RESERVED_NAMES, callee_name
from dlviz.budget import Deadline
from dlviz.errors import VALUE_ERRORS, UserFacingError, clean_message, reason_key

BINARY_OPERATORS = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
    ast.Pow: operator.pow,
    ast.MatMult: operator.matmul,
}
UNARY_OPERATORS = {ast.USub: operator.neg, ast.UAdd: operator.pos}
ATTRIBUTES = {"T": lambda x: x.T, "mT": lambda x: x.mT}


@dataclass(frozen=True)
class Expression:
    """A parsed expression: its source, checked syntax tree, and variable names in order of appearance."""

    source: str
    tree: ast.Expression
    names: tuple[str, ...]


def parse_expression(source: str) -> Expression:
    """Return the parsed expression, or raise UserFacingError naming what is not allowed."""
    source = source.strip()
    if not source:
        raise UserFacingError("autograd.err.empty")
    limits.MAX_TEXT_INPUT_CHARS.check(len(source))
    try:
        tree = ast.parse(source, mode="eval")
    except SyntaxError as error:
        raise UserFacingError("autograd.err.syntax", detail=error.msg, column=error.offset or 0) from None
    except (ValueError, MemoryError, RecursionError):
        raise UserFacingError("autograd.err.syntax", detail="-", column=0) from None
    node_count = sum(1 for _ in ast.walk(tree))
    limits.MAX_EXPRESSION_NODES.check(node_count)
    limits.MAX_EXPRESSION_DEPTH.check(tree_depth(tree.body))
    names: list[str] = []
    try:
        _check(tree.body, names)
    except RecursionError:
        raise UserFacingError("errors.too_deep", detail=f"{tree_depth(tree.body)} levels") from None
    return Expression(source, tree, tuple(names))


def tree_depth(node: ast.AST) -> int:
    """Return how deeply a syntax tree nests, walking iteratively (the checks and the interpreter recurse)."""
    deepest, stack = 0, [(node, 1)]
    while stack:
        current, depth = stack.pop()
        deepest = max(deepest, depth)
        stack.extend((child, depth + 1) for child in ast.iter_child_nodes(current))
    return deepest


def dotted_name(node: ast.AST) -> str | None:
    """Return 'a.b.c' for a chain of names and attributes, or None."""
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted_name(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def _module_call(func: ast.AST) -> str | None:
    """Return the dotted name when a call goes to a module function (torch.x, F.x), else None."""
    dotted = dotted_name(func)
    if dotted and (isinstance(func, ast.Name) or dotted.split(".")[0] in RESERVED_NAMES):
        return dotted
    return None


def _check(node: ast.AST, names: list[str]) -> None:
    """Raise UserFacingError unless every node below is on the whitelist; collect variable names."""
    if isinstance(node, ast.Constant):
        if isinstance(node.value, bool) or not isinstance(node.value, (int, float)):
            raise UserFacingError("autograd.err.constant", text=repr(node.value)[:40])
    elif isinstance(node, ast.Name):
        _check_name(node.id)
        if node.id in RESERVED_NAMES:
            raise UserFacingError("autograd.err.module_name", name=node.id)
        if node.id not in names:
            names.append(node.id)
    elif isinstance(node, ast.BinOp) and type(node.op) in BINARY_OPERATORS:
        _check(node.left, names)
        _check(node.right, names)
    elif isinstance(node, ast.UnaryOp) and type(node.op) in UNARY_OPERATORS:
        _check(node.operand, names)
    elif isinstance(node, ast.Call):
        _check_call(node, names)
    elif isinstance(node, ast.Attribute):
        if node.attr not in ATTRIBUTES:
            raise UserFacingError("autograd.err.attribute", name=node.attr)
        _check(node.value, names)
    elif isinstance(node, ast.Subscript):
        _check(node.value, names)
        _check_index(node.slice)
    else:
        raise UserFacingError("autograd.err.not_allowed", what=type(node).__name__)


def _check_name(name: str) -> None:
    """Refuse dunder and private names outright."""
    if name.startswith("_"):
        raise UserFacingError("autograd.err.private", name=name)


def _check_call(node: ast.Call, names: list[str]) -> None:
    """Check a function or method call against the whitelist."""
    module_call = _module_call(node.func)
    if module_call is not None:
        if module_call == "torch.functional.relu":
            raise UserFacingError("autograd.err.torch_functional_relu")
        if callee_name(module_call) is None:
            raise UserFacingError("autograd.err.function", name=module_call[:60])
    elif isinstance(node.func, ast.Attribute):
        _check_name(node.func.attr)
        if node.func.attr not in METHODS:
            raise UserFacingError("autograd.err.method", name=node.func.attr)
        _check(node.func.value, names)
    else:
        raise UserFacingError("autograd.err.not_allowed", what="Call")
    for argument in node.args:
        if isinstance(argument, ast.Starred):
            raise UserFacingError("autograd.err.not_allowed", what="Starred")
        _check(argument, names)
    for keyword in node.keywords:
        if keyword.arg not in KEYWORDS:
            raise UserFacingError("autograd.err.keyword", name=str(keyword.arg))
        _check(keyword.value, names)


def _check_index(node: ast.AST) -> None:
    """Allow only constant integers, slices of them and tuples of those as indices."""
    if isinstance(node, ast.Tuple):
        for element in node.elts:
            _check_index(element)
    elif isinstance(node, ast.Slice):
        for part in (node.lower, node.upper, node.step):
            if part is not None:
                _constant_int(part)
    elif not (isinstance(node, ast.Constant) and node.value is Ellipsis):
        _constant_int(node)


def _constant_int(node: ast.AST) -> int:
    """Return the integer a constant (or negated constant) index stands for."""
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_constant_int(node.operand)
    if isinstance(node, ast.Constant) and type(node.value) is int:
        return node.value
    raise UserFacingError("autograd.err.index_constant")


def evaluate_expression(
    expression: Expression,
    variables: dict[str, torch.Tensor],
    intermediates: dict | None = None,
    deadline: Deadline | None = None,
) -> torch.Tensor:
    """Return the expression's value over the variables, refusing any result above the tensor-size cap.

    When intermediates is a dict, each computed sub-expression's tensor is stored under its source text.
    The evaluation stops with a translated message once the deadline (MAX_EVALUATION_SECONDS by default) passes.
    """
    missing = [name for name in expression.names if name not in variables]
    if missing:
        raise UserFacingError("autograd.err.unknown_name", name=missing[0])
    evaluator = _Evaluator(expression.source, variables, intermediates, deadline or Deadline())
    return evaluator.run(expression.tree.body)


BROADCASTING = frozenset({"add", "sub", "mul", "div", "pow", "maximum", "minimum", "max", "min", "mse_loss"})
MATRIX_PRODUCTS = frozenset({"mm", "matmul", "mv", "dot"})


def broadcast_shape(*shapes: tuple) -> tuple:
    """Return the broadcast shape of several shapes (pure Python, so it costs no import)."""
    width = max(len(shape) for shape in shapes)
    result = []
    for position in range(width):
        sizes = {
            shape[position - width + len(shape)] for shape in shapes if position - width + len(shape) >= 0
        }
        sizes.discard(1)
        if len(sizes) > 1:
            shown = " and ".join(str(list(shape)) for shape in shapes)
            raise UserFacingError("autograd.err.broadcast", shapes=shown)
        result.append(sizes.pop() if sizes else 1)
    return tuple(result)


def check_result_size(function: str, args: list) -> None:
    """Raise LimitExceeded before computing a broadcast or matrix product whose result would be too big."""
    shapes = [tuple(arg.shape) for arg in args if isinstance(arg, torch.Tensor)]
    if len(shapes) < 2:
        return
    if function in MATRIX_PRODUCTS:
        left, right = shapes[0], shapes[1]
        batch = broadcast_shape(left[:-2], right[:-2])
        rows = left[-2] if len(left) >= 2 else 1
        columns = right[-1] if len(right) >= 2 else 1
        limits.MAX_TENSOR_ELEMENTS.check(math.prod(batch) * rows * columns)
    elif function in BROADCASTING:
        limits.MAX_TENSOR_ELEMENTS.check(math.prod(broadcast_shape(*shapes)))


class _Evaluator:
    """Walks a checked tree and computes it; only whitelisted node types have a branch."""

    def __init__(self, source: str, variables: dict, intermediates: dict | None, deadline: Deadline):
        self.source = source
        self.variables = variables
        self.intermediates = intermediates
        self.deadline = deadline
        self.device = next((value.device for value in variables.values()), torch.device("cpu"))
        self.encoded = source.encode()
        self.line_starts = [0]
        for line in self.encoded.splitlines(keepends=True):
            self.line_starts.append(self.line_starts[-1] + len(line))

    def segment(self, node: ast.AST) -> str:
        """Return the source text of a node (ast.get_source_segment re-splits the source on every call)."""
        start = self.line_starts[node.lineno - 1] + node.col_offset
        end = self.line_starts[node.end_lineno - 1] + node.end_col_offset
        return self.encoded[start:end].decode(errors="replace")

    def run(self, node: ast.AST) -> torch.Tensor:
        """Return the value of node as a tensor, translating torch's errors into user-facing ones."""
        try:
            result = self.value(node)
            return result if isinstance(result, torch.Tensor) else self.constant(result)
        except UserFacingError:
            raise
        except VALUE_ERRORS as error:
            raise _user_error(error) from None

    def constant(self, value) -> torch.Tensor:
        """Return a Python number as a 0-d float tensor on the variables' device (torch.full: a dry run counts it)."""
        return torch.full((), float(value), device=self.device)

    def value(self, node: ast.AST):
        """Return the value of one node and record it."""
        if isinstance(node, ast.Constant):
            return node.value
        if isinstance(node, ast.Name):
            return self.variables[node.id]
        result = self.compute(node)
        self.deadline.check()
        if isinstance(result, complex):
            raise UserFacingError("autograd.err.complex", text=self.segment(node)[:80], value=f"{result:.4g}")
        if isinstance(result, torch.Tensor):
            limits.MAX_TENSOR_ELEMENTS.check(result.numel())
            if self.intermediates is not None:
                text = self.segment(node)
                self.intermediates.setdefault(text, result)
        return result

    def compute(self, node: ast.AST):
        """Return the value of an operator, call, attribute or subscript node."""
        if isinstance(node, ast.BinOp):
            left, right = self.value(node.left), self.value(node.right)
            if isinstance(node.op, ast.Pow) and not isinstance(right, torch.Tensor):
                limits.MAX_EXPONENT.check(abs(right))
            if not isinstance(left, torch.Tensor) and not isinstance(right, torch.Tensor):
                left = float(left)
            check_result_size("matmul" if isinstance(node.op, ast.MatMult) else "add", [left, right])
            return BINARY_OPERATORS[type(node.op)](left, right)
        if isinstance(node, ast.UnaryOp):
            return UNARY_OPERATORS[type(node.op)](self.value(node.operand))
        if isinstance(node, ast.Call):
            return self.call(node)
        if isinstance(node, ast.Attribute):
            return ATTRIBUTES[node.attr](self.tensor(node.value))
        if isinstance(node, ast.Subscript):
            return self.tensor(node.value)[_index(node.slice)]
        raise UserFacingError("autograd.err.not_allowed", what=type(node).__name__)

    def call(self, node: ast.Call):
        """Return the result of a whitelisted function or method call."""
        module_call = _module_call(node.func)
        args = [self.value(argument) for argument in node.args]
        kwargs = {keyword.arg: self.value(keyword.value) for keyword in node.keywords}
        if module_call is not None:
            name = callee_name(module_call)
        else:
            name = node.func.attr
            args.insert(0, self.tensor(node.func.value))
        function = FUNCTIONS[name]
        if not args or not isinstance(args[0], torch.Tensor):
            args[0:1] = [self.constant(args[0])] if args else []
        if not args:
            raise UserFacingError("autograd.err.arguments", detail=dotted_name(node.func) or "?")
        check_result_size(name, [*args, *kwargs.values()])
        return function(*args, **kwargs)

    def tensor(self, node: ast.AST) -> torch.Tensor:
        """Return a node's value, which must be a tensor."""
        value = self.value(node)
        if not isinstance(value, torch.Tensor):
            raise UserFacingError("autograd.err.needs_tensor", text=self.segment(node))
        return value


def _index(node: ast.AST):
    """Return the Python index a checked index node stands for."""
    if isinstance(node, ast.Tuple):
        return tuple(_index(element) for element in node.elts)
    if isinstance(node, ast.Slice):
        parts = (node.lower, node.upper, node.step)
        return slice(*(None if part is None else _constant_int(part) for part in parts))
    if isinstance(node, ast.Constant) and node.value is Ellipsis:
        return Ellipsis
    return _constant_int(node)


_SHARED_REASONS = frozenset(
    {
        "errors.out_of_memory",
        "errors.overflow",
        "errors.complex",
        "errors.unsupported_dtype",
        "errors.empty",
        "errors.too_deep",
    }
)


def _user_error(error: Exception) -> UserFacingError:
    """Return the translated error for an exception torch or Python raised while computing."""
    detail = clean_message(error)
    shared = reason_key(error)
    if shared in _SHARED_REASONS:
        return UserFacingError(shared, detail=detail)
    if isinstance(error, IndexError):
        return UserFacingError("autograd.err.index", detail=detail)
    if isinstance(error, TypeError):
        return UserFacingError("autograd.err.arguments", detail=detail)
    if isinstance(error, (ArithmeticError, ValueError)):
        return UserFacingError("autograd.err.arithmetic", detail=detail)
    return UserFacingError("autograd.err.runtime", detail=detail)
