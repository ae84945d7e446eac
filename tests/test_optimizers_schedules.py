"""Learning-rate schedules: the rates shown are torch's own get_last_lr() sequence, and the closed forms."""

import math

import numpy as np
import pytest
import torch

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.optim.schedules import SCHEDULES, ScheduleSettings, plateau_losses, schedule_code, schedule_run

SETTINGS = ScheduleSettings(
    base_lr=0.1,
    epochs=120,
    step_size=25,
    gamma=0.5,
    milestones=(20, 50, 90),
    exp_gamma=0.95,
    t_max=40,
    eta_min=0.001,
    pct_start=0.25,
    factor=0.5,
    patience=5,
    noise=0.01,
    seed=3,
)


def torch_sequence(scheduler_factory, epochs, base_lr=0.1, metrics=None):
    """Step torch's scheduler once per epoch, reading get_last_lr() before each step."""
    weight = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([weight], lr=base_lr)
    scheduler = scheduler_factory(optimizer)
    lrs = []
    for epoch in range(epochs):
        lrs.append(scheduler.get_last_lr()[0])
        optimizer.step()
        if epoch < epochs - 1:
            scheduler.step(*([] if metrics is None else [float(metrics[epoch])]))
    return np.array(lrs)


S = torch.optim.lr_scheduler
TORCH_FACTORIES = {
    "StepLR": lambda o: S.StepLR(o, step_size=25, gamma=0.5),
    "MultiStepLR": lambda o: S.MultiStepLR(o, milestones=[20, 50, 90], gamma=0.5),
    "ExponentialLR": lambda o: S.ExponentialLR(o, gamma=0.95),
    "CosineAnnealingLR": lambda o: S.CosineAnnealingLR(o, T_max=40, eta_min=0.001),
    "OneCycleLR": lambda o: S.OneCycleLR(o, max_lr=0.1, total_steps=120, pct_start=0.25),
    "ReduceLROnPlateau": lambda o: S.ReduceLROnPlateau(o, mode="min", factor=0.5, patience=5),
}


@pytest.mark.parametrize("name", SCHEDULES)
def test_rates_equal_torch_get_last_lr_sequence(name):
    metrics = plateau_losses(SETTINGS) if name == "ReduceLROnPlateau" else None
    expected = torch_sequence(TORCH_FACTORIES[name], SETTINGS.epochs, metrics=metrics)
    np.testing.assert_allclose(schedule_run(name, SETTINGS).lrs, expected, rtol=1e-12)


def test_step_and_exponential_follow_their_closed_forms():
    epochs = np.arange(SETTINGS.epochs)
    np.testing.assert_allclose(schedule_run("StepLR", SETTINGS).lrs, 0.1 * 0.5 ** (epochs // 25), rtol=1e-12)
    np.testing.assert_allclose(schedule_run("ExponentialLR", SETTINGS).lrs, 0.1 * 0.95**epochs, rtol=1e-10)
    multistep = 0.1 * 0.5 ** np.searchsorted([20, 50, 90], epochs, side="right")
    np.testing.assert_allclose(schedule_run("MultiStepLR", SETTINGS).lrs, multistep, rtol=1e-12)


def test_cosine_follows_half_a_cosine_within_t_max():
    epochs = np.arange(41)
    expected = 0.001 + (0.1 - 0.001) * (1 + np.cos(np.pi * epochs / 40)) / 2
    np.testing.assert_allclose(schedule_run("CosineAnnealingLR", SETTINGS).lrs[:41], expected, rtol=1e-9)


def test_one_cycle_warms_up_to_max_lr_then_anneals():
    lrs = schedule_run("OneCycleLR", SETTINGS).lrs
    assert lrs[0] == pytest.approx(0.1 / 25)
    assert lrs.max() == pytest.approx(0.1)
    assert int(lrs.argmax()) == 0.25 * 120 - 1  # torch ends the warm-up at pct_start * total_steps - 1
    assert lrs[-1] == pytest.approx(0.1 / 25 / 1e4)


def test_plateau_reduces_only_after_patience_epochs_without_improvement():
    run = schedule_run("ReduceLROnPlateau", SETTINGS)
    assert run.changes, "the flattening loss triggers at least one reduction"
    best, waited, rate = math.inf, 0, 0.1
    for epoch in range(1, SETTINGS.epochs):
        loss = run.losses[epoch - 1]
        if loss < best * (1 - 1e-4):
            best, waited = loss, 0
        else:
            waited += 1
        if waited > SETTINGS.patience:
            rate, waited = rate * SETTINGS.factor, 0
        assert run.lrs[epoch] == pytest.approx(rate), epoch


def test_plateau_loss_flattens_at_its_floor():
    losses = plateau_losses(ScheduleSettings(noise=0.0, epochs=200))
    assert losses[0] == pytest.approx(1.0)
    assert losses[-1] == pytest.approx(0.2, abs=1e-6)
    assert (np.diff(losses) < 0).all()


@pytest.mark.parametrize("name", SCHEDULES)
def test_code_panel_reproduces_the_rates(name):
    namespace = {}
    exec(schedule_code(name, SETTINGS), namespace)  # noqa: S102 - the test runs generated code
    np.testing.assert_allclose(namespace["lrs"], schedule_run(name, SETTINGS).lrs, rtol=1e-12)


def test_epochs_and_rate_are_checked():
    with pytest.raises(limits.LimitExceeded):
        schedule_run("StepLR", ScheduleSettings(epochs=limits.MAX_ARENA_SCHEDULE_EPOCHS.value + 1))
    with pytest.raises(UserFacingError) as info:
        schedule_run("StepLR", ScheduleSettings(epochs=1))
    assert info.value.key == "optimizers.err.epochs_too_few"
    with pytest.raises(UserFacingError) as info:
        schedule_run("StepLR", ScheduleSettings(base_lr=0.0))
    assert info.value.key == "optimizers.err.lr_positive"
    with pytest.raises(UserFacingError) as info:
        schedule_run("CyclicLR", ScheduleSettings())
    assert info.value.key == "optimizers.err.unknown_schedule"
