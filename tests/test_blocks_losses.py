"""Regression losses, CrossEntropy = LogSoftmax + NLL, and its gradient, against torch.nn.functional."""

import numpy as np
import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from dlviz.blocks.losses import (
    cross_entropy_parts,
    one_target_code,
    regression_loss_code,
    regression_loss_curves,
    seed_loss_outcomes,
)
from dlviz.data.images import sample_images
from dlviz.i18n import t
from dlviz.models.seed_models import NeuralNetwork
from dlviz.rng import seeded
from tests.conftest import OTHER_LANGUAGES
from tests.test_blocks_support import chart, open_section, run_code, texts, values


def test_regression_curves_match_the_functional_losses():
    curves = {c.name: c for c in regression_loss_curves(0.5, -3.0, 4.0, beta=0.7, points=71)}
    pred = torch.from_numpy(curves["mse"].prediction)
    target = torch.full_like(pred, 0.5)
    np.testing.assert_allclose(curves["mse"].loss, F.mse_loss(pred, target, reduction="none").numpy())
    np.testing.assert_allclose(curves["l1"].loss, F.l1_loss(pred, target, reduction="none").numpy())
    np.testing.assert_allclose(
        curves["smooth_l1"].loss, F.smooth_l1_loss(pred, target, reduction="none", beta=0.7).numpy()
    )


def test_regression_gradients_are_the_known_derivatives():
    curves = {c.name: c for c in regression_loss_curves(1.0, -3.0, 5.0, beta=1.0, points=80)}
    error = curves["mse"].prediction - 1.0
    np.testing.assert_allclose(curves["mse"].grad, 2 * error, atol=1e-12)
    np.testing.assert_allclose(curves["l1"].grad, np.sign(error), atol=1e-12)
    np.testing.assert_allclose(curves["smooth_l1"].grad, np.clip(error, -1.0, 1.0), atol=1e-12)


def test_regression_code_panel_reproduces_the_curves():
    curves = {c.name: c for c in regression_loss_curves(-1.0, -5.0, 3.0, beta=2.0)}
    namespace = run_code(regression_loss_code(-1.0, -5.0, 3.0, 2.0))
    for name, curve in curves.items():
        np.testing.assert_allclose(namespace["losses"][name].detach().numpy(), curve.loss)
        np.testing.assert_allclose(namespace["grads"][name].numpy(), curve.grad)


@settings(max_examples=25, deadline=None)
@given(st.integers(1, 6), st.integers(2, 10), st.integers(0, 10_000))
def test_cross_entropy_equals_logsoftmax_plus_nll_and_its_gradient_is_softmax_minus_onehot(n, c, seed):
    generator = torch.Generator().manual_seed(seed)
    logits = torch.randn(n, c, generator=generator, dtype=torch.float64) * 5
    targets = torch.randint(c, (n,), generator=generator)
    parts = cross_entropy_parts(logits, targets)
    assert parts.cross_entropy == pytest.approx(float(F.cross_entropy(logits, targets)), rel=1e-12)
    assert parts.nll == pytest.approx(float(F.nll_loss(F.log_softmax(logits, dim=1), targets)), rel=1e-12)
    assert parts.nll == pytest.approx(parts.cross_entropy, rel=1e-12)
    torch.testing.assert_close(parts.picked, F.log_softmax(logits, 1)[torch.arange(n), targets])
    expected_grad = (F.softmax(logits, 1) - F.one_hot(targets, c)) / n
    torch.testing.assert_close(parts.grad, expected_grad)
    assert parts.max_grad_difference < 1e-12


def test_seed_loss_call_fails_for_regression_losses_with_indices_and_misleads_cross_entropy_with_floats():
    pred = torch.randn(3, 10, generator=torch.Generator().manual_seed(1))
    labels = torch.tensor([7, 2, 1])
    outcomes = {(o.loss, o.target_kind): o for o in seed_loss_outcomes(pred, labels)}
    assert outcomes["MSELoss", "indices"].error and outcomes["L1Loss", "indices"].error
    assert outcomes["CrossEntropyLoss", "indices"].value == pytest.approx(
        float(F.cross_entropy(pred, labels))
    )
    float_target = torch.randn(pred.shape, generator=torch.Generator().manual_seed(0))
    soft = float(F.cross_entropy(pred, float_target))
    assert outcomes["CrossEntropyLoss", "float"].value == pytest.approx(soft)
    assert outcomes["MSELoss", "float"].value == pytest.approx(float(F.mse_loss(pred, float_target)))


def test_regression_page_plots_losses_or_gradients_for_the_target():
    at = open_section("losses")
    at.slider(key="blocks_loss_target").set_value(2.0).run()
    at.slider(key="blocks_loss_beta").set_value(0.5).run()
    figure = chart(at, "blocks_loss_chart")
    pred = values(figure.data[2].x)
    smooth = F.smooth_l1_loss(
        torch.from_numpy(pred), torch.full((len(pred),), 2.0, dtype=torch.float64), reduction="none", beta=0.5
    ).numpy()
    np.testing.assert_allclose(values(figure.data[2].y), smooth)
    at.toggle(key="blocks_loss_grad").set_value(True).run()
    figure = chart(at, "blocks_loss_chart")
    np.testing.assert_allclose(values(figure.data[1].y), np.sign(pred - 2.0))
    assert "beta=0.5" in at.code[0].value


def test_cross_entropy_page_shows_equal_numbers_and_gradients():
    at = open_section("losses")
    at.radio(key="blocks_loss_part").set_value("cross_entropy").run()
    at.slider(key="blocks_loss_count").set_value(4).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["NLLLoss(LogSoftmax(logits))"] == metrics["CrossEntropyLoss(logits)"]
    assert float(metrics["largest difference"]) < 1e-12
    namespace = run_code(at.code[0].value)
    assert f"{namespace['ce'].item():.6f}" == metrics["CrossEntropyLoss(logits)"]
    autograd = values(chart(at, "blocks_ce_grad").data[0].z)
    np.testing.assert_allclose(autograd, namespace["logits"].grad.numpy(), atol=1e-12)
    assert autograd.shape == (4, 10)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_seed_bug_page_runs_the_seed_call_and_shows_the_correction(lang):
    at = open_section("losses", lang)
    at.radio(key="blocks_loss_part").set_value("seed_bug").run()
    assert not at.exception
    table = at.dataframe[0].value
    assert len(table) == 6
    assert any("⚠" in str(v) for v in table.iloc[:, 2])
    assert t("blocks.loss.seed_fix", lang) in texts(at.markdown)
    namespace = run_code(at.code[0].value)
    assert namespace["ce"].item() > 0


def test_one_target_panel_prints_the_tables_outcomes(capsys, tmp_path):
    """The panel under "One target for every loss?" prints each value or error the page's table shows."""
    sample = sample_images(3, tmp_path, seed=4)  # no dataset in tmp_path: the digits, as the panel falls back
    with seeded(4):
        model = NeuralNetwork()
    with torch.no_grad():
        outcomes = seed_loss_outcomes(model(sample.images) * 10.0, sample.labels)
    run_code(one_target_code(4, str(tmp_path)))
    printed = capsys.readouterr().out.splitlines()
    for outcome, line in zip(outcomes, printed, strict=False):
        shown = f"{outcome.value:.4f}" if outcome.error is None else f"error: {outcome.error}"
        assert line == f"{outcome.target_kind} {outcome.loss} {shown}"
    assert len(printed) == len(outcomes) + 1 and printed[-1].startswith("fixed: CrossEntropyLoss")
