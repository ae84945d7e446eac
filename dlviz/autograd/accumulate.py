"""Gradient accumulation: backward N times, the ways to zero .grad, and backward twice on one graph."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.autograd.expression import Expression, evaluate_expression
from dlviz.budget import dry_run_bytes, within_budget
from dlviz.errors import value_errors

ZERO_MODES = ("none", "grad_zero", "optimizer_zero_grad")


@dataclass
class AccumulationRecord:
    """The .grad of every leaf after each backward call (None when zero_grad set it to None)."""

    call: int
    grads: dict[str, torch.Tensor | None]
    after_zero: dict[str, torch.Tensor | None]


@value_errors()
def backward_repeatedly(
    expression: Expression, variables: dict[str, torch.Tensor], repeats: int, zero_mode: str = "none"
) -> list[AccumulationRecord]:
    """Return .grad after each of `repeats` forward+backward calls, zeroing the way zero_mode says after each record.

    Refused above MAX_ACTION_BYTES: one pass (each frees the last) plus two copies of every gradient per call.
    """
    limits.MAX_BACKWARD_REPEATS.check(repeats)
    leaves = {name: value for name, value in variables.items() if value.requires_grad}
    records = 2 * repeats * sum(leaf.numel() * leaf.element_size() for leaf in leaves.values())
    one_pass = dry_run_bytes(_accumulate, expression, variables, 1, zero_mode)
    limits.check_action_bytes(one_pass + records, "limits.hint.expression")
    return _accumulate(expression, variables, repeats, zero_mode)


def _accumulate(
    expression: Expression, variables: dict[str, torch.Tensor], repeats: int, zero_mode: str
) -> list[AccumulationRecord]:
    """Run forward and backward `repeats` times, recording .grad before and after zeroing."""
    leaves = {name: value for name, value in variables.items() if value.requires_grad}
    optimizer = torch.optim.SGD(list(leaves.values()), lr=0.0) if leaves else None
    records = []
    for call in range(1, repeats + 1):
        output = evaluate_expression(expression, variables)
        output.backward(torch.ones_like(output))
        grads = {name: _copy(leaf.grad) for name, leaf in leaves.items()}
        if zero_mode == "grad_zero":
            for leaf in leaves.values():
                leaf.grad.zero_()
        elif zero_mode == "optimizer_zero_grad" and optimizer is not None:
            optimizer.zero_grad()
        records.append(
            AccumulationRecord(call, grads, {name: _copy(leaf.grad) for name, leaf in leaves.items()})
        )
    return records


def _copy(grad: torch.Tensor | None) -> torch.Tensor | None:
    """Return a copy of a gradient."""
    return None if grad is None else grad.detach().clone()


@dataclass
class TwiceOutcome:
    """What happened when backward ran twice on one graph."""

    error: str | None
    grads_after_first: dict[str, torch.Tensor]
    grads_after_second: dict[str, torch.Tensor]


@value_errors()
@within_budget("limits.hint.expression")
def backward_twice(
    expression: Expression, variables: dict[str, torch.Tensor], retain_graph: bool
) -> TwiceOutcome:
    """Return the real outcome of calling backward twice on one output (the error text when autograd refuses)."""
    leaves = {name: value for name, value in variables.items() if value.requires_grad}
    output = evaluate_expression(expression, variables)
    gradient = torch.ones_like(output)
    output.backward(gradient, retain_graph=retain_graph)
    first = {name: leaf.grad.detach().clone() for name, leaf in leaves.items() if leaf.grad is not None}
    error = None
    try:
        output.backward(gradient)
    except RuntimeError as exception:
        error = str(exception).strip()
    second = {name: leaf.grad.detach().clone() for name, leaf in leaves.items() if leaf.grad is not None}
    return TwiceOutcome(error, first, second)
