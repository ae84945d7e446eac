"""The Playground canvas's network (dlviz/ui/playground/canvas.js) run in headless Chromium against torch.

The browser computes the boundary and every neuron's picture from the weights the server sends; here
it gets a trained network's weights and must give torch's outputs on the same grids, and paint the
colours that dlviz/playground/colors.py defines.
"""

from dataclasses import replace

import numpy as np
import pytest
import torch

from dlviz.components.activations import ACTIVATIONS
from dlviz.playground.colors import BACKGROUND_STRENGTH, BLUE, CLASS_COLORS, ORANGE, boundary_colors
from dlviz.playground.experiment import PlaygroundExperiment
from dlviz.playground.features import FEATURES, ordered_features
from dlviz.playground.grid import boundary_values, neuron_values, plane_grid
from dlviz.playground.live_data import floats, layer_sizes
from dlviz.playground.settings import DEFAULTS
from tests.browser import ROOT, chromium_page

pytestmark = pytest.mark.browser

SOURCE = (ROOT / "dlviz" / "ui" / "playground" / "canvas.js").read_text(encoding="utf-8")
RUN_JS = """async ([source, cases]) => {
  const m = await import(URL.createObjectURL(new Blob([source], {type: 'text/javascript'})));
  return cases.map((c) => {
    const layers = m.unpackLayers(c.sizes, m.decodeFloats(c.weights));
    const axis = m.planeAxis(c.extent, c.resolution);
    const n = axis.length * axis.length;
    const columns = m.forward(layers, c.activation, m.gridInputs(c.features, axis), n, c.options);
    const boundary = m.boundaryValues(columns[columns.length - 1], n, c.classes);
    const pixels = m.boundaryPixels(boundary, n, c.classes, c.colors);
    return {
      axis: Array.from(axis),
      columns: columns.map((values) => Array.from(values)),
      value: Array.from(boundary.value),
      predicted: boundary.predicted ? Array.from(boundary.predicted) : null,
      confidence: boundary.confidence ? Array.from(boundary.confidence) : null,
      pixels: Array.from(pixels),
    };
  });
}"""
CASES = {
    "tanh, two classes": {},
    "relu, three classes": {"dataset": "gaussian", "classes": 3, "activation": "relu", "hidden": (6, 5)},
    "sigmoid, five classes": {"classes": 5, "activation": "sigmoid", "hidden": (4,)},
    "leaky relu, every feature": {
        "activation": "leaky_relu",
        "features": tuple(FEATURES),
        "hidden": (3, 3, 3),
    },
    "gelu with dropout": {"activation": "gelu", "dropout": 0.3, "features": ("x1", "x2", "sinx1", "x1x2")},
    "plane regression": {"dataset": "plane", "hidden": (5,)},
    "no hidden layer": {"dataset": "xor", "hidden": (), "features": ("x1x2",)},
}
COLORS = {"orange": ORANGE, "blue": BLUE, "classes": list(CLASS_COLORS), "background": BACKGROUND_STRENGTH}
RESOLUTION = 13
EXTENT = 1.3


def trained(change: dict) -> PlaygroundExperiment:
    experiment = PlaygroundExperiment(replace(DEFAULTS, samples=200, **change))
    experiment.step(15)
    return experiment


@pytest.fixture(scope="module")
def runs():
    experiments = {name: trained(change) for name, change in CASES.items()}
    cases = [
        {
            "sizes": layer_sizes(e.settings),
            "weights": floats(e.train_state().weights),
            "activation": e.settings.activation,
            "options": ACTIVATIONS[e.settings.activation].options,
            "features": list(ordered_features(e.settings.features)),
            "classes": e.data.num_classes,
            "extent": EXTENT,
            "resolution": RESOLUTION,
            "colors": COLORS,
        }
        for e in experiments.values()
    ]
    with chromium_page() as page:
        page.goto("about:blank")
        results = page.evaluate(RUN_JS, [SOURCE, cases])
    return {name: (experiments[name], result) for name, result in zip(CASES, results, strict=True)}


@pytest.mark.parametrize("name", CASES)
def test_the_browser_boundary_equals_the_model_applied_to_the_grid(runs, name):
    experiment, result = runs[name]
    grid = plane_grid(EXTENT, RESOLUTION)
    assert np.allclose(result["axis"], grid.xs.numpy(), atol=1e-6)
    expected = boundary_values(
        experiment.model, experiment.settings.features, experiment.data.num_classes, grid
    )
    value = np.array(result["value"]).reshape(RESOLUTION, RESOLUTION)
    if expected.predicted is None:
        assert np.allclose(value, expected.value.numpy(), atol=1e-4)
        return
    assert np.allclose(result["confidence"], expected.confidence.reshape(-1).numpy(), atol=1e-4)
    clear = expected.confidence.reshape(-1).numpy() > 0  # ties aside, the same class wins everywhere
    assert np.array_equal(np.array(result["predicted"])[clear], expected.predicted.reshape(-1).numpy()[clear])


@pytest.mark.parametrize("name", CASES)
def test_every_neuron_in_the_browser_equals_torch_on_the_grid(runs, name):
    experiment, result = runs[name]
    expected = neuron_values(experiment.model, experiment.settings.features, plane_grid(EXTENT, RESOLUTION))
    assert len(result["columns"]) == len(expected)
    for column, reference in zip(result["columns"], expected, strict=True):
        width = reference.shape[0]
        browser = np.array(column).reshape(RESOLUTION * RESOLUTION, width).T.reshape(reference.shape)
        assert np.allclose(browser, reference.numpy(), atol=1e-4)


@pytest.mark.parametrize("name", CASES)
def test_the_browser_paints_the_boundary_in_the_colours_python_defines(runs, name):
    experiment, result = runs[name]
    grid = plane_grid(EXTENT, RESOLUTION)
    boundary = boundary_values(
        experiment.model, experiment.settings.features, experiment.data.num_classes, grid
    )
    expected = boundary_colors(boundary, experiment.data.num_classes).reshape(-1, 3).astype(int)
    pixels = np.array(result["pixels"]).reshape(-1, 4)
    assert (pixels[:, 3] == 255).all()
    assert np.abs(pixels[:, :3] - expected).max() <= 1  # float32 vs float64 rounding at a colour step


def test_weights_decode_to_the_models_parameters_layer_by_layer(runs):
    experiment, _ = runs["relu, three classes"]
    flat = np.frombuffer(__import__("base64").b64decode(floats(experiment.train_state().weights)), "<f4")
    offset = 0
    for layer in (m for m in experiment.model if isinstance(m, torch.nn.Linear)):
        for tensor in (layer.weight, layer.bias):
            size = tensor.numel()
            assert np.array_equal(flat[offset : offset + size], tensor.detach().numpy().reshape(-1))
            offset += size
    assert offset == len(flat)
