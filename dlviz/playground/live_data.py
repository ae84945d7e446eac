"""What the Playground's canvas draws from: weights, points and losses as compact JSON (floats as base64 float32).

The browser runs the network on the plane's grid itself (dlviz/ui/playground/canvas.js), so a
snapshot is the network's weights, not a picture: about a hundred numbers for the default network.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections.abc import Iterable

import numpy as np
import torch

from dlviz.components.activations import ACTIVATIONS
from dlviz.figures.thinning import thinned_indices
from dlviz.playground.colors import BACKGROUND_STRENGTH, BLUE, CLASS_COLORS, ORANGE
from dlviz.playground.experiment import LossHistory, SplitData
from dlviz.playground.features import ordered_features
from dlviz.playground.grid import BOUNDARY_RESOLUTION, NEURON_RESOLUTION, plane_extent
from dlviz.playground.runner import Frame
from dlviz.playground.settings import PlaygroundSettings
from dlviz.playground.state import TrainState

MAX_CURVE_POINTS = 500  # loss curves send at most this many points per line


def floats(values: torch.Tensor | np.ndarray) -> str:
    """Return values as base64 of little-endian float32 (what Float32Array reads)."""
    array = np.ascontiguousarray(np.asarray(values, dtype="<f4").reshape(-1))
    return base64.b64encode(array.tobytes()).decode("ascii")


def layer_sizes(settings: PlaygroundSettings) -> list[int]:
    """Return the neurons of each diagram column: inputs, each hidden layer, outputs."""
    return [len(settings.features), *settings.hidden, settings.num_classes or 1]


def number(value: float | None, digits: int = 6) -> float | None:
    """Return value rounded for JSON, or None where it is not a finite number (JSON has no NaN)."""
    if value is None or not math.isfinite(value):
        return None
    return round(float(value), digits)


def losses_data(losses: Iterable[float] | None) -> list | None:
    """Return (train, test, accuracy) as JSON numbers."""
    return None if losses is None else [number(value) for value in losses]


def frame_data(frame: Frame) -> dict:
    """Return one snapshot for the browser: epoch, seconds of training, weights, that epoch's losses."""
    return {
        "e": frame.state.epoch,
        "t": round(frame.clock, 4),
        "w": floats(frame.state.weights),
        "l": losses_data(frame.losses),
    }


def curve_data(history: LossHistory, max_points: int = MAX_CURVE_POINTS) -> dict:
    """Return the train and test loss against epoch, thinned to max_points (the last epoch always kept)."""
    keep = thinned_indices(len(history.epochs), max_points)
    return {
        "e": [history.epochs[i] for i in keep],
        "train": [number(history.train_loss[i]) for i in keep],
        "test": [number(history.test_loss[i]) for i in keep],
    }


def base_data(state: TrainState, history: LossHistory) -> dict:
    """Return the state to show at once (after a reset, pause or step, or for a fresh view) and its curves."""
    last = None
    if history.epochs:
        last = (history.train_loss[-1], history.test_loss[-1], history.test_accuracy[-1])
    return {
        "e": state.epoch,
        "w": floats(state.weights),
        "l": losses_data(last),
        "curve": curve_data(history),
    }


def static_data(
    settings: PlaygroundSettings,
    data: SplitData,
    show_test: bool,
    enlarge: tuple[int, int] | None,
    texts: dict,
) -> dict:
    """Return what stays put while a network trains: its shape, the points, the view options and the texts."""
    extent = plane_extent(torch.cat([data.train_points, data.test_points]))
    info = {
        "sizes": layer_sizes(settings),
        "activation": settings.activation,
        "activation_options": ACTIVATIONS[settings.activation].options,
        "features": list(ordered_features(settings.features)),
        "classes": data.num_classes,
        "extent": extent,
        "resolution": BOUNDARY_RESOLUTION,
        "neuron_resolution": NEURON_RESOLUTION,
        "train": {"xy": floats(data.train_points), "y": floats(data.train_y.float())},
        "test": {"xy": floats(data.test_points), "y": floats(data.test_y.float())},
        "show_test": show_test,
        "enlarge": list(enlarge) if enlarge else None,
        "colors": {
            "orange": ORANGE,
            "blue": BLUE,
            "classes": list(CLASS_COLORS),
            "background": BACKGROUND_STRENGTH,
        },
        "texts": texts,
    }
    info["id"] = hashlib.sha1(json.dumps(info, sort_keys=True).encode()).hexdigest()[:16]
    return info
