"""Plotly figures of the Playground: decision boundary with points, one neuron enlarged, loss and gradient curves."""

from __future__ import annotations

import plotly.graph_objects as go
import torch

from dlviz.playground.grid import BoundaryValues, PlaneGrid

ORANGE = "#f59322"
BLUE = "#0877bd"
CLASS_COLORS = (ORANGE, BLUE, "#2ca02c", "#9467bd", "#d62728")
DIVERGING = [[0.0, ORANGE], [0.5, "#ffffff"], [1.0, BLUE]]


def rounded(values: torch.Tensor, decimals: int = 3) -> list:
    """Return values as nested lists rounded to decimals (short JSON for the browser)."""
    return values.double().round(decimals=decimals).tolist()


def _light(color: str, amount: float) -> str:
    """Return color mixed with white: amount 0 is white, 1 is the colour itself."""
    red, green, blue = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    mix = [round(255 + (c - 255) * amount) for c in (red, green, blue)]
    return f"rgb({mix[0]},{mix[1]},{mix[2]})"


def class_colorscale(num_classes: int) -> list[list]:
    """Return a colour scale over [0, num_classes]: in [k, k+1) from pale to full class-k colour."""
    scale = []
    for k in range(num_classes):
        scale.append([k / num_classes, _light(CLASS_COLORS[k], 0.15)])
        scale.append([(k + 0.999) / num_classes, _light(CLASS_COLORS[k], 0.75)])
    scale[-1][0] = 1.0
    return scale


def boundary_heatmap(boundary: BoundaryValues, num_classes: int, showscale: bool = False) -> dict:
    """Return the heatmap trace (as a dict) of a boundary: diverging for 2 classes/regression, per class otherwise."""
    grid = boundary.grid
    trace = {"type": "heatmap", "x": rounded(grid.xs), "y": rounded(grid.ys), "hoverinfo": "skip",
             "showscale": showscale}
    if boundary.predicted is not None:
        share = 1 / num_classes
        strength = ((boundary.confidence - share) / (1 - share)).clamp(0, 0.999)
        z = boundary.predicted.float() + strength
        trace.update(z=rounded(z), zmin=0, zmax=num_classes, colorscale=class_colorscale(num_classes))
    else:
        trace.update(z=rounded(boundary.value.clamp(-1, 1)), zmin=-1, zmax=1, colorscale=DIVERGING)
    return trace


def points_trace(points: torch.Tensor, targets: torch.Tensor, num_classes: int, name: str, outline: str) -> dict:
    """Return a scatter trace of points coloured by class (or by value for regression)."""
    if num_classes:
        colors = [CLASS_COLORS[int(k)] for k in targets.tolist()]
        marker = {"color": colors}
    else:
        marker = {"color": rounded(targets.reshape(-1)), "colorscale": DIVERGING, "cmin": -1, "cmax": 1}
    marker.update(size=6, line={"color": outline, "width": 1})
    return {"type": "scatter", "mode": "markers", "name": name, "x": rounded(points[:, 0]),
            "y": rounded(points[:, 1]), "marker": marker, "hoverinfo": "skip"}


def plane_layout(extent: float, height: int) -> dict:
    """Return a square layout over [-extent, extent]² with small margins."""
    axis = {"range": [-extent, extent], "zeroline": False, "showgrid": False, "constrain": "domain"}
    return {
        "height": height,
        "margin": {"l": 30, "r": 10, "t": 10, "b": 30},
        "xaxis": axis,
        "yaxis": {**axis, "scaleanchor": "x", "scaleratio": 1},
        "legend": {"orientation": "h", "y": -0.08},
        "uirevision": "playground",
    }


def boundary_figure(
    boundary: BoundaryValues,
    num_classes: int,
    train: tuple[torch.Tensor, torch.Tensor],
    test: tuple[torch.Tensor, torch.Tensor] | None,
    labels: tuple[str, str] = ("train", "test"),
    height: int = 420,
) -> go.Figure:
    """Return the decision-boundary heatmap with the train points (white outline) and test points (black)."""
    traces = [boundary_heatmap(boundary, num_classes), points_trace(*train, num_classes, labels[0], "white")]
    if test is not None:
        traces.append(points_trace(*test, num_classes, labels[1], "black"))
    extent = float(boundary.grid.xs[-1])
    return go.Figure({"data": traces, "layout": plane_layout(extent, height)})


def neuron_figure(values: torch.Tensor, grid: PlaneGrid, title: str, height: int = 360) -> go.Figure:
    """Return one neuron's output over the plane as a large heatmap with a colour bar."""
    reach = max(1.0, float(values.abs().max()))
    trace = {"type": "heatmap", "x": rounded(grid.xs), "y": rounded(grid.ys), "z": rounded(values),
             "zmin": -reach, "zmax": reach, "colorscale": DIVERGING, "showscale": True}
    layout = plane_layout(float(grid.xs[-1]), height)
    layout["title"] = {"text": title, "x": 0.02, "y": 0.98}
    layout["margin"]["t"] = 30
    return go.Figure({"data": [trace], "layout": layout})


def loss_figure(epochs: list[int], train: list[float], test: list[float], labels: dict[str, str],
                height: int = 220) -> go.Figure:
    """Return train and test loss against epoch."""
    traces = [
        {"type": "scatter", "mode": "lines", "x": epochs, "y": train, "name": labels["train"],
         "line": {"color": "#333333"}},
        {"type": "scatter", "mode": "lines", "x": epochs, "y": test, "name": labels["test"],
         "line": {"color": "#999999", "dash": "dot"}},
    ]
    layout = {"height": height, "margin": {"l": 40, "r": 10, "t": 10, "b": 30},
              "xaxis": {"title": {"text": labels["epoch"]}}, "yaxis": {"title": {"text": labels["loss"]}},
              "legend": {"orientation": "h", "y": 1.15}, "uirevision": "playground"}
    return go.Figure({"data": traces, "layout": layout})


def grad_norm_figure(epochs: list[int], norms: dict[str, list[float]], labels: dict[str, str],
                     height: int = 260) -> go.Figure:
    """Return each layer's gradient norm against epoch, on a log scale."""
    traces = [
        {"type": "scatter", "mode": "lines", "x": epochs, "y": values, "name": labels["layer"].format(n=name)}
        for name, values in norms.items()
    ]
    layout = {"height": height, "margin": {"l": 50, "r": 10, "t": 10, "b": 30},
              "xaxis": {"title": {"text": labels["epoch"]}},
              "yaxis": {"type": "log", "title": {"text": labels["norm"]}}, "uirevision": "playground"}
    return go.Figure({"data": traces, "layout": layout})
