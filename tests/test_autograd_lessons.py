"""Gradient check, accumulation, tracking off, the custom Function and gradient descent, against torch."""

import math

import pytest
import torch

from dlviz import limits
from dlviz.autograd.accumulate import backward_repeatedly, backward_twice
from dlviz.autograd.custom_function import SigmoidFunction, compare_sigmoid, sigmoid_code
from dlviz.autograd.descent import (
    descend,
    descent_code,
    dynamic_learning_rate_step,
    max_difference,
    train_w2_only,
    unregistered_parameters_error,
    w2_only_code,
)
from dlviz.autograd.expression import parse_expression
from dlviz.autograd.gradcheck import check_leaves, run_gradcheck
from dlviz.autograd.tracking import compare_updates, evaluate_with_tracking, hidden_modification
from dlviz.limits import LimitExceeded


def leaf(values):
    return {"x": torch.tensor(values, requires_grad=True)}


def test_finite_differences_agree_with_autograd_for_smooth_functions():
    checks = check_leaves(parse_expression("sin(x)*exp(x) + x**3"), leaf([1.0, 2.0]), time_budget=1e9)
    assert checks[0].entries == [(0,), (1,)]
    assert checks[0].max_abs_difference < 1e-6
    assert run_gradcheck(parse_expression("sin(x)*exp(x) + x**3"), leaf([1.0, 2.0])) is True


def test_large_leaves_are_checked_on_a_seeded_sample():
    variables = {"w": torch.randn(50, 40, requires_grad=True)}
    checks = check_leaves(parse_expression("(w**2).sum()"), variables, seed=1, time_budget=1e9)
    assert len(checks[0].entries) == limits.MAX_FINITE_DIFF_ENTRIES.value and checks[0].total_entries == 2000
    again = check_leaves(parse_expression("(w**2).sum()"), variables, seed=1, time_budget=1e9)
    assert checks[0].entries == again[0].entries
    assert checks[0].max_abs_difference < 1e-5


def test_gradcheck_reports_the_relu_kink_and_refuses_large_inputs():
    verdict = run_gradcheck(parse_expression("relu(x)"), leaf([0.0, 2.0]))
    assert verdict.startswith("Jacobian mismatch")
    with pytest.raises(LimitExceeded):
        run_gradcheck(parse_expression("x.sum()"), {"x": torch.randn(100, requires_grad=True)})


def test_backward_n_times_accumulates_linearly():
    records = backward_repeatedly(parse_expression("x * 2 + 1"), leaf([1.0]), 4, "none")
    assert [r.grads["x"].item() for r in records] == [2.0, 4.0, 6.0, 8.0]


def test_grad_zero_and_optimizer_zero_grad_differ_in_what_is_left():
    zeroed = backward_repeatedly(parse_expression("x * 2"), leaf([1.0]), 3, "grad_zero")
    assert [r.grads["x"].item() for r in zeroed] == [2.0, 2.0, 2.0]
    assert zeroed[-1].after_zero["x"].item() == 0.0
    optimizer = backward_repeatedly(parse_expression("x * 2"), leaf([1.0]), 3, "optimizer_zero_grad")
    assert [r.grads["x"].item() for r in optimizer] == [2.0, 2.0, 2.0]
    assert optimizer[-1].after_zero["x"] is None


def test_backward_repeats_are_capped():
    with pytest.raises(LimitExceeded):
        backward_repeatedly(parse_expression("x * 2"), leaf([1.0]), limits.MAX_BACKWARD_REPEATS.value + 1)


def test_backward_twice_gives_the_real_error_and_retain_graph_fixes_it():
    failed = backward_twice(parse_expression("x[0]**2 + x[1]**3"), leaf([2.0, 3.0]), retain_graph=False)
    assert "Trying to backward through the graph a second time" in failed.error
    assert failed.grads_after_second["x"].tolist() == [4.0, 27.0]
    kept = backward_twice(parse_expression("x[0]**2 + x[1]**3"), leaf([2.0, 3.0]), retain_graph=True)
    assert kept.error is None
    assert kept.grads_after_second["x"].tolist() == [8.0, 54.0]


def test_tracking_modes_cut_the_graph():
    expression = parse_expression("x[0]**2 + x[1]**3")
    tracked = evaluate_with_tracking(expression, leaf([2.0, 3.0]), "tracked")
    assert tracked.requires_grad and tracked.grad_fn == "AddBackward0" and len(tracked.graph.nodes) == 7
    for mode in ("no_grad", "detach", "requires_grad_false"):
        outcome = evaluate_with_tracking(expression, leaf([2.0, 3.0]), mode)
        assert (outcome.requires_grad, outcome.grad_fn, len(outcome.graph.nodes)) == (False, None, 1)
    assert evaluate_with_tracking(expression, leaf([2.0, 3.0]), "detach").shares_storage
    assert not evaluate_with_tracking(expression, leaf([2.0, 3.0]), "requires_grad_false").shares_storage


def test_data_and_no_grad_updates_are_identical_and_unguarded_update_fails():
    updates = compare_updates(0.01)
    assert updates.with_data == updates.with_no_grad
    assert updates.with_no_grad == pytest.approx([3 - 95.2, 4 - 71.4, 5 - 57.12], rel=1e-5)
    assert (
        "a leaf Variable that requires grad is being used in an in-place operation" in updates.in_place_error
    )


def test_data_hides_an_in_place_change_that_detach_reveals():
    hidden = hidden_modification([1.0, 2.0, 3.0])
    assert hidden.grad_via_data == [0.0, 0.0, 0.0]
    s = torch.sigmoid(torch.tensor([1.0, 2.0, 3.0]))
    assert hidden.true_grad == pytest.approx((s * (1 - s)).tolist())
    assert "modified by an inplace operation" in hidden.error_via_detach


def test_custom_sigmoid_matches_torch_and_passes_gradcheck():
    comparison = compare_sigmoid([1.0, 2.0, 3.0])
    assert comparison.custom_forward == pytest.approx(comparison.torch_forward, abs=1e-7)
    assert comparison.custom_grad == pytest.approx(comparison.torch_grad, abs=1e-7)
    assert comparison.gradcheck_passed
    node = next(n for n in comparison.graph.nodes if n.kind == "op")
    assert node.op == "SigmoidFunctionBackward" and node.saved[0].startswith("ctx.saved_tensors[0]")
    x = torch.tensor([0.3], dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(SigmoidFunction.apply, (x,))


def test_sigmoid_code_panel_prints_the_same_gradient(capsys):
    exec(compile(sigmoid_code([1.0, -2.0]), "sigmoid", "exec"), {})  # noqa: S102
    printed = capsys.readouterr().out
    s = torch.sigmoid(torch.tensor([1.0, -2.0]))
    assert str(s * (1 - s)) in printed and printed.strip().endswith("True")


def test_descent_by_hand_equals_sgd():
    hand, sgd = descend(30, 1e-4, True), descend(30, 1e-4, False)
    assert hand.params[0] == sgd.params[0]
    for mine, theirs in zip(hand.params, sgd.params, strict=True):
        assert mine == pytest.approx(theirs, rel=1e-5)
    assert max_difference(hand, sgd) < 1e-5
    assert hand.losses[-1] < hand.losses[0]
    assert hand.grads[0] == [9520.0, 7140.0, 5712.0]


def test_the_seed_learning_rate_diverges():
    history = descend(5, 0.01, True)
    assert any(math.isnan(loss) or math.isinf(loss) for loss in history.losses)


def test_descent_code_panel_matches(capsys):
    exec(compile(descent_code(20, 1e-4), "descent", "exec"), {})  # noqa: S102
    lines = capsys.readouterr().out.strip().splitlines()
    expected = descend(20, 1e-4, True).params[-1]
    assert eval(lines[0]) == expected  # noqa: S307 - a printed list of floats
    assert eval(lines[1]) == descend(20, 1e-4, False).params[-1]  # noqa: S307


def test_dynamic_learning_rate_makes_the_step_grad_cubed():
    w1, w2, w3 = dynamic_learning_rate_step()
    assert w1 == pytest.approx(3 - 9520.0**3, rel=1e-5)
    assert w3 == pytest.approx(5 - 5712.0**3, rel=1e-5)


def test_train_only_w2_keeps_w1_and_the_hidden_activation_fixed():
    history = train_w2_only(20, 0.01)
    assert history.parameter_names == ["w2"]
    assert set(history.w1) == {1.0}
    assert {a[1] for a in history.activations} == {1.0}
    assert history.w2[-1] == pytest.approx(2 - 0.98**20, rel=1e-5)
    assert history.activations[0] == [1.0, 1.0, 1.0]
    assert history.losses[0] == 1.0


def test_w2_only_code_panel_prints_the_same_history(capsys):
    exec(compile(w2_only_code(5, 0.01), "w2", "exec"), {})  # noqa: S102
    lines = capsys.readouterr().out.strip().splitlines()
    history = train_w2_only(5, 0.01)
    assert lines[-1] == f"epoch 5: loss {history.losses[-1]:.4f}, w1 1.0000, w2 {history.w2[-1]:.4f}"


def test_unregistered_tensors_give_an_empty_parameter_list():
    assert unregistered_parameters_error() == "optimizer got an empty parameter list"


def test_activation_history_figure_draws_one_line_per_epoch_up_to_25():
    from dlviz.autograd.figures import activation_history_figure

    labels = {"input": "in", "hidden": "hid", "output": "out", "epoch": "epoch {epoch}", "x": "x", "y": "y"}
    figure = activation_history_figure(train_w2_only(20, 0.01), labels)
    assert len(figure.data) == 20
    assert list(figure.data[-1].y) == train_w2_only(20, 0.01).activations[-1]
    assert [t.name for t in figure.data if t.showlegend] == [
        "epoch 1",
        "epoch 6",
        "epoch 11",
        "epoch 16",
        "epoch 20",
    ]
    many = activation_history_figure(train_w2_only(200, 0.01), labels)
    assert len(many.data) <= 26 and many.data[-1].name == "epoch 200"


def test_slow_forward_passes_shrink_the_finite_difference_sample():
    variables = {"w": torch.randn(10, 10, requires_grad=True)}
    checks = check_leaves(parse_expression("(w**2).sum()"), variables, time_budget=0.0)
    assert len(checks[0].entries) == 1 and checks[0].total_entries == 100
    assert checks[0].max_relative_difference < 1e-6
