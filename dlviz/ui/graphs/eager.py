"""Section 1 of the graphs lab: the tutorial's dynamic_model, its live autograd graph and gradient."""

from __future__ import annotations

import streamlit as st

from dlviz.graphs.code import eager_code
from dlviz.graphs.eager import run_dynamic_model
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr


def render_eager_section() -> None:
    """Draw the x and threshold sliders, the branch taken, the autograd graph and x.grad."""
    st.markdown(tr("graphs.eager.intro"))
    columns = st.columns(4)
    defaults = (1.0, 2.0, 3.0)
    x_values = [
        columns[i].slider(f"x[{i}]", -5.0, 5.0, defaults[i], 0.5, key=f"graphs_eager_x{i}") for i in range(3)
    ]
    threshold = columns[3].slider(
        tr("graphs.eager.threshold"), -10.0, 10.0, 5.0, 0.5, key="graphs_eager_threshold"
    )
    run = run_dynamic_model(x_values, threshold)
    branch = "x * 2" if run.doubled else "x / 2"
    st.markdown(
        tr(
            "graphs.eager.result",
            total=f"{run.total:g}",
            cmp=">" if run.doubled else "≤",
            threshold=f"{threshold:g}",
            branch=branch,
        )
    )
    left, right = st.columns([3, 2])
    with left:
        st.graphviz_chart(run.dot)
        st.caption(tr("graphs.eager.graph_caption", ops=", ".join(run.op_names)))
    with right:
        st.metric(tr("graphs.eager.branch"), branch)
        st.metric("y", _vector(run.y))
        st.metric("x.grad", _vector(run.grad))
    st.info(tr("graphs.eager.note"), icon="💡")
    code_panel(eager_code(x_values, threshold))


def _vector(values: list[float]) -> str:
    """Return a short text of a vector's values."""
    return "[" + ", ".join(f"{v:g}" for v in values) + "]"
