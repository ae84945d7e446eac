"""Building blocks section: a residual connection y = x + f(x) vs y = f(x) in a deep stack, gradient by layer."""

from __future__ import annotations

import streamlit as st

from dlviz import limits
from dlviz.blocks.residual import RESIDUAL_ACTIVATIONS, compare_stacks, residual_code, residual_figure
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.sidebar import current_seed


def render_residual() -> None:
    """Draw the depth and activation controls, the gradient norm per layer for both stacks, and the code."""
    st.markdown(tr("lessons.res.intro"))
    left, right = st.columns(2)
    depth = left.slider(
        tr("lessons.res.depth"), 2, limits.MAX_RESIDUAL_DEPTH.value, 20, key="blocks_res_depth"
    )
    activation = right.selectbox(
        tr("lessons.res.activation"),
        RESIDUAL_ACTIVATIONS,
        format_func=option_label("blocks.act.name"),
        key="blocks_res_activation",
    )
    seed = current_seed()
    run = compare_stacks(depth, activation, seed)
    labels = {
        "plain": tr("lessons.res.plain"),
        "residual": tr("lessons.res.residual"),
        "x": tr("lessons.res.layer_axis"),
        "y": tr("lessons.res.norm_axis"),
    }
    st.plotly_chart(residual_figure(run, labels), key="blocks_res_chart")
    plain, residual, ratio = st.columns(3)
    plain.metric(tr("lessons.res.first_plain"), f"{run.plain[0]:.3e}")
    residual.metric(tr("lessons.res.first_residual"), f"{run.residual[0]:.3e}")
    ratio.metric(tr("lessons.res.ratio"), f"{run.ratio:.3g}×")
    st.markdown(tr("lessons.res.explained"))
    code_panel(residual_code(depth, activation, seed))
