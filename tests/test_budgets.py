"""Memory and time budgets of one action: counted by a meta dry run before anything is allocated, never below the real use."""

import pytest
import torch
from hypothesis import given
from hypothesis import strategies as st

from dlviz import limits
from dlviz.autograd import run as run_module
from dlviz.autograd.accumulate import backward_repeatedly
from dlviz.autograd.expression import evaluate_expression, parse_expression
from dlviz.autograd.gradcheck import run_gradcheck
from dlviz.autograd.run import ExpressionRun, run_bytes, run_expression
from dlviz.autograd.steps import record_backward
from dlviz.autograd.variables import VariableSpec, build_variables
from dlviz.budget import AllocationCounter, Deadline, allocated_bytes
from dlviz.errors import UserFacingError
from dlviz.i18n import t
from dlviz.limits import BudgetExceeded, Limit, format_bytes
from dlviz.tensors.arithmetic import combine
from tests.conftest import open_page
from tests.fuzzing import seeded

LONG_PRODUCT = "*".join(["x"] * 250)
BIG_X = VariableSpec("x", "randn(100000)", True, "float64")
CLAMP = "clamp(x.reshape(20000, 1), min=y.reshape(1, 20000))"
CLAMP_SPECS = [VariableSpec("x", "randn(20000)", True), VariableSpec("y", "randn(20000)", True)]


@pytest.fixture
def devices_built(monkeypatch):
    """Record the device of every variable set the Autograd Lab builds (meta for a dry run, cpu for real)."""
    built = []

    def build(specs, seed, device="cpu"):
        built.append(device)
        return build_variables(specs, seed, device)

    monkeypatch.setattr(run_module, "build_variables", build)
    return built


def test_the_long_product_is_refused_before_anything_is_allocated(devices_built):
    assert len(LONG_PRODUCT) == 499
    with pytest.raises(BudgetExceeded) as error:
        run_expression(LONG_PRODUCT, [BIG_X], 0)
    assert devices_built == ["meta"]
    assert error.value.needed > 250 * 100_000 * 8
    text = t(error.value.key, "en", needed=error.value.params["needed"], cap="64 MiB", hint="")
    assert "64 MiB" in text and error.value.params["needed"] in text


def test_tensor_valued_clamp_is_refused_before_it_allocates(devices_built):
    with pytest.raises(UserFacingError) as error:
        run_expression(CLAMP, CLAMP_SPECS, 0)
    assert error.value.key in ("limits.exceeded", "limits.memory_budget")
    assert devices_built == ["meta"]


def test_the_same_product_on_a_small_variable_runs():
    run = run_expression(LONG_PRODUCT, [VariableSpec("x", "[1.0, -1.0]", True, "float64")], 0)
    assert run.gradients()["x"].tolist() == [250.0, -250.0]


def test_a_run_keeps_no_intermediates_in_session_state():
    assert "intermediates" not in ExpressionRun.__dataclass_fields__


def test_the_counter_counts_new_tensors_and_skips_views():
    x = torch.empty(10, 10, device="meta")
    assert allocated_bytes(lambda: (x.t(), x.reshape(100), x[0])) == 0
    assert allocated_bytes(lambda: x.clone()) == 400
    assert allocated_bytes(lambda: torch.matmul(x, x).sum()) == 404


LEAVES = st.sampled_from(["x", "y", "x[0]", "y.sum()", "2.0", "x.T"])
FUNCTIONS = ["sin", "exp", "tanh", "sigmoid", "relu", "square", "abs"]


def _expressions():
    return st.recursive(
        LEAVES,
        lambda inner: st.one_of(
            st.tuples(inner, st.sampled_from(["+", "*", "-", "/"]), inner).map(
                lambda p: f"({p[0]} {p[1]} {p[2]})"
            ),
            st.tuples(st.sampled_from(FUNCTIONS), inner).map(lambda p: f"{p[0]}({p[1]})"),
            st.tuples(inner, inner).map(lambda p: f"clamp({p[0]}, min={p[1]})"),
            st.tuples(inner, inner).map(lambda p: f"maximum({p[0]}, {p[1]})"),
            st.tuples(inner, inner).map(lambda p: f"({p[0]}).mm({p[1]})"),
        ),
        max_leaves=6,
    )


def _tensor_bytes(tensors) -> int:
    """Return the bytes of distinct storages among tensors (a view shares its base's)."""
    storages = {}
    for tensor in tensors:
        if isinstance(tensor, torch.Tensor):
            storage = tensor.untyped_storage()
            storages[storage.data_ptr()] = storage.nbytes()
    return sum(storages.values())


@seeded(60)
@given(
    _expressions(),
    st.sampled_from(["randn(4, 4)", "randn(30, 30)", "rand(1, 50)", "[[1.0, 2.0], [3.0, 4.0]]"]),
    st.sampled_from(["randn(4, 4)", "randn(30, 30)", "randn(50, 1)", "[0.5]"]),
    st.sampled_from(["float32", "float64"]),
)
def test_the_estimate_is_never_below_what_the_run_really_allocates(source, x, y, dtype):
    specs = [VariableSpec("x", x, True, dtype), VariableSpec("y", y, True, "float32")]
    try:
        expression = parse_expression(source)
        used = [spec for spec in specs if spec.name in expression.names]
        estimate = run_bytes(expression, used)
        counter = AllocationCounter()
        with counter:
            variables = build_variables(used, 0)
            computed = run_module._forward_backward(expression, variables, True)
    except UserFacingError:
        return
    produced = [
        *variables.values(),
        *(value.grad for value in variables.values()),
        computed.output,
        *computed.intermediates.values(),
    ]
    for step in computed.steps:
        produced += [step.grad_output, *(grad for _, grad in step.grad_inputs), *step.local_derivatives]
    assert estimate >= counter.bytes
    assert estimate >= _tensor_bytes(produced)


def test_the_issue_examples_measured():
    expression = parse_expression(LONG_PRODUCT)
    estimate = run_bytes(expression, [BIG_X])
    produced = 250 * 100_000 * 8
    assert estimate > 3 * produced
    print(
        f"long product: estimate {format_bytes(estimate)}, its 250 float64 products alone {format_bytes(produced)}"
    )


def test_a_past_deadline_stops_the_evaluation_and_the_backward_pass():
    expression = parse_expression("sin(x) * x")
    x = torch.tensor([1.0, 2.0], requires_grad=True)
    with pytest.raises(UserFacingError) as error:
        evaluate_expression(expression, {"x": x}, deadline=Deadline(-1.0))
    assert error.value.key == "limits.time_budget"
    output = evaluate_expression(expression, {"x": x})
    with pytest.raises(UserFacingError) as error:
        record_backward(output, torch.ones_like(output), Deadline(-1.0))
    assert error.value.key == "limits.time_budget"
    assert "-1 s" in t(error.value.key, "en", seconds=error.value.params["seconds"], hint="")


def test_the_time_budget_comes_from_the_limits(monkeypatch):
    monkeypatch.setattr(limits, "MAX_EVALUATION_SECONDS", Limit("MAX_EVALUATION_SECONDS", -1.0))
    with pytest.raises(UserFacingError) as error:
        run_expression("x * 2", [VariableSpec("x", "[1.0]", True)], 0)
    assert error.value.key == "limits.time_budget"


def test_accumulation_counts_its_recorded_gradients(monkeypatch):
    expression = parse_expression("x * 2")
    x = torch.zeros(1000, requires_grad=True)
    one_pass = 20 * 4000
    monkeypatch.setattr(limits, "MAX_ACTION_BYTES", Limit("MAX_ACTION_BYTES", one_pass))
    backward_repeatedly(expression, {"x": x}, 1, "none")
    with pytest.raises(BudgetExceeded):
        backward_repeatedly(expression, {"x": x}, 20, "none")


def test_gradcheck_of_a_big_output_uses_fast_mode_and_passes():
    expression = parse_expression("x[0] * y + x[1]")
    variables = {"x": torch.tensor([1.0, 2.0], requires_grad=True), "y": torch.randn(5000)}
    assert run_gradcheck(expression, variables) is True


def test_tensor_lab_broadcasts_over_the_budget_are_refused(monkeypatch):
    monkeypatch.setattr(limits, "MAX_ACTION_BYTES", Limit("MAX_ACTION_BYTES", 1000))
    column, row = [[float(i)] for i in range(30)], [list(range(30))]
    with pytest.raises(BudgetExceeded) as error:
        combine(column, row, "*")
    assert error.value.params["hint_key"] == "limits.hint.tensors"
    combine([[1.0], [2.0]], [[1, 2]], "*")


def test_byte_counts_read_as_short_text():
    assert [format_bytes(n) for n in (812, 3 * 1024 + 100, 64 * 2**20, 1.5 * 2**30)] == [
        "812 B",
        "3.1 KiB",
        "64 MiB",
        "1.5 GiB",
    ]


def test_the_page_refuses_the_long_product_and_keeps_working():
    at = open_page("pages/autograd_lab.py", "en")
    at.text_input(key="autograd_expr").set_value("x * x").run()
    at.text_input(key="autograd_var_value_x").set_value("randn(100000)").run()
    at.selectbox(key="autograd_var_dtype_x").set_value("float64").run()
    earlier = at.session_state["autograd_run_memo"]
    at.text_input(key="autograd_expr").set_value(LONG_PRODUCT).run()
    assert not at.exception
    assert any("64 MiB" in error.value for error in at.error)
    assert at.text_input(key="autograd_expr").value == LONG_PRODUCT
    assert at.session_state["autograd_run_memo"] is earlier
    at.text_input(key="autograd_expr").set_value("(x * x).sum()").run()
    assert not at.exception and not at.error
