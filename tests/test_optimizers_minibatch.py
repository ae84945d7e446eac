"""Mini-batch SGD on least squares: DataLoader batches, mean-of-samples loss, gradient noise ~ 1/sqrt(B)."""

import numpy as np
import pytest
import torch

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.optim.minibatch import (
    SAMPLES,
    START,
    batch_code,
    batch_gradients,
    gradient_noise,
    least_squares_surface,
    line_data,
    mse,
    per_sample_gradients,
    sgd_run,
)

X, Y = line_data(0)


def test_full_loss_surface_equals_mse_everywhere():
    surface = least_squares_surface(X, Y)
    for w, b in [(0.0, 0.0), (2.0, 0.5), (-1.3, 2.2)]:
        theta = torch.tensor([w, b], dtype=torch.float64)
        assert surface.loss(w, b) == pytest.approx(mse(theta, X, Y).item(), rel=1e-12)


def test_surface_minimum_is_the_least_squares_solution():
    design = torch.stack([X, torch.ones_like(X)], dim=1)
    solution = torch.linalg.lstsq(design, Y.unsqueeze(1)).solution.squeeze(1)
    surface = least_squares_surface(X, Y)
    assert surface.minima[0] == pytest.approx(solution.tolist(), rel=1e-9)
    assert surface.minimum_value == pytest.approx(mse(solution, X, Y).item(), rel=1e-12)


def test_per_sample_gradients_match_autograd_one_by_one():
    theta = torch.tensor([0.3, -0.7], dtype=torch.float64)
    fast = per_sample_gradients(theta, X, Y)
    for i in (0, 17, SAMPLES - 1):
        t = theta.clone().requires_grad_(True)
        ((t[0] * X[i] + t[1] - Y[i]) ** 2).backward()
        np.testing.assert_allclose(fast[i].numpy(), t.grad.numpy(), rtol=1e-12)


def test_batch_loss_is_the_mean_so_its_gradient_is_the_mean_gradient():
    theta = torch.tensor([0.3, -0.7], dtype=torch.float64, requires_grad=True)
    mse(theta, X[:10], Y[:10]).backward()
    expected = per_sample_gradients(theta.detach(), X[:10], Y[:10]).mean(dim=0)
    np.testing.assert_allclose(theta.grad.numpy(), expected.numpy(), rtol=1e-12)


def test_batch_gradients_are_means_over_distinct_samples():
    per_sample = torch.arange(SAMPLES, dtype=torch.float64).unsqueeze(1).repeat(1, 2)
    batches = batch_gradients(per_sample, SAMPLES, 5, seed=1)
    np.testing.assert_allclose(batches.numpy(), per_sample.mean(dim=0).expand(5, 2).numpy())


def test_measured_noise_follows_sampling_theory():
    noise = gradient_noise(X, Y, START, 8, seed=0)
    ratio = noise.measured[:-1] / noise.predicted[:-1]
    assert np.all(np.abs(ratio - 1) < 0.15), ratio
    assert noise.measured[-1] == pytest.approx(0.0, abs=1e-12)
    assert (np.diff(noise.measured) < 0).all()
    np.testing.assert_allclose(
        noise.batches.mean(axis=0), noise.full, atol=3 * noise.measured[3] / np.sqrt(300)
    )


def test_full_batch_run_is_plain_gradient_descent():
    run = sgd_run(X, Y, SAMPLES, 0.1, 5, seed=0)
    theta = np.array(START)
    for step in range(5):
        t = torch.tensor(theta, requires_grad=True)
        mse(t, X, Y).backward()
        theta = theta - 0.1 * t.grad.numpy()
        np.testing.assert_allclose(run.path[step + 1], theta, rtol=1e-12)
    assert run.updates_per_epoch == 1


def test_small_batches_take_more_updates_per_epoch():
    run = sgd_run(X, Y, 16, 0.1, 2, seed=0)
    assert run.updates_per_epoch == SAMPLES // 16
    assert len(run.path) == 2 * SAMPLES // 16 + 1


def test_too_large_rate_diverges_without_error():
    run = sgd_run(X, Y, 4, 5.0, 10, seed=0)
    assert run.diverged
    assert np.isinf(run.losses[-1]) or run.losses[-1] > 1e10


def test_bad_batch_sizes_are_messages():
    with pytest.raises(UserFacingError) as info:
        sgd_run(X, Y, 0, 0.1, 1, seed=0)
    assert info.value.key == "optimizers.err.batch_size"
    with pytest.raises(limits.LimitExceeded):
        sgd_run(X, Y, limits.MAX_BATCH_SIZE.value + 1, 0.1, 1, seed=0)
    with pytest.raises(limits.LimitExceeded):
        sgd_run(X, Y, 8, 0.1, limits.MAX_EPOCHS.value + 1, seed=0)


@pytest.mark.parametrize("batch_size", [1, 32, SAMPLES])
def test_code_panel_reproduces_the_run(batch_size):
    run = sgd_run(X, Y, batch_size, 0.2, 2, seed=0)
    namespace = {}
    exec(batch_code(batch_size, 0.2, 2, 0), namespace)  # noqa: S102 - the test runs generated code
    np.testing.assert_allclose(namespace["path"].numpy(), run.path, rtol=1e-12)
