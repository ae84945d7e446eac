"""Plotly figures of the arena: animated paths over a contour plot, and loss against step."""

from __future__ import annotations

import numpy as np
import plotly.graph_objects as go

from dlviz.figures.thinning import thinned_indices
from dlviz.optim.optimizers import RACERS
from dlviz.optim.surfaces import Surface, loss_grid
from dlviz.optim.trajectory import Trajectory

MAX_FRAMES = 24
MAX_FRAME_POINTS = 40
LOSS_FLOOR = 1e-12


def log_gap(values: np.ndarray, minimum: float) -> np.ndarray:
    """Return log10(loss - minimum), floored so that exact minima stay drawable."""
    return np.log10(np.maximum(np.asarray(values, dtype=float) - minimum, 0.0) + 1e-3)


def contour_trace(surface: Surface) -> go.Contour:
    """Return the filled contour of log10(f - f_min + 0.001) over the surface's plot range."""
    xs, ys, values = loss_grid(surface)
    return go.Contour(
        x=xs,
        y=ys,
        z=log_gap(values, surface.minimum_value),
        ncontours=28,
        colorscale="Blues",
        reversescale=True,
        opacity=0.55,
        showscale=False,
        hoverinfo="skip",
        line={"width": 0.5},
    )


def frame_steps(steps: int, frames: int = MAX_FRAMES) -> list[int]:
    """Return the step indices the animation shows, at most `frames` of them, ending at `steps`."""
    return sorted({int(round(k)) for k in np.linspace(0, steps, min(frames, steps) + 1)})


def line_styles(names) -> dict[str, dict]:
    """Return the plotly line style of each arena optimizer: its registry colour."""
    return {name: {"color": RACERS[name].color, "width": 2} for name in names}


def arena_figure(
    surface: Surface,
    trajectories: dict[str, Trajectory],
    labels: dict[str, str],
    text: dict[str, str],
    styles: dict[str, dict] | None = None,
    animate: bool = True,
) -> go.Figure:
    """Return the contour plot with every path, animated by plotly frames (play, pause, step slider)."""
    styles = styles or line_styles(trajectories)
    figure = go.Figure([contour_trace(surface)])
    minima = np.array(surface.minima)
    figure.add_scatter(
        x=minima[:, 0],
        y=minima[:, 1],
        mode="markers",
        name=text["minimum"],
        marker={"symbol": "star", "size": 14, "color": "gold", "line": {"color": "black", "width": 1}},
    )
    start = next(iter(trajectories.values())).path[0] if trajectories else None
    if start is not None:
        figure.add_scatter(
            x=[start[0]],
            y=[start[1]],
            mode="markers",
            name=text["start"],
            marker={"symbol": "circle-open", "size": 12, "color": "black", "line": {"width": 2}},
        )
    first = len(figure.data)
    names = list(trajectories)
    for name in names:
        path = trajectories[name].path
        figure.add_scatter(
            x=path[:, 0],
            y=path[:, 1],
            mode="lines",
            name=labels[name],
            legendgroup=name,
            line=styles[name],
        )
    heads = np.array([trajectories[name].path[-1] for name in names]).reshape(-1, 2)
    figure.add_scatter(
        x=heads[:, 0],
        y=heads[:, 1],
        mode="markers",
        showlegend=False,
        text=names,
        marker={
            "color": [styles[name]["color"] for name in names],
            "size": 9,
            "line": {"color": "white", "width": 1},
        },
        hovertemplate="%{text}<br>x=%{x:.4g}<br>y=%{y:.4g}<extra></extra>",
    )
    steps = max((len(t.losses) - 1 for t in trajectories.values()), default=0)
    if steps and animate:
        figure = _animate(figure, trajectories, first, steps, text)
    figure.update_layout(
        xaxis={"range": surface.x_range, "title": "x", "constrain": "domain"},
        yaxis={"range": surface.y_range, "title": "y"},
        height=560,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.25},
    )
    return figure


def _thinned(path: np.ndarray, points: int = MAX_FRAME_POINTS) -> list[list[float]]:
    """Return at most `points` rows of path as rounded lists, always keeping the first and the last."""
    return np.round(path[thinned_indices(len(path), points)], 5).T.tolist()


def _animate(
    figure: go.Figure, trajectories: dict[str, Trajectory], first: int, steps: int, text
) -> go.Figure:
    """Return the figure with frames that grow each path, play/pause buttons and a step slider."""
    names = list(trajectories)
    indices = list(range(first, first + len(names) + 1))
    frames = []
    for step in frame_steps(steps):
        lines, heads = [], []
        for name in names:
            xs, ys = _thinned(trajectories[name].path[: step + 1])
            lines.append({"type": "scatter", "x": xs, "y": ys})
            heads.append((xs[-1], ys[-1]))
        head_xs, head_ys = zip(*heads, strict=True)
        lines.append({"type": "scatter", "x": list(head_xs), "y": list(head_ys)})
        frames.append({"data": lines, "traces": indices, "name": str(step)})
    play = {"frame": {"duration": 60, "redraw": False}, "fromcurrent": True, "transition": {"duration": 0}}
    pause = {"frame": {"duration": 0, "redraw": False}, "mode": "immediate"}
    figure.update_layout(
        updatemenus=[
            {
                "type": "buttons",
                "direction": "left",
                "x": 0.0,
                "y": 1.09,
                "xanchor": "left",
                "buttons": [
                    {"label": text["play"], "method": "animate", "args": [None, play]},
                    {"label": text["pause"], "method": "animate", "args": [[None], pause]},
                ],
            }
        ],
        sliders=[
            {
                "x": 0.25,
                "len": 0.75,
                "y": 1.12,
                "yanchor": "bottom",
                "pad": {"t": 0, "b": 0},
                "currentvalue": {"prefix": text["step"] + " "},
                "steps": [
                    {
                        "label": frame["name"],
                        "method": "animate",
                        "args": [
                            [frame["name"]],
                            {"mode": "immediate", "frame": {"duration": 0, "redraw": False}},
                        ],
                    }
                    for frame in frames
                ],
                "active": len(frames) - 1,
            }
        ],
        margin={"t": 70},
    )
    # Frames are plain, known-good dicts: skipping plotly's per-trace validation keeps a rerun fast.
    return go.Figure(data=figure.data, layout=figure.layout, frames=frames, _validate=False)


def loss_figure(
    surface: Surface,
    trajectories: dict[str, Trajectory],
    labels: dict[str, str],
    text: dict[str, str],
    styles: dict[str, dict] | None = None,
) -> go.Figure:
    """Return loss minus the surface's minimum against step (log scale); a diverged run ends in an ∞ mark."""
    styles = styles or line_styles(trajectories)
    figure = go.Figure()
    finite_top = LOSS_FLOOR
    for trajectory in trajectories.values():
        gaps = trajectory.losses - surface.minimum_value
        finite = gaps[np.isfinite(gaps)]
        if finite.size:
            finite_top = max(finite_top, float(finite.max()))
    infinity_y = finite_top * 30
    for name, trajectory in trajectories.items():
        gaps = np.maximum(trajectory.losses - surface.minimum_value, LOSS_FLOOR)
        steps = np.arange(len(gaps))
        shown = np.isfinite(gaps)
        color = styles[name]["color"]
        figure.add_scatter(
            x=steps[shown],
            y=gaps[shown],
            mode="lines",
            name=labels[name],
            line=styles[name],
            legendgroup=name,
        )
        if trajectory.diverged_at is not None:
            figure.add_scatter(
                x=[trajectory.diverged_at],
                y=[infinity_y],
                mode="markers+text",
                text=["∞"],
                textposition="top center",
                legendgroup=name,
                showlegend=False,
                marker={"symbol": "x", "size": 12, "color": color},
                hovertemplate=f"{name}: {text['diverged']}<extra></extra>",
            )
    figure.update_layout(
        xaxis={"title": text["step"]},
        yaxis={"title": text["loss_axis"], "type": "log", "exponentformat": "power"},
        height=560,
        margin={"l": 10, "r": 10, "t": 30, "b": 10},
        legend={"orientation": "h", "y": -0.25},
    )
    return figure
