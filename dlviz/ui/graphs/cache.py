"""Compiled artifacts of the graphs lab, cached per torch version: compiled once per server, never per rerun.

Only pure, stateless compiled functions and texts are cached here (no trainable state is shared).
"""

from __future__ import annotations

import streamlit as st
import torch

from dlviz.graphs import exporting, scripting, seed_functions, timing, tracing

TORCH_VERSION = torch.__version__


@st.cache_resource(show_spinner=False)
def scripted_seed_model(torch_version: str = TORCH_VERSION) -> scripting.CompiledFunction:
    """Return the tutorial's model (prev_loss: float) compiled by torch.jit.script."""
    return scripting.script_function(seed_functions.model)


@st.cache_resource(show_spinner=False)
def scripted_model_as_written(torch_version: str = TORCH_VERSION) -> scripting.CompiledFunction:
    """Return the tutorial's model exactly as written (prev_loss unannotated) compiled by torch.jit.script."""
    return scripting.script_function(seed_functions.model_as_written)


@st.cache_resource(show_spinner=False)
def scripted_loop(torch_version: str = TORCH_VERSION) -> scripting.CompiledFunction:
    """Return the data-dependent loop compiled by torch.jit.script."""
    return scripting.script_function(seed_functions.double_while_small)


@st.cache_resource(show_spinner=False)
def traced_seed_model(branch: str, _prev_loss_at_trace: float, torch_version: str = TORCH_VERSION):
    """Return the tutorial's model traced on the given branch (the recorded graph depends only on the branch)."""
    return tracing.trace_model(_prev_loss_at_trace)


@st.cache_resource(show_spinner=False)
def export_results(threshold: float, torch_version: str = TORCH_VERSION):
    """Return the torch.fx failure, the torch.export failure on the plain if, and the torch.cond export."""
    return (
        exporting.fx_trace_failure(threshold),
        exporting.export_plain_if_failure(threshold),
        exporting.export_cond(threshold),
    )


@st.cache_data(show_spinner=False)
def timing_runs() -> list[dict]:
    """Return the measured timing runs shipped with the app."""
    return timing.load_timing_runs()
