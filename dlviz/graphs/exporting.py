"""Section 4: the current tools — torch.fx.symbolic_trace and torch.export on the tutorial's data-dependent if."""

from __future__ import annotations

from dataclasses import dataclass

import torch
import torch.fx

from dlviz.graphs.jit_support import CaughtWarning, call_catching_warnings
from dlviz.graphs.seed_functions import CondDynamicModel, SeedDynamicModel, dynamic_model

EXAMPLE_INPUT = (1.0, 2.0, 3.0)
COND_OP = "torch.ops.higher_order.cond"


@dataclass(frozen=True)
class ToolFailure:
    """The real error a tool raised: its type, first line and full text."""

    error_type: str
    headline: str
    full_text: str


def _failure(error: Exception) -> ToolFailure:
    """Return the type, first non-empty line and full text of an error."""
    text = str(error).strip()
    headline = next((line for line in text.splitlines() if line.strip()), "")
    return ToolFailure(type(error).__name__, headline, text)


def fx_trace_failure(threshold: float) -> ToolFailure | None:
    """Return the error torch.fx.symbolic_trace raises on dynamic_model (None if it traced)."""
    try:
        torch.fx.symbolic_trace(dynamic_model, concrete_args={"threshold": threshold})
    except Exception as error:
        return _failure(error)
    return None


def export_plain_if_failure(threshold: float) -> ToolFailure | None:
    """Return the error torch.export raises on the plain Python if (None if it exported)."""
    try:
        torch.export.export(SeedDynamicModel(threshold), (torch.tensor(EXAMPLE_INPUT),))
    except Exception as error:
        return _failure(error)
    return None


@dataclass
class ExportedCond:
    """The torch.cond version exported: the program, its graph code and the warnings raised."""

    program: torch.export.ExportedProgram
    program_text: str
    graph_code: str
    warnings: list[CaughtWarning]

    @property
    def has_cond(self) -> bool:
        """Return whether the exported graph holds a torch.cond node."""
        return COND_OP in self.graph_code

    def run(self, x_values: list[float]) -> list[float]:
        """Return the exported program's output for x."""
        return self.program.module()(torch.tensor(x_values, dtype=torch.float32)).tolist()


def export_cond(threshold: float) -> ExportedCond:
    """Return dynamic_model rewritten with torch.cond and exported by torch.export."""
    program, caught = call_catching_warnings(
        lambda: torch.export.export(CondDynamicModel(threshold), (torch.tensor(EXAMPLE_INPUT),))
    )
    return ExportedCond(program, str(program), program.graph_module.code.strip(), caught)


def compare_with_eager(exported: ExportedCond, inputs: list[list[float]], threshold: float) -> list[tuple]:
    """Return (x, eager dynamic_model(x), exported program(x)) for each input."""
    return [(x, dynamic_model(torch.tensor(x), threshold).tolist(), exported.run(x)) for x in inputs]
