"""Plotly figures of the lab: images, feature maps, layer outputs as heatmaps, BatchNorm statistics."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
import torch
from plotly.subplots import make_subplots

MARGIN = {"l": 10, "r": 10, "t": 40, "b": 10}


def image_grid(
    images: torch.Tensor,
    titles: list[str],
    colorscale: str = "gray_r",
    height: int = 230,
    zmid: float | None = None,
) -> go.Figure:
    """Return 2-D maps (n, H, W) side by side in one heatmap (NaN gaps between them), each titled, rows downwards."""
    maps = images.detach().cpu().double().numpy()
    n, rows, cols = maps.shape
    gap = max(1, cols // 6)
    z = np.full((rows, n * cols + (n - 1) * gap), np.nan)
    for index in range(n):
        left = index * (cols + gap)
        z[:, left : left + cols] = maps[index]
    lo, hi = float(np.nanmin(z)), float(np.nanmax(z))
    if zmid is not None:
        reach = max(abs(lo - zmid), abs(hi - zmid), 1e-12)
        lo, hi = zmid - reach, zmid + reach
    figure = go.Figure(
        go.Heatmap(z=z, colorscale=colorscale, zmin=lo, zmax=hi, hovertemplate="%{z:.4f}<extra></extra>")
    )
    for index, title in enumerate(titles):
        center = index * (cols + gap) + (cols - 1) / 2
        figure.add_annotation(x=center, y=-0.5, yshift=12, text=title, showarrow=False, yanchor="bottom")
    figure.update_yaxes(autorange="reversed", scaleanchor="x", showticklabels=False, showgrid=False)
    figure.update_xaxes(showticklabels=False, showgrid=False, zeroline=False)
    figure.update_layout(height=height, margin={"l": 10, "r": 10, "t": 30, "b": 10})
    return figure


def matrix_heatmap(
    matrix: torch.Tensor,
    title: str,
    x_title: str,
    y_title: str,
    show_text: bool = False,
    colorscale: str = "RdBu_r",
    zmid: float | None = 0.0,
    height: int = 220,
) -> go.Figure:
    """Return one 2-D tensor as a heatmap, rows downwards, values on hover (and as text when asked)."""
    values = matrix.detach().cpu().double().numpy()
    heatmap = go.Heatmap(
        z=values,
        colorscale=colorscale,
        zmid=zmid,
        hovertemplate=f"{y_title} %{{y}}, {x_title} %{{x}}: %{{z:.4f}}<extra></extra>",
    )
    if show_text:
        heatmap.update(text=[[f"{v:.3f}" for v in row] for row in values], texttemplate="%{text}")
    figure = go.Figure(heatmap)
    figure.update_yaxes(autorange="reversed", title=y_title, dtick=1)
    figure.update_xaxes(title=x_title)
    figure.update_layout(title=title, height=height, margin=MARGIN)
    return figure


def batchnorm_figure(
    batch_means: list[float],
    running_means: list[float],
    batch_vars: list[float],
    running_vars: list[float],
    labels: dict,
) -> go.Figure:
    """Return batch vs running mean and variance over the train-mode steps."""
    steps = list(range(1, len(batch_means) + 1))
    figure = make_subplots(rows=1, cols=2, subplot_titles=(labels["mean"], labels["var"]))
    for col, (batch, running) in enumerate(
        ((batch_means, running_means), (batch_vars, running_vars)), start=1
    ):
        figure.add_scatter(
            x=steps,
            y=batch,
            name=labels["batch"],
            mode="lines+markers",
            row=1,
            col=col,
            line={"color": "#1f77b4"},
            showlegend=col == 1,
        )
        figure.add_scatter(
            x=steps,
            y=running,
            name=labels["running"],
            mode="lines+markers",
            row=1,
            col=col,
            line={"color": "#d62728"},
            showlegend=col == 1,
        )
    figure.update_xaxes(title=labels["step"])
    figure.update_layout(height=300, margin=MARGIN, legend={"orientation": "h", "y": -0.3})
    return figure
