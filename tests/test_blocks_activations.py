"""Activation curves and their autograd derivatives, against torch.nn.functional and finite differences."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F

from dlviz.blocks.activations import CURVES, activation_code, activation_curve
from dlviz.i18n import t
from tests.conftest import OTHER_LANGUAGES
from tests.test_blocks_support import chart, open_section, run_code, texts, values

REFERENCE = {
    "relu": F.relu,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "leaky_relu": lambda x: F.leaky_relu(x, 0.2),
    "gelu": F.gelu,
    "softmax": lambda x: F.softmax(torch.stack([x, torch.zeros_like(x), torch.ones_like(x)], dim=1), dim=1)[
        :, 0
    ],
}


@pytest.mark.parametrize("name", list(CURVES))
def test_curve_values_match_the_functional_reference(name):
    curve = activation_curve(name, -4.0, 4.0, 81, slope=0.2)
    expected = REFERENCE[name](torch.from_numpy(curve.x)).numpy()
    np.testing.assert_allclose(curve.y, expected, rtol=1e-12, atol=1e-12)


@pytest.mark.parametrize("name", list(CURVES))
def test_derivative_matches_central_finite_differences(name):
    # an even number of points keeps x away from 0, where ReLU's kink would fool the difference quotient
    curve = activation_curve(name, -4.0, 4.0, 80, slope=0.2)
    x = torch.from_numpy(curve.x)
    h = 1e-6
    numeric = ((REFERENCE[name](x + h) - REFERENCE[name](x - h)) / (2 * h)).numpy()
    np.testing.assert_allclose(curve.dydx, numeric, atol=1e-6)


def test_known_derivatives():
    sigmoid = activation_curve("sigmoid", 0.0, 0.0, 1)
    assert sigmoid.dydx[0] == pytest.approx(0.25)
    softmax = activation_curve("softmax", -2.0, 2.0, 5)
    np.testing.assert_allclose(softmax.dydx, softmax.y * (1 - softmax.y), rtol=1e-12)
    leaky = activation_curve("leaky_relu", -1.0, 1.0, 2, slope=0.3)
    np.testing.assert_allclose(leaky.dydx, [0.3, 1.0])


@pytest.mark.parametrize("name", list(CURVES))
def test_code_panel_reproduces_the_curve(name):
    curve = activation_curve(name, -3.0, 2.0, 51, slope=0.05)
    namespace = run_code(activation_code(name, -3.0, 2.0, 51, 0.05))
    np.testing.assert_allclose(namespace["y"].detach().numpy(), curve.y, rtol=1e-12)
    np.testing.assert_allclose(namespace["dydx"].numpy(), curve.dydx, rtol=1e-12)


def test_page_plots_curve_and_derivative_for_the_chosen_activation_and_range():
    at = open_section("activations")
    at.selectbox(key="blocks_act_name").set_value("leaky_relu").run()
    at.slider(key="blocks_act_range").set_value((-2.0, 3.0)).run()
    at.slider(key="blocks_act_slope").set_value(0.3).run()
    assert not at.exception
    figure = chart(at, "blocks_act_chart")
    x, y, dydx = (values(figure.data[0].x), values(figure.data[0].y), values(figure.data[1].y))
    assert x[0] == -2.0 and x[-1] == 3.0
    expected = F.leaky_relu(torch.from_numpy(x), 0.3).numpy()
    np.testing.assert_allclose(y, expected, rtol=1e-12)
    assert set(np.round(dydx, 12)) == {0.3, 1.0}
    assert "LeakyReLU" in texts(at.markdown)
    namespace = run_code(at.code[0].value)
    np.testing.assert_allclose(namespace["y"].detach().numpy(), y, rtol=1e-12)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_page_explains_softmax_dim_in_another_language(lang):
    at = open_section("activations", lang)
    at.selectbox(key="blocks_act_name").set_value("softmax").run()
    assert not at.exception
    assert t("blocks.act.note.softmax", lang) in texts(at.markdown)
    assert "dim=1" in at.code[0].value
