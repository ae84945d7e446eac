"""The expression language: torch is the reference for values and gradients; hostile input gets a message."""

import ast
import builtins
from contextlib import contextmanager
from unittest.mock import patch

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st

from dlviz.autograd.expression import evaluate_expression, parse_expression
from dlviz.errors import UserFacingError
from dlviz.i18n import catalog
from dlviz.limits import LimitExceeded

X = [0.7, -1.3, 2.1]


def variables():
    return {
        "x": torch.tensor(X, dtype=torch.float64, requires_grad=True),
        "w": torch.tensor([[0.5, -0.2, 1.1], [0.3, 0.8, -0.4]], dtype=torch.float64, requires_grad=True),
    }


CASES = [
    ("x[0]**2 + x[1]**3", lambda x, w: x[0] ** 2 + x[1] ** 3),
    ("sin(x)*exp(x) + x**3", lambda x, w: torch.sin(x) * torch.exp(x) + x**3),
    ("x.sin() * x.exp() + x.pow(3)", lambda x, w: x.sin() * x.exp() + x.pow(3)),
    ("torch.relu(w @ x) - F.relu(-x).sum()", lambda x, w: torch.relu(w @ x) - torch.relu(-x).sum()),
    ("w.mm(x.reshape(3, 1)).clamp(min=0).sum()", lambda x, w: w.mm(x.reshape(3, 1)).clamp(min=0).sum()),
    ("(w.T * x[:2]).mean(dim=0)", lambda x, w: (w.T * x[:2]).mean(dim=0)),
    ("sigmoid(x) / (1 + abs(x)) - tanh(-x)", lambda x, w: torch.sigmoid(x) / (1 + x.abs()) - torch.tanh(-x)),
    ("softmax(w, dim=1)[1, -1] * max(x)", lambda x, w: torch.softmax(w, dim=1)[1, -1] * x.max()),
    ("x ** x[0] + 2 ** x", lambda x, w: x ** x[0] + 2**x),
    ("(x - 1) ** 2 / 3 - +x", lambda x, w: (x - 1) ** 2 / 3 - x),
    (
        "log(exp(x)).sum() + sqrt(x*x + 1).prod()",
        lambda x, w: torch.log(torch.exp(x)).sum() + (x * x + 1).sqrt().prod(),
    ),
    ("mse_loss(w[0], x)", lambda x, w: torch.nn.functional.mse_loss(w[0], x)),
]


@pytest.mark.parametrize(("source", "reference"), CASES)
def test_value_and_gradients_match_torch(source, reference):
    ours, theirs = variables(), variables()
    out = evaluate_expression(parse_expression(source), ours)
    expected = reference(theirs["x"], theirs["w"])
    torch.testing.assert_close(out, expected, equal_nan=True)
    leaves = [ours[n] for n in ("x", "w")]
    grads = torch.autograd.grad(out.sum(), leaves, allow_unused=True)
    expected_grads = torch.autograd.grad(expected.sum(), [theirs["x"], theirs["w"]], allow_unused=True)
    for got, want in zip(grads, expected_grads, strict=True):
        if want is None:
            assert got is None
        else:
            torch.testing.assert_close(got, want, equal_nan=True)


def test_names_are_listed_in_order_of_appearance():
    assert parse_expression("w3*relu(w2*(w1*x))").names == ("w3", "w2", "w1", "x")


def test_intermediates_are_recorded_by_their_source_text():
    intermediates = {}
    evaluate_expression(parse_expression("x[0]**2 + x[1]**3"), variables(), intermediates)
    assert list(intermediates) == ["x[0]", "x[0]**2", "x[1]", "x[1]**3", "x[0]**2 + x[1]**3"]


HOSTILE = {
    "__import__('os').system('echo hacked')": "autograd.err.method",
    "__import__('os')": "autograd.err.function",
    "x.__class__.__bases__": "autograd.err.attribute",
    "x.__class__()": "autograd.err.private",
    "().__class__": "autograd.err.attribute",
    "open('/etc/passwd')": "autograd.err.function",
    "eval('1')": "autograd.err.function",
    "torch.load('f')": "autograd.err.function",
    "torch.nn.Module()": "autograd.err.function",
    "x.data": "autograd.err.attribute",
    "x.grad": "autograd.err.attribute",
    "x.numpy()": "autograd.err.method",
    "x.backward()": "autograd.err.method",
    "lambda: 1": "autograd.err.not_allowed",
    "[i for i in x]": "autograd.err.not_allowed",
    "x if x else x": "autograd.err.not_allowed",
    "(x := 1)": "autograd.err.not_allowed",
    "'abc'": "autograd.err.constant",
    "x > 1": "autograd.err.not_allowed",
    "x[y]": "autograd.err.index_constant",
    "x[0.5]": "autograd.err.index_constant",
    "sin(*x)": "autograd.err.not_allowed",
    "clamp(x, out=x)": "autograd.err.keyword",
    "torch": "autograd.err.module_name",
    "torch.functional.relu(x)": "autograd.err.torch_functional_relu",
    "sin(x": "autograd.err.syntax",
    "": "autograd.err.empty",
    "x[0](1)": "autograd.err.not_allowed",
}


@pytest.mark.parametrize(("source", "key"), HOSTILE.items())
def test_hostile_or_malformed_input_gives_its_message(source, key):
    with pytest.raises(UserFacingError) as info:
        parse_expression(source)
    assert info.value.key == key
    assert key in catalog()


RUNTIME = {
    "x + w[0, :2]": "autograd.err.broadcast",
    "w.mm(w)": "autograd.err.runtime",
    "x[7]": "autograd.err.index",
    "x ** 1000": "limits.exceeded",
    "2 ** 10 ** 10": "limits.exceeded",
    "1 / 0 + x": "autograd.err.arithmetic",
    "sin(1, 2)": "autograd.err.arguments",
    "max(x, 2)": "autograd.err.arguments",
    "y * 2": "autograd.err.unknown_name",
    "(1).T": "autograd.err.needs_tensor",
}


@pytest.mark.parametrize(("source", "key"), RUNTIME.items())
def test_bad_computations_give_their_message(source, key):
    with pytest.raises(UserFacingError) as info:
        evaluate_expression(parse_expression(source), variables())
    assert info.value.key == key


def test_results_above_the_element_cap_are_refused_before_allocation():
    a = torch.zeros(100_000, 1)
    b = torch.zeros(100_000)
    with pytest.raises(LimitExceeded) as info:
        evaluate_expression(parse_expression("a * b"), {"a": a, "b": b})
    assert info.value.params["requested"] == 10_000_000_000
    with pytest.raises(LimitExceeded):
        evaluate_expression(parse_expression("a @ b.reshape(1, 100000)"), {"a": a, "b": b})


def test_overlong_and_oversized_expressions_hit_caps():
    with pytest.raises(LimitExceeded):
        parse_expression("x" + "+x" * 1500)
    with pytest.raises(LimitExceeded):
        parse_expression("+".join(["x"] * 500))


def test_deeply_nested_input_gives_a_message_not_a_crash():
    with pytest.raises(UserFacingError):
        parse_expression("(" * 1000 + "x" + ")" * 1000)


@contextmanager
def eval_and_exec_forbidden():
    """Make eval and exec fail loudly inside the block (ast.parse needs compile, so it stays)."""

    def refuse(*args, **kwargs):
        raise AssertionError("a forbidden builtin was called")

    with patch.object(builtins, "eval", refuse), patch.object(builtins, "exec", refuse):
        yield


TOKENS = ["x", "w", "0", "1", "2.5", "+", "-", "*", "/", "**", "@", "(", ")", "[", "]", ",", ":", ".", "sin",
          "exp", "relu", "sum", "T", "__class__", "torch", "F", "clamp", "min=", "dim=", "mm", "'s'", " ", "lambda",
          "import", "os", "=", "_", "reshape", "max", "x.sum()", "x[0]", "w.T"]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=14))
def test_fuzzed_token_soup_never_crashes_and_never_escapes(tokens):
    source = "".join(tokens)
    try:
        with eval_and_exec_forbidden():
            expression = parse_expression(source)
            result = evaluate_expression(expression, variables())
    except UserFacingError as error:
        assert error.key in catalog()
        return
    assert isinstance(result, torch.Tensor)
    for node in ast.walk(expression.tree):
        if isinstance(node, ast.Attribute):
            assert not node.attr.startswith("_")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60))
def test_fuzzed_text_never_crashes(source):
    try:
        with eval_and_exec_forbidden():
            evaluate_expression(parse_expression(source), variables())
    except UserFacingError as error:
        assert error.key in catalog()


LEAF = st.sampled_from(["x", "x[0]", "x[1:]", "2.0", "x.sum()", "w[1]"])
UNARY = ["sin", "cos", "exp", "tanh", "sigmoid", "relu", "abs"]


def _expressions():
    return st.recursive(
        LEAF,
        lambda inner: st.one_of(
            st.tuples(inner, st.sampled_from(["+", "-", "*"]), inner).map(
                lambda t: f"({t[0]} {t[1]} {t[2]})"
            ),
            st.tuples(st.sampled_from(UNARY), inner).map(lambda t: f"{t[0]}({t[1]})"),
        ),
        max_leaves=6,
    )


def _torch_source(source: str) -> str:
    for name in UNARY:
        source = source.replace(f"{name}(", f"torch.{name}(")
    return source


@settings(max_examples=80, deadline=None)
@given(_expressions())
def test_generated_expressions_match_torch_in_value_and_gradient(source):
    try:
        expression = parse_expression(source)
        ours = variables()
        out = evaluate_expression(expression, ours)
    except UserFacingError as error:
        assert error.key == "autograd.err.broadcast"
        return
    reference_vars = variables()
    tree = ast.parse(_torch_source(source), mode="eval")
    expected = torch.as_tensor(_reference_eval(tree.body, reference_vars), dtype=out.dtype)
    torch.testing.assert_close(out, expected, equal_nan=True)
    if out.requires_grad:
        leaves = [ours["x"], ours["w"]]
        got = torch.autograd.grad(out.sum(), leaves, allow_unused=True)
        want = torch.autograd.grad(
            expected.sum(), [reference_vars["x"], reference_vars["w"]], allow_unused=True
        )
        for a, b in zip(got, want, strict=True):
            assert (a is None) == (b is None)
            if a is not None:
                torch.testing.assert_close(a, b, equal_nan=True)


def _reference_eval(node, env):
    """A tiny independent interpreter for the generated subset (no eval)."""
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.Name):
        return env[node.id]
    if isinstance(node, ast.BinOp):
        left, right = _reference_eval(node.left, env), _reference_eval(node.right, env)
        return {ast.Add: lambda: left + right, ast.Sub: lambda: left - right, ast.Mult: lambda: left * right}[
            type(node.op)
        ]()
    if isinstance(node, ast.Call):
        args = [_reference_eval(a, env) for a in node.args]
        args = [a if isinstance(a, torch.Tensor) else torch.tensor(float(a)) for a in args]
        if isinstance(node.func.value, ast.Name) and node.func.value.id == "torch":
            return getattr(torch, node.func.attr)(*args)
        return getattr(_reference_eval(node.func.value, env), node.func.attr)(*args)
    if isinstance(node, ast.Subscript):
        value = _reference_eval(node.value, env)
        index = node.slice
        if isinstance(index, ast.Slice):
            return value[index.lower.value if index.lower else None :]
        return value[index.value]
    raise AssertionError(ast.dump(node))
