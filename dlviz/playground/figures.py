"""Plotly figures of the Playground: decision boundary with points, one neuron enlarged, loss and gradient curves."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
import torch

from dlviz.figures.thinning import thinned_indices
from dlviz.playground.colors import (
    CLASS_COLORS,
    DIVERGING,
    class_colors,
    diverging_colors,
    paler,
    png_data_uri,
)
from dlviz.playground.grid import BoundaryValues, PlaneGrid

BACKGROUND_STRENGTH = 0.75  # how strongly the boundary background is coloured (points are full colour)
MAX_CURVE_POINTS = 500  # loss curves send at most this many points per line to the browser


def rounded(values: torch.Tensor, decimals: int = 3) -> list:
    """Return values as nested lists rounded to decimals (short JSON for the browser)."""
    return values.double().round(decimals=decimals).tolist()


def boundary_colors(boundary: BoundaryValues, num_classes: int) -> np.ndarray:
    """Return the (rows, cols, 3) background colours: diverging for 2 classes/regression, per class otherwise."""
    if boundary.predicted is not None:
        share = 1 / num_classes
        strength = 0.15 + 0.85 * ((boundary.confidence - share) / (1 - share)).clamp(0, 1)
        return paler(class_colors(boundary.predicted, strength), BACKGROUND_STRENGTH)
    return paler(diverging_colors(boundary.value, 1.0), BACKGROUND_STRENGTH)


def plane_image(pixels: np.ndarray, grid: PlaneGrid) -> dict:
    """Return a layout image covering the grid's square, from (rows, cols, 3) colours with row 0 at the lowest y."""
    extent = grid.extent
    return {
        "source": png_data_uri(pixels[::-1]),
        "xref": "x",
        "yref": "y",
        "x": -extent,
        "y": extent,
        "sizex": 2 * extent,
        "sizey": 2 * extent,
        "xanchor": "left",
        "yanchor": "top",
        "sizing": "stretch",
        "layer": "below",
    }


def points_trace(
    points: torch.Tensor, targets: torch.Tensor, num_classes: int, name: str, outline: str
) -> dict:
    """Return a scatter trace of points coloured by class (or by value for regression)."""
    if num_classes:
        marker = {"color": [CLASS_COLORS[int(k)] for k in targets.tolist()]}
    else:
        marker = {"color": rounded(targets.reshape(-1)), "colorscale": DIVERGING, "cmin": -1, "cmax": 1}
    marker.update(size=6, line={"color": outline, "width": 1})
    return {
        "type": "scatter",
        "mode": "markers",
        "name": name,
        "x": rounded(points[:, 0]),
        "y": rounded(points[:, 1]),
        "marker": marker,
        "hoverinfo": "skip",
    }


def plane_layout(extent: float, height: int) -> dict:
    """Return a square layout over [-extent, extent]² with small margins."""
    axis = {"range": [-extent, extent], "zeroline": False, "showgrid": False, "constrain": "domain"}
    return {
        "height": height,
        "margin": {"l": 30, "r": 10, "t": 10, "b": 30},
        "xaxis": axis,
        "yaxis": {**axis, "scaleanchor": "x", "scaleratio": 1},
        "legend": {"orientation": "h", "y": -0.08},
        "plot_bgcolor": "white",
        "uirevision": "playground",
    }


def boundary_figure(
    boundary: BoundaryValues,
    num_classes: int,
    train: tuple[torch.Tensor, torch.Tensor],
    test: tuple[torch.Tensor, torch.Tensor] | None,
    labels: tuple[str, str] = ("train", "test"),
    height: int = 440,
) -> go.Figure:
    """Return the decision boundary as a background picture, with train points (white rim) and test points (black)."""
    traces = [points_trace(*train, num_classes, labels[0], "white")]
    if test is not None:
        traces.append(points_trace(*test, num_classes, labels[1], "black"))
    layout = plane_layout(boundary.grid.extent, height)
    layout["images"] = [plane_image(boundary_colors(boundary, num_classes), boundary.grid)]
    return go.Figure({"data": traces, "layout": layout})


def neuron_figure(values: torch.Tensor, grid: PlaneGrid, title: str, height: int = 360) -> go.Figure:
    """Return one neuron's output over the plane as a large heatmap with a colour bar."""
    reach = max(1.0, float(values.abs().max()))
    trace = {
        "type": "heatmap",
        "x": rounded(grid.xs),
        "y": rounded(grid.ys),
        "z": rounded(values),
        "zmin": -reach,
        "zmax": reach,
        "colorscale": DIVERGING,
        "showscale": True,
    }
    layout = plane_layout(grid.extent, height)
    layout["title"] = {"text": title, "x": 0.02, "y": 0.98}
    layout["margin"]["t"] = 30
    return go.Figure({"data": [trace], "layout": layout})


def loss_figure(
    epochs: list[int], train: list[float], test: list[float], labels: dict[str, str], height: int = 220
) -> go.Figure:
    """Return train and test loss against epoch (long runs thinned to MAX_CURVE_POINTS points per line)."""
    keep = thinned_indices(len(epochs), MAX_CURVE_POINTS)
    epochs, train, test = ([values[i] for i in keep] for values in (epochs, train, test))
    traces = [
        {
            "type": "scatter",
            "mode": "lines",
            "x": epochs,
            "y": train,
            "name": labels["train"],
            "line": {"color": "#333333"},
        },
        {
            "type": "scatter",
            "mode": "lines",
            "x": epochs,
            "y": test,
            "name": labels["test"],
            "line": {"color": "#999999", "dash": "dot"},
        },
    ]
    layout = {
        "height": height,
        "margin": {"l": 40, "r": 10, "t": 10, "b": 30},
        "xaxis": {"title": {"text": labels["epoch"]}},
        "yaxis": {"title": {"text": labels["loss"]}},
        "legend": {"orientation": "h", "y": 1.15},
        "uirevision": "playground",
    }
    return go.Figure({"data": traces, "layout": layout})


def grad_norm_figure(
    epochs: list[int], norms: dict[str, list[float]], labels: dict[str, str], height: int = 260
) -> go.Figure:
    """Return each layer's gradient norm against epoch, on a log scale."""
    traces = [
        {"type": "scatter", "mode": "lines", "x": epochs, "y": values, "name": labels["layer"].format(n=name)}
        for name, values in norms.items()
    ]
    layout = {
        "height": height,
        "margin": {"l": 50, "r": 10, "t": 10, "b": 30},
        "xaxis": {"title": {"text": labels["epoch"]}},
        "yaxis": {"type": "log", "title": {"text": labels["norm"]}},
        "uirevision": "playground",
    }
    return go.Figure({"data": traces, "layout": layout})
