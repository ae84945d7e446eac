"""The seeds' hand-written updates: same path as torch.optim.SGD; the 'dynamic' rate steps by grad cubed."""

import numpy as np
import pytest
import torch

from dlviz.errors import UserFacingError
from dlviz.optim.manual import first_step_ratios, manual_code, manual_runs, seed_chain_steps
from dlviz.optim.surfaces import get_surface


@pytest.mark.parametrize("name", ["bowl", "rosenbrock", "himmelblau"])
def test_hand_written_forms_follow_torch_optim_sgd(name):
    surface = get_surface(name)
    runs, _ = manual_runs(surface, surface.start, surface.sgd_lr, 80)
    np.testing.assert_array_equal(runs["no_grad"].path, runs["data"].path)
    np.testing.assert_allclose(runs["no_grad"].path, runs["optim_sgd"].path, rtol=0, atol=1e-12)
    assert len(runs["optim_sgd"].path) == 81


def test_dynamic_rate_is_grad_squared_so_the_step_is_grad_cubed():
    surface = get_surface("bowl")
    start = (0.5, 0.2)
    runs, rates = manual_runs(surface, start, 0.05, 3)
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    surface.loss(p[0], p[1]).backward()
    grad = p.grad.numpy()
    np.testing.assert_allclose(rates[0], grad**2)
    np.testing.assert_allclose(runs["dynamic"].path[1], np.array(start) - grad**3)


def test_dynamic_rate_explodes_far_away_and_stalls_near_the_minimum():
    surface = get_surface("bowl")
    far, _ = manual_runs(surface, surface.start, 0.05, 50)
    assert far["dynamic"].diverged_at is not None and far["dynamic"].diverged_at <= 3
    assert far["optim_sgd"].diverged_at is None
    near, _ = manual_runs(surface, (0.15, 0.02), 0.05, 50)
    assert near["dynamic"].diverged_at is None
    assert near["dynamic"].final_loss > 10 * near["optim_sgd"].final_loss


def test_seed_chain_with_lr_001_explodes():
    rows = seed_chain_steps(0.01, 3)
    assert rows[0]["loss"] == pytest.approx(14161.0)
    assert rows[1]["w1"] == pytest.approx(3.0 - 0.01 * 9520.0, rel=1e-6)
    assert rows[-1]["loss"] == float("inf")


def test_seed_chain_dynamic_rate_first_step_is_grad_cubed():
    rows = seed_chain_steps(None, 1)
    assert rows[1]["w1"] == pytest.approx(3.0 - 9520.0**3, rel=1e-6)


def test_first_step_ratio_is_grad_squared_over_lr_from_torch_gradients():
    x1 = torch.tensor([2.0])
    weights = [torch.tensor([v], requires_grad=True) for v in (3.0, 4.0, 5.0)]
    w1, w2, w3 = weights
    ((w3 * torch.relu(w2 * (w1 * x1)) - 1.0) ** 2).sum().backward()
    steps = first_step_ratios(0.01)
    assert [s.name for s in steps] == ["w1", "w2", "w3"]
    for step, w in zip(steps, weights, strict=True):
        assert step.grad == pytest.approx(w.grad.item())
        assert step.dynamic_rate == pytest.approx(w.grad.item() ** 2)
        assert step.ratio == pytest.approx(w.grad.item() ** 2 / 0.01)
    assert [round(s.ratio / 1e9, 2) for s in steps] == [9.06, 5.1, 3.26]
    assert all(1e7 < s.dynamic_rate < 1e8 for s in steps)


def test_first_step_ratio_is_the_ratio_of_the_steps_the_chain_takes():
    fixed, dynamic = seed_chain_steps(0.01, 1), seed_chain_steps(None, 1)
    for step in first_step_ratios(0.01):
        moved_fixed = fixed[0][step.name] - fixed[1][step.name]
        moved_dynamic = dynamic[0][step.name] - dynamic[1][step.name]
        assert moved_dynamic / moved_fixed == pytest.approx(step.ratio, rel=1e-5)


def test_rate_is_checked():
    surface = get_surface("bowl")
    with pytest.raises(UserFacingError) as info:
        manual_runs(surface, surface.start, -1.0, 10)
    assert info.value.key == "optimizers.err.lr_positive"


@pytest.mark.parametrize("start", [(-1.8, 1.5), (0.4, 0.3)])
def test_code_panel_reproduces_the_paths(start):
    surface = get_surface("bowl")
    runs, _ = manual_runs(surface, start, 0.05, 40)
    namespace = {}
    exec(manual_code(surface, start, 0.05, 40), namespace)  # noqa: S102 - the test runs generated code
    for form, run in runs.items():
        code_path = namespace["paths"][form].numpy()
        code_path = code_path[np.isfinite(code_path).all(axis=1)]
        np.testing.assert_allclose(code_path, run.path, rtol=1e-12, atol=1e-12)
