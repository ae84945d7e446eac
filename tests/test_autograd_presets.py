"""Every seed preset reproduces the tutorial's stated result; the seed table agrees with torch and analysis."""

import math

import pytest
import torch

from dlviz.autograd.code import expression_code
from dlviz.autograd.gradcheck import autograd_gradients, check_leaves
from dlviz.autograd.presets import PRESETS
from dlviz.autograd.run import run_expression
from dlviz.autograd.seeds import seed_examples
from dlviz.autograd.trace import autograd_graph_dot, format_values


def run_preset(key, seed=0):
    preset = PRESETS[key]
    return run_expression(preset.expression, list(preset.variables), seed)


def test_seed_002_square_cube_gives_4_and_27():
    run = run_preset("square_cube")
    assert run.gradients()["x"].tolist() == [4.0, 27.0]
    assert format_values(run.gradients()["x"].tolist()) == "[4., 27.]"


def test_seed_001_linear_gives_2():
    run = run_preset("linear")
    assert run.output.item() == 5.0 and run.gradients()["x"].tolist() == [2.0]


def test_seed_001_sin_exp_at_1_and_2():
    run = run_preset("sin_exp")
    expected = [math.exp(v) * (math.cos(v) + math.sin(v)) + 3 * v * v for v in (1.0, 2.0)]
    assert run.gradients()["x"].tolist() == pytest.approx(expected, rel=1e-6)


def test_seed_003_power_gives_8_ln_2():
    run = run_preset("power")
    assert run.output.item() == 8.0
    assert run.gradients()["w1"].item() == pytest.approx(8 * math.log(2), rel=1e-6)
    assert "x1" not in run.leaves


def test_seed_003_chain_against_target_1():
    run = run_preset("chain")
    assert run.output.item() == (5 * 4 * 3 * 2 - 1) ** 2
    grads = {name: grad.item() for name, grad in run.gradients().items()}
    assert grads == {"w1": 9520.0, "w2": 7140.0, "w3": 5712.0}
    assert PRESETS["chain"].corrections == ("autograd.fix.parentheses", "autograd.fix.functional_relu")


def test_seed_002_two_layer_net_shapes_and_loss_match_the_seed_code():
    run = run_preset("two_layer", seed=0)
    g = torch.Generator().manual_seed(0)
    x, y = torch.randn(64, 1000, generator=g), torch.randn(64, 10, generator=g)
    w1 = torch.randn(1000, 100, generator=g, requires_grad=True)
    w2 = torch.randn(100, 10, generator=g, requires_grad=True)
    loss = (x.mm(w1).clamp(min=0).mm(w2) - y).pow(2).sum()
    loss.backward()
    torch.testing.assert_close(run.output, loss)
    torch.testing.assert_close(run.gradients()["w1"], w1.grad)
    torch.testing.assert_close(run.gradients()["w2"], w2.grad)
    ops = sorted(node.op for node in run.graph.nodes if node.kind == "op")
    assert ops == [
        "ClampBackward1",
        "MmBackward0",
        "MmBackward0",
        "PowBackward0",
        "SubBackward0",
        "SumBackward0",
    ]
    assert "w1" in autograd_graph_dot(run.graph)


@pytest.mark.parametrize("key", sorted(PRESETS))
def test_every_preset_gradient_matches_torch_autograd_grad_and_finite_differences(key):
    preset = PRESETS[key]
    run = run_preset(key)
    fresh = {n: v.detach().clone().requires_grad_(v.requires_grad) for n, v in run.variables.items()}
    reference = autograd_gradients(run.expression, fresh)
    for name, grad in run.gradients().items():
        torch.testing.assert_close(grad, reference[name])
    for check in check_leaves(run.expression, run.variables):
        scale = max(1.0, max(abs(v) for v in check.autograd))
        assert check.max_abs_difference <= 1e-4 * scale, (key, check.name)
    assert preset.expression


@pytest.mark.parametrize("key", sorted(PRESETS))
def test_every_preset_code_panel_reproduces_its_numbers(key):
    run = run_preset(key, seed=5)
    namespace = {}
    code = compile(expression_code(run.expression.source, run.specs, 5, run.seeded_with_ones), key, "exec")
    exec(code, namespace)  # noqa: S102
    torch.testing.assert_close(namespace["out"], run.output.detach())
    for name, grad in run.gradients().items():
        torch.testing.assert_close(namespace[name].grad, grad)


def test_every_seed_example_matches():
    examples = seed_examples()
    assert len(examples) == 13
    assert [e.example for e in examples if not e.matches] == []
    by_name = {e.example: e for e in examples}
    assert by_name["square_cube"].got == "[4., 27.]"
    assert by_name["accumulate"].got == "[2., 2., 2.]"
    assert by_name["two_layer_train"].got.startswith("2.943e+07 → ")
    assert by_name["w2_only"].got == format_values([1.0, 2 - 0.98**20])
