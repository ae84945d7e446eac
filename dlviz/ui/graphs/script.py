"""Section 2 of the graphs lab: the tutorial's model under torch.jit.script, prim::If, and who gets gradients."""

from __future__ import annotations

import math

import pandas as pd
import streamlit as st

from dlviz.graphs.code import script_code
from dlviz.graphs.figures import loss_figure
from dlviz.graphs.script_graph import lines_with
from dlviz.graphs.scripting import WEIGHT_NAMES, seed_loop_error, train_scripted_model, unannotated_call_error
from dlviz.ui.code_panel import code_panel
from dlviz.ui.graphs.cache import scripted_model_as_written, scripted_seed_model
from dlviz.ui.graphs.common import require_torchscript, show_caught_warnings
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed

LEARNING_RATES = (0.005, 0.01, 0.02, 0.05)


def render_script_section() -> None:
    """Draw the scripted code and graph with prim::If highlighted, then a training run by branch."""
    st.markdown(tr("graphs.script.intro"))
    if not require_torchscript():
        return
    compiled = scripted_seed_model()
    seed = current_seed()
    show_caught_warnings(compiled.warnings)
    st.markdown(
        tr(
            "graphs.script.corrections",
            error1=unannotated_call_error(scripted_model_as_written().function, seed),
            error2=seed_loop_error(compiled.function, seed, 1e-6),
        )
    )
    st.metric(tr("graphs.script.if_count"), compiled.count("prim::If"))
    code_col, graph_col = st.columns(2)
    with code_col:
        st.markdown(tr("graphs.script.code_title"))
        st.code(compiled.code, language="python")
        st.markdown(tr("graphs.script.graph_title"))
        st.code(compiled.graph_text, language=None)
        if_lines = "; ".join(
            f"{number}: `{line}`" for number, line in lines_with(compiled.graph_text, "prim::If")
        )
        st.caption(tr("graphs.script.if_lines", lines=if_lines))
    with graph_col:
        st.markdown(tr("graphs.script.drawn_title"))
        st.graphviz_chart(compiled.dot)
    _render_training(compiled.function, seed)


def _render_training(scripted, seed: int) -> None:
    """Draw the iterations and learning-rate controls, the loss by branch, and which weights got grads."""
    st.subheader(tr("graphs.script.train_title"))
    st.markdown(tr("graphs.script.train_intro"))
    left, right = st.columns(2)
    steps = left.slider(tr("graphs.script.steps"), 1, 60, 30, key="graphs_script_steps")
    lr = right.select_slider(tr("graphs.script.lr"), LEARNING_RATES, 0.02, key="graphs_script_lr")
    records = train_scripted_model(scripted, seed, steps, lr)
    labels = {
        "w2a": tr("graphs.script.used_w2a"),
        "w2b": tr("graphs.script.used_w2b"),
        "step": tr("graphs.script.col_step"),
        "loss": tr("graphs.script.col_loss"),
    }
    st.plotly_chart(loss_figure(records, labels), key="graphs_script_loss_chart")
    used_a = sum(r.branch == "w2a" for r in records)
    st.markdown(tr("graphs.script.summary", a=used_a, b=len(records) - used_a))
    if not math.isfinite(records[-1].loss):
        st.warning(tr("graphs.script.diverged"), icon="⚠️")
    none = tr("graphs.script.no_grad")
    table = pd.DataFrame(
        {
            tr("graphs.script.col_step"): [r.step for r in records],
            "prev_loss": [round(r.prev_loss, 4) for r in records],
            tr("graphs.script.col_branch"): [r.branch for r in records],
            tr("graphs.script.col_loss"): [round(r.loss, 4) for r in records],
            **{
                f"‖{name}.grad‖": [
                    none if r.grad_norms[name] is None else f"{r.grad_norms[name]:.4f}" for r in records
                ]
                for name in WEIGHT_NAMES
            },
        }
    )
    st.dataframe(table, hide_index=True, key="graphs_script_table")
    code_panel(script_code(seed, steps, lr))
