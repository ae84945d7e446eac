"""Stepping through backward: the engine's order, the gradients each node receives and sends, and their sum."""

import math

import pytest
import torch

from dlviz.autograd.run import run_expression
from dlviz.autograd.steps import gradient_contributions, local_derivative_key, record_backward
from dlviz.autograd.variables import VariableSpec
from dlviz.i18n import catalog


def sin_exp_cube():
    return run_expression("sin(x)*exp(x) + x**3", [VariableSpec("x", "[1.0, 2.0]", True)], 0)


def test_every_function_runs_once_and_after_all_its_consumers():
    run = sin_exp_cube()
    order = [step.node_id for step in run.steps]
    assert len(order) == len(set(order)) == len([n for n in run.graph.nodes if n.kind != "output"])
    position = {node_id: index for index, node_id in enumerate(order)}
    for source, target in run.graph.edges:
        if target != "out":
            assert position[target] < position[source]
    assert run.steps[-1].op == "torch::autograd::AccumulateGrad"


def test_the_leaf_gradient_is_the_sum_of_the_terms_sent_to_it():
    run = sin_exp_cube()
    leaf_id = next(node.id for node in run.graph.nodes if node.kind == "leaf")
    terms = gradient_contributions(run.steps, leaf_id)
    assert sorted(term.step.op for term in terms) == ["ExpBackward0", "PowBackward0", "SinBackward0"]
    total = sum(term.sent for term in terms)
    torch.testing.assert_close(total, run.gradients()["x"])
    x = torch.tensor([1.0, 2.0])
    expected = torch.exp(x) * (torch.cos(x) + torch.sin(x)) + 3 * x**2
    torch.testing.assert_close(total, expected)


def test_local_derivatives_are_the_textbook_ones():
    run = sin_exp_cube()
    x = torch.tensor([1.0, 2.0])
    by_op = {step.op: step for step in run.steps}
    torch.testing.assert_close(by_op["SinBackward0"].local_derivatives[0], torch.cos(x))
    torch.testing.assert_close(by_op["ExpBackward0"].local_derivatives[0], torch.exp(x))
    torch.testing.assert_close(by_op["PowBackward0"].local_derivatives[0], 3 * x**2)
    mul = by_op["MulBackward0"]
    torch.testing.assert_close(mul.local_derivatives[0], torch.exp(x))
    torch.testing.assert_close(mul.local_derivatives[1], torch.sin(x))


def test_incoming_times_local_is_what_is_sent_on():
    run = sin_exp_cube()
    for step in run.steps:
        for (_, sent), local in zip(step.grad_inputs, step.local_derivatives, strict=True):
            if local is not None and step.grad_output.shape == sent.shape:
                torch.testing.assert_close(step.grad_output * local, sent)


def test_each_op_node_shows_the_gradient_that_flowed_into_it():
    run = run_expression("x[0]**2 + x[1]**3", [VariableSpec("x", "[2.0, 3.0]", True)], 0)
    grads = {node.name: node.grad for node in run.graph.nodes}
    assert grads["x[0]"] == 4.0 and grads["x[1]"] == 27.0
    assert grads["x[0]**2"] == 1.0 and grads["x"] == [4.0, 27.0]
    assert run.graph.node("out").grad == 1.0


def test_matrix_products_have_no_elementwise_local_derivative():
    specs = [VariableSpec("a", "randn(2, 3)", True), VariableSpec("b", "randn(3, 2)", True)]
    run = run_expression("a.mm(b).sum()", specs, 0)
    mm = next(step for step in run.steps if step.op == "MmBackward0")
    assert mm.local_derivatives == [None, None]
    a, b = run.variables["a"], run.variables["b"]
    torch.testing.assert_close(a.grad, torch.ones(2, 2) @ b.detach().T)


def test_non_scalar_output_is_backpropagated_with_ones_like():
    run = run_expression("x * x", [VariableSpec("x", "[1.0, -3.0]", True)], 0)
    assert run.seeded_with_ones
    assert run.gradients()["x"].tolist() == [2.0, -6.0]


def test_every_local_derivative_key_is_translated():
    for op in ["AddBackward0", "MmBackward0", "SigmoidFunctionBackward", "NoSuchBackward0",
               "torch::autograd::AccumulateGrad"]:  # fmt: skip
        assert local_derivative_key(op) in catalog()
    assert local_derivative_key("SigmoidFunctionBackward") == "autograd.local.custom"


def test_record_backward_leaves_no_hooks_behind():
    x = torch.tensor([0.5], requires_grad=True)
    y = (x * 3).exp()
    first = record_backward(y, retain_graph=True)
    second = record_backward(y, retain_graph=True)
    assert (
        [s.op for s in first]
        == [s.op for s in second]
        == ["ExpBackward0", "MulBackward0", "torch::autograd::AccumulateGrad"]
    )
    assert x.grad.item() == pytest.approx(2 * 3 * math.exp(1.5))
