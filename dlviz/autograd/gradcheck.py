"""Check autograd's gradients: torch.autograd.grad, central finite differences, torch.autograd.gradcheck."""

from __future__ import annotations

import time
from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.autograd.expression import Expression, evaluate_expression
from dlviz.budget import dry_run_bytes, on_meta, within_budget
from dlviz.errors import clean_message, value_errors

FINITE_DIFF_STEP = 1e-6
BUDGET_HINT = "limits.hint.expression"


@dataclass
class LeafCheck:
    """Autograd's gradient of one leaf beside a finite-difference estimate on some of its entries."""

    name: str
    entries: list[tuple[int, ...]]
    autograd: list[float]
    finite_difference: list[float]
    total_entries: int

    @property
    def max_abs_difference(self) -> float:
        """Return the largest |autograd - finite difference| over the checked entries."""
        return max(
            (abs(a - f) for a, f in zip(self.autograd, self.finite_difference, strict=True)), default=0.0
        )

    @property
    def max_relative_difference(self) -> float:
        """Return the largest |autograd - finite difference| / max(1, |autograd|) over the checked entries."""
        pairs = zip(self.autograd, self.finite_difference, strict=True)
        return max((abs(a - f) / max(1.0, abs(a)) for a, f in pairs), default=0.0)


def as_double(variables: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Return float64 leaf copies of the variables (integer ones stay as they are)."""
    return {
        name: value.detach().double().requires_grad_(value.requires_grad)
        if value.dtype.is_floating_point
        else value.detach()
        for name, value in variables.items()
    }


def scalar_of(expression: Expression, variables: dict[str, torch.Tensor]) -> torch.Tensor:
    """Return the expression's output summed to a scalar (what backward with ones_like differentiates)."""
    return evaluate_expression(expression, variables).sum()


@value_errors()
@within_budget(BUDGET_HINT)
def autograd_gradients(expression: Expression, variables: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Return torch.autograd.grad of the summed output with respect to each grad-requiring variable."""
    return _gradients(expression, variables)


def _gradients(expression: Expression, variables: dict[str, torch.Tensor]) -> dict[str, torch.Tensor]:
    """Return the gradients of autograd_gradients, without the budget check."""
    leaves = {name: value for name, value in variables.items() if value.requires_grad}
    if not leaves:
        return {}
    output = scalar_of(expression, variables)
    grads = torch.autograd.grad(output, list(leaves.values()), allow_unused=True)
    return {
        name: grad if grad is not None else torch.zeros_like(value)
        for (name, value), grad in zip(leaves.items(), grads, strict=True)
    }


@value_errors()
def check_leaves(
    expression: Expression, variables: dict[str, torch.Tensor], seed: int = 0, time_budget: float = 0.5
) -> list[LeafCheck]:
    """Return, for every leaf, autograd's gradient and a central finite difference (float64).

    Each leaf is checked on up to MAX_FINITE_DIFF_ENTRIES entries, fewer when one forward pass is so slow that
    the checks would take longer than time_budget seconds (at least one entry per leaf). Refused above
    MAX_ACTION_BYTES: the float64 copies and one gradient pass (each finite-difference pass frees the last).
    """
    needed = dry_run_bytes(lambda values: _gradients(expression, as_double(values)), variables)
    limits.check_action_bytes(needed, BUDGET_HINT)
    double = as_double(variables)
    gradients = _gradients(expression, double)
    generator = torch.Generator().manual_seed(seed)
    start = time.perf_counter()
    with torch.no_grad():
        scalar_of(expression, double)
    forward_seconds = time.perf_counter() - start
    affordable = int(time_budget / max(2 * forward_seconds * max(len(gradients), 1), 1e-9))
    cap = max(1, min(limits.MAX_FINITE_DIFF_ENTRIES.value, affordable))
    checks = []
    for name, gradient in gradients.items():
        leaf = double[name]
        count = leaf.numel()
        picked = (
            range(count) if count <= cap else torch.randperm(count, generator=generator)[:cap].sort().values
        )
        entries = [_unravel(int(flat), tuple(leaf.shape)) for flat in picked]
        estimates = [_central_difference(expression, double, name, entry) for entry in entries]
        values = [float(gradient[entry]) for entry in entries]
        checks.append(LeafCheck(name, entries, values, estimates, count))
    return checks


def _unravel(flat: int, shape: tuple[int, ...]) -> tuple[int, ...]:
    """Return the index tuple of a flat (row-major) position."""
    index = []
    for size in reversed(shape):
        flat, position = divmod(flat, size)
        index.append(position)
    return tuple(reversed(index))


def _central_difference(expression: Expression, variables: dict, name: str, entry: tuple[int, ...]) -> float:
    """Return (f(x + h) - f(x - h)) / 2h for one entry of one variable."""
    with torch.no_grad():
        shifted = dict(variables)
        results = []
        for sign in (1, -1):
            value = variables[name].detach().clone()
            value[entry] += sign * FINITE_DIFF_STEP
            shifted[name] = value
            results.append(float(scalar_of(expression, shifted)))
    return (results[0] - results[1]) / (2 * FINITE_DIFF_STEP)


@value_errors()
def run_gradcheck(expression: Expression, variables: dict[str, torch.Tensor]) -> bool | str:
    """Return True when torch.autograd.gradcheck passes on float64 copies, else its error's first line."""
    double = as_double(variables)
    names = [name for name, value in double.items() if value.requires_grad]
    if not names:
        return "no inputs require grad"
    inputs = sum(double[name].numel() for name in names)
    limits.MAX_FINITE_DIFF_ENTRIES.check(inputs)
    needed = dry_run_bytes(_gradients, expression, double)
    outputs = evaluate_expression(expression, on_meta(double)).numel()
    # gradcheck builds the numerical and the analytical Jacobian (inputs x outputs, float64) unless in fast mode,
    # which checks one random projection instead: used for big outputs, whose full check would take too long.
    fast = outputs > limits.MAX_FINITE_DIFF_ENTRIES.value
    jacobians = 0 if fast else 2 * 8 * inputs * outputs
    limits.check_action_bytes(needed + jacobians, BUDGET_HINT)

    def function(*leaves):
        return evaluate_expression(expression, {**double, **dict(zip(names, leaves, strict=True))})

    try:
        return torch.autograd.gradcheck(function, tuple(double[name] for name in names), fast_mode=fast)
    except RuntimeError as error:
        return clean_message(str(error).strip().splitlines()[0], 300)
