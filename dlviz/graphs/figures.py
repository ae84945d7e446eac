"""Plotly figures of the lab: loss per iteration by branch, and timing curves per mode."""

from __future__ import annotations

import plotly.graph_objects as go

from dlviz.graphs.scripting import IterationRecord
from dlviz.graphs.seed_functions import LOSS_SWITCH

BRANCH_COLORS = {"w2a": "#2563eb", "w2b": "#ea580c"}
MODE_COLORS = {"eager": "#6b7280", "script": "#2563eb", "compile": "#16a34a"}


def loss_figure(records: list[IterationRecord], labels: dict[str, str]) -> go.Figure:
    """Return loss per iteration, markers coloured by the branch used, with the switch line at 5."""
    figure = go.Figure()
    figure.add_trace(
        go.Scatter(
            x=[r.step for r in records],
            y=[r.loss for r in records],
            mode="lines",
            line={"color": "#9ca3af"},
            showlegend=False,
        )
    )
    for branch, color in BRANCH_COLORS.items():
        chosen = [r for r in records if r.branch == branch]
        figure.add_trace(
            go.Scatter(
                x=[r.step for r in chosen],
                y=[r.loss for r in chosen],
                mode="markers",
                marker={"color": color, "size": 9},
                name=labels[branch],
            )
        )
    figure.add_hline(y=LOSS_SWITCH, line_dash="dash", line_color="#dc2626", annotation_text="prev_loss < 5.0")
    figure.update_layout(
        xaxis_title=labels["step"],
        yaxis_title=labels["loss"],
        height=320,
        margin={"t": 30, "b": 40},
        legend={"orientation": "h", "y": 1.12},
    )
    return figure


def timing_figure(table: dict, selected_size: int, labels: dict[str, str]) -> go.Figure:
    """Return median time per size for eager, script and compile (log-log), the chosen size marked."""
    figure = go.Figure()
    sizes = [row["size"] for row in table["rows"]]
    for mode, color in MODE_COLORS.items():
        times = [row.get(f"{mode}_s") for row in table["rows"]]
        if any(t is not None for t in times):
            figure.add_trace(
                go.Scatter(
                    x=sizes,
                    y=[t * 1e3 if t is not None else None for t in times],
                    mode="lines+markers",
                    name=labels[mode],
                    line={"color": color},
                )
            )
    figure.add_vline(x=selected_size, line_dash="dot", line_color="#111827")
    figure.update_layout(
        xaxis={"type": "log", "title": labels["size"]},
        yaxis={"type": "log", "title": labels["time"]},
        height=340,
        margin={"t": 30, "b": 40},
        legend={"orientation": "h", "y": 1.12},
    )
    return figure
