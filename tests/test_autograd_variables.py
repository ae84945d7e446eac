"""Variables: literals and seeded constructors, dtype rules, caps, and the code that rebuilds them."""

import pytest
import torch

from dlviz.autograd.code import expression_code, torch_expression
from dlviz.autograd.run import run_expression
from dlviz.autograd.variables import VariableSpec, build_variables
from dlviz.errors import UserFacingError
from dlviz.limits import LimitExceeded


def test_literals_become_tensors_with_requires_grad():
    built = build_variables([VariableSpec("x", "[[1, 2], [3, 4.5]]", True), VariableSpec("c", "3")], seed=0)
    torch.testing.assert_close(built["x"], torch.tensor([[1.0, 2.0], [3.0, 4.5]]))
    assert built["x"].requires_grad and built["x"].is_leaf
    assert built["c"].shape == () and not built["c"].requires_grad


def test_random_values_follow_the_seed_and_the_order():
    specs = [VariableSpec("a", "randn(3, 2)"), VariableSpec("b", "rand(4)")]
    first, again = build_variables(specs, 7), build_variables(specs, 7)
    generator = torch.Generator().manual_seed(7)
    torch.testing.assert_close(first["a"], torch.randn(3, 2, generator=generator))
    torch.testing.assert_close(first["b"], torch.rand(4, generator=generator))
    torch.testing.assert_close(first["a"], again["a"])
    assert not torch.equal(build_variables(specs, 8)["a"], first["a"])


def test_integer_tensors_cannot_require_grad():
    with pytest.raises(UserFacingError) as info:
        build_variables([VariableSpec("n", "[1, 2]", True, "int64")], 0)
    assert info.value.key == "autograd.err.int_grad"
    assert info.value.params == {"name": "n", "dtype": "int64"}
    with pytest.raises(RuntimeError, match="floating point"):
        torch.tensor([1, 2]).requires_grad_(True)


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("[[1, 2], [3]]", "autograd.err.ragged"),
        ("'text'", "autograd.err.value"),
        ("[True]", "autograd.err.value"),
        ("__import__('os')", "autograd.err.constructor"),
        ("randn(-1)", "autograd.err.constructor"),
        ("randn(2.5)", "autograd.err.constructor"),
        ("randn(2, generator=None)", "autograd.err.constructor"),
        ("[1, 2", "autograd.err.value"),
        ("[]", "autograd.err.value"),
        ("float('nan')", "autograd.err.constructor"),
        ("1e999", "autograd.err.value"),
    ],
)
def test_bad_values_give_their_message(value, key):
    with pytest.raises(UserFacingError) as info:
        build_variables([VariableSpec("x", value)], 0)
    assert info.value.key == key


def test_oversized_tensors_hit_the_caps():
    with pytest.raises(LimitExceeded) as info:
        build_variables([VariableSpec("x", "zeros(1000, 1000)")], 0)
    assert info.value.params["what_key"] == "limits.max_tensor_elements"
    with pytest.raises(LimitExceeded) as info:
        build_variables([VariableSpec("x", "ones(1, 1, 1, 1, 1, 1, 1)")], 0)
    assert info.value.params["what_key"] == "limits.max_tensor_dims"


def test_random_integers_are_refused():
    with pytest.raises(UserFacingError) as info:
        build_variables([VariableSpec("x", "randn(3)", False, "int64")], 0)
    assert info.value.key == "autograd.err.random_int"


def test_torch_spelling_of_bare_functions():
    assert torch_expression("sin(x) + gelu(x) + x.sum()") == "torch.sin(x) + F.gelu(x) + x.sum()"


@pytest.mark.parametrize(
    ("source", "specs"),
    [
        ("w3*relu(w2*(w1*x))", [VariableSpec("x", "[1.0, -2.0]"), VariableSpec("w1", "[0.5, 1.5]", True),
                                 VariableSpec("w2", "2", True), VariableSpec("w3", "[[1.0, -1.0]]", True)]),
        ("(x.mm(w).clamp(min=0) - y).pow(2).sum()", [VariableSpec("x", "randn(4, 3)", False, "float64"), VariableSpec("y", "rand(4, 2)"),
                                                     VariableSpec("w", "randn(3, 2)", True, "float64")]),
        ("n * 2.5 + x.sum()", [VariableSpec("n", "arange(3)", False, "int64"), VariableSpec("x", "ones(2)", True)]),
    ],
)  # fmt: skip
def test_code_panel_reproduces_the_computed_gradients(source, specs, capsys):
    run = run_expression(source, specs, seed=3)
    code = expression_code(source, run.specs, 3, run.seeded_with_ones)
    namespace = {}
    exec(compile(code, "<code panel>", "exec"), namespace)  # noqa: S102 - the test runs the code we show
    torch.testing.assert_close(namespace["out"], run.output.detach().to(namespace["out"].dtype))
    for name, grad in run.gradients().items():
        torch.testing.assert_close(namespace[name].grad, grad)


def test_mixed_dtypes_in_a_matrix_product_give_a_message():
    specs = [VariableSpec("x", "randn(4, 3)"), VariableSpec("w", "randn(3, 2)", True, "float64")]
    with pytest.raises(UserFacingError) as info:
        run_expression("x.mm(w)", specs, 0)
    assert info.value.key == "autograd.err.runtime" and "dtype" in info.value.params["detail"]
