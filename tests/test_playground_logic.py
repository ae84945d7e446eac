"""Playground logic: features, URL state, network, boundary grid, diagram and code export, torch as reference."""

import contextlib
import io
from dataclasses import replace

import numpy as np
import pytest
import torch
from hypothesis import given
from hypothesis import settings as hsettings
from hypothesis import strategies as st
from torch import nn

from dlviz.errors import UserFacingError
from dlviz.figures.thinning import thinned_indices
from dlviz.playground.code_export import playground_code
from dlviz.playground.colors import BACKGROUND_STRENGTH, CLASS_COLORS, boundary_colors, diverging_colors, rgb
from dlviz.playground.experiment import PlaygroundExperiment, layer_grad_norms, split_data
from dlviz.playground.features import FEATURES, feature_matrix
from dlviz.playground.figures import MAX_CURVE_POINTS, grad_norm_figure
from dlviz.playground.grid import boundary_values, neuron_values, plane_grid
from dlviz.playground.network import build_network, hidden_outputs, weight_penalty
from dlviz.playground.settings import (
    ACTIVATION_NAMES,
    BATCH_SIZES,
    DEFAULTS,
    DROPOUTS,
    LEARNING_RATES,
    OPTIMIZER_NAMES,
    PLAYGROUND_DATASETS,
    REG_RATES,
    REGULARIZATIONS,
    PlaygroundSettings,
    from_query,
    to_query,
)

SMALL = replace(DEFAULTS, samples=200)


def test_feature_matrix_computes_each_feature_from_the_coordinates():
    points = torch.tensor([[0.5, -2.0], [1.0, 3.0]])
    x1, x2 = points[:, 0], points[:, 1]
    expected = torch.stack([x1, x2, x1**2, x2**2, x1 * x2, torch.sin(x1), torch.sin(x2)], 1)
    assert torch.allclose(feature_matrix(points, tuple(FEATURES)), expected)


def test_feature_matrix_keeps_the_canonical_order_whatever_the_order_asked():
    points = torch.tensor([[0.5, -2.0]])
    assert torch.allclose(feature_matrix(points, ("sinx2", "x1")), torch.tensor([[0.5, float(np.sin(-2.0))]]))


def test_default_settings_round_trip_through_the_query_string():
    assert from_query(to_query(DEFAULTS)) == (DEFAULTS, [])


settings_strategy = st.builds(
    PlaygroundSettings,
    dataset=st.sampled_from(PLAYGROUND_DATASETS),
    classes=st.sampled_from((2, 3, 4, 5)),
    noise=st.sampled_from([round(0.05 * i, 2) for i in range(21)]),
    train_percent=st.sampled_from(range(10, 91, 10)),
    samples=st.sampled_from(range(100, 2001, 100)),
    features=st.sets(st.sampled_from(tuple(FEATURES)), min_size=1).map(
        lambda s: tuple(n for n in FEATURES if n in s)
    ),
    hidden=st.lists(st.integers(1, 16), max_size=6).map(tuple),
    activation=st.sampled_from(ACTIVATION_NAMES),
    optimizer=st.sampled_from(OPTIMIZER_NAMES),
    learning_rate=st.sampled_from(LEARNING_RATES),
    regularization=st.sampled_from(REGULARIZATIONS),
    reg_rate=st.sampled_from(REG_RATES),
    batch_size=st.sampled_from(BATCH_SIZES),
    dropout=st.sampled_from(DROPOUTS),
    seed=st.integers(0, 2**31 - 1),
)


@hsettings(max_examples=200, deadline=None)
@given(settings_strategy)
def test_every_setting_round_trips_through_the_query_string(settings):
    query = to_query(settings)
    assert all(isinstance(value, str) for value in query.values())
    assert from_query(query) == (settings, [])


def test_hidden_layers_none_means_no_hidden_layer():
    settings = replace(DEFAULTS, hidden=())
    assert to_query(settings)["hidden"] == "none"
    assert from_query({"hidden": "none"})[0].hidden == ()


@pytest.mark.parametrize(
    "name, value",
    [
        ("dataset", "mnist"),
        ("lr", "0.5"),
        ("lr", "abc"),
        ("hidden", "8,99"),
        ("hidden", "1,1,1,1,1,1,1"),
        ("hidden", "8,x"),
        ("features", "x1,x3"),
        ("features", "none"),
        ("noise", "2"),
        ("noise", "0.33"),
        ("n", "5000000"),
        ("ratio", "55"),
        ("seed", "-1"),
        ("seed", "1e99"),
        ("batch", "7"),
        ("reg", "l3"),
        ("dropout", "0.9"),
        ("activation", "softmax"),
        ("optimizer", "lbfgs"),
        ("classes", "9"),
    ],
)
def test_hostile_query_values_are_rejected_and_keep_the_default(name, value):
    settings, rejected = from_query({name: value, "seed": "7"} if name != "seed" else {name: value})
    assert rejected == [name]
    assert replace(settings, seed=DEFAULTS.seed) == DEFAULTS


def test_unknown_query_parameters_are_ignored():
    assert from_query({"lang": "zh", "foo": "bar"}) == (DEFAULTS, [])


def test_network_has_the_asked_shape_activation_and_dropout():
    model = build_network(3, (5, 4), 2, "gelu", dropout=0.2)
    kinds = [type(m) for m in model]
    assert kinds == [nn.Linear, nn.GELU, nn.Dropout, nn.Linear, nn.GELU, nn.Dropout, nn.Linear]
    assert [m.out_features for m in model if isinstance(m, nn.Linear)] == [5, 4, 2]


def test_network_without_hidden_layers_is_one_linear_layer():
    model = build_network(2, (), 1, "relu")
    assert len(model) == 1 and model[0].in_features == 2


@pytest.mark.parametrize("kind, power", [("l1", 1), ("l2", 2)])
def test_weight_penalty_sums_linear_weights_not_biases(kind, power):
    model = build_network(2, (3,), 2, "tanh")
    expected = 0.1 * sum(m.weight.abs().pow(power).sum() for m in model if isinstance(m, nn.Linear))
    assert torch.allclose(weight_penalty(kind, 0.1)(model), expected)
    assert weight_penalty("none", 0.1) is None and weight_penalty("l2", 0.0) is None


def test_split_follows_the_train_percent_and_keeps_every_point_once():
    data = split_data(replace(SMALL, train_percent=30))
    assert len(data.train_points) == 60 and len(data.test_points) == 140
    together = torch.cat([data.train_points, data.test_points])
    assert len(torch.unique(together, dim=0)) == 200


def test_multiclass_spiral_has_the_asked_number_of_classes():
    data = split_data(replace(SMALL, classes=4))
    assert data.num_classes == 4 and set(torch.cat([data.train_y, data.test_y]).tolist()) == {0, 1, 2, 3}


def test_classes_above_two_are_ignored_where_the_dataset_has_two():
    assert replace(SMALL, dataset="moons", classes=5).num_classes == 2
    assert replace(SMALL, dataset="plane").num_classes == 0


def test_no_input_feature_gives_the_message():
    with pytest.raises(UserFacingError) as error:
        PlaygroundExperiment(replace(SMALL, features=()))
    assert error.value.key == "playground.err.no_features"


@pytest.mark.parametrize("classes", [2, 3])
def test_boundary_grid_equals_the_model_applied_to_the_grid(classes):
    experiment = PlaygroundExperiment(replace(SMALL, classes=classes, features=("x1", "x2", "x1x2")))
    experiment.step(5)
    grid = plane_grid(1.2, 17)
    boundary = boundary_values(experiment.model, experiment.settings.features, classes, grid)
    axis = np.array([-1.2 + (i + 0.5) * 2.4 / 17 for i in range(17)], dtype=np.float32)
    assert np.allclose(grid.xs.numpy(), axis, atol=1e-6) and grid.extent == pytest.approx(1.2)
    gx, gy = np.meshgrid(axis, axis)
    x1, x2 = (torch.tensor(a, dtype=torch.float32) for a in (gx, gy))
    inputs = torch.stack([x1, x2, x1 * x2], -1)
    experiment.model.eval()
    with torch.no_grad():
        probabilities = experiment.model(inputs).softmax(-1)
    if classes == 2:
        assert torch.allclose(boundary.value, probabilities[..., 1] - probabilities[..., 0], atol=1e-6)
    else:
        assert torch.equal(boundary.predicted, probabilities.argmax(-1))
        assert torch.allclose(boundary.confidence, probabilities.max(-1).values, atol=1e-6)


def test_regression_boundary_is_the_predicted_value():
    experiment = PlaygroundExperiment(replace(SMALL, dataset="plane"))
    grid = plane_grid(1.0, 9)
    boundary = boundary_values(experiment.model, experiment.settings.features, 0, grid)
    with torch.no_grad():
        expected = experiment.model(grid.points)[:, 0].reshape(9, 9)
    assert torch.allclose(boundary.value, expected)


def test_more_classes_colour_the_background_by_predicted_class():
    experiment = PlaygroundExperiment(replace(SMALL, classes=3))
    boundary = boundary_values(experiment.model, SMALL.features, 3, plane_grid(1.0, 5))
    colors = boundary_colors(boundary, 3)
    assert colors.shape == (5, 5, 3)
    for row, col in [(0, 0), (2, 3), (4, 4)]:
        klass = int(boundary.predicted[row, col])
        base = rgb(CLASS_COLORS[klass])
        share = (boundary.confidence[row, col] - 1 / 3) / (2 / 3)
        amount = (0.15 + 0.85 * float(share)) * BACKGROUND_STRENGTH
        assert np.allclose(colors[row, col], 255 + (base - 255) * amount, atol=1)


def test_neuron_values_match_forward_hooks_on_every_hidden_layer():
    experiment = PlaygroundExperiment(replace(SMALL, hidden=(5, 3), activation="relu", dropout=0.3))
    model, grid = experiment.model, plane_grid(1.0, 6)
    captured = []
    hooks = [
        m.register_forward_hook(lambda _m, _i, out: captured.append(out.detach()))
        for m in model
        if isinstance(m, nn.ReLU)
    ]
    model.eval()
    with torch.no_grad():
        logits = model(grid.points)
    for hook in hooks:
        hook.remove()
    columns = neuron_values(model, SMALL.features, grid)
    assert [len(c) for c in columns] == [2, 5, 3, 2]
    for column, reference in zip(columns[1:3], captured, strict=True):
        assert torch.allclose(column, reference.T.reshape(-1, 6, 6))
    assert torch.allclose(columns[-1], logits.T.reshape(-1, 6, 6))
    assert torch.allclose(columns[0][0], grid.points[:, 0].reshape(6, 6))
    assert len(hidden_outputs(model, grid.points)) == 2


def test_diverging_colours_run_orange_white_blue():
    colors = diverging_colors(torch.tensor([-1.0, 0.0, 1.0]), 1.0)
    assert colors.tolist() == [[245, 147, 34], [255, 255, 255], [8, 119, 189]]


def test_step_trains_exactly_the_asked_epochs_and_records_losses():
    experiment = PlaygroundExperiment(SMALL)
    assert experiment.step(3) == 3
    assert experiment.epoch == 3 and experiment.history.epochs == [1, 2, 3]
    assert len(experiment.history.test_loss) == 3 and experiment.grad_norm_epochs == [3]


def test_layer_gradient_norms_match_torch_after_the_last_step():
    experiment = PlaygroundExperiment(replace(SMALL, hidden=(4,)))
    experiment.step(1)
    model = experiment.model
    data = experiment.data
    reference = PlaygroundExperiment(replace(SMALL, hidden=(4,))).model
    loss = nn.CrossEntropyLoss()(reference(data.train_x), data.train_y)
    loss.backward()
    expected = [
        torch.cat([m.weight.grad.flatten(), m.bias.grad]).norm().item()
        for m in reference
        if isinstance(m, nn.Linear)
    ]
    assert list(experiment.layer_grad_norms) == ["1", "2"]
    assert np.allclose([v[-1] for v in experiment.layer_grad_norms.values()], expected, rtol=1e-5)
    assert layer_grad_norms(model, {"0.weight": 3.0, "0.bias": 4.0}) == {"1": 5.0, "2": 0.0}


def _run_code(code: str) -> tuple[float, float]:
    """Execute exported code; return the train and test loss it printed."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<playground export>", "exec"), {"__name__": "__main__"})  # noqa: S102
    words = out.getvalue().replace(",", "").split()
    return float(words[words.index("train") + 2]), float(words[words.index("test") + 2])


VARIATIONS = [
    {},
    {"dataset": "moons", "batch_size": 10},
    {"dataset": "circles", "regularization": "l2", "reg_rate": 0.01, "features": ("x1sq", "x2sq")},
    {
        "dataset": "xor",
        "regularization": "l1",
        "reg_rate": 0.001,
        "optimizer": "momentum",
        "activation": "relu",
    },
    {"dataset": "gaussian", "classes": 3, "dropout": 0.2, "batch_size": 25, "optimizer": "rmsprop"},
    {"dataset": "plane", "hidden": (), "optimizer": "sgd", "learning_rate": 0.1},
    {"hidden": (3, 2, 2), "activation": "leaky_relu", "optimizer": "adamw", "noise": 0.5, "seed": 11},
    {"activation": "sigmoid", "train_percent": 20, "features": ("x1", "x2", "x1x2", "sinx1", "sinx2")},
]


@pytest.mark.parametrize("change", VARIATIONS, ids=lambda c: ",".join(c) or "defaults")
def test_exported_code_reproduces_the_losses_on_screen(change):
    settings = replace(SMALL, **change)
    experiment = PlaygroundExperiment(settings)
    experiment.step(4)
    train, test = _run_code(playground_code(settings, experiment.epoch))
    assert train == pytest.approx(experiment.history.train_loss[-1], abs=6e-5)
    assert test == pytest.approx(experiment.history.test_loss[-1], abs=6e-5)


@pytest.mark.parametrize("count", [0, 1, 2, MAX_CURVE_POINTS, MAX_CURVE_POINTS + 1, 20_000])
def test_thinned_indices_keep_the_ends_and_at_most_the_limit(count):
    kept = thinned_indices(count, MAX_CURVE_POINTS)
    assert len(kept) == min(count, MAX_CURVE_POINTS)
    assert kept == sorted(set(kept))
    if count:
        assert kept[0] == 0 and kept[-1] == count - 1
    if count <= MAX_CURVE_POINTS:
        assert kept == list(range(count))
    else:
        gaps = np.diff(kept)
        assert gaps.max() - gaps.min() <= 1


def test_long_gradient_norm_curves_are_thinned_but_end_at_the_last_epoch():
    epochs = list(range(1, 20_001))
    norms = {"1": [1 / e for e in epochs], "2": [2 / e for e in epochs]}
    labels = {"layer": "Linear {n}", "epoch": "epoch", "norm": "norm"}
    figure = grad_norm_figure(epochs, norms, labels)
    for trace, values in zip(figure.data, norms.values(), strict=True):
        assert len(trace.x) == MAX_CURVE_POINTS
        assert trace.x[-1] == 20_000 and trace.y[-1] == values[-1]
        assert all(trace.y[i] == values[trace.x[i] - 1] for i in range(len(trace.x)))
