"""Losses section: regression losses against the prediction, CrossEntropy taken apart, the tutorial's mix-up."""

import pandas as pd
import streamlit as st
import torch

from dlviz.blocks.figures import matrix_heatmap
from dlviz.blocks.losses import (
    cross_entropy_code,
    cross_entropy_parts,
    one_target_code,
    regression_loss_code,
    regression_loss_curves,
    regression_loss_figure,
    seed_loss_outcomes,
)
from dlviz.models.seed_models import NeuralNetwork
from dlviz.rng import seeded
from dlviz.ui.blocks.data import cached_images, code_dataset, code_root
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.sidebar import current_seed

PARTS = ("regression", "cross_entropy", "seed_bug")


def render_losses() -> None:
    """Draw the chosen part of the losses section."""
    part = st.radio(
        tr("blocks.loss.part"),
        PARTS,
        format_func=option_label("blocks.loss.part"),
        key="blocks_loss_part",
        horizontal=True,
    )
    if part == "regression":
        _regression()
    elif part == "cross_entropy":
        _cross_entropy()
    else:
        _seed_bug()


def _regression() -> None:
    """MSE, L1 and SmoothL1 against the prediction, for one target."""
    left, right = st.columns([1, 3])
    with left:
        target = st.slider(tr("blocks.loss.target"), -3.0, 3.0, 1.0, step=0.1, key="blocks_loss_target")
        beta = st.slider(tr("blocks.loss.beta"), 0.1, 3.0, 1.0, step=0.1, key="blocks_loss_beta")
        show_grad = st.toggle(tr("blocks.loss.show_grad"), key="blocks_loss_grad")
        st.markdown(tr("blocks.loss.regression_note"))
    lo, hi = target - 4.0, target + 4.0
    curves = regression_loss_curves(target, lo, hi, beta)
    labels = {
        "target": tr("blocks.loss.target_mark"),
        "x": tr("blocks.loss.prediction"),
        "y": tr("blocks.loss.grad_axis") if show_grad else tr("blocks.loss.loss_axis"),
    }
    with right:
        st.plotly_chart(regression_loss_figure(curves, target, show_grad, labels), key="blocks_loss_chart")
    code_panel(regression_loss_code(target, lo, hi, beta), name="blocks_regression_losses")


@st.cache_data(show_spinner=False, max_entries=32)
def _logits(count: int, seed: int, scale: float) -> tuple[torch.Tensor, torch.Tensor, str]:
    """Return the seeded NeuralNetwork's logits (times scale) on count sample images, their labels and source."""
    sample = cached_images(count, seed)
    with seeded(seed):
        model = NeuralNetwork()
    with torch.no_grad():
        logits = model(sample.images) * scale
    return logits, sample.labels, sample.source


def _cross_entropy() -> None:
    """CrossEntropy = LogSoftmax + NLL, and its gradient = softmax − one-hot."""
    seed = current_seed()
    left, right = st.columns(2)
    count = left.slider(tr("blocks.loss.count"), 1, 8, 3, key="blocks_loss_count")
    scale = right.slider(tr("blocks.loss.scale"), 1.0, 50.0, 10.0, step=1.0, key="blocks_loss_scale")
    logits, labels, source = _logits(count, seed, scale)
    st.caption(tr(f"images.source.{source}") + " " + tr("blocks.loss.logits_note", scale=scale))
    parts = cross_entropy_parts(logits, labels)
    class_label, image_label = tr("blocks.loss.class"), tr("blocks.loss.image")
    a, b = st.columns(2)
    a.plotly_chart(
        matrix_heatmap(parts.logits, tr("blocks.loss.logits"), class_label, image_label, True),
        key="blocks_ce_logits",
    )
    b.plotly_chart(
        matrix_heatmap(
            parts.log_probabilities,
            tr("blocks.loss.log_softmax"),
            class_label,
            image_label,
            True,
            colorscale="Blues_r",
            zmid=None,
        ),
        key="blocks_ce_logsoftmax",
    )
    table = pd.DataFrame(
        {
            tr("blocks.loss.label"): labels.tolist(),
            tr("blocks.loss.picked"): parts.picked.tolist(),
            tr("blocks.loss.minus_picked"): (-parts.picked).tolist(),
        }
    )
    st.dataframe(table, hide_index=True, key="blocks_ce_table")
    c1, c2, c3 = st.columns(3)
    c1.metric(tr("blocks.loss.nll_metric"), f"{parts.nll:.6f}")
    c2.metric(tr("blocks.loss.ce_metric"), f"{parts.cross_entropy:.6f}")
    c3.metric(tr("blocks.loss.diff_metric"), f"{abs(parts.nll - parts.cross_entropy):.2e}")
    st.markdown(tr("blocks.loss.grad_title"))
    g1, g2 = st.columns(2)
    g1.plotly_chart(
        matrix_heatmap(parts.grad, tr("blocks.loss.grad_autograd"), class_label, image_label, True),
        key="blocks_ce_grad",
    )
    g2.plotly_chart(
        matrix_heatmap(
            parts.softmax_minus_onehot / count, tr("blocks.loss.grad_formula"), class_label, image_label, True
        ),
        key="blocks_ce_formula",
    )
    st.metric(tr("blocks.loss.grad_diff_metric"), f"{parts.max_grad_difference:.2e}")
    st.caption(tr("blocks.loss.grad_note", n=count))
    code_panel(
        cross_entropy_code(seed, count, scale, code_root(), code_dataset()),
        name="blocks_cross_entropy",
    )


def _seed_bug() -> None:
    """Seed 001's loss_functions_demo passes one target to MSE and CrossEntropy: run it both ways."""
    st.markdown(tr("blocks.loss.seed_intro"))
    seed = current_seed()
    logits, labels, source = _logits(3, seed, 10.0)
    outcomes = seed_loss_outcomes(logits, labels)
    rows = [
        {
            tr("blocks.loss.seed_target"): tr(f"blocks.loss.seed_target.{o.target_kind}"),
            tr("blocks.loss.seed_loss"): o.loss,
            tr("blocks.loss.seed_result"): f"{o.value:.4f}" if o.error is None else f"⚠ {o.error}",
        }
        for o in outcomes
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, key="blocks_seed_table")
    st.markdown(tr("blocks.loss.seed_fix"))
    code_panel(one_target_code(seed, code_root(), code_dataset()), name="blocks_one_target")
