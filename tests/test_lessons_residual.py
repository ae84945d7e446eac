"""Residual vs plain stacks: the gradient norm reaching each layer, against torch autograd and finite differences."""

import numpy as np
import pytest
import torch
from torch import nn

from dlviz.blocks.residual import RESIDUAL_ACTIVATIONS, compare_stacks, residual_code
from dlviz.i18n import t
from dlviz.limits import LimitExceeded
from dlviz.ui.sidebar import DEFAULT_SEED
from tests.conftest import LANGUAGES
from tests.lessons_support import metrics
from tests.test_blocks_support import chart, open_section, run_code, values

FUNCTIONS = {"tanh": torch.tanh, "sigmoid": torch.sigmoid, "relu": torch.relu}


def reference(depth: int, activation: str, seed: int, skip: bool) -> list[float]:
    """Return ‖W_i.grad‖ after loss.backward() on a stack written again here."""
    torch.manual_seed(seed)
    layers = [nn.Linear(16, 16) for _ in range(depth)]
    h = torch.randn(8, 16)
    f = FUNCTIONS[activation]
    for layer in layers:
        h = h + f(layer(h)) if skip else f(layer(h))
    h.pow(2).mean().backward()
    return [layer.weight.grad.norm().item() for layer in layers]


@pytest.mark.parametrize("activation", RESIDUAL_ACTIVATIONS)
@pytest.mark.parametrize("depth", [2, 12])
def test_gradient_norms_match_loss_backward(activation, depth):
    run = compare_stacks(depth, activation, 4)
    np.testing.assert_allclose(run.plain, reference(depth, activation, 4, False), rtol=1e-5)
    np.testing.assert_allclose(run.residual, reference(depth, activation, 4, True), rtol=1e-5)


def test_first_layer_gradient_matches_a_finite_difference():
    torch.manual_seed(1)
    layers = [nn.Linear(16, 16).double() for _ in range(3)]
    x = torch.randn(8, 16, dtype=torch.float64)

    def loss():
        h = x
        for layer in layers:
            h = h + torch.tanh(layer(h))
        return h.pow(2).mean()

    (grad,) = torch.autograd.grad(loss(), [layers[0].weight])
    eps = 1e-6
    with torch.no_grad():
        layers[0].weight[2, 5] += eps
        up = loss().item()
        layers[0].weight[2, 5] -= 2 * eps
        down = loss().item()
    assert grad[2, 5].item() == pytest.approx((up - down) / (2 * eps), rel=1e-6)


@pytest.mark.parametrize("activation", ["tanh", "sigmoid"])
def test_skip_connections_keep_the_first_layers_gradient_alive(activation):
    run = compare_stacks(20, activation, 0)
    assert run.residual[0] > 1000 * run.plain[0]
    assert run.plain[0] < run.plain[-1] / 100  # vanishing: the first layer gets far less than the last


def test_depth_cap_and_global_generator():
    with pytest.raises(LimitExceeded):
        compare_stacks(51, "tanh", 0)
    before = torch.default_generator.get_state()
    compare_stacks(5, "relu", 2)
    assert torch.equal(before, torch.default_generator.get_state())


def test_code_panel_reproduces_both_profiles():
    run = compare_stacks(7, "sigmoid", 3)
    namespace = run_code(residual_code(7, "sigmoid", 3))
    np.testing.assert_allclose(namespace["plain"], run.plain, rtol=1e-6)
    np.testing.assert_allclose(namespace["residual"], run.residual, rtol=1e-6)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_page_compares_the_stacks_for_the_chosen_depth_and_activation(lang):
    at = open_section("residual", lang)
    at.slider(key="blocks_res_depth").set_value(9).run()
    at.selectbox(key="blocks_res_activation").set_value("sigmoid").run()
    assert not at.exception
    plain, residual = (
        reference(9, "sigmoid", DEFAULT_SEED, False),
        reference(9, "sigmoid", DEFAULT_SEED, True),
    )
    shown = metrics(at)
    assert float(shown[t("lessons.res.first_plain", lang)]) == pytest.approx(plain[0], rel=1e-3)
    assert float(shown[t("lessons.res.first_residual", lang)]) == pytest.approx(residual[0], rel=1e-3)
    figure = chart(at, "blocks_res_chart")
    assert figure.layout.yaxis.type == "log"
    assert [trace.name for trace in figure.data] == [
        t("lessons.res.plain", lang),
        t("lessons.res.residual", lang),
    ]
    np.testing.assert_allclose(values(figure.data[0].y), plain, rtol=1e-5)
    np.testing.assert_allclose(values(figure.data[1].y), residual, rtol=1e-5)
    np.testing.assert_allclose(run_code(at.code[-1].value)["residual"], residual, rtol=1e-5)
