"""Evaluate an expression over its variables, run backward with the steps recorded, and trace the graph."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.autograd.expression import Expression, evaluate_expression, parse_expression
from dlviz.autograd.steps import BackwardStep, graph_with_flowing_grads, record_backward
from dlviz.autograd.trace import AutogradGraph, trace_autograd_graph
from dlviz.autograd.variables import VariableSpec, build_variables
from dlviz.budget import Deadline, allocated_bytes
from dlviz.errors import UserFacingError, value_errors

BUDGET_HINT = "limits.hint.expression"


@dataclass
class ExpressionRun:
    """Everything the page shows about one expression: value, graph, backward steps, leaf gradients.

    Intermediate tensors are not kept: the graph holds their small values, the steps the gradients shown.
    """

    expression: Expression
    specs: list[VariableSpec]
    variables: dict[str, torch.Tensor]
    output: torch.Tensor
    graph: AutogradGraph
    steps: list[BackwardStep]
    seeded_with_ones: bool

    @property
    def leaves(self) -> dict[str, torch.Tensor]:
        """Return the variables that require grad."""
        return {name: value for name, value in self.variables.items() if value.requires_grad}

    def gradients(self) -> dict[str, torch.Tensor | None]:
        """Return each grad-requiring variable's .grad after backward."""
        return {name: value.grad for name, value in self.leaves.items()}


@dataclass
class _Pass:
    """One forward pass with its named intermediates, and the backward steps when backward ran."""

    output: torch.Tensor
    intermediates: dict[str, torch.Tensor]
    gradient: torch.Tensor | None
    steps: list[BackwardStep]


def _forward_backward(expression: Expression, variables: dict[str, torch.Tensor], backward: bool) -> _Pass:
    """Evaluate the expression and record backward with ones_like for a non-scalar output, within the time budget."""
    deadline = Deadline()
    intermediates: dict[str, torch.Tensor] = {}
    output = evaluate_expression(expression, variables, intermediates, deadline)
    gradient = torch.ones_like(output) if output.numel() != 1 else None
    steps: list[BackwardStep] = []
    if backward and output.requires_grad:
        if not output.dtype.is_floating_point:
            raise UserFacingError("autograd.err.int_output")
        steps = record_backward(output, gradient, deadline)
    return _Pass(output, intermediates, gradient, steps)


def run_bytes(expression: Expression, specs: list[VariableSpec], backward: bool = True) -> int:
    """Return the bytes a run allocates (variables, every intermediate, backward, recorded steps), by a meta dry run."""

    def dry_run():
        _forward_backward(expression, build_variables(specs, 0, device="meta"), backward)

    return allocated_bytes(dry_run)


@value_errors()
def run_expression(source: str, specs: list[VariableSpec], seed: int, backward: bool = True) -> ExpressionRun:
    """Return the expression's run; a non-scalar output is back-propagated with torch.ones_like(output).

    The same computation first runs on the meta device, and the run is refused above MAX_ACTION_BYTES.
    """
    expression = parse_expression(source)
    declared = {spec.name for spec in specs}
    for name in expression.names:
        if name not in declared:
            raise UserFacingError("autograd.err.unknown_name", name=name)
    used = [spec for spec in specs if spec.name in expression.names]
    limits.check_action_bytes(run_bytes(expression, used, backward), BUDGET_HINT)
    variables = build_variables(used, seed)
    computed = _forward_backward(expression, variables, backward)
    output = computed.output
    names = {
        **{text: value for text, value in computed.intermediates.items() if value.grad_fn is not None},
        **variables,
    }
    graph = trace_autograd_graph(output, names)
    if computed.steps:
        root_grad = computed.gradient if computed.gradient is not None else torch.ones_like(output)
        graph = graph_with_flowing_grads(graph, computed.steps, root_grad)
    return ExpressionRun(expression, used, variables, output, graph, computed.steps, output.numel() != 1)
