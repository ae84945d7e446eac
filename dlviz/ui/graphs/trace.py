"""Section 3 of the graphs lab: torch.jit.trace keeps only the branch taken while tracing."""

from __future__ import annotations

import streamlit as st

from dlviz.graphs.code import trace_code
from dlviz.graphs.tracing import branch_for, compare_traced
from dlviz.ui.code_panel import code_panel
from dlviz.ui.graphs.cache import traced_seed_model
from dlviz.ui.graphs.common import require_torchscript, show_caught_warnings
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed


def render_trace_section() -> None:
    """Draw the trace-time and call-time prev_loss sliders, the traced code, and eager vs traced losses."""
    st.markdown(tr("graphs.trace.intro"))
    if not require_torchscript():
        return
    left, right = st.columns(2)
    at_trace = left.slider(tr("graphs.trace.at_trace"), 0.0, 10.0, 3.0, 0.5, key="graphs_trace_at")
    at_call = right.slider(tr("graphs.trace.at_call"), 0.0, 10.0, 7.0, 0.5, key="graphs_trace_call")
    with st.spinner(tr("graphs.trace.working")):
        traced = traced_seed_model(branch_for(at_trace), at_trace)
    show_caught_warnings(traced.warnings)
    st.markdown(tr("graphs.trace.recorded", value=f"{at_trace:g}", branch=branch_for(at_trace)))
    comparison = compare_traced(traced.function, at_trace, at_call, current_seed())
    columns = st.columns(3)
    columns[0].metric(
        tr("graphs.trace.eager_loss", branch=comparison.eager_branch), f"{comparison.eager_loss:.4f}"
    )
    columns[1].metric(
        tr("graphs.trace.traced_loss", branch=comparison.traced_branch), f"{comparison.traced_loss:.4f}"
    )
    columns[2].metric(tr("graphs.trace.if_count"), traced.count("prim::If"))
    if comparison.agree:
        st.success(tr("graphs.trace.agree", branch=comparison.eager_branch), icon="✅")
    else:
        st.error(
            tr("graphs.trace.wrong", eager=comparison.eager_branch, traced=comparison.traced_branch),
            icon="❌",
        )
    code_col, graph_col = st.columns(2)
    with code_col:
        st.markdown(tr("graphs.trace.code_title"))
        st.code(traced.code, language="python")
        st.markdown(tr("graphs.trace.graph_title"))
        st.code(traced.graph_text, language=None)
    with graph_col:
        st.markdown(tr("graphs.trace.drawn_title"))
        st.graphviz_chart(traced.dot)
    code_panel(trace_code(current_seed(), at_trace, at_call))
