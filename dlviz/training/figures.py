"""Plotly figures of a run: curves (with earlier runs overlaid), confusion matrix, norms, misclassified images."""

from __future__ import annotations

import math

import plotly.express as px
import plotly.graph_objects as go
import torch
from plotly.subplots import make_subplots

from dlviz.figures.thinning import thinned_indices
from dlviz.training.history import RunRecord

COLORS = px.colors.qualitative.Plotly


MAX_STEP_POINTS = 600
CURVES_HEIGHT = 380
PANEL_DOMAINS = ((0.0, 0.3), (0.36, 0.66), (0.72, 1.0))
FROM_ZERO = (False, False, True)  # loss, accuracy, learning rate: only the learning-rate axis starts at 0


def _thinned(points: list, limit: int = MAX_STEP_POINTS) -> list:
    """Return at most limit evenly spread points, always keeping the first and the last."""
    return [points[i] for i in thinned_indices(len(points), limit)]


def _line(
    x,
    y,
    panel: int,
    name: str | None,
    color: str,
    width: float,
    opacity: float,
    group: str,
    dash: str = "solid",
    show: bool = True,
) -> dict:
    suffix = "" if panel == 1 else str(panel)
    return {
        "type": "scatter",
        "x": x,
        "y": y,
        "mode": "lines+markers" if len(x) < 60 else "lines",
        "name": name,
        "xaxis": f"x{suffix}",
        "yaxis": f"y{suffix}",
        "legendgroup": group,
        "showlegend": show and name is not None,
        "opacity": opacity,
        "line": {"color": color, "width": width, "dash": dash},
        "marker": {"size": 5},
    }


def curve_traces(current: RunRecord, earlier: list[RunRecord], names: dict[str, str]) -> list[dict]:
    """Return the loss / accuracy / learning-rate line traces; earlier runs faint, the current one bold."""
    data: list[dict] = []
    runs = [*earlier, current]
    for index, run in enumerate(runs):
        is_current = run is current
        color = COLORS[
            ((run.number or index + 1) - 1) % len(COLORS)
        ]  # a run keeps its colour as runs come and go
        width, opacity = (2.5, 1.0) if is_current else (1.2, 0.45)
        epochs = [e.epoch + 1 for e in run.epochs]
        if is_current and run.steps:
            per_epoch = max(1, run.steps_per_epoch)
            steps = _thinned(run.steps)
            data.append(
                _line(
                    [s / per_epoch for s, _, _ in steps],
                    [loss for _, loss, _ in steps],
                    1,
                    f"{run.label} · {names['step']}",
                    color,
                    0.8,
                    0.35,
                    run.label,
                )
            )
        data.append(
            _line(
                epochs,
                run.column("train_loss"),
                1,
                f"{run.label} · {names['train']}",
                color,
                width,
                opacity,
                run.label,
            )
        )
        if any(v is not None for v in run.column("val_loss")):
            data.append(
                _line(
                    epochs,
                    run.column("val_loss"),
                    1,
                    f"{run.label} · {names['val']}",
                    color,
                    width,
                    opacity,
                    run.label,
                    dash="dash",
                )
            )
        if any(v is not None for v in run.column("accuracy")):
            data.append(_line(epochs, run.column("accuracy"), 2, None, color, width, opacity, run.label))
        data.append(_line(epochs, run.column("lr"), 3, None, color, width, opacity, run.label))
    return data


def loss_axis_top(current: RunRecord, earlier: list[RunRecord]) -> float | None:
    """Return a loss-axis top that leaves out rare late step spikes (over twice what else is shown), else None."""
    per_epoch = max(1, current.steps_per_epoch)
    shown = [(s, v) for s, v, _ in _thinned(current.steps) if math.isfinite(v)]
    if len(shown) < 20:
        return None
    later = sorted(v for s, v in shown if s > per_epoch)
    kept = [v for s, v in shown if s <= per_epoch]  # the first epoch's fast drop is the lesson: always shown
    kept += [v for run in [*earlier, current] for v in run.column("train_loss") + run.column("val_loss")]
    if later:
        kept.append(later[int(0.99 * (len(later) - 1))])
    top = max(v for v in kept if v is not None and math.isfinite(v)) * 1.1
    return top if later and later[-1] > 2 * top else None


def live_chart_data(
    current: RunRecord, earlier: list[RunRecord], titles: tuple[str, str, str], names: dict[str, str]
) -> dict:
    """Return curve_traces grouped by panel (non-finite values as None), with titles, for the live canvas chart."""
    panels: list[list[dict]] = [[], [], []]
    for trace in curve_traces(current, earlier, names):
        panel = int(trace["xaxis"][1:] or 1) - 1
        panels[panel].append(
            {
                "x": trace["x"],
                "y": [y if y is not None and math.isfinite(y) else None for y in trace["y"]],
                "name": trace["name"] if trace["showlegend"] else None,
                "color": trace["line"]["color"],
                "width": trace["line"]["width"],
                "dash": trace["line"]["dash"] == "dash",
                "opacity": trace["opacity"],
                "markers": trace["mode"] == "lines+markers",
            }
        )
    return {
        "titles": list(titles),
        "x_title": names["epoch"],
        "domains": [list(domain) for domain in PANEL_DOMAINS],
        "from_zero": list(FROM_ZERO),
        "y_max": [loss_axis_top(current, earlier), None, None],
        "panels": panels,
    }


def curves_figure(
    current: RunRecord,
    earlier: list[RunRecord],
    titles: tuple[str, str, str],
    names: dict[str, str],
    best_epoch: int | None = None,
) -> go.Figure:
    """Return the curve_traces as three plotly panels (plain dicts, cheap to build), the best epoch starred."""
    data = curve_traces(current, earlier, names)
    if best_epoch is not None and best_epoch < len(current.epochs):
        event = current.epochs[best_epoch]
        y = event.val_loss if event.val_loss is not None else event.train_loss
        data.append(
            {
                "type": "scatter",
                "x": [best_epoch + 1],
                "y": [y],
                "mode": "markers",
                "name": names["best"],
                "xaxis": "x",
                "yaxis": "y",
                "marker": {
                    "symbol": "star",
                    "size": 16,
                    "color": "gold",
                    "line": {"color": "black", "width": 1},
                },
            }
        )
    layout: dict = {
        "height": CURVES_HEIGHT,
        "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
        "uirevision": "training",
        "legend": {
            "orientation": "h",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
        },  # below the axis titles
        "annotations": [],
    }
    for panel, (domain, title) in enumerate(zip(PANEL_DOMAINS, titles, strict=True), start=1):
        suffix = "" if panel == 1 else str(panel)
        layout[f"xaxis{suffix}"] = {
            "domain": list(domain),
            "anchor": f"y{suffix}",
            "title": {"text": names["epoch"]},
        }
        layout[f"yaxis{suffix}"] = {
            "anchor": f"x{suffix}",
            "automargin": True,
            "rangemode": "tozero" if FROM_ZERO[panel - 1] else "normal",
        }
        if panel == 1 and (top := loss_axis_top(current, earlier)) is not None:
            layout["yaxis"]["range"] = [0.0, top]  # losses are never negative
        layout["annotations"].append(
            {
                "text": title,
                "x": sum(domain) / 2,
                "y": 1.0,
                "xref": "paper",
                "yref": "paper",
                "xanchor": "center",
                "yanchor": "bottom",
                "showarrow": False,
                "font": {"size": 14},
            }
        )
    return go.Figure({"data": data, "layout": layout}, _validate=False)


def confusion_figure(
    matrix: torch.Tensor, class_names: tuple[str, ...], axis_titles: tuple[str, str]
) -> go.Figure:
    """Return a heatmap of confusion counts, actual classes as rows (built unvalidated: 8 finishing runs at once)."""
    actual, predicted = axis_titles
    heatmap = {
        "type": "heatmap",
        "z": matrix.cpu().numpy(),
        "x": list(class_names),
        "y": list(class_names),
        "colorscale": "Blues",
        "showscale": False,
        "texttemplate": "%{z}",
        "hovertemplate": f"{actual}: %{{y}}<br>{predicted}: %{{x}}<br>%{{z}}<extra></extra>",
    }
    layout = {
        "height": 420,
        "margin": {"l": 10, "r": 10, "t": 40, "b": 10},
        "xaxis": {"type": "category", "side": "top", "title": {"text": predicted}, "constrain": "domain"},
        "yaxis": {
            "type": "category",
            "autorange": "reversed",
            "title": {"text": actual},
            "scaleanchor": "x",
            "constrain": "domain",
        },
    }
    return go.Figure({"data": [heatmap], "layout": layout}, _validate=False)


def norms_figure(run: RunRecord, titles: tuple[str, str], epoch_title: str) -> go.Figure:
    """Return per-parameter gradient-norm (epoch mean) and weight-norm lines, one per parameter tensor."""
    figure = make_subplots(rows=1, cols=2, subplot_titles=titles)
    epochs = [e.epoch + 1 for e in run.epochs]
    names = list(run.epochs[0].weight_norms or {}) if run.epochs else []
    for index, name in enumerate(names):
        color = COLORS[index % len(COLORS)]
        grads = [(e.grad_norms or {}).get(name) for e in run.epochs]
        weights = [(e.weight_norms or {}).get(name) for e in run.epochs]
        figure.add_trace(
            go.Scatter(x=epochs, y=grads, name=name, legendgroup=name, line={"color": color}), 1, 1
        )
        figure.add_trace(
            go.Scatter(
                x=epochs, y=weights, name=name, legendgroup=name, showlegend=False, line={"color": color}
            ),
            1,
            2,
        )
    figure.update_yaxes(type="log", row=1, col=1)
    figure.update_xaxes(title_text=epoch_title)
    figure.update_layout(height=380, margin={"l": 10, "r": 10, "t": 40, "b": 10})
    return figure
