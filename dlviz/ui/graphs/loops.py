"""Section 5 of the graphs lab: a data-dependent loop, unrolled by autograd, one prim::Loop in TorchScript."""

from __future__ import annotations

import streamlit as st

from dlviz.graphs.code import loop_code
from dlviz.graphs.jit_support import torchscript_available
from dlviz.graphs.loops import run_eager_loop
from dlviz.ui.code_panel import code_panel
from dlviz.ui.errors import user_errors
from dlviz.ui.graphs.cache import scripted_loop
from dlviz.ui.graphs.common import require_torchscript
from dlviz.ui.i18n import tr

SCALES = (0.001, 0.01, 0.05, 0.1, 0.5, 1.0)


def render_loop_section() -> None:
    """Draw the scale and k sliders, the eager graph whose size follows the data, and the scripted loop."""
    st.markdown(tr("graphs.loop.intro"))
    left, right = st.columns(2)
    scale = left.select_slider(tr("graphs.loop.scale"), SCALES, 0.1, key="graphs_loop_scale")
    k = right.slider(tr("graphs.loop.k"), 1.0, 1000.0, 10.0, 1.0, key="graphs_loop_k")
    with user_errors():
        run = run_eager_loop(scale, k)
        loop_count = _scripted_loop_count()
        columns = st.columns(3 if loop_count is None else 4)
        columns[0].metric(tr("graphs.loop.steps"), run.steps)
        columns[1].metric(tr("graphs.loop.nodes"), run.node_count)
        columns[2].metric("x.grad[0]", f"{run.grad[0]:g}")
        if loop_count is not None:
            columns[3].metric(tr("graphs.loop.loop_count"), loop_count)
        st.markdown(
            tr(
                "graphs.loop.result",
                norm=f"{3 * scale:g}",
                k=f"{k:g}",
                steps=run.steps,
                grad=f"{run.grad[0]:g}",
            )
        )
        eager_col, script_col = st.columns(2)
        with eager_col:
            st.markdown(tr("graphs.loop.eager_title"))
            st.graphviz_chart(run.dot)
        with script_col:
            st.markdown(tr("graphs.loop.script_title"))
            if require_torchscript():
                compiled = scripted_loop()
                st.graphviz_chart(compiled.dot)
                st.code(compiled.graph_text, language=None)
        code_panel(loop_code(scale, k))


def _scripted_loop_count() -> int | None:
    """Return the number of prim::Loop nodes in the scripted loop (None without TorchScript)."""
    return scripted_loop().count("prim::Loop") if torchscript_available() else None
