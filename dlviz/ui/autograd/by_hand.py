"""Autograd Lab section: tutorial 002's two-layer network trained by hand, its loss curve step by step."""

from __future__ import annotations

import streamlit as st

from dlviz import limits
from dlviz.autograd.by_hand import (
    DEFAULT_LR,
    DEFAULT_STEPS,
    LEARNING_RATES,
    by_hand_code,
    by_hand_figure,
    train_by_hand,
)
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed

CORRECTIONS = ("indent", "record", "generator")


@st.cache_data(show_spinner=False, max_entries=64)
def _cached_run(seed: int, learning_rate: float, steps: int):
    """Return a run (pure and deterministic, so cached)."""
    return train_by_hand(seed, learning_rate, steps)


def by_hand_section() -> None:
    """Draw the seed, learning-rate and step controls, the loss curve, the first and final loss, and the code."""
    seed_column, lr_column, steps_column = st.columns(3)
    seed = seed_column.number_input(
        tr("lessons.hand.seed"), 0, 2**31 - 1, current_seed(), step=1, key="autograd_hand_seed"
    )
    learning_rate = lr_column.select_slider(
        tr("lessons.hand.lr"), LEARNING_RATES, DEFAULT_LR, key="autograd_hand_lr"
    )
    steps = steps_column.slider(
        tr("lessons.hand.steps"), 1, limits.MAX_HAND_STEPS.value, DEFAULT_STEPS, key="autograd_hand_steps"
    )
    run = _cached_run(int(seed), learning_rate, steps)
    labels = {"x": tr("lessons.hand.step_axis"), "y": tr("lessons.hand.loss_axis")}
    st.plotly_chart(by_hand_figure(run, labels), key="autograd_hand_chart")
    first, final = st.columns(2)
    first.metric(tr("lessons.hand.first_loss"), f"{run.losses[0]:.6g}")
    final.metric(tr("lessons.hand.final_loss"), f"{run.final_loss:.6g}")
    if run.diverged:
        st.warning(tr("lessons.hand.diverged", lr=learning_rate))
    elif run.final_loss > 0:
        st.caption(tr("lessons.hand.ratio", ratio=f"{run.losses[0] / run.final_loss:.3g}", steps=steps))
    st.markdown(tr("lessons.hand.explained"))
    st.subheader(tr("lessons.hand.corrections_title"))
    for correction in CORRECTIONS:
        st.markdown(f"- {tr(f'lessons.hand.fix.{correction}')}")
    code_panel(by_hand_code(int(seed), learning_rate, steps))
