"""Tutorial 002's two-layer network trained by hand: losses against an independent torch run."""

import math

import numpy as np
import pytest
import torch

from dlviz.autograd.by_hand import by_hand_code, train_by_hand
from dlviz.i18n import t
from dlviz.limits import LimitExceeded
from tests.conftest import LANGUAGES, open_page
from tests.lessons_support import metrics
from tests.test_blocks_support import chart, run_code, values


def independent_run(seed: int, learning_rate: float, steps: int) -> tuple[list[float], float]:
    """Return the losses and final loss of the loop written again here, gradients by autograd."""
    g = torch.Generator().manual_seed(seed)
    x, y = torch.randn(64, 1000, generator=g), torch.randn(64, 10, generator=g)
    w1 = torch.randn(1000, 100, generator=g, requires_grad=True)
    w2 = torch.randn(100, 10, generator=g, requires_grad=True)
    losses = []
    for _ in range(steps):
        loss = torch.nn.functional.mse_loss(torch.relu(x @ w1) @ w2, y, reduction="sum")
        losses.append(loss.item())
        g1, g2 = torch.autograd.grad(loss, [w1, w2])
        with torch.no_grad():
            w1.sub_(learning_rate * g1)
            w2.sub_(learning_rate * g2)
    final = torch.nn.functional.mse_loss(torch.relu(x @ w1) @ w2, y, reduction="sum").item()
    return losses, final


@pytest.mark.parametrize(("seed", "learning_rate"), [(0, 1e-6), (5, 3e-7)])
def test_losses_match_an_independent_torch_run(seed, learning_rate):
    run = train_by_hand(seed, learning_rate, 30)
    losses, final = independent_run(seed, learning_rate, 30)
    np.testing.assert_allclose(run.losses, losses, rtol=1e-4)
    assert run.final_loss == pytest.approx(final, rel=1e-3)


def test_500_steps_of_the_tutorial_bring_the_loss_down_by_a_million():
    run = train_by_hand(0, 1e-6)
    assert len(run.losses) == 500 and not run.diverged
    assert run.final_loss < run.losses[0] * 1e-6
    assert all(b <= a for a, b in zip(run.losses[200:], run.losses[201:], strict=False))


def test_first_loss_is_the_sum_of_squares_at_the_random_weights():
    g = torch.Generator().manual_seed(2)
    x, y = torch.randn(64, 1000, generator=g), torch.randn(64, 10, generator=g)
    w1, w2 = torch.randn(1000, 100, generator=g), torch.randn(100, 10, generator=g)
    expected = ((x.mm(w1).clamp(min=0).mm(w2) - y) ** 2).sum().item()
    assert train_by_hand(2, 1e-6, 1).losses[0] == pytest.approx(expected, rel=1e-6)


def test_too_large_a_learning_rate_diverges():
    run = train_by_hand(0, 5e-6, 100)
    assert run.diverged and not math.isfinite(run.final_loss)


def test_caps_are_checked():
    with pytest.raises(LimitExceeded):
        train_by_hand(0, 1e-6, 501)
    with pytest.raises(LimitExceeded):
        train_by_hand(0, 1e-3, 10)


def test_training_leaves_the_global_generator_untouched():
    before = torch.default_generator.get_state()
    train_by_hand(9, 1e-6, 3)
    assert torch.equal(before, torch.default_generator.get_state())


def test_code_panel_reproduces_the_losses():
    run = train_by_hand(4, 2e-6, 40)
    namespace = run_code(by_hand_code(4, 2e-6, 40))
    np.testing.assert_allclose(namespace["losses"], run.losses, rtol=1e-5)
    assert namespace["final_loss"] == pytest.approx(run.final_loss, rel=1e-4)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_page_trains_with_the_chosen_seed_rate_and_steps(lang):
    at = open_page("pages/autograd_lab.py", lang)
    at.radio(key="autograd_section").set_value("by_hand").run()
    at.number_input(key="autograd_hand_seed").set_value(3).run()
    at.select_slider(key="autograd_hand_lr").set_value(3e-7).run()
    at.slider(key="autograd_hand_steps").set_value(60).run()
    assert not at.exception
    losses, final = independent_run(3, 3e-7, 60)
    shown = metrics(at)
    assert float(shown[t("lessons.hand.first_loss", lang)]) == pytest.approx(losses[0], rel=1e-5)
    assert float(shown[t("lessons.hand.final_loss", lang)]) == pytest.approx(final, rel=1e-3)
    figure = chart(at, "autograd_hand_chart")
    assert figure.layout.yaxis.type == "log"
    np.testing.assert_allclose(values(figure.data[0].y), losses, rtol=1e-4)
    assert t("lessons.hand.fix.indent", lang) in "\n".join(m.value for m in at.markdown)
    namespace = run_code(at.code[-1].value)
    np.testing.assert_allclose(namespace["losses"], losses, rtol=1e-4)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_page_warns_when_the_loss_diverges(lang):
    at = open_page("pages/autograd_lab.py", lang)
    at.radio(key="autograd_section").set_value("by_hand").run()
    at.slider(key="autograd_hand_steps").set_value(80).run()
    at.select_slider(key="autograd_hand_lr").set_value(5e-6).run()
    assert not at.exception
    assert [w.value for w in at.warning] == [t("lessons.hand.diverged", lang, lr=5e-6)]
