"""SimpleNet, MSELoss and one SGD step: loss, gradients and update against torch and a hand-computed update."""

import pytest
import torch
from torch import nn

from dlviz.blocks.one_step import SimpleNet, one_sgd_step, one_step_code
from dlviz.i18n import t
from dlviz.limits import LimitExceeded
from dlviz.ui.sidebar import DEFAULT_SEED
from tests.conftest import LANGUAGES
from tests.lessons_support import metrics, run_script
from tests.test_blocks_support import open_section


def reference(seed: int, learning_rate: float):
    """Return torch's loss, gradients and parameters after one optim.SGD step, the tutorial's way."""
    torch.manual_seed(seed)
    model = SimpleNet()
    inputs, target = torch.randn(5, 10), torch.randn(5, 1)
    loss = nn.MSELoss()(model(inputs), target)
    names = [name for name, _ in model.named_parameters()]
    grads = dict(zip(names, torch.autograd.grad(loss, list(model.parameters())), strict=True))
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    return model, inputs, target, loss.item(), grads, before


@pytest.mark.parametrize(("seed", "learning_rate"), [(0, 0.01), (11, 0.5)])
def test_step_matches_torch_and_the_hand_computed_update(seed, learning_rate):
    run = one_sgd_step(seed, learning_rate)
    model, inputs, target, loss, grads, before = reference(seed, learning_rate)
    assert run.loss_before == pytest.approx(loss, rel=1e-6)
    assert [p.name for p in run.parameters] == ["fc1.weight", "fc1.bias", "fc2.weight", "fc2.bias"]
    for step in run.parameters:
        torch.testing.assert_close(step.before, before[step.name])
        torch.testing.assert_close(step.grad, grads[step.name])
        torch.testing.assert_close(step.after, before[step.name] - learning_rate * grads[step.name])
        assert step.grad_norm == pytest.approx(grads[step.name].norm().item(), rel=1e-5)
        assert step.update_norm(learning_rate) == pytest.approx(step.change_norm, rel=1e-4)
    with torch.no_grad():
        for name, parameter in model.named_parameters():
            parameter -= learning_rate * grads[name]
        after = nn.MSELoss()(model(inputs), target).item()
    assert run.loss_after == pytest.approx(after, rel=1e-5)


def test_a_small_step_lowers_the_loss_and_a_huge_one_can_raise_it():
    assert one_sgd_step(0, 0.01).loss_after < one_sgd_step(0, 0.01).loss_before
    assert any(one_sgd_step(seed, 1.0).loss_after > one_sgd_step(seed, 1.0).loss_before for seed in range(5))


def test_learning_rate_cap_and_global_generator():
    with pytest.raises(LimitExceeded):
        one_sgd_step(0, 2.0)
    before = torch.default_generator.get_state()
    one_sgd_step(3, 0.1)
    assert torch.equal(before, torch.default_generator.get_state())


def test_code_panel_reproduces_the_losses(tmp_path):
    run = one_sgd_step(6, 0.1)
    last = run_script(one_step_code(6, 0.1), tmp_path).splitlines()[-1].split()
    assert float(last[2]) == pytest.approx(run.loss_before, rel=1e-6)
    assert float(last[5]) == pytest.approx(run.loss_after, rel=1e-6)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_page_shows_the_step_for_the_chosen_learning_rate(lang):
    at = open_section("one_step", lang)
    at.select_slider(key="blocks_step_lr").set_value(0.1).run()
    assert not at.exception
    _, _, _, loss, grads, _ = reference(DEFAULT_SEED, 0.1)
    run = one_sgd_step(DEFAULT_SEED, 0.1)
    shown = metrics(at)
    assert float(shown[t("lessons.step.loss_before", lang)]) == pytest.approx(loss, abs=1e-6)
    assert float(shown[t("lessons.step.loss_after", lang)]) == pytest.approx(run.loss_after, abs=1e-6)
    table = at.dataframe[0].value
    assert list(table[t("lessons.step.col_param", lang)]) == list(grads)
    for name, norm, update in zip(table.iloc[:, 0], table["‖grad‖"], table["‖lr × grad‖"], strict=True):
        assert norm == pytest.approx(grads[name].norm().item(), rel=1e-5)
        assert update == pytest.approx(0.1 * grads[name].norm().item(), rel=1e-5)
    assert t("lessons.step.explained", lang, lr=0.1) in "\n".join(m.value for m in at.markdown)
