"""Evaluate an expression over its variables, run backward with the steps recorded, and trace the graph."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz.autograd.expression import Expression, evaluate_expression, parse_expression
from dlviz.autograd.steps import BackwardStep, graph_with_flowing_grads, record_backward
from dlviz.autograd.trace import AutogradGraph, trace_autograd_graph
from dlviz.autograd.variables import VariableSpec, build_variables
from dlviz.errors import UserFacingError


@dataclass
class ExpressionRun:
    """Everything the page shows about one expression: value, graph, backward steps, leaf gradients."""

    expression: Expression
    specs: list[VariableSpec]
    variables: dict[str, torch.Tensor]
    output: torch.Tensor
    intermediates: dict[str, torch.Tensor]
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


def run_expression(source: str, specs: list[VariableSpec], seed: int, backward: bool = True) -> ExpressionRun:
    """Return the expression's run; a non-scalar output is back-propagated with torch.ones_like(output)."""
    expression = parse_expression(source)
    declared = {spec.name for spec in specs}
    for name in expression.names:
        if name not in declared:
            raise UserFacingError("autograd.err.unknown_name", name=name)
    used = [spec for spec in specs if spec.name in expression.names]
    variables = build_variables(used, seed)
    intermediates: dict[str, torch.Tensor] = {}
    output = evaluate_expression(expression, variables, intermediates)
    steps: list[BackwardStep] = []
    seeded_with_ones = output.numel() != 1
    names = {
        **{text: value for text, value in intermediates.items() if value.grad_fn is not None},
        **variables,
    }
    if backward and output.requires_grad:
        if not output.dtype.is_floating_point:
            raise UserFacingError("autograd.err.int_output")
        gradient = torch.ones_like(output) if seeded_with_ones else None
        steps = record_backward(output, gradient)
        root_grad = gradient if gradient is not None else torch.ones_like(output)
        graph = graph_with_flowing_grads(trace_autograd_graph(output, names), steps, root_grad)
    else:
        graph = trace_autograd_graph(output, names)
    return ExpressionRun(expression, used, variables, output, intermediates, graph, steps, seeded_with_ones)
