"""Mini-batch SGD on a least-squares line fit: paths, and the noise of batch gradients around the full one."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch
from torch.utils.data import DataLoader, TensorDataset

from dlviz import limits
from dlviz.errors import UserFacingError
from dlviz.optim.surfaces import Surface
from dlviz.optim.trajectory import DIVERGENCE_BOUND

SAMPLES = 128
TRUE_W, TRUE_B, NOISE = 2.0, 0.5, 0.5
START = (-1.5, -1.5)
NOISE_DRAWS = 300
BATCH_SIZES = (1, 2, 4, 8, 16, 32, 64, 128)


def line_data(seed: int) -> tuple[torch.Tensor, torch.Tensor]:
    """Return x in [-1, 1] and y = 2x + 0.5 + noise, SAMPLES points each, from a seeded generator."""
    generator = torch.Generator().manual_seed(seed)
    x = torch.rand(SAMPLES, generator=generator, dtype=torch.float64) * 2 - 1
    y = TRUE_W * x + TRUE_B + NOISE * torch.randn(SAMPLES, generator=generator, dtype=torch.float64)
    return x, y


def mse(theta: torch.Tensor, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Return the mean of the per-sample squared errors of the line w*x + b, theta = (w, b)."""
    return torch.nn.MSELoss()(theta[0] * x + theta[1], y)


def least_squares_surface(x: torch.Tensor, y: torch.Tensor) -> Surface:
    """Return the full-batch loss as a quadratic surface in (w, b), with its exact minimum."""
    mx, my, mxx, mxy, myy = (
        float(v) for v in (x.mean(), y.mean(), (x * x).mean(), (x * y).mean(), (y * y).mean())
    )
    coefficients = (mxx, 1.0, 2 * mx, -2 * mxy, -2 * my, myy)
    solution = torch.linalg.solve(
        torch.tensor([[mxx, mx], [mx, 1.0]], dtype=torch.float64),
        torch.tensor([mxy, my], dtype=torch.float64),
    )
    w, b = (float(v) for v in solution)
    minimum = float(mse(solution, x, y))
    expression = f"mean((w * x + b - y) ** 2)  # = {mxx:.4f}·w² + b² + {2 * mx:.4f}·w·b ..."
    return Surface(
        "least_squares",
        expression,
        (-2.0, 4.0),
        (-2.0, 3.0),
        START,
        ((w, b),),
        minimum,
        0.1,
        0.1,
        coefficients=coefficients,
    )


@dataclass(frozen=True)
class MinibatchRun:
    """A run of SGD: the (w, b) after each update, the full-data loss there, and updates per epoch."""

    path: np.ndarray
    losses: np.ndarray
    updates_per_epoch: int
    diverged: bool


def check_batch(batch_size: int, lr: float, epochs: int) -> None:
    """Raise a UserFacingError for a batch size, rate or epoch count outside what this section allows."""
    limits.MAX_BATCH_SIZE.check(batch_size)
    limits.MAX_EPOCHS.check(epochs)
    limits.MAX_ARENA_LEARNING_RATE.check(lr)
    if not 1 <= batch_size <= SAMPLES:
        raise UserFacingError("optimizers.err.batch_size", batch=batch_size, samples=SAMPLES)
    if not lr > 0:
        raise UserFacingError("optimizers.err.lr_positive", lr=lr)


def sgd_run(
    x: torch.Tensor, y: torch.Tensor, batch_size: int, lr: float, epochs: int, seed: int
) -> MinibatchRun:
    """Train (w, b) with torch.optim.SGD on batches a shuffling DataLoader draws; full batch when batch_size=N."""
    check_batch(batch_size, lr, epochs)
    loader = DataLoader(
        TensorDataset(x, y),
        batch_size=batch_size,
        shuffle=True,
        generator=torch.Generator().manual_seed(seed),
    )
    theta = torch.tensor(START, dtype=torch.float64, requires_grad=True)
    optimizer = torch.optim.SGD([theta], lr=lr)
    path, diverged = [theta.detach().clone()], False
    for _ in range(epochs):
        for batch_x, batch_y in loader:
            optimizer.zero_grad()
            mse(theta, batch_x, batch_y).backward()
            optimizer.step()
            path.append(theta.detach().clone())
            if not theta.isfinite().all() or theta.abs().max() > DIVERGENCE_BOUND:
                diverged = True
                break
        if diverged:
            break
    points = torch.stack(path)
    losses = least_squares_surface(x, y).loss(points[:, 0], points[:, 1])
    finite = points.isfinite().all(dim=1)
    return MinibatchRun(points[finite].numpy(), losses.nan_to_num(nan=np.inf).numpy(), len(loader), diverged)


def per_sample_gradients(theta: torch.Tensor, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
    """Return the gradient of each sample's squared error with respect to (w, b), shape (N, 2), via torch.func."""
    one = lambda t, xi, yi: (t[0] * xi + t[1] - yi) ** 2  # noqa: E731
    return torch.func.vmap(torch.func.grad(one), in_dims=(None, 0, 0))(theta, x, y)


def running_batch_means(per_sample: torch.Tensor, draws: int, seed: int) -> torch.Tensor:
    """Return (draws, N, 2): row d, column B-1 is the mean gradient of the first B samples of random order d.

    Each order is a uniform random permutation, so its first B samples are a batch drawn without replacement.
    """
    generator = torch.Generator().manual_seed(seed)
    order = torch.rand(draws, per_sample.shape[0], generator=generator).argsort(dim=1)
    counts = torch.arange(1, per_sample.shape[0] + 1, dtype=per_sample.dtype).unsqueeze(1)
    return per_sample[order].cumsum(dim=1) / counts


def batch_gradients(per_sample: torch.Tensor, batch_size: int, draws: int, seed: int) -> torch.Tensor:
    """Return `draws` mini-batch gradients: means over batch_size samples drawn without replacement."""
    return running_batch_means(per_sample, draws, seed)[:, batch_size - 1]


@dataclass(frozen=True)
class GradientNoise:
    """Batch gradients at one point, the full-batch gradient, and noise size for every batch size."""

    full: np.ndarray
    batches: np.ndarray
    sizes: np.ndarray
    measured: np.ndarray
    predicted: np.ndarray


def gradient_noise(x: torch.Tensor, y: torch.Tensor, point, batch_size: int, seed: int) -> GradientNoise:
    """Return batch-gradient samples at point and the RMS distance to the full gradient, measured and predicted.

    Predicted: sqrt(trace(per-sample covariance) / B * (N - B) / (N - 1)) — sampling without replacement.
    """
    check_batch(batch_size, 0.1, 1)
    theta = torch.tensor(point, dtype=torch.float64)
    per_sample = per_sample_gradients(theta, x, y)
    full = per_sample.mean(dim=0)
    spread = ((per_sample - full) ** 2).sum(dim=1).mean()
    sizes = np.array(BATCH_SIZES)
    means = running_batch_means(per_sample, NOISE_DRAWS, seed)
    distances = ((means[:, sizes - 1] - full) ** 2).sum(dim=2)
    measured = distances.mean(dim=0).sqrt().numpy()
    predicted = np.sqrt(float(spread) / sizes * (SAMPLES - sizes) / (SAMPLES - 1))
    batches = means[:, batch_size - 1]
    return GradientNoise(full.numpy(), batches.numpy(), sizes, measured, predicted)


def batch_code(batch_size: int, lr: float, epochs: int, seed: int) -> str:
    """Return code that trains (w, b) with mini-batches exactly as the page does and prints the path's end."""
    return f"""import torch
from torch.utils.data import DataLoader, TensorDataset

generator = torch.Generator().manual_seed({seed})
x = torch.rand({SAMPLES}, generator=generator, dtype=torch.float64) * 2 - 1
y = {TRUE_W} * x + {TRUE_B} + {NOISE} * torch.randn({SAMPLES}, generator=generator, dtype=torch.float64)

# The DataLoader, not SGD, picks the random batches (shuffle=True reshuffles every epoch).
loader = DataLoader(TensorDataset(x, y), batch_size={batch_size}, shuffle=True,
                    generator=torch.Generator().manual_seed({seed}))
theta = torch.tensor({list(START)!r}, dtype=torch.float64, requires_grad=True)  # (w, b)
optimizer = torch.optim.SGD([theta], lr={lr!r})
loss_fn = torch.nn.MSELoss()  # the batch loss is the MEAN of the per-sample squared errors

path = [theta.detach().clone()]
for epoch in range({epochs}):
    for batch_x, batch_y in loader:
        optimizer.zero_grad()
        loss = loss_fn(theta[0] * batch_x + theta[1], batch_y)
        loss.backward()
        optimizer.step()
        path.append(theta.detach().clone())
        if not theta.isfinite().all() or theta.abs().max() > {DIVERGENCE_BOUND:g}:
            break  # diverged
    else:
        continue
    break
path = torch.stack(path)
print(len(path) - 1, "updates; (w, b) ends at", path[-1].tolist())
"""
