"""The transfer-learning chart: validation accuracy per epoch of the transferred and the from-scratch model."""

from __future__ import annotations

import plotly.graph_objects as go

COLORS = {"transfer": "#2563eb", "scratch": "#f97316"}


def transfer_figure(
    curves: dict[str, list[float]], names: dict[str, str], x_title: str, y_title: str
) -> go.Figure:
    """Return one line per curve (epoch 0 = before training), accuracy on a 0–1 axis."""
    figure = go.Figure()
    for kind, curve in curves.items():
        figure.add_trace(
            go.Scatter(
                x=list(range(len(curve))),
                y=curve,
                mode="lines+markers",
                name=names[kind],
                line={"color": COLORS[kind]},
            )
        )
    figure.update_layout(
        xaxis_title=x_title, yaxis_title=y_title, yaxis_range=[0, 1], height=380, legend={"orientation": "h"}
    )
    return figure
