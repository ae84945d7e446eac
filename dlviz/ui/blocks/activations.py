"""Activations section: each curve and its autograd derivative over a chosen range."""

import streamlit as st

from dlviz.blocks.activations import CURVES, activation_code, activation_curve, activation_figure
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr

POINTS = 201


def render_activations() -> None:
    """Draw the activation picker, the range slider, the plot and the code."""
    left, right = st.columns([1, 3])
    with left:
        name = st.selectbox(
            tr("blocks.act.pick"),
            list(CURVES),
            format_func=option_label("blocks.act.name"),
            key="blocks_act_name",
        )
        lo, hi = st.slider(tr("blocks.act.range"), -10.0, 10.0, (-5.0, 5.0), step=0.5, key="blocks_act_range")
        slope = 0.01
        if name == "leaky_relu":
            slope = st.slider(tr("blocks.act.slope"), 0.0, 1.0, 0.1, step=0.01, key="blocks_act_slope")
        st.markdown(tr(f"blocks.act.note.{name}"))
    if lo >= hi:
        st.warning(tr("blocks.act.empty_range"))
        return
    curve = activation_curve(name, lo, hi, POINTS, slope)
    with right:
        title = tr(f"blocks.act.name.{name}")
        figure = activation_figure(curve, tr("blocks.act.value"), tr("blocks.act.derivative"), title)
        st.plotly_chart(figure, key="blocks_act_chart")
        st.caption(tr("blocks.act.autograd_note"))
    code_panel(activation_code(name, lo, hi, POINTS, slope), name=f"blocks_activation_{name}")
