"""The batch-size section: mini-batch SGD on a line fit, and batch-gradient noise against the full gradient."""

from __future__ import annotations

import numpy as np
import streamlit as st
import torch

from dlviz.optim.arena_figures import arena_figure
from dlviz.optim.batch_figures import (
    FULL_COLOR,
    MINIBATCH_COLOR,
    epoch_loss_figure,
    gradient_scatter_figure,
    noise_curve_figure,
)
from dlviz.optim.minibatch import (
    BATCH_SIZES,
    SAMPLES,
    GradientNoise,
    MinibatchRun,
    batch_code,
    gradient_noise,
    least_squares_surface,
    line_data,
    sgd_run,
)
from dlviz.optim.trajectory import Trajectory
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed

RATES = (0.01, 0.02, 0.05, 0.1, 0.2, 0.5, 1.0, 1.5)


@st.cache_data(max_entries=32, show_spinner=False)
def cached_runs(batch_size: int, lr: float, epochs: int, seed: int) -> dict[str, MinibatchRun]:
    """Return the mini-batch run and the full-batch run for these inputs (pure, cached)."""
    x, y = line_data(seed)
    return {
        "minibatch": sgd_run(x, y, batch_size, lr, epochs, seed),
        "full": sgd_run(x, y, SAMPLES, lr, epochs, seed),
    }


@st.cache_data(max_entries=32, show_spinner=False)
def cached_noise(batch_size: int, seed: int) -> GradientNoise:
    """Return the gradient-noise measurement at the start point (pure, cached)."""
    x, y = line_data(seed)
    return gradient_noise(x, y, least_squares_surface(x, y).start, batch_size, seed)


def show_batch() -> None:
    """Draw the batch-size section."""
    st.markdown(tr("optimizers.batch.intro", samples=SAMPLES))
    left, middle, right = st.columns(3)
    batch_size = left.select_slider(
        tr("optimizers.batch_size"), BATCH_SIZES, value=8, key="optimizers_batch_size"
    )
    lr = middle.select_slider(tr("optimizers.lr"), RATES, value=0.1, key="optimizers_batch_lr")
    epochs = right.slider(tr("optimizers.epochs"), 1, 10, 3, key="optimizers_batch_epochs")
    seed = current_seed()
    x, y = line_data(seed)
    surface = least_squares_surface(x, y)
    runs = cached_runs(batch_size, lr, epochs, seed)
    labels = {
        "minibatch": tr(
            "optimizers.batch.minibatch", b=batch_size, updates=runs["minibatch"].updates_per_epoch
        ),
        "full": tr("optimizers.batch.full", n=SAMPLES),
    }
    trajectories = {name: Trajectory(name, run.path, run.losses, None) for name, run in runs.items()}
    styles = {
        "minibatch": {"color": MINIBATCH_COLOR, "width": 1.5},
        "full": {"color": FULL_COLOR, "width": 3},
    }
    text = {
        key: tr(f"optimizers.fig.{key}") for key in ("minimum", "start", "play", "pause", "step", "diverged")
    }
    text.update(
        {
            key: tr(f"optimizers.bfig.{key}")
            for key in (
                "epoch",
                "loss_gap",
                "batch_grads",
                "full_grad",
                "predicted",
                "measured",
                "chosen",
                "batch_size",
                "noise_axis",
            )
        }
    )
    if any(run.diverged for run in runs.values()):
        st.warning(tr("optimizers.batch.diverged"), icon="💥")
    paths_col, loss_col = st.columns([3, 2])
    figure = arena_figure(surface, trajectories, labels, text, styles, animate=False)
    figure.update_layout(xaxis_title="w", yaxis_title="b", height=430)
    paths_col.plotly_chart(figure, key="optimizers_batch_paths")
    loss_col.plotly_chart(
        epoch_loss_figure(runs, labels, surface.minimum_value, text), key="optimizers_batch_loss"
    )

    st.subheader(tr("optimizers.batch.noise_title"))
    noise = cached_noise(batch_size, seed)
    index = BATCH_SIZES.index(batch_size)
    full_norm, noise_size, updates = st.columns(3)
    full_norm.metric(tr("optimizers.metric.full_norm"), f"{np.linalg.norm(noise.full):.4g}")
    noise_size.metric(
        tr("optimizers.metric.noise", b=batch_size),
        f"{noise.measured[index]:.4g}",
        help=tr("optimizers.metric.noise_help", predicted=f"{noise.predicted[index]:.4g}"),
    )
    updates.metric(tr("optimizers.metric.updates"), runs["minibatch"].updates_per_epoch)
    scatter_col, curve_col = st.columns(2)
    scatter_col.plotly_chart(gradient_scatter_figure(noise, batch_size, text), key="optimizers_batch_scatter")
    curve_col.plotly_chart(noise_curve_figure(noise, batch_size, text), key="optimizers_batch_curve")
    st.markdown(tr("optimizers.batch.noise_text"))

    with st.expander(tr("optimizers.batch.mean_title")):
        theta = torch.tensor(surface.start, dtype=torch.float64)
        batch_x, batch_y = x[:batch_size], y[:batch_size]
        per_sample = (theta[0] * batch_x + theta[1] - batch_y) ** 2
        st.markdown(tr("optimizers.batch.mean_text"))
        mean_col, loss_col2 = st.columns(2)
        mean_col.metric(
            tr("optimizers.metric.per_sample_mean", b=batch_size), f"{per_sample.mean().item():.10g}"
        )
        mse_value = torch.nn.MSELoss()(theta[0] * batch_x + theta[1], batch_y).item()
        loss_col2.metric("nn.MSELoss()(pred, y)", f"{mse_value:.10g}")
    code_panel(batch_code(batch_size, lr, epochs, seed))
