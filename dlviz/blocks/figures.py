"""Plotly figures of the lab: images, feature maps, layer outputs as heatmaps, BatchNorm statistics."""

from __future__ import annotations

import plotly.graph_objects as go
import torch
from plotly.subplots import make_subplots

MARGIN = {"l": 10, "r": 10, "t": 40, "b": 10}


def image_grid(images: torch.Tensor, titles: list[str], colorscale: str = "gray_r", height: int = 230,
               zmid: float | None = None) -> go.Figure:
    """Return small multiples of 2-D maps (n, H, W), one heatmap each with its title and the y axis downwards."""
    n = len(images)
    figure = make_subplots(rows=1, cols=n, subplot_titles=titles, horizontal_spacing=0.02)
    lo, hi = float(images.min()), float(images.max())
    if zmid is not None:
        reach = max(abs(lo - zmid), abs(hi - zmid), 1e-12)
        lo, hi = zmid - reach, zmid + reach
    for index, image in enumerate(images):
        figure.add_trace(
            go.Heatmap(z=image.numpy(), colorscale=colorscale, zmin=lo, zmax=hi, showscale=index == n - 1,
                       hovertemplate="row %{y}, col %{x}: %{z:.4f}<extra></extra>"),
            row=1, col=index + 1,
        )
    figure.update_yaxes(autorange="reversed", scaleanchor="x", showticklabels=False)
    figure.update_xaxes(showticklabels=False)
    for index in range(2, n + 1):
        figure.update_yaxes(scaleanchor=f"x{index}", row=1, col=index)
    figure.update_layout(height=height, margin=MARGIN)
    return figure


def matrix_heatmap(matrix: torch.Tensor, title: str, x_title: str, y_title: str, show_text: bool = False,
                   colorscale: str = "RdBu_r", zmid: float | None = 0.0, height: int = 220) -> go.Figure:
    """Return one 2-D tensor as a heatmap, rows downwards, values on hover (and as text when asked)."""
    values = matrix.detach().cpu().double().numpy()
    heatmap = go.Heatmap(z=values, colorscale=colorscale, zmid=zmid,
                         hovertemplate=f"{y_title} %{{y}}, {x_title} %{{x}}: %{{z:.4f}}<extra></extra>")
    if show_text:
        heatmap.update(text=[[f"{v:.3f}" for v in row] for row in values], texttemplate="%{text}")
    figure = go.Figure(heatmap)
    figure.update_yaxes(autorange="reversed", title=y_title, dtick=1)
    figure.update_xaxes(title=x_title)
    figure.update_layout(title=title, height=height, margin=MARGIN)
    return figure


def batchnorm_figure(batch_means: list[float], running_means: list[float], batch_vars: list[float],
                     running_vars: list[float], labels: dict) -> go.Figure:
    """Return batch vs running mean and variance over the train-mode steps."""
    steps = list(range(1, len(batch_means) + 1))
    figure = make_subplots(rows=1, cols=2, subplot_titles=(labels["mean"], labels["var"]))
    for col, (batch, running) in enumerate(((batch_means, running_means), (batch_vars, running_vars)), start=1):
        figure.add_scatter(x=steps, y=batch, name=labels["batch"], mode="lines+markers", row=1, col=col,
                           line={"color": "#1f77b4"}, showlegend=col == 1)
        figure.add_scatter(x=steps, y=running, name=labels["running"], mode="lines+markers", row=1, col=col,
                           line={"color": "#d62728"}, showlegend=col == 1)
    figure.update_xaxes(title=labels["step"])
    figure.update_layout(height=300, margin=MARGIN, legend={"orientation": "h", "y": -0.3})
    return figure
