"""Turning gradient tracking off: no_grad, detach, requires_grad_(False), and .data vs no_grad updates."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz.autograd.expression import Expression, evaluate_expression
from dlviz.autograd.trace import AutogradGraph, trace_autograd_graph
from dlviz.budget import check_dry_run
from dlviz.errors import value_errors

TRACKING_MODES = ("tracked", "no_grad", "detach", "requires_grad_false")


@dataclass
class TrackingOutcome:
    """The output of the expression under one way of (not) tracking, with its graph."""

    mode: str
    requires_grad: bool
    grad_fn: str | None
    graph: AutogradGraph
    shares_storage: bool


@value_errors()
def evaluate_with_tracking(
    expression: Expression, variables: dict[str, torch.Tensor], mode: str
) -> TrackingOutcome:
    """Return the expression's output when evaluated with tracking on, under no_grad, on detached or on un-flagged leaves.

    Refused above MAX_ACTION_BYTES, measured by a dry run of the same evaluation on the meta device.
    """
    check_dry_run("limits.hint.expression", _evaluate, expression, variables, mode)
    inputs, output, shares_storage = _evaluate(expression, variables, mode)
    grad_fn = output.grad_fn.name() if output.grad_fn is not None else None
    graph = trace_autograd_graph(output, inputs)
    return TrackingOutcome(mode, output.requires_grad, grad_fn, graph, shares_storage)


def _evaluate(expression: Expression, variables: dict[str, torch.Tensor], mode: str):
    """Return the inputs used, the output, and whether the inputs share the variables' storage."""
    inputs = dict(variables)
    shares_storage = True
    if mode == "detach":
        inputs = {name: value.detach() for name, value in variables.items()}
        shares_storage = all(
            inputs[name].data_ptr() == value.data_ptr() for name, value in variables.items() if value.numel()
        )
    elif mode == "requires_grad_false":
        inputs = {name: value.detach().clone().requires_grad_(False) for name, value in variables.items()}
        shares_storage = False
    if mode == "no_grad":
        with torch.no_grad():
            output = evaluate_expression(expression, inputs)
    else:
        output = evaluate_expression(expression, inputs)
    return inputs, output, shares_storage


@dataclass
class UpdateComparison:
    """One SGD step on the tutorial's w1, w2, w3 chain done three ways."""

    before: list[float]
    with_data: list[float]
    with_no_grad: list[float]
    in_place_error: str


def chain_parameters() -> list[torch.Tensor]:
    """Return fresh w1, w2, w3 = 3, 4, 5 of seed 003."""
    return [torch.tensor([value], requires_grad=True) for value in (3.0, 4.0, 5.0)]


def chain_loss(params: list[torch.Tensor], x1: float = 2.0, target: float = 1.0) -> torch.Tensor:
    """Return (w3 * relu(w2 * (w1 * x1)) - target) ** 2, the corrected chain of seed 003."""
    w1, w2, w3 = params
    return (w3 * torch.relu(w2 * (w1 * torch.tensor([x1]))) - torch.tensor([target])) ** 2


def compare_updates(learning_rate: float = 0.01) -> UpdateComparison:
    """Return the parameters after one step via .data, via no_grad, and the real error of an unguarded in-place step."""
    results = []
    for way in ("data", "no_grad"):
        params = chain_parameters()
        chain_loss(params).backward()
        if way == "data":
            for p in params:
                p.data -= learning_rate * p.grad
        else:
            with torch.no_grad():
                for p in params:
                    p -= learning_rate * p.grad
        results.append([p.item() for p in params])
    params = chain_parameters()
    chain_loss(params).backward()
    try:
        params[0] -= learning_rate * params[0].grad
        error = ""
    except RuntimeError as exception:
        error = str(exception).strip()
    return UpdateComparison([3.0, 4.0, 5.0], results[0], results[1], error)


@dataclass
class HiddenModification:
    """The docs' example: zeroing sigmoid's output through .data vs through .detach()."""

    grad_via_data: list[float]
    error_via_detach: str
    true_grad: list[float]


def hidden_modification(values: list[float]) -> HiddenModification:
    """Return the silently wrong gradient after out.data.zero_() and the real error after out.detach().zero_()."""
    a = torch.tensor(values, requires_grad=True)
    true_grad = torch.autograd.grad(torch.sigmoid(a).sum(), a)[0].tolist()
    out = a.sigmoid()
    out.data.zero_()
    out.sum().backward()
    wrong = a.grad.tolist()
    b = torch.tensor(values, requires_grad=True)
    out = b.sigmoid()
    out.detach().zero_()
    try:
        out.sum().backward()
        error = ""
    except RuntimeError as exception:
        error = str(exception).strip()
    return HiddenModification(wrong, error, true_grad)
