"""Section 1: the tutorial's dynamic_model run eagerly; the autograd graph follows the branch taken."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.autograd.trace import AutogradGraph, autograd_graph_dot, trace_autograd_graph
from dlviz.graphs.seed_functions import dynamic_model


@dataclass
class EagerRun:
    """One eager call of dynamic_model: the branch taken, output, gradient and autograd graph."""

    x: list[float]
    threshold: float
    total: float
    doubled: bool
    y: list[float]
    grad: list[float]
    graph: AutogradGraph
    dot: str

    @property
    def op_names(self) -> list[str]:
        """Return the backward functions recorded in the graph."""
        return [node.op for node in self.graph.nodes if node.kind == "op"]


def run_dynamic_model(x_values: list[float], threshold: float) -> EagerRun:
    """Call dynamic_model eagerly, backpropagate ones and collect the recorded autograd graph."""
    limits.MAX_GRAPHS_INPUT_ABS.check(max(abs(v) for v in [*x_values, threshold]))
    x = torch.tensor(x_values, dtype=torch.float32, requires_grad=True)
    y = dynamic_model(x, threshold)
    y.backward(torch.ones_like(x))
    graph = trace_autograd_graph(y, {"x": x, "y": y})
    return EagerRun(
        x=x.detach().tolist(),
        threshold=threshold,
        total=float(x.detach().sum()),
        doubled=bool(x.detach().sum() > threshold),
        y=y.detach().tolist(),
        grad=x.grad.tolist(),
        graph=graph,
        dot=autograd_graph_dot(graph, rankdir="TB"),
    )
