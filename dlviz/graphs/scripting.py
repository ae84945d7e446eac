"""Section 2: the tutorial's two-layer model under torch.jit.script — one static graph holding both branches."""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from pathlib import Path

import torch

from dlviz import limits
from dlviz.graphs.jit_support import CaughtWarning, call_catching_warnings
from dlviz.graphs.script_graph import ScriptGraph, collect_script_graph, count_kind, script_graph_dot
from dlviz.graphs.seed_functions import LOSS_SWITCH

SIZES = {"N": 8, "D_in": 4, "H": 16, "D_out": 2}
INIT_SCALE = 0.3
WEIGHT_NAMES = ("w1", "w2a", "w2b")
SOURCE_FOLDER = str(Path(__file__).parent) + os.sep


@dataclass
class CompiledFunction:
    """A compiled function with its TorchScript code, graph text, drawable graph and compile warnings."""

    function: object
    code: str
    graph_text: str
    graph: ScriptGraph
    warnings: list[CaughtWarning] = field(default_factory=list)

    def count(self, kind: str) -> int:
        """Return how many nodes of a kind the compiled graph holds."""
        return count_kind(self.function.graph.nodes(), kind)

    @property
    def dot(self) -> str:
        """Return DOT source of the graph with control flow highlighted."""
        return script_graph_dot(self.graph)


def graph_text(graph) -> str:
    """Return a TorchScript graph's text, its source comments naming files relative to dlviz/graphs."""
    return str(graph).replace(SOURCE_FOLDER, "")


def script_function(fn) -> CompiledFunction:
    """Return fn compiled by torch.jit.script, with the warnings that compiling raised."""
    scripted, caught = call_catching_warnings(lambda: torch.jit.script(fn))
    return CompiledFunction(
        scripted, scripted.code, graph_text(scripted.graph), collect_script_graph(scripted.graph), caught
    )


def seed_data(seed: int) -> dict[str, torch.Tensor]:
    """Return x, y and the weights w1, w2a, w2b (leaves requiring grad), drawn from a seeded generator."""
    generator = torch.Generator().manual_seed(seed)
    n, d_in, hidden, d_out = SIZES["N"], SIZES["D_in"], SIZES["H"], SIZES["D_out"]
    x = torch.randn(n, d_in, generator=generator)
    y = torch.randn(n, d_out, generator=generator)
    w1 = (torch.randn(d_in, hidden, generator=generator) * INIT_SCALE).requires_grad_()
    w2a = (torch.randn(hidden, d_out, generator=generator) * INIT_SCALE).requires_grad_()
    w2b = (torch.randn(hidden, d_out, generator=generator) * INIT_SCALE).requires_grad_()
    return {"x": x, "y": y, "w1": w1, "w2a": w2a, "w2b": w2b}


@dataclass(frozen=True)
class IterationRecord:
    """One training iteration: the prev_loss fed in, the branch it selects, the loss, and grad norms."""

    step: int
    prev_loss: float
    branch: str
    loss: float
    grad_norms: dict[str, float | None]


def train_scripted_model(
    scripted, seed: int, steps: int, lr: float, start_prev_loss: float = LOSS_SWITCH
) -> list[IterationRecord]:
    """Run the tutorial's training loop (corrected: update only weights that got a gradient); return each step."""
    limits.MAX_GRAPHS_TRAIN_STEPS.check(steps)
    data = seed_data(seed)
    weights = [data[name] for name in WEIGHT_NAMES]
    prev_loss, records = start_prev_loss, []
    for step in range(1, steps + 1):
        loss = scripted(data["x"], data["y"], *weights, prev_loss)
        loss.backward()
        grads = {name: _norm(w.grad) for name, w in zip(WEIGHT_NAMES, weights, strict=True)}
        branch = "w2a" if prev_loss < LOSS_SWITCH else "w2b"
        records.append(IterationRecord(step, prev_loss, branch, loss.item(), grads))
        prev_loss = loss.item()
        if not math.isfinite(prev_loss):
            break
        with torch.no_grad():
            for weight in weights:
                if weight.grad is not None:
                    weight -= lr * weight.grad
                    weight.grad = None
    return records


def _norm(grad: torch.Tensor | None) -> float | None:
    """Return a gradient's norm, or None when the weight received no gradient."""
    return None if grad is None else float(grad.norm())


def seed_loop_error(scripted, seed: int, lr: float) -> str:
    """Return the error the tutorial's own update raises on its first iteration (grad of the unused weight is None)."""
    data = seed_data(seed)
    loss = scripted(data["x"], data["y"], data["w1"], data["w2a"], data["w2b"], LOSS_SWITCH)
    loss.backward()
    try:
        with torch.no_grad():
            data["w1"] -= lr * data["w1"].grad
            data["w2a"] -= lr * data["w2a"].grad
            data["w2b"] -= lr * data["w2b"].grad
    except TypeError as error:
        return f"TypeError: {error}"
    return ""


def unannotated_call_error(scripted_as_written, seed: int) -> str:
    """Return the error the tutorial's unannotated scripted model raises when given prev_loss = 5.0 (a float)."""
    data = seed_data(seed)
    try:
        scripted_as_written(data["x"], data["y"], data["w1"], data["w2a"], data["w2b"], LOSS_SWITCH)
    except RuntimeError as error:
        return f"RuntimeError: {str(error).strip().splitlines()[0]}"
    return ""
