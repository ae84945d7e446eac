"""Arena trajectories: real torch.optim optimizers follow the textbook update rules, and divergence is data."""

import math

import numpy as np
import pytest
import torch

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.optim.code import arena_code
from dlviz.optim.optimizers import RACERS, OptimizerSettings
from dlviz.optim.surfaces import SURFACE_NAMES, get_surface, loss_grid
from dlviz.optim.trajectory import run_trajectories

STEPS = 25
SETTINGS = OptimizerSettings(
    sgd_lr=0.001, adaptive_lr=0.05, momentum=0.8, beta1=0.85, beta2=0.99, rmsprop_alpha=0.9, weight_decay=0.1
)


def gradient(surface, point):
    p = torch.tensor(point, dtype=torch.float64, requires_grad=True)
    surface.loss(p[0], p[1]).backward()
    return p.grad.numpy()


def hand_written_path(surface, rule, start, steps, s=SETTINGS):
    """Apply a textbook update rule by hand (numpy), with autograd only for the gradient."""
    theta = np.array(start, dtype=float)
    state = {"buf": None, "m": np.zeros(2), "v": np.zeros(2), "sum": np.zeros(2)}
    path = [theta.copy()]
    for t in range(1, steps + 1):
        g = gradient(surface, theta)
        if rule == "SGD":
            theta = theta - s.sgd_lr * g
        elif rule in ("Momentum", "Nesterov"):
            state["buf"] = g.copy() if state["buf"] is None else s.momentum * state["buf"] + g
            direction = g + s.momentum * state["buf"] if rule == "Nesterov" else state["buf"]
            theta = theta - s.sgd_lr * direction
        elif rule in ("Adam", "AdamW"):
            if rule == "AdamW":
                theta = theta * (1 - s.adaptive_lr * s.weight_decay)
            state["m"] = s.beta1 * state["m"] + (1 - s.beta1) * g
            state["v"] = s.beta2 * state["v"] + (1 - s.beta2) * g * g
            m_hat = state["m"] / (1 - s.beta1**t)
            v_hat = state["v"] / (1 - s.beta2**t)
            theta = theta - s.adaptive_lr * m_hat / (np.sqrt(v_hat) + 1e-8)
        elif rule == "RMSprop":
            state["v"] = s.rmsprop_alpha * state["v"] + (1 - s.rmsprop_alpha) * g * g
            theta = theta - s.adaptive_lr * g / (np.sqrt(state["v"]) + 1e-8)
        elif rule == "Adagrad":
            state["sum"] = state["sum"] + g * g
            theta = theta - s.adaptive_lr * g / (np.sqrt(state["sum"]) + 1e-10)
        path.append(theta.copy())
    return np.array(path)


@pytest.mark.parametrize("surface_name", ["rosenbrock", "himmelblau"])
@pytest.mark.parametrize("name", list(RACERS))
def test_torch_optimizer_path_equals_hand_written_rule(surface_name, name):
    surface = get_surface(surface_name)
    runs = run_trajectories(surface, (name,), surface.start, SETTINGS, STEPS)
    expected = hand_written_path(surface, name, surface.start, STEPS)
    np.testing.assert_allclose(runs[name].path, expected, rtol=1e-10, atol=1e-12)


def test_losses_are_the_surface_at_each_point():
    surface = get_surface("beale")
    run = run_trajectories(surface, ("Adam",), surface.start, SETTINGS, STEPS)["Adam"]
    expected = [surface.loss(torch.tensor(x), torch.tensor(y)).item() for x, y in run.path]
    np.testing.assert_allclose(run.losses, expected, rtol=1e-12)


def test_running_together_equals_running_alone():
    surface = get_surface("rosenbrock")
    together = run_trajectories(surface, tuple(RACERS), surface.start, SETTINGS, 40)
    for name in RACERS:
        alone = run_trajectories(surface, (name,), surface.start, SETTINGS, 40)[name]
        np.testing.assert_array_equal(together[name].path, alone.path)


def test_too_large_rate_diverges_as_data_not_error():
    surface = get_surface("bowl", 50)
    settings = OptimizerSettings(sgd_lr=0.05)
    runs = run_trajectories(surface, ("SGD", "Adam"), surface.start, settings, 100)
    sgd = runs["SGD"]
    assert sgd.diverged_at is not None
    assert np.isinf(sgd.losses[sgd.diverged_at :]).all()
    assert np.isfinite(sgd.losses[: sgd.diverged_at]).all()
    assert np.isfinite(sgd.path).all()
    assert abs(sgd.path[-1, 1]) > surface.y_range[1], "the path leaves the plot"
    assert sgd.final_loss == math.inf
    assert runs["Adam"].diverged_at is None


def test_overflow_to_nan_is_divergence():
    surface = get_surface("rosenbrock")
    settings = OptimizerSettings(sgd_lr=2.0)
    run = run_trajectories(surface, ("SGD",), (-1.5, 2.5), settings, 50)["SGD"]
    assert run.diverged_at is not None and run.diverged_at <= 3
    assert np.isfinite(run.path).all()


def test_saddle_ridge_traps_gradient_descent_and_a_nudge_frees_it():
    surface = get_surface("saddle")
    runs = run_trajectories(surface, ("SGD",), (-1.8, 0.0), OptimizerSettings(sgd_lr=0.05), 200)
    assert runs["SGD"].path[-1] == pytest.approx([0.0, 0.0], abs=1e-6)
    assert runs["SGD"].final_loss == pytest.approx(0.0, abs=1e-9)
    runs = run_trajectories(surface, ("SGD",), (-1.8, 0.01), OptimizerSettings(sgd_lr=0.05), 200)
    assert runs["SGD"].final_loss == pytest.approx(-0.25, abs=1e-6)


def test_steps_and_rates_are_capped_with_messages():
    surface = get_surface("bowl")
    with pytest.raises(limits.LimitExceeded) as info:
        run_trajectories(surface, ("SGD",), (0.0, 0.0), SETTINGS, limits.MAX_OPTIMIZER_STEPS.value + 1)
    assert info.value.params["what_key"] == "limits.max_optimizer_steps"
    with pytest.raises(limits.LimitExceeded):
        run_trajectories(surface, ("SGD",), (0.0, 0.0), OptimizerSettings(sgd_lr=100.0), 10)
    for bad in (0.0, -0.1, float("nan")):
        with pytest.raises(UserFacingError) as info:
            run_trajectories(surface, ("SGD",), (0.0, 0.0), OptimizerSettings(adaptive_lr=bad), 10)
        assert info.value.key == "optimizers.err.lr_positive"
    with pytest.raises(UserFacingError) as info:
        run_trajectories(surface, ("SGD",), (0.0, 0.0), SETTINGS, 0)
    assert info.value.key == "optimizers.err.steps_positive"


def test_unknown_surface_is_a_message():
    with pytest.raises(UserFacingError) as info:
        get_surface("volcano")
    assert info.value.key == "optimizers.err.unknown_surface"


@pytest.mark.parametrize("name", SURFACE_NAMES)
def test_listed_minima_are_stationary_with_the_stated_value(name):
    surface = get_surface(name)
    for point in surface.minima:
        assert surface.loss(torch.tensor(point[0]), torch.tensor(point[1])).item() == pytest.approx(
            surface.minimum_value, abs=1e-9
        )
        assert np.abs(gradient(surface, point)).max() < 1e-4


def test_bowl_condition_number_is_the_hessian_ratio():
    surface = get_surface("bowl", 20)
    hessian = torch.autograd.functional.hessian(
        lambda p: surface.loss(p[0], p[1]), torch.zeros(2, dtype=torch.float64)
    )
    eigenvalues = torch.linalg.eigvalsh(hessian)
    assert (eigenvalues.max() / eigenvalues.min()).item() == pytest.approx(20.0)


def test_contour_grid_is_the_surface():
    surface = get_surface("himmelblau")
    xs, ys, values = loss_grid(surface, 30)
    assert values.shape == (30, 30)
    assert values[4, 7] == pytest.approx(surface.loss(xs[7], ys[4]))


@pytest.mark.parametrize("surface_name", ["bowl", "beale"])
def test_code_panel_reproduces_the_paths(surface_name, capsys):
    surface = get_surface(surface_name)
    settings = OptimizerSettings(sgd_lr=surface.sgd_lr * 20, adaptive_lr=surface.adaptive_lr)
    names = list(RACERS)
    runs = run_trajectories(surface, names, surface.start, settings, 60)
    namespace = {}
    exec(arena_code(surface, names, surface.start, settings, 60), namespace)  # noqa: S102 - the test runs generated code
    assert "diverged" in capsys.readouterr().out or all(r.diverged_at is None for r in runs.values())
    for name in names:
        code_path = torch.stack(namespace["paths"][name]).numpy()
        code_path = code_path[np.isfinite(code_path).all(axis=1)]
        np.testing.assert_allclose(code_path, runs[name].path, rtol=1e-12, atol=1e-12)
        finite = runs[name].losses[np.isfinite(runs[name].losses)]
        np.testing.assert_allclose(namespace["losses"][name], finite, rtol=1e-12)
