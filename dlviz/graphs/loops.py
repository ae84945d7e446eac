"""Section 5: a data-dependent loop, unrolled by eager autograd, kept as one prim::Loop by TorchScript."""

from __future__ import annotations

import math
from dataclasses import dataclass

import torch

from dlviz import limits
from dlviz.autograd.trace import AutogradGraph, autograd_graph_dot, trace_autograd_graph
from dlviz.errors import UserFacingError
from dlviz.graphs.seed_functions import double_while_small

LOOP_BASE = (1.0, 2.0, 2.0)


@dataclass
class EagerLoopRun:
    """The eager loop: how many times the body ran, the result, x's gradient and the recorded graph."""

    x: list[float]
    k: float
    steps: int
    y: list[float]
    grad: list[float]
    graph: AutogradGraph
    dot: str

    @property
    def node_count(self) -> int:
        """Return the number of nodes autograd recorded (output included)."""
        return len(self.graph.nodes)


def loop_input(scale: float) -> torch.Tensor:
    """Return the loop's input: scale * (1, 2, 2), whose norm is 3 * scale."""
    return torch.tensor(LOOP_BASE) * scale


def expected_steps(norm: float, k: float) -> int:
    """Return how many doublings take a norm to at least k."""
    if norm <= 0:
        raise UserFacingError("graphs.err.zero_norm")
    return 0 if norm >= k else math.ceil(math.log2(k / norm))


def run_eager_loop(scale: float, k: float) -> EagerLoopRun:
    """Run double_while_small eagerly and collect the autograd graph its iterations recorded."""
    limits.MAX_GRAPHS_INPUT_ABS.check(max(abs(scale), abs(k)))
    x = loop_input(scale).requires_grad_(True)
    steps = expected_steps(float(x.detach().norm()), k)
    limits.MAX_LOOP_ITERATIONS.check(steps)
    y = double_while_small(x, k)
    y.backward(torch.ones_like(y))
    graph = trace_autograd_graph(y, {"x": x, "y": y})
    return EagerLoopRun(
        x=x.detach().tolist(),
        k=k,
        steps=sum(node.op == "MulBackward0" for node in graph.nodes),
        y=y.detach().tolist(),
        grad=x.grad.tolist(),
        graph=graph,
        dot=autograd_graph_dot(graph, rankdir="TB"),
    )
