"""Plotly figures of the Autograd Lab: gradient accumulation, descent losses, activation history."""

from __future__ import annotations

import plotly.graph_objects as go

from dlviz.autograd.accumulate import AccumulationRecord
from dlviz.autograd.descent import DescentHistory, W2OnlyHistory


def _layout(figure: go.Figure, x_title: str, y_title: str, log_y: bool = False) -> go.Figure:
    """Return the figure with compact margins and axis titles."""
    figure.update_layout(
        height=320,
        margin=dict(l=10, r=10, t=30, b=10),
        xaxis_title=x_title,
        yaxis_title=y_title,
        legend_title=None,
    )
    if log_y:
        figure.update_yaxes(type="log")
    return figure


def accumulation_figure(records: list[AccumulationRecord], x_title: str, y_title: str) -> go.Figure:
    """Return .grad (sum over elements per leaf) after each backward call."""
    figure = go.Figure()
    names = list(records[0].grads) if records else []
    for name in names:
        values = [None if r.grads[name] is None else float(r.grads[name].sum()) for r in records]
        figure.add_scatter(
            x=[r.call for r in records], y=values, mode="lines+markers", name=f"{name}.grad.sum()"
        )
    return _layout(figure, x_title, y_title)


def descent_figure(hand: DescentHistory, sgd: DescentHistory, labels: dict[str, str]) -> go.Figure:
    """Return the loss per step of hand-written descent and torch.optim.SGD on one log axis."""
    figure = go.Figure()
    steps = list(range(1, len(hand.losses) + 1))
    figure.add_scatter(x=steps, y=hand.losses, mode="lines+markers", name=labels["hand"])
    figure.add_scatter(
        x=steps, y=sgd.losses, mode="lines", name=labels["sgd"], line=dict(dash="dash", width=3)
    )
    return _layout(figure, labels["x"], labels["y"], log_y=True)


def activation_history_figure(history: W2OnlyHistory, labels: dict[str, str]) -> go.Figure:
    """Return one line per epoch (at most 25) across the input, hidden and output neurons, as the tutorial's exercise plots."""
    neurons = [labels["input"], labels["hidden"], labels["output"]]
    count = len(history.activations)
    epochs = shown_epochs(count)
    traces = [
        dict(
            type="scatter",
            x=neurons,
            y=history.activations[epoch - 1],
            mode="lines+markers",
            name=labels["epoch"].format(epoch=epoch),
            showlegend=index % 5 == 0 or epoch == count,
            line=dict(color=f"rgba(37, 99, 235, {0.25 + 0.75 * epoch / max(count, 1):.2f})"),
        )
        for index, epoch in enumerate(epochs)
    ]
    return _layout(go.Figure(data=traces), labels["x"], labels["y"])


MOST_EPOCH_LINES = 25


def _stride(count: int) -> int:
    """Return the step between drawn epochs so that at most MOST_EPOCH_LINES lines are drawn."""
    return max(1, -(-count // MOST_EPOCH_LINES))


def shown_epochs(count: int) -> list[int]:
    """Return the epochs (1-based) drawn in the activation history: every one up to 25, else evenly spaced and the last."""
    epochs = list(range(1, count + 1, _stride(count)))
    return epochs if not count or epochs[-1] == count else [*epochs, count]
