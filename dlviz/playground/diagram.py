"""The network drawn as one plotly figure: each neuron a small heatmap of its output, edges by weight."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import plotly.graph_objects as go
import torch

from dlviz.playground.colors import BLUE, ORANGE, diverging_colors, png_data_uri, rgb

NODE = 1.0  # side of a neuron's square, in plot units
ROW_GAP = 1.35
COLUMN_GAP = 3.2
WIDTH_LEVELS = 5


@dataclass(frozen=True)
class DiagramLabels:
    """Texts of the diagram: column titles and one hover name per neuron, column by column."""

    columns: list[str]
    neurons: list[list[str]]


def neuron_reach(values: torch.Tensor) -> float:
    """Return the colour-scale half-range of a neuron: 1, or its largest finite |output| when above 1."""
    finite = values.abs()[values.isfinite()]
    return max(1.0, float(finite.max())) if finite.numel() else 1.0


def node_centres(column_sizes: list[int]) -> list[list[tuple[float, float]]]:
    """Return the (x, y) centre of every neuron, column by column, each column centred on y = 0."""
    centres = []
    for index, size in enumerate(column_sizes):
        x = index * COLUMN_GAP
        centres.append([(x, ((size - 1) / 2 - row) * ROW_GAP) for row in range(size)])
    return centres


@dataclass(frozen=True)
class NodeCanvas:
    """Every neuron's heatmap painted into one RGBA picture, and where it sits in plot units."""

    pixels: np.ndarray  # (height, width, 4) uint8, transparent between neurons
    left: float
    top: float
    units_per_pixel: float

    def png_data_uri(self) -> str:
        """Return the picture as a PNG data: URI for a plotly layout image."""
        return png_data_uri(self.pixels)


def node_canvas(columns: list[torch.Tensor], centres: list[list[tuple[float, float]]]) -> NodeCanvas:
    """Return the neurons' outputs (each (rows, cols), row 0 at the bottom) painted at their centres."""
    resolution = columns[0].shape[-1]
    scale = resolution / NODE  # pixels per plot unit
    left = -NODE / 2
    top = max(y for column in centres for _, y in column) + NODE / 2
    width = round((centres[-1][0][0] + NODE / 2 - left) * scale)
    height = round(2 * top * scale)
    pixels = np.zeros((height, width, 4), dtype=np.uint8)
    for column, column_centres in zip(columns, centres, strict=True):
        for values, (x, y) in zip(column, column_centres, strict=True):
            row = round((top - (y + NODE / 2)) * scale)
            col = round((x - NODE / 2 - left) * scale)
            block = diverging_colors(values.flip(0), neuron_reach(values))
            pixels[row : row + block.shape[0], col : col + block.shape[1], :3] = block
            pixels[row : row + block.shape[0], col : col + block.shape[1], 3] = 255
    return NodeCanvas(pixels, left, top, 1 / scale)


def _edge_traces(weights: list[torch.Tensor], centres: list[list[tuple[float, float]]]) -> list[dict]:
    """Return edge lines grouped by sign and strength (blue positive, orange negative), plus hover points."""
    finite = [w.abs()[w.isfinite()] for w in weights]
    largest = max((float(w.max()) for w in finite if w.numel()), default=1.0) or 1.0
    groups: dict[tuple[bool, int], tuple[list, list]] = {}
    mid_x, mid_y, mid_text = [], [], []
    for layer, weight in enumerate(weights):
        values = weight.tolist()
        for out_index, (x1, y1) in enumerate(centres[layer + 1]):
            for in_index, (x0, y0) in enumerate(centres[layer]):
                value = values[out_index][in_index]
                level = (
                    min(WIDTH_LEVELS - 1, int(abs(value) / largest * WIDTH_LEVELS))
                    if math.isfinite(value)
                    else 0
                )
                xs, ys = groups.setdefault((value >= 0, level), ([], []))
                xs += [x0 + NODE / 2, x1 - NODE / 2, None]
                ys += [y0, y1, None]
                mid_x.append(round((x0 + x1) / 2, 3))
                mid_y.append(round((y0 + y1) / 2, 3))
                mid_text.append(f"w = {value:.3f}")
    traces = []
    for (positive, level), (xs, ys) in sorted(groups.items()):
        strength = (level + 1) / WIDTH_LEVELS
        red, green, blue = rgb(BLUE if positive else ORANGE).astype(int)
        traces.append(
            {
                "type": "scatter",
                "mode": "lines",
                "x": xs,
                "y": ys,
                "hoverinfo": "skip",
                "showlegend": False,
                "line": {
                    "width": 0.6 + 4 * strength,
                    "color": f"rgba({red},{green},{blue},{0.25 + 0.7 * strength:.2f})",
                },
            }
        )
    traces.append(
        {
            "type": "scatter",
            "mode": "markers",
            "x": mid_x,
            "y": mid_y,
            "text": mid_text,
            "hoverinfo": "text",
            "marker": {"size": 6, "opacity": 0},
            "showlegend": False,
        }
    )
    return traces


def network_diagram_figure(
    columns: list[torch.Tensor], weights: list[torch.Tensor], labels: DiagramLabels
) -> go.Figure:
    """Return the diagram: columns[i] is (neurons, rows, cols) outputs; weights[i] the Linear weight from column i."""
    sizes = [len(column) for column in columns]
    if len(weights) != len(columns) - 1 or any(
        w.shape != (sizes[i + 1], sizes[i]) for i, w in enumerate(weights)
    ):
        raise ValueError(
            f"weights must be {len(columns) - 1} matrices shaped (next column, this column): {sizes}"
        )
    centres = node_centres(sizes)
    canvas = node_canvas(columns, centres)
    traces = _edge_traces(weights, centres)
    flat = [
        (x, y, name)
        for column, names in zip(centres, labels.neurons, strict=True)
        for (x, y), name in zip(column, names, strict=True)
    ]
    traces.append(
        {
            "type": "scatter",
            "mode": "markers",
            "x": [x for x, _, _ in flat],
            "y": [y for _, y, _ in flat],
            "text": [name for _, _, name in flat],
            "hoverinfo": "text",
            "showlegend": False,
            "marker": {"symbol": "square", "size": 18, "opacity": 0},
        }
    )
    top = canvas.top
    annotations = [
        {
            "x": index * COLUMN_GAP,
            "y": top + 0.25,
            "text": text,
            "showarrow": False,
            "yanchor": "bottom",
            "font": {"size": 12},
        }
        for index, text in enumerate(labels.columns)
    ]
    annotations += [
        {
            "x": x - NODE / 2 - 0.1,
            "y": y,
            "text": name,
            "showarrow": False,
            "xanchor": "right",
            "font": {"size": 11},
        }
        for (x, y), name in zip(centres[0], labels.neurons[0], strict=True)
    ]
    height_px, width_px = canvas.pixels.shape[:2]
    image = {
        "source": canvas.png_data_uri(),
        "xref": "x",
        "yref": "y",
        "x": canvas.left,
        "y": top,
        "sizex": width_px * canvas.units_per_pixel,
        "sizey": height_px * canvas.units_per_pixel,
        "xanchor": "left",
        "yanchor": "top",
        "sizing": "stretch",
        "layer": "below",
    }
    layout = {
        "height": int(70 + max(sizes) * 48),
        "margin": {"l": 10, "r": 10, "t": 10, "b": 10},
        "xaxis": {"visible": False, "range": [-1.6, (len(sizes) - 1) * COLUMN_GAP + NODE]},
        "yaxis": {"visible": False, "range": [-top - 0.1, top + 0.8], "scaleanchor": "x"},
        "annotations": annotations,
        "images": [image],
        "shapes": [
            {
                "type": "rect",
                "xref": "x",
                "yref": "y",
                "x0": x - NODE / 2,
                "x1": x + NODE / 2,
                "y0": y - NODE / 2,
                "y1": y + NODE / 2,
                "line": {"color": "#bbbbbb", "width": 1},
                "layer": "above",
            }
            for x, y, _ in flat
        ],
        "showlegend": False,
        "plot_bgcolor": "rgba(0,0,0,0)",
        "uirevision": "playground-diagram",
    }
    return go.Figure({"data": traces, "layout": layout})
