"""Every Autograd Lab input grammar, fuzzed: torch's own value and gradients, or a translated refusal, nothing else."""

import math
import operator

import torch
from hypothesis import given
from hypothesis import strategies as st

from dlviz.autograd.accumulate import backward_repeatedly, backward_twice
from dlviz.autograd.custom_function import compare_sigmoid, parse_sigmoid_inputs
from dlviz.autograd.expression import parse_expression
from dlviz.autograd.gradcheck import check_leaves, run_gradcheck
from dlviz.autograd.run import run_expression
from dlviz.autograd.tracking import TRACKING_MODES, evaluate_with_tracking
from dlviz.autograd.variables import DTYPES, VariableSpec, build_variables
from tests.fuzzing import literal_text, nested_lists, outcome, reference, seeded

CONSTANTS = ["0", "1", "2", "0.5", "-1", "3.5", "1e308", "1e-320", "10**30", "2**63", "(-1)", "1e-3"]
UNARY = ["sin", "cos", "exp", "log", "sqrt", "tanh", "sigmoid", "relu", "abs", "square", "reciprocal", "asin"]
BINARY = {"+": operator.add, "-": operator.sub, "*": operator.mul, "/": operator.truediv, "**": operator.pow}
BINARY["@"] = operator.matmul


def _scalar(value):
    """Return a Python number as the interpreter passes it to a function: a 0-d float tensor."""
    return value if isinstance(value, torch.Tensor) else torch.tensor(float(value))


def _binary(symbol):
    def apply(left, right):
        if not isinstance(left, torch.Tensor) and not isinstance(right, torch.Tensor):
            left = float(left)
        result = BINARY[symbol](left, right)
        if isinstance(result, complex):
            raise ValueError("complex")
        return result

    return apply


LEAVES = [(name, lambda env, name=name: env[name]) for name in ("x", "y")]
# constant arithmetic runs on floats in the interpreter (10**30 is 1e30), so the reference does too
CONSTANT_VALUES = {text: float(eval(text)) if "**" in text else eval(text) for text in CONSTANTS}  # noqa: S307
LEAVES += [(text, lambda env, value=value: value) for text, value in CONSTANT_VALUES.items()]
LEAVES += [
    ("x[0]", lambda env: env["x"][0]),
    ("y[1:]", lambda env: env["y"][1:]),
    ("x[5:]", lambda env: env["x"][5:]),
]


def _expressions():
    """Draw (source text, reference function of the variables) pairs from a grammar of the expression language."""
    leaf = st.sampled_from(LEAVES)

    def extend(inner):
        binary = st.tuples(inner, st.sampled_from(list(BINARY)), inner).map(
            lambda t: (
                f"({t[0][0]} {t[1]} {t[2][0]})",
                lambda env, t=t: _binary(t[1])(t[0][1](env), t[2][1](env)),
            )
        )
        unary = st.tuples(st.sampled_from(UNARY), inner).map(
            lambda t: (f"{t[0]}({t[1][0]})", lambda env, t=t: getattr(torch, t[0])(_scalar(t[1][1](env))))
        )
        method = st.tuples(
            inner, st.sampled_from(["sum()", "mean()", "max()", "t()", "reshape(-1)", "T"])
        ).map(
            lambda t: (
                f"({t[0][0]}).{t[1]}",
                lambda env, t=t: eval(f"value.{t[1]}", {"value": _scalar(t[0][1](env))}),  # noqa: S307
            )
        )
        pair = st.tuples(st.sampled_from(["maximum", "minimum", "mm", "matmul"]), inner, inner).map(
            lambda t: (
                f"{t[0]}({t[1][0]}, {t[2][0]})",
                lambda env, t=t: getattr(torch, t[0])(_scalar(t[1][1](env)), t[2][1](env)),
            )
        )
        clamp = st.tuples(inner, inner).map(
            lambda t: (
                f"clamp({t[0][0]}, min={t[1][0]})",
                lambda env, t=t: torch.clamp(_scalar(t[0][1](env)), min=t[1][1](env)),
            )
        )
        negate = inner.map(lambda t: (f"-({t[0]})", lambda env, t=t: -t[1](env)))
        return st.one_of(binary, unary, method, pair, clamp, negate)

    return st.recursive(leaf, extend, max_leaves=8)


def variable_texts():
    """Draw the text of a variable's value: a literal, a constructor (empty and huge sizes too), or noise."""
    constructor = st.tuples(
        st.sampled_from(["randn", "rand", "zeros", "ones", "arange"]),
        st.lists(st.integers(1, 4) | st.sampled_from([0, 100000, 10**30]), max_size=3),
    ).map(lambda t: f"{t[0]}({', '.join(map(str, t[1]))})")
    return st.one_of(nested_lists().map(literal_text), constructor, st.text(max_size=20))


specs = st.builds(
    VariableSpec,
    st.just("v"),
    variable_texts(),
    st.booleans(),
    st.sampled_from([*DTYPES, "int8"]),
)


@seeded(150)
@given(specs)
def test_variable_values_build_torch_tensors_or_are_refused(spec):
    status, built = outcome(build_variables, [spec], 0)
    if status == "ok":
        tensor = built["v"]
        assert tensor.dtype == DTYPES[spec.dtype] and tensor.requires_grad == spec.requires_grad
        value = reference(lambda: eval(spec.value, {}))  # noqa: S307 - hypothesis-made literals, checked below
        if isinstance(value, (list, int, float)) and not isinstance(value, bool):
            torch.testing.assert_close(
                tensor.detach(), torch.tensor(value, dtype=tensor.dtype), equal_nan=True
            )


small = nested_lists(st.floats(-3, 3) | st.integers(-3, 3), max_dims=2)
variable_pairs = st.tuples(
    st.builds(
        VariableSpec, st.just("x"), small.map(literal_text), st.booleans(), st.sampled_from(list(DTYPES))
    ),
    st.builds(
        VariableSpec, st.just("y"), small.map(literal_text), st.booleans(), st.sampled_from(list(DTYPES))
    ),
)


def _reference_run(reference_function, specs_):
    """Return (output, gradients) computed with torch directly, or None when torch or Python refuse."""
    try:
        env = {name: value.detach().clone().requires_grad_(value.requires_grad) for name, value in
               build_variables(specs_, 0).items()}  # fmt: skip
        output = _scalar(reference_function(env))
        leaves = [value for value in env.values() if value.requires_grad]
        grads = {}
        if output.requires_grad and output.dtype.is_floating_point:
            output.backward(torch.ones_like(output))
            grads = {name: value.grad for name, value in env.items() if value.requires_grad}
        elif output.requires_grad:
            return None
        del leaves
        return output.detach(), grads
    except Exception:
        return None


@seeded(200)
@given(_expressions(), variable_pairs)
def test_generated_expressions_match_torch_in_value_and_gradient(expression, variables):
    source, reference_function = expression
    specs_ = list(variables)
    status, run = outcome(run_expression, source, specs_, 0)
    names = reference(lambda: parse_expression(source).names) or ()
    used = [spec for spec in specs_ if spec.name in names]
    expected = _reference_run(reference_function, used)
    if expected is None:
        assert status == "refused"
        return
    if status == "refused":
        return
    output, grads = expected
    torch.testing.assert_close(run.output.detach(), output, equal_nan=True, check_dtype=False)
    for name, grad in run.gradients().items():
        if name in grads and grads[name] is not None:
            torch.testing.assert_close(grad, grads[name], equal_nan=True)


float_pairs = st.tuples(
    st.builds(
        VariableSpec,
        st.just("x"),
        small.map(literal_text),
        st.just(True),
        st.sampled_from(["float32", "float64"]),
    ),
    st.builds(
        VariableSpec,
        st.just("y"),
        small.map(literal_text),
        st.booleans(),
        st.sampled_from(["float32", "int64"]),
    ),
)


@seeded(40)
@given(_expressions(), float_pairs, st.integers(1, 4), st.sampled_from(TRACKING_MODES))
def test_every_section_of_an_expression_runs_or_refuses(expression, variables, repeats, mode):
    source = expression[0]
    status, parsed = outcome(parse_expression, source)
    if status != "ok":
        return
    for section in (
        lambda values: check_leaves(parsed, values, 0, time_budget=0.05),
        lambda values: run_gradcheck(parsed, values),
        lambda values: backward_repeatedly(parsed, values, repeats, "grad_zero"),
        lambda values: backward_twice(parsed, values, True),
        lambda values: evaluate_with_tracking(parsed, values, mode),
    ):
        names = set(parsed.names)
        status, built = outcome(build_variables, [spec for spec in variables if spec.name in names], 0)
        if status == "ok" and names <= set(built):
            outcome(section, built)


LONG = [
    "x" + "*x" * 249,
    "-" * 290 + "x",
    "(" * 150 + "x" + ")" * 150,
    "x.sum()" + ".sum()" * 280,
    "sin(" * 90 + "x" + ")" * 90,
    "x" + "+1e308" * 300,
    "(x" + "**2" * 6 + ")",
    "x[" + ", ".join(["0"] * 300) + "]",
    "x" + "[0:]" * 240,
]


@seeded(len(LONG) * 2)
@given(st.sampled_from(LONG), st.sampled_from(["[1.0]", "[0.5, -0.5]", "randn(3, 3)"]))
def test_deep_and_long_expressions_are_computed_or_refused(source, value):
    outcome(run_expression, source, [VariableSpec("x", value, True)], 0)


@seeded(100)
@given(
    st.one_of(
        st.lists(st.integers() | st.floats(allow_nan=False), max_size=18).map(repr), st.text(max_size=30)
    )
)
def test_custom_sigmoid_inputs_match_torch_sigmoid_or_are_refused(text):
    status, values = outcome(parse_sigmoid_inputs, text)
    if status != "ok":
        return
    status, comparison = outcome(compare_sigmoid, values)
    if status == "ok":
        expected = torch.sigmoid(torch.tensor(values))
        torch.testing.assert_close(torch.tensor(comparison.torch_forward), expected, equal_nan=True)
        assert all(math.isfinite(g) or math.isnan(g) for g in comparison.custom_grad)
