"""Plotly figures of the batch-size section: loss per epoch, batch gradients, noise against batch size."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from dlviz.optim.minibatch import GradientNoise, MinibatchRun

MINIBATCH_COLOR, FULL_COLOR = "#d62728", "#1f77b4"


def epoch_loss_figure(
    runs: dict[str, MinibatchRun], labels: dict[str, str], minimum: float, text
) -> go.Figure:
    """Return full-data loss minus its minimum after each update, against epochs (log scale)."""
    figure = go.Figure()
    for name, run in runs.items():
        epochs = np.arange(len(run.losses)) / run.updates_per_epoch
        color = MINIBATCH_COLOR if name == "minibatch" else FULL_COLOR
        figure.add_scatter(
            x=epochs,
            y=np.maximum(run.losses - minimum, 1e-12),
            mode="lines",
            name=labels[name],
            line={"color": color, "width": 1.5 if name == "minibatch" else 3},
        )
    figure.update_layout(
        height=430,
        xaxis_title=text["epoch"],
        yaxis={"type": "log", "exponentformat": "power", "title": text["loss_gap"]},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.25},
    )
    return figure


def gradient_scatter_figure(noise: GradientNoise, batch_size: int, text) -> go.Figure:
    """Return mini-batch gradients (dw, db) as a cloud around the full-batch gradient."""
    figure = go.Figure()
    figure.add_scatter(
        x=noise.batches[:, 0],
        y=noise.batches[:, 1],
        mode="markers",
        name=text["batch_grads"].format(b=batch_size),
        marker={"color": MINIBATCH_COLOR, "size": 5, "opacity": 0.45},
    )
    figure.add_scatter(
        x=[noise.full[0]],
        y=[noise.full[1]],
        mode="markers",
        name=text["full_grad"],
        marker={"color": FULL_COLOR, "size": 16, "symbol": "star", "line": {"color": "black", "width": 1}},
    )
    figure.add_scatter(
        x=[0], y=[0], mode="markers", name="0", marker={"color": "black", "symbol": "x", "size": 8}
    )
    figure.update_layout(
        height=400,
        xaxis_title="∂loss/∂w",
        yaxis={"title": "∂loss/∂b", "scaleanchor": "x"},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.25},
    )
    return figure


def noise_curve_figure(noise: GradientNoise, batch_size: int, text) -> go.Figure:
    """Return RMS distance of batch gradients from the full gradient against batch size, measured and predicted."""
    figure = go.Figure()
    shown = noise.sizes < noise.sizes.max()  # the full batch has no noise: log(0) cannot be drawn
    figure.add_scatter(
        x=noise.sizes[shown],
        y=noise.predicted[shown],
        mode="lines",
        name=text["predicted"],
        line={"color": "grey", "dash": "dash"},
    )
    figure.add_scatter(
        x=noise.sizes[shown],
        y=noise.measured[shown],
        mode="markers+lines",
        name=text["measured"],
        marker={"color": MINIBATCH_COLOR, "size": 8},
    )
    chosen = np.flatnonzero(noise.sizes == batch_size)
    if chosen.size and shown[chosen[0]]:
        figure.add_scatter(
            x=[batch_size],
            y=[noise.measured[chosen[0]]],
            mode="markers",
            name=text["chosen"],
            marker={"color": "black", "size": 14, "symbol": "circle-open", "line": {"width": 2}},
        )
    figure.update_layout(
        height=400,
        xaxis={"type": "log", "title": text["batch_size"]},
        yaxis={"type": "log", "title": text["noise_axis"]},
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.25},
    )
    return figure
