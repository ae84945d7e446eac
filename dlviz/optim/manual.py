"""The seeds' hand-written gradient-descent updates, run beside torch.optim.SGD on a loss surface."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
import torch

from dlviz.optim.optimizers import OptimizerSettings
from dlviz.optim.surfaces import Surface
from dlviz.optim.trajectory import DIVERGENCE_BOUND, Trajectory, check_settings

MANUAL_FORMS = ("optim_sgd", "no_grad", "data", "dynamic")


def _optim_sgd(lr: float) -> Callable[[torch.Tensor], None]:
    """Return an update that lets torch.optim.SGD take the step."""
    optimizer: list[torch.optim.Optimizer] = []

    def update(p: torch.Tensor) -> None:
        if not optimizer:
            optimizer.append(torch.optim.SGD([p], lr=lr))
        optimizer[0].step()
        optimizer[0].zero_grad()

    return update


def _no_grad(lr: float) -> Callable[[torch.Tensor], None]:
    """Return the recommended hand-written update: p -= lr * p.grad under torch.no_grad()."""

    def update(p: torch.Tensor) -> None:
        with torch.no_grad():
            p -= lr * p.grad
        p.grad.zero_()

    return update


def _data(lr: float) -> Callable[[torch.Tensor], None]:
    """Return the older hand-written update through p.data, which autograd does not see."""

    def update(p: torch.Tensor) -> None:
        p.data -= lr * p.grad
        p.grad.zero_()

    return update


def _dynamic(rates: list) -> Callable[[torch.Tensor], None]:
    """Return the tutorial's 'dynamic learning rate': rate = p.grad ** 2, so the step is p.grad ** 3."""

    def update(p: torch.Tensor) -> None:
        rate = p.grad**2
        rates.append(rate.detach().numpy().copy())
        p.data -= rate * p.grad
        p.grad.zero_()

    return update


def run_update(surface: Surface, start, steps: int, update: Callable[[torch.Tensor], None]) -> Trajectory:
    """Run loss -> backward -> update for `steps` steps, stopping (diverged) when p or the loss blows up."""
    p = torch.tensor(start, dtype=torch.float64, requires_grad=True)
    path, losses, diverged_at = [], np.full(steps + 1, np.inf), None
    for step in range(steps + 1):
        loss = surface.loss(p[0], p[1])
        point = p.detach().numpy().copy()
        if np.isfinite(point).all():
            path.append(point)
        if not torch.isfinite(loss) or np.abs(point).max() > DIVERGENCE_BOUND:
            diverged_at = step
            break
        losses[step] = loss.item()
        if step == steps:
            break
        loss.backward()
        update(p)
    return Trajectory("", np.array(path).reshape(-1, 2), losses, diverged_at)


def manual_runs(surface: Surface, start, lr: float, steps: int) -> tuple[dict[str, Trajectory], np.ndarray]:
    """Return the path of each update form, and the per-coordinate rates the dynamic form used per step."""
    check_settings(OptimizerSettings(sgd_lr=lr), steps)
    rates: list = []
    updates = {
        "optim_sgd": _optim_sgd(lr),
        "no_grad": _no_grad(lr),
        "data": _data(lr),
        "dynamic": _dynamic(rates),
    }
    runs = {name: run_update(surface, start, steps, update) for name, update in updates.items()}
    return runs, np.array(rates).reshape(-1, 2)


def seed_chain_steps(lr: float | None, steps: int) -> list[dict[str, float]]:
    """Run the tutorial's three-weight chain (x1=2, w=3,4,5, target 1, loss=(w3*relu(w2*w1*x1)-1)^2).

    lr=None uses the tutorial's 'dynamic' rate p.grad ** 2. Returns one row of weights and loss per step.
    """
    x1, target = torch.tensor([2.0]), torch.tensor([1.0])
    weights = [torch.tensor([value], requires_grad=True) for value in (3.0, 4.0, 5.0)]
    rows = []
    for step in range(steps + 1):
        w1, w2, w3 = weights
        loss = (w3 * torch.relu(w2 * (w1 * x1)) - target) ** 2
        rows.append({"step": step, "w1": w1.item(), "w2": w2.item(), "w3": w3.item(), "loss": loss.item()})
        if step == steps:
            break
        loss.backward()
        with torch.no_grad():
            for w in weights:
                rate = lr if lr is not None else w.grad**2
                w -= rate * w.grad
                w.grad.zero_()
    return rows


@dataclass(frozen=True)
class FirstStep:
    """One weight of the chain's first step: its gradient, the 'dynamic' rate grad**2, and that step over lr's."""

    name: str
    grad: float
    dynamic_rate: float
    ratio: float


def first_step_ratios(lr: float = 0.01) -> list[FirstStep]:
    """Return, for w1, w2, w3 of the chain, how many times larger the step with rate grad**2 is than with lr."""
    x1, target = torch.tensor([2.0], dtype=torch.float64), torch.tensor([1.0], dtype=torch.float64)
    weights = [torch.tensor([value], dtype=torch.float64, requires_grad=True) for value in (3.0, 4.0, 5.0)]
    w1, w2, w3 = weights
    ((w3 * torch.relu(w2 * (w1 * x1)) - target) ** 2).sum().backward()
    steps = []
    for name, w in zip(("w1", "w2", "w3"), weights, strict=True):
        grad = w.grad.item()
        steps.append(FirstStep(name, grad, grad**2, grad**2 / lr))
    return steps


def manual_code(surface: Surface, start, lr: float, steps: int) -> str:
    """Return code running the four update forms on the surface and comparing their end points."""
    return f"""import torch


def loss_fn(p):
    x, y = p[0], p[1]
    return {surface.expression}


def run(update, steps={steps}):
    p = torch.tensor([{float(start[0])!r}, {float(start[1])!r}], dtype=torch.float64, requires_grad=True)
    path = [p.detach().clone()]
    for step in range(steps):
        loss = loss_fn(p)
        if not torch.isfinite(loss) or p.abs().max() > {DIVERGENCE_BOUND:g}:
            break  # diverged
        loss.backward()
        update(p)
        path.append(p.detach().clone())
    return torch.stack(path)


lr = {lr!r}


def update_no_grad(p):  # recommended: the update is not recorded by autograd
    with torch.no_grad():
        p -= lr * p.grad
    p.grad.zero_()


def update_data(p):  # older form: .data bypasses autograd (and its safety checks)
    p.data -= lr * p.grad
    p.grad.zero_()


def update_dynamic(p):  # the tutorial's "dynamic learning rate": the step becomes grad ** 3
    learning_rate = p.grad ** 2
    p.data -= learning_rate * p.grad
    p.grad.zero_()


optimizers = []


def update_optim_sgd(p):  # torch.optim.SGD wraps the same loop
    if not optimizers:
        optimizers.append(torch.optim.SGD([p], lr=lr))
    optimizers[0].step()
    optimizers[0].zero_grad()


paths = {{name: run(update) for name, update in [
    ("optim_sgd", update_optim_sgd), ("no_grad", update_no_grad),
    ("data", update_data), ("dynamic", update_dynamic),
]}}
print("no_grad == optim.SGD:", torch.equal(paths["no_grad"], paths["optim_sgd"]))
print(".data   == optim.SGD:", torch.equal(paths["data"], paths["optim_sgd"]))
print("dynamic ends at", paths["dynamic"][-1].tolist(), "after", len(paths["dynamic"]) - 1, "steps")
"""
