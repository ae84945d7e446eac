"""Plotly figure of the Playground: each layer's gradient norm against epoch (the live view is a canvas)."""

from __future__ import annotations

import plotly.graph_objects as go

from dlviz.figures.thinning import thinned_indices

MAX_CURVE_POINTS = 500  # a curve sends at most this many points to the browser


def grad_norm_figure(
    epochs: list[int], norms: dict[str, list[float]], labels: dict[str, str], height: int = 260
) -> go.Figure:
    """Return each layer's gradient norm against epoch, on a log scale (long runs thinned to MAX_CURVE_POINTS)."""
    keep = thinned_indices(len(epochs), MAX_CURVE_POINTS)
    traces = [
        {
            "type": "scatter",
            "mode": "lines",
            "x": [epochs[i] for i in keep],
            "y": [values[i] for i in keep],
            "name": labels["layer"].format(n=name),
        }
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
