"""Building blocks section: tutorial 002's SimpleNet, nn.MSELoss and one optim.SGD step, parameter by parameter."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dlviz.blocks.one_step import DEFAULT_LR, LEARNING_RATES, one_sgd_step, one_step_code
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed


def render_one_step() -> None:
    """Draw the learning-rate picker, the loss before and after, each parameter's gradient and update norms."""
    st.markdown(tr("lessons.step.intro"))
    learning_rate = st.select_slider(tr("lessons.step.lr"), LEARNING_RATES, DEFAULT_LR, key="blocks_step_lr")
    seed = current_seed()
    run = one_sgd_step(seed, learning_rate)
    before, after, change = st.columns(3)
    before.metric(tr("lessons.step.loss_before"), f"{run.loss_before:.6f}")
    after.metric(tr("lessons.step.loss_after"), f"{run.loss_after:.6f}")
    change.metric(tr("lessons.step.change"), f"{run.loss_after - run.loss_before:+.6f}")
    table = pd.DataFrame(
        {
            tr("lessons.step.col_param"): [p.name for p in run.parameters],
            tr("lessons.step.col_shape"): [str(p.shape) for p in run.parameters],
            "‖grad‖": [p.grad_norm for p in run.parameters],
            "‖lr × grad‖": [p.update_norm(learning_rate) for p in run.parameters],
            tr("lessons.step.col_change"): [p.change_norm for p in run.parameters],
        }
    )
    st.dataframe(
        table,
        hide_index=True,
        column_config={c: st.column_config.NumberColumn(format="%.6f") for c in table.columns[2:]},
    )
    st.markdown(tr("lessons.step.explained", lr=learning_rate))
    if run.loss_after > run.loss_before:
        st.warning(tr("lessons.step.overshoot", lr=learning_rate))
    code_panel(one_step_code(seed, learning_rate))
