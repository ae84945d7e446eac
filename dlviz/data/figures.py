"""Plotly figures of the Data lab: image grids, single images, histograms, class balance, batch maps."""

from __future__ import annotations

import base64
import io
import math
from collections.abc import Sequence

import numpy as np
import plotly.express as px
import plotly.graph_objects as go
import torch
from PIL import Image

from dlviz import limits

PAD = 2
MARGIN = {"l": 10, "r": 10, "t": 30, "b": 10}


def png_data_uri(pixels: np.ndarray) -> str:
    """Return a 2-D uint8 array as a base64 PNG data URI (much faster for plotly than a heatmap)."""
    buffer = io.BytesIO()
    Image.fromarray(pixels).save(buffer, format="PNG")
    return "data:image/png;base64," + base64.b64encode(buffer.getvalue()).decode("ascii")


def tile_images(images: torch.Tensor, columns: int, zoom: int = 1) -> np.ndarray:
    """Return images (n, 1, H, W) in [0, 1] tiled row by row into one uint8 array, grey between tiles."""
    pixels = np.rint(np.clip(images[:, 0].numpy(), 0, 1) * 255).astype(np.uint8)
    pixels = pixels.repeat(zoom, axis=1).repeat(zoom, axis=2)
    count, height, width = pixels.shape
    rows = math.ceil(count / columns)
    grid = np.full((rows * (height + PAD) + PAD, columns * (width + PAD) + PAD), 128, dtype=np.uint8)
    for number in range(count):
        row, column = divmod(number, columns)
        top, left = PAD + row * (height + PAD), PAD + column * (width + PAD)
        grid[top : top + height, left : left + width] = pixels[number]
    return grid


def image_grid_figure(
    images: torch.Tensor, captions: Sequence[str], columns: int = 8, width_px: int = 700
) -> go.Figure:
    """Return one picture tiling images (n, 1, H, W) in [0, 1], each captioned in its corner.

    Small images are enlarged (nearest neighbour) to at least 28 pixels so captions leave them visible.
    """
    limits.MAX_DATA_GRID_IMAGES.check(len(images))
    columns = max(1, min(columns, len(images)))
    zoom = max(1, math.ceil(28 / images.shape[-1]))
    grid = tile_images(images, columns, zoom)
    figure = go.Figure(go.Image(source=png_data_uri(grid)))
    side_h, side_w = images.shape[-2] * zoom + PAD, images.shape[-1] * zoom + PAD
    positions = [divmod(number, columns) for number in range(len(captions))]
    figure.add_trace(
        go.Scatter(
            x=[column * side_w + PAD for _, column in positions],
            y=[row * side_h + PAD for row, _ in positions],
            text=list(captions),
            mode="text",
            textposition="bottom right",
            textfont={"color": "#ffd54f", "size": 10, "shadow": "1px 1px 2px black"},
            hoverinfo="skip",
            showlegend=False,
        )
    )
    figure.update_xaxes(visible=False)
    figure.update_yaxes(visible=False)
    height = width_px * grid.shape[0] / grid.shape[1] + MARGIN["t"] + MARGIN["b"]
    figure.update_layout(margin=MARGIN, height=int(min(max(height, 120), 900)), hovermode=False)
    return figure


def value_grid_figure(values: np.ndarray, text_format: str, zmax: float) -> go.Figure:
    """Return a small heatmap of a 2-D patch with each cell's value written in it."""
    array = np.asarray(values, dtype=float)
    figure = go.Figure(
        go.Heatmap(
            z=array,
            text=[[format(v, text_format) for v in row] for row in array],
            texttemplate="%{text}",
            textfont={"size": 10},
            colorscale="gray",
            zmin=0,
            zmax=zmax,
            showscale=False,
            hoverinfo="skip",
        )
    )
    figure.update_yaxes(autorange="reversed", scaleanchor="x", showticklabels=False)
    figure.update_xaxes(showticklabels=False)
    figure.update_layout(margin={"l": 5, "r": 5, "t": 5, "b": 5}, height=300)
    return figure


def image_figure(values: torch.Tensor | np.ndarray, title: str, zmin=None, zmax=None) -> go.Figure:
    """Return a grayscale heatmap of a 2-D image whose hover shows each pixel's value."""
    array = np.asarray(values, dtype=float)
    figure = go.Figure(
        go.Heatmap(
            z=array,
            colorscale="gray",
            zmin=zmin,
            zmax=zmax,
            hovertemplate="row %{y}, col %{x}: %{z:.4f}<extra></extra>",
        )
    )
    figure.update_yaxes(autorange="reversed", scaleanchor="x", constrain="domain", showticklabels=False)
    figure.update_xaxes(constrain="domain", showticklabels=False)
    figure.update_layout(title=title, margin=MARGIN, height=320)
    return figure


def histogram_figure(series: dict[str, torch.Tensor | np.ndarray], x_title: str, y_title: str) -> go.Figure:
    """Return overlaid histograms of the values of each named array."""
    figure = go.Figure()
    for name, values in series.items():
        figure.add_trace(
            go.Histogram(x=np.asarray(values, dtype=float).ravel(), name=name, opacity=0.65, nbinsx=40)
        )
    figure.update_layout(
        barmode="overlay",
        xaxis_title=x_title,
        yaxis_title=y_title,
        margin=MARGIN,
        height=300,
        legend={"orientation": "h", "y": 1.12},
    )
    return figure


def class_balance_figure(
    counts: Sequence[int], class_names: Sequence[str], y_title: str, height: int = 300
) -> go.Figure:
    """Return a bar chart of how many samples each class has."""
    figure = go.Figure(go.Bar(x=list(class_names), y=list(counts), text=list(counts), textposition="outside"))
    figure.update_layout(yaxis_title=y_title, margin=MARGIN, height=height)
    figure.update_xaxes(type="category")
    return figure


def batch_map_figure(
    batch_numbers: list[list[int | None]], x_title: str, y_title: str, dropped: str
) -> go.Figure:
    """Return a heatmap: one row per epoch, one cell per sample index, coloured by the batch it landed in."""
    z = [[np.nan if b is None else b for b in row] for row in batch_numbers]
    text = [[dropped if b is None else str(b) for b in row] for row in batch_numbers]
    figure = go.Figure(
        go.Heatmap(
            z=z,
            text=text,
            x=list(range(len(z[0]) if z else 0)),
            y=[str(e + 1) for e in range(len(z))],
            colorscale="Turbo",
            showscale=False,
            hovertemplate=f"{x_title} %{{x}} · {y_title} %{{y}} → %{{text}}<extra></extra>",
            texttemplate="%{text}" if len(z[0]) <= 64 else None,
            xgap=1,
            ygap=2,
        )
    )
    figure.update_layout(xaxis_title=x_title, yaxis_title=y_title, margin=MARGIN, height=90 + 34 * len(z))
    figure.update_yaxes(autorange="reversed", type="category")
    return figure


def scatter_figure(points: torch.Tensor, labels: torch.Tensor, label_title: str) -> go.Figure:
    """Return a scatter plot of 2-D points coloured by class."""
    figure = px.scatter(
        x=points[:, 0].numpy(),
        y=points[:, 1].numpy(),
        color=[str(int(y)) for y in labels],
        labels={"color": label_title, "x": "x₁", "y": "x₂"},
    )
    figure.update_yaxes(scaleanchor="x")
    figure.update_layout(margin=MARGIN, height=380)
    return figure
