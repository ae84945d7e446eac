"""Per-session memo of the Autograd Lab's expression run, so moving a slider does not recompute the graph."""

from __future__ import annotations

import streamlit as st

from dlviz.autograd.run import ExpressionRun, run_expression
from dlviz.autograd.variables import VariableSpec

RUN_KEY = "autograd_run_memo"


def session_run(source: str, specs: list[VariableSpec], seed: int) -> ExpressionRun:
    """Return the run of this expression, reused from this session while its inputs are unchanged."""
    key = (source, tuple(specs), seed)
    memo = st.session_state.get(RUN_KEY)
    if memo is None or memo[0] != key:
        memo = (key, run_expression(source, specs, seed))
        st.session_state[RUN_KEY] = memo
    return memo[1]


def session_memo(name: str, key: tuple, compute):
    """Return compute() for this key, reused from this session while the key is unchanged."""
    memo = st.session_state.get(f"autograd_memo_{name}")
    if memo is None or memo[0] != key:
        memo = (key, compute())
        st.session_state[f"autograd_memo_{name}"] = memo
    return memo[1]
