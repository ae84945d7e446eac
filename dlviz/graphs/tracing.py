"""Section 3: torch.jit.trace records only the branch taken while tracing."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from dlviz.graphs.jit_support import call_catching_warnings
from dlviz.graphs.script_graph import collect_script_graph
from dlviz.graphs.scripting import CompiledFunction, graph_text, seed_data
from dlviz.graphs.seed_functions import LOSS_SWITCH, model


def trace_model(prev_loss_at_trace: float) -> CompiledFunction:
    """Return the tutorial's model traced with this prev_loss, and the warnings tracing raised."""
    data = seed_data(0)
    inputs = tuple(data[name].detach() for name in ("x", "y", "w1", "w2a", "w2b"))
    example = (*inputs, torch.tensor(prev_loss_at_trace))
    traced, caught = call_catching_warnings(lambda: torch.jit.trace(model, example))
    return CompiledFunction(
        traced, traced.code, graph_text(traced.graph), collect_script_graph(traced.graph), caught
    )


@dataclass(frozen=True)
class TraceComparison:
    """Eager and traced losses for one prev_loss, and the branch each used."""

    prev_loss: float
    eager_loss: float
    traced_loss: float
    eager_branch: str
    traced_branch: str

    @property
    def agree(self) -> bool:
        """Return whether the traced function gives the eager answer."""
        return self.eager_branch == self.traced_branch


def branch_for(prev_loss: float) -> str:
    """Return the weight the tutorial's model picks for a prev_loss."""
    return "w2a" if prev_loss < LOSS_SWITCH else "w2b"


def compare_traced(traced, prev_loss_at_trace: float, prev_loss: float, seed: int) -> TraceComparison:
    """Return the eager and traced losses of the tutorial's model for prev_loss on seeded data."""
    data = {name: tensor.detach() for name, tensor in seed_data(seed).items()}
    args = (data["x"], data["y"], data["w1"], data["w2a"], data["w2b"])
    with torch.no_grad():
        eager = model(*args, prev_loss)
        traced_loss = traced(*args, torch.tensor(prev_loss))
    return TraceComparison(
        prev_loss, float(eager), float(traced_loss), branch_for(prev_loss), branch_for(prev_loss_at_trace)
    )
