"""An annotated heatmap of any tensor: 1-D strip, 2-D grid, 3-D+ as side-by-side slices, big ones downsampled."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
import torch

from dlviz import limits

MAX_SLICES = 4
CELL_PIXELS = 34
FADE = "rgba(255,255,255,0.78)"
OUTLINE = "#e4572e"
MAX_OUTLINES = 200


@dataclass(frozen=True)
class HeatmapPlan:
    """How a tensor is drawn: its 2-D slices, which are shown, and the row/column step when downsampled."""

    rows: int
    cols: int
    slices: int
    shown_slices: int
    step: int
    slice_labels: tuple[str, ...]

    @property
    def summarized(self) -> bool:
        """Return whether some cells or slices are left out."""
        return self.step > 1 or self.shown_slices < self.slices


def as_grids(values: torch.Tensor) -> torch.Tensor:
    """Return values as a stack of 2-D grids: () -> (1,1,1), (n,) -> (1,1,n), (r,c) -> (1,r,c), (..., r, c) -> (k,r,c)."""
    if values.dim() == 0:
        return values.reshape(1, 1, 1)
    if values.dim() == 1:
        return values.reshape(1, 1, -1)
    return values.reshape(-1, *values.shape[-2:])


def _shown(tensor: torch.Tensor, plan: HeatmapPlan) -> torch.Tensor:
    """Return the part of a tensor that is drawn: the first slices, every step-th row and column, on the CPU."""
    return as_grids(tensor.detach())[: plan.shown_slices, :: plan.step, :: plan.step].cpu()


def heatmap_plan(shape: tuple[int, ...], max_cells: int | None = None) -> HeatmapPlan:
    """Return the plan for drawing a tensor of this shape within max_cells annotated cells."""
    max_cells = max_cells or limits.MAX_HEATMAP_CELLS.value
    shape = tuple(shape)
    rows = shape[-2] if len(shape) >= 2 else 1
    cols = shape[-1] if shape else 1
    slices = math.prod(shape[:-2]) if len(shape) > 2 else 1
    shown = min(slices, MAX_SLICES)
    budget = max(1, max_cells // max(shown, 1))
    step = 1
    while math.ceil(rows / step) * math.ceil(cols / step) > budget:
        step += 1
    lead = shape[:-2]
    labels = tuple(
        "[" + ", ".join(str(i) for i in np.unravel_index(k, lead)) + ", :, :]" if lead else ""
        for k in range(shown)
    )
    return HeatmapPlan(rows, cols, slices, shown, step, labels)


def _numbers(tensor: torch.Tensor) -> np.ndarray:
    """Return the tensor's values as a float64 NumPy array (bools as 0/1)."""
    if tensor.is_complex():
        tensor = tensor.abs()
    return tensor.to(torch.float64).numpy()


def _cell_text(values: np.ndarray, integral: bool) -> np.ndarray:
    """Return each value as short text: integers whole, floats to 5 significant digits (3 in wide grids)."""
    if not values.size:
        return values.astype(str)
    if integral:
        return np.vectorize(lambda v: f"{int(v)}")(values)
    digits = 5 if values.shape[-1] <= 8 else 3
    return np.vectorize(lambda v: f"{v:.{digits}g}")(values)


def tensor_heatmap(
    tensor: torch.Tensor,
    title: str | None = None,
    highlight: torch.Tensor | None = None,
    max_cells: int | None = None,
    height: int | None = None,
) -> go.Figure:
    """Return an annotated heatmap of a tensor; highlight (a bool tensor of the same shape) outlines cells and fades the rest.

    An empty tensor (a dimension of size 0) is drawn as an empty dashed grid labelled with its shape.
    """
    if tensor.numel() == 0:
        return empty_heatmap(tuple(tensor.shape), title, height)
    plan = heatmap_plan(tuple(tensor.shape), max_cells)
    grids = _numbers(_shown(tensor, plan))
    integral = not (tensor.is_floating_point() or tensor.is_complex())
    marks = None
    if highlight is not None:
        marks = _shown(highlight, plan).numpy().astype(bool)
    k, rows, cols = grids.shape
    gap = 1 if k > 1 else 0
    width = k * cols + (k - 1) * gap
    z = np.full((rows, width), np.nan)
    text = np.full((rows, width), "", dtype=object)
    fade = np.full((rows, width), np.nan)
    xs = []
    for index in range(k):
        left = index * (cols + gap)
        z[:, left : left + cols] = grids[index]
        text[:, left : left + cols] = _cell_text(grids[index], integral)
        xs.append(left)
        if marks is not None:
            fade[:, left : left + cols] = np.where(marks[index], np.nan, 1.0)
    column_labels = [str(c * plan.step) for c in range(cols)]
    tick_values = [left + c for left in xs for c in range(cols)]
    tick_text = column_labels * k
    traces = [
        {
            "type": "heatmap",
            "z": z,
            "text": text.tolist(),
            "texttemplate": "%{text}",
            "hoverinfo": "skip" if plan.step > 1 else None,
            "hovertemplate": None if plan.step > 1 else "%{text}<extra></extra>",
            "colorscale": "Blues",
            "reversescale": True,
            "showscale": False,
            "xgap": 1,
            "ygap": 1,
        }
    ]
    if marks is not None:
        traces.append(
            {
                "type": "heatmap",
                "z": fade,
                "colorscale": [[0, FADE], [1, FADE]],
                "showscale": False,
                "hoverinfo": "skip",
                "xgap": 1,
                "ygap": 1,
            }
        )
        traces.append(_outline(marks, xs))
    annotations = [
        {
            "x": left + (cols - 1) / 2,
            "y": -0.5,
            "yshift": 10,
            "text": plan.slice_labels[index],
            "showarrow": False,
            "yanchor": "bottom",
            "font": {"size": 11},
        }
        for index, left in enumerate(xs)
        if plan.slice_labels[index]
    ]
    row_labels = [str(r * plan.step) for r in range(rows)]
    show_ticks = width <= 40
    layout = {
        "title": {
            "text": title,
            "font": {"size": 14},
            "x": 0,
            "xanchor": "left",
            "y": 1,
            "yanchor": "top",
            "pad": {"t": 6},
        }
        if title
        else None,
        "height": height
        or min(460, 70 + (40 if title else 0) + (22 if k > 1 else 0) + rows * min(CELL_PIXELS, 360 // rows)),
        "margin": {"l": 30, "r": 10, "t": 30 + (30 if title else 0) + (20 if k > 1 else 0), "b": 10},
        "xaxis": {
            "tickvals": tick_values if show_ticks else None,
            "ticktext": tick_text if show_ticks else None,
            "side": "top",
            "ticks": "",
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
        },
        "yaxis": {
            "tickvals": list(range(rows)),
            "ticktext": row_labels,
            "autorange": "reversed",
            "ticks": "",
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
            "showticklabels": rows > 1,
        },
        "annotations": annotations,
        "plot_bgcolor": "rgba(0,0,0,0)",
    }
    # The traces are built from known-good literals: skipping plotly's per-property validation halves the build time.
    return go.Figure(data=traces, layout=layout, _validate=False)


def empty_heatmap(shape: tuple[int, ...], title: str | None = None, height: int | None = None) -> go.Figure:
    """Return the drawing of an empty tensor: a dashed frame as tall and wide as its last two sizes, and its shape."""
    rows = shape[-2] if len(shape) >= 2 else 1
    cols = shape[-1] if shape else 1
    shown_rows, shown_cols = min(rows, 12), min(cols, 40)
    right, bottom = max(shown_cols, 0.25) - 0.5, max(shown_rows, 0.25) - 0.5
    layout = {
        "title": {"text": title, "font": {"size": 14}, "x": 0, "xanchor": "left"} if title else None,
        "height": height or min(460, 90 + (40 if title else 0) + shown_rows * CELL_PIXELS),
        "margin": {"l": 30, "r": 10, "t": 30 + (30 if title else 0), "b": 10},
        "xaxis": {"visible": False, "range": [-0.7, max(right, 3) + 0.2], "fixedrange": True},
        "yaxis": {"visible": False, "range": [bottom + 0.7, -0.7], "fixedrange": True},
        "shapes": [
            {
                "type": "rect",
                "x0": -0.5,
                "x1": right,
                "y0": -0.5,
                "y1": bottom,
                "line": {"color": OUTLINE, "dash": "dash", "width": 2},
            }
        ],
        "annotations": [
            {
                "x": (right - 0.5) / 2,
                "y": (bottom - 0.5) / 2,
                "text": f"∅ {tuple(shape)}",
                "showarrow": False,
                "font": {"size": 14},
            }
        ],
        "plot_bgcolor": "rgba(0,0,0,0)",
    }
    return go.Figure(data=[], layout=layout)


def _outline(marks: np.ndarray, lefts: list[int]) -> dict:
    """Return one line trace drawing a rectangle around each highlighted cell (up to MAX_OUTLINES)."""
    xs: list[float | None] = []
    ys: list[float | None] = []
    for index, left in enumerate(lefts):
        rows, cols = np.nonzero(marks[index])
        for row, col in list(zip(rows.tolist(), cols.tolist(), strict=True))[:MAX_OUTLINES]:
            x = left + col
            xs += [x - 0.5, x + 0.5, x + 0.5, x - 0.5, x - 0.5, None]
            ys += [row - 0.5, row - 0.5, row + 0.5, row + 0.5, row - 0.5, None]
    return {
        "type": "scatter",
        "x": xs,
        "y": ys,
        "mode": "lines",
        "line": {"color": OUTLINE, "width": 2},
        "hoverinfo": "skip",
        "showlegend": False,
    }
