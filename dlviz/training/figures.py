"""Plotly figures of a run: curves (with earlier runs overlaid), confusion matrix, norms, misclassified images."""

from __future__ import annotations

import plotly.express as px
import plotly.graph_objects as go
import torch
from plotly.subplots import make_subplots

from dlviz.training.history import RunRecord

COLORS = px.colors.qualitative.Plotly


def curves_figure(
    current: RunRecord, earlier: list[RunRecord], titles: tuple[str, str, str], names: dict[str, str],
    best_epoch: int | None = None,
) -> go.Figure:
    """Return loss / accuracy / learning-rate panels per epoch; earlier runs faint, the current one bold."""
    figure = make_subplots(rows=1, cols=3, subplot_titles=titles, horizontal_spacing=0.07)
    runs = [*earlier, current]
    for index, run in enumerate(runs):
        is_current = run is current
        color = COLORS[index % len(COLORS)]
        width, opacity = (2.5, 1.0) if is_current else (1.2, 0.45)
        epochs = [e.epoch + 1 for e in run.epochs]
        style = {"legendgroup": run.label, "opacity": opacity}
        if is_current and run.steps:
            steps_per_epoch = max(1, run.steps_per_epoch)
            figure.add_trace(go.Scattergl(
                x=[s / steps_per_epoch for s, _, _ in run.steps], y=[loss for _, loss, _ in run.steps],
                mode="lines", line={"color": color, "width": 0.8}, name=f"{run.label} · {names['step']}",
                opacity=0.35, legendgroup=run.label), row=1, col=1)
        figure.add_trace(go.Scatter(x=epochs, y=run.column("train_loss"), mode="lines+markers",
                                    line={"color": color, "width": width}, name=f"{run.label} · {names['train']}",
                                    **style), row=1, col=1)
        if any(v is not None for v in run.column("val_loss")):
            figure.add_trace(go.Scatter(x=epochs, y=run.column("val_loss"), mode="lines+markers",
                                        line={"color": color, "width": width, "dash": "dash"},
                                        name=f"{run.label} · {names['val']}", **style), row=1, col=1)
        if any(v is not None for v in run.column("accuracy")):
            figure.add_trace(go.Scatter(x=epochs, y=run.column("accuracy"), mode="lines+markers",
                                        line={"color": color, "width": width}, showlegend=False, **style),
                             row=1, col=2)
        figure.add_trace(go.Scatter(x=epochs, y=run.column("lr"), mode="lines+markers",
                                    line={"color": color, "width": width}, showlegend=False, **style), row=1, col=3)
    if best_epoch is not None and best_epoch < len(current.epochs):
        event = current.epochs[best_epoch]
        y = event.val_loss if event.val_loss is not None else event.train_loss
        figure.add_trace(go.Scatter(x=[best_epoch + 1], y=[y], mode="markers", name=names["best"],
                                    marker={"symbol": "star", "size": 16, "color": "gold",
                                            "line": {"color": "black", "width": 1}}), row=1, col=1)
    figure.update_xaxes(title_text=names["epoch"])
    figure.update_layout(height=360, margin={"l": 10, "r": 10, "t": 40, "b": 10},
                         legend={"orientation": "h", "y": -0.25}, uirevision="training")
    return figure


def confusion_figure(matrix: torch.Tensor, class_names: tuple[str, ...], axis_titles: tuple[str, str]) -> go.Figure:
    """Return a heatmap of confusion counts, actual classes as rows."""
    figure = px.imshow(matrix.cpu().numpy(), x=list(class_names), y=list(class_names), text_auto=True,
                       color_continuous_scale="Blues", labels={"x": axis_titles[1], "y": axis_titles[0]})
    figure.update_xaxes(type="category", side="top")
    figure.update_yaxes(type="category")
    figure.update_layout(height=420, margin={"l": 10, "r": 10, "t": 40, "b": 10}, coloraxis_showscale=False)
    return figure


def norms_figure(run: RunRecord, titles: tuple[str, str], epoch_title: str) -> go.Figure:
    """Return per-parameter gradient-norm (epoch mean) and weight-norm lines, one per parameter tensor."""
    figure = make_subplots(rows=1, cols=2, subplot_titles=titles)
    epochs = [e.epoch + 1 for e in run.epochs]
    names = list(run.epochs[0].weight_norms or {}) if run.epochs else []
    for index, name in enumerate(names):
        color = COLORS[index % len(COLORS)]
        grads = [(e.grad_norms or {}).get(name) for e in run.epochs]
        weights = [(e.weight_norms or {}).get(name) for e in run.epochs]
        figure.add_trace(go.Scatter(x=epochs, y=grads, name=name, legendgroup=name, line={"color": color}), 1, 1)
        figure.add_trace(go.Scatter(x=epochs, y=weights, name=name, legendgroup=name, showlegend=False,
                                    line={"color": color}), 1, 2)
    figure.update_yaxes(type="log", row=1, col=1)
    figure.update_xaxes(title_text=epoch_title)
    figure.update_layout(height=380, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return figure


def misclassified_figure(images: torch.Tensor, captions: list[str]) -> go.Figure:
    """Return a row of grey images (n, 1, h, w) captioned with 'actual → predicted'."""
    pixels = images[:, 0].cpu().numpy()
    figure = px.imshow(pixels, facet_col=0, facet_col_wrap=min(8, len(pixels)), binary_string=True,
                       facet_row_spacing=0.08)
    for annotation, caption in zip(figure.layout.annotations, captions, strict=False):
        annotation.text = caption
    figure.update_xaxes(showticklabels=False)
    figure.update_yaxes(showticklabels=False)
    rows = (len(pixels) + 7) // 8
    figure.update_layout(height=150 * rows + 30, margin={"l": 0, "r": 0, "t": 30, "b": 0})
    return figure
