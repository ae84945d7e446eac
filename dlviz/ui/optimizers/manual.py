"""The hand-written update section: the tutorial's p -= lr * p.grad forms beside torch.optim.SGD."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dlviz.optim.arena_figures import arena_figure, loss_figure
from dlviz.optim.manual import MANUAL_FORMS, first_step_ratios, manual_code, manual_runs, seed_chain_steps
from dlviz.optim.surfaces import SURFACE_NAMES, get_surface
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.optimizers.arena import LEARNING_RATES

STYLES = {
    "optim_sgd": {"color": "#1f77b4", "width": 6},
    "no_grad": {"color": "#ff7f0e", "width": 3, "dash": "dash"},
    "data": {"color": "#2ca02c", "width": 2, "dash": "dot"},
    "dynamic": {"color": "#d62728", "width": 2},
}

SUPERSCRIPTS = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")

SEED_CODE = """import torch

x1 = torch.tensor([2.0])
w1 = torch.tensor([3.0], requires_grad=True)
w2 = torch.tensor([4.0], requires_grad=True)   # tutorial: torch.tensor([4.0]),requires_grad = True)
w3 = torch.tensor([5.0], requires_grad=True)   # tutorial: torch.tensor([5.0]),requires_grad = True)
target = torch.tensor([1.0])
parameters = [w1, w2, w3]

x2 = w1 * x1
x3 = torch.relu(w2 * x2)                       # tutorial: torch.functional.relu (no such function)
x4 = w3 * x3
loss = (x4 - target) ** 2
loss.backward()

learning_rate = 0.01
with torch.no_grad():                          # the recommended form; the tutorial's p.data -= ... gives the same numbers
    for p in parameters:
        p -= learning_rate * p.grad
        p.grad.zero_()
"""


def _rates_figure(rates: np.ndarray, lr: float, text: dict[str, str]) -> go.Figure:
    """Return the dynamic rule's per-coordinate rate (grad squared) per step against the constant lr."""
    figure = go.Figure()
    steps = np.arange(len(rates))
    for column, axis in enumerate("xy"):
        figure.add_scatter(
            x=steps,
            y=np.maximum(rates[:, column], 1e-300),
            mode="lines+markers",
            name=f"{text['dynamic_rate']} ({axis})",
        )
    figure.add_hline(y=lr, line_dash="dash", annotation_text=f"lr = {lr:g}")
    figure.update_layout(
        height=300,
        xaxis_title=text["step"],
        yaxis={"type": "log", "exponentformat": "power", "title": "rate"},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.3},
    )
    return figure


def _chain_table(lr: float | None, steps: int) -> pd.DataFrame:
    """Return the seed chain's weights and loss per step with translated step/loss headers."""
    names = {"step": tr("optimizers.col.step"), "loss": tr("optimizers.col.loss")}
    return pd.DataFrame(seed_chain_steps(lr, steps)).rename(columns=names)


def scientific(value: float) -> str:
    """Return value as 'm.mm × 10ⁿ', e.g. 9.06 × 10⁹."""
    mantissa, exponent = f"{value:.2e}".split("e")
    return f"{mantissa} × 10{str(int(exponent)).translate(SUPERSCRIPTS)}"


def _lesson() -> str:
    """Return the chain's lesson with the first step's 'dynamic' rates and step ratios, computed."""
    steps = first_step_ratios(0.01)
    separator = tr("optimizers.manual.list_separator")
    return tr(
        "optimizers.manual.seed_lesson",
        rates=separator.join(f"{s.name} {scientific(s.dynamic_rate)}" for s in steps),
        ratios=separator.join(f"{s.name} {scientific(s.ratio)}" for s in steps),
    )


def show_manual() -> None:
    """Draw the hand-written update section."""
    st.markdown(tr("optimizers.manual.intro"))
    left, middle, right = st.columns(3)
    name = left.selectbox(
        tr("optimizers.surface"),
        SURFACE_NAMES,
        format_func=option_label("optimizers.surface"),
        key="optimizers_manual_surface",
    )
    surface = get_surface(name)
    lr = left.select_slider(
        tr("optimizers.lr"), LEARNING_RATES, value=surface.sgd_lr, key=f"optimizers_manual_lr_{name}"
    )
    steps = left.slider(tr("optimizers.steps"), 5, 300, 100, step=5, key="optimizers_manual_steps")
    x0 = middle.slider(
        tr("optimizers.start_x"),
        *surface.x_range,
        value=surface.start[0],
        step=0.01,
        key=f"optimizers_manual_x0_{name}",
    )
    y0 = middle.slider(
        tr("optimizers.start_y"),
        *surface.y_range,
        value=surface.start[1],
        step=0.01,
        key=f"optimizers_manual_y0_{name}",
    )
    right.caption(tr("optimizers.manual.hint"))
    runs, rates = manual_runs(surface, (x0, y0), lr, steps)
    labels = {form: tr(f"optimizers.form.{form}") for form in MANUAL_FORMS}
    text = {
        key: tr(f"optimizers.fig.{key}") for key in ("minimum", "start", "play", "pause", "step", "diverged")
    }
    text["loss_axis"] = tr("optimizers.fig.loss_axis")
    paths_col, loss_col = st.columns([3, 2])
    paths_col.plotly_chart(arena_figure(surface, runs, labels, text, STYLES), key="optimizers_manual_paths")
    loss_col.plotly_chart(loss_figure(surface, runs, labels, text, STYLES), key="optimizers_manual_loss")
    reference = runs["optim_sgd"].path
    same_no_grad, same_data, dynamic_end = st.columns(3)
    for column, form in ((same_no_grad, "no_grad"), (same_data, "data")):
        gap = (
            float(np.abs(runs[form].path - reference).max())
            if runs[form].path.shape == reference.shape
            else np.inf
        )
        column.metric(tr("optimizers.metric.max_gap", form=labels[form]), f"{gap:.2g}")
    dynamic = runs["dynamic"]
    dynamic_end.metric(
        tr("optimizers.metric.dynamic_end"),
        tr("optimizers.status.diverged", step=dynamic.diverged_at)
        if dynamic.diverged_at is not None
        else f"{dynamic.final_loss:.4g}",
    )
    st.markdown(tr("optimizers.manual.same"))
    st.subheader(tr("optimizers.manual.dynamic_title"))
    st.markdown(tr("optimizers.manual.dynamic_why"))
    if len(rates):
        text["dynamic_rate"] = tr("optimizers.fig.dynamic_rate")
        st.plotly_chart(_rates_figure(rates, lr, text), key="optimizers_manual_rates")
    with st.expander(tr("optimizers.manual.seed_title")):
        st.markdown(tr("optimizers.manual.seed_intro"))
        st.code(SEED_CODE, language="python")
        fixed, dynamic_col = st.columns(2)
        fixed.caption(tr("optimizers.manual.seed_fixed"))
        fixed.dataframe(_chain_table(0.01, 4), hide_index=True)
        dynamic_col.caption(tr("optimizers.manual.seed_dynamic"))
        dynamic_col.dataframe(_chain_table(None, 2), hide_index=True)
        st.markdown(_lesson())
    code_panel(manual_code(surface, (x0, y0), lr, steps))
