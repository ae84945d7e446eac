"""Plotly figure of learning rate against epoch, with the loss ReduceLROnPlateau was fed."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go
from plotly.subplots import make_subplots

from dlviz.optim.schedules import ScheduleRun

COLORS = {
    "StepLR": "#1f77b4",
    "MultiStepLR": "#ff7f0e",
    "ExponentialLR": "#2ca02c",
    "CosineAnnealingLR": "#9467bd",
    "OneCycleLR": "#d62728",
    "ReduceLROnPlateau": "#8c564b",
}


def schedule_figure(
    run: ScheduleRun, others: list[ScheduleRun], text: dict[str, str], log_y: bool
) -> go.Figure:
    """Return the chosen schedule's rate per epoch (bold), others faint, and the plateau loss if any."""
    figure = make_subplots(specs=[[{"secondary_y": run.losses is not None}]])
    for other in others:
        figure.add_scatter(
            x=np.arange(len(other.lrs)),
            y=other.lrs,
            mode="lines",
            name=other.name,
            line_shape="hv",
            line={"color": COLORS[other.name], "width": 1, "dash": "dot"},
            opacity=0.6,
        )
    figure.add_scatter(
        x=np.arange(len(run.lrs)),
        y=run.lrs,
        mode="lines",
        name=run.name,
        line_shape="hv",
        line={"color": COLORS[run.name], "width": 3},
        hovertemplate=text["epoch"] + " %{x}<br>lr = %{y:.6g}<extra></extra>",
    )
    if run.losses is not None:
        figure.add_scatter(
            x=np.arange(len(run.losses)),
            y=run.losses,
            mode="lines+markers",
            name=text["loss"],
            line={"color": "grey", "width": 1},
            marker={"size": 3},
            secondary_y=True,
        )
        changes = run.changes
        figure.add_scatter(
            x=changes,
            y=run.lrs[changes],
            mode="markers",
            name=text["reduced"],
            marker={"symbol": "triangle-down", "size": 12, "color": COLORS[run.name]},
        )
        figure.update_yaxes(title_text=text["loss"], secondary_y=True, showgrid=False)
    figure.update_yaxes(
        title_text=text["lr"], type="log" if log_y else "linear", exponentformat="power", secondary_y=False
    )
    figure.update_xaxes(title_text=text["epoch"])
    figure.update_layout(
        height=430, margin={"l": 10, "r": 10, "t": 30, "b": 10}, legend={"orientation": "h", "y": -0.2}
    )
    return figure
