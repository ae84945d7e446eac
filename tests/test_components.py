"""One registry per concept: every lab builds the same module for the same name, and shows the code that builds it."""

import pytest
import torch
from torch import nn

from dlviz.blocks.activations import CURVES, curve_function
from dlviz.blocks.losses import CURVE_LOSSES, curve_loss
from dlviz.components.activations import ACTIVATIONS
from dlviz.components.losses import LOSSES, loss_code
from dlviz.components.optimizers import OPTIMIZERS, optimizer_code
from dlviz.models.registry import ModelSpec, mlp
from dlviz.optim.optimizers import RACERS, OptimizerSettings
from dlviz.training.components import TRAINING_LOSSES
from dlviz.training.settings import TRAINING_URL


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_an_activation_s_code_builds_the_module_the_labs_build(name):
    built = ACTIVATIONS[name].build()
    from_code = eval(ACTIVATIONS[name].code(), {"nn": nn})  # noqa: S307 - our own generated code, in a test
    assert type(from_code) is type(built) and repr(from_code) == repr(built)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_the_training_mlp_and_building_blocks_use_the_same_activation(name):
    in_mlp = mlp((2,), 2, ModelSpec(activation=name))[2]
    in_blocks = curve_function(name, slope=0.01)
    assert repr(in_mlp) == repr(ACTIVATIONS[name].build()) == repr(in_blocks)


def test_leaky_relu_has_one_slope_everywhere():
    assert ACTIVATIONS["leaky_relu"].build().negative_slope == 0.01 == nn.LeakyReLU().negative_slope
    assert "softmax" in CURVES and set(CURVES) - {"softmax"} == set(ACTIVATIONS)


def test_losses_and_their_code_agree_and_labs_show_subsets():
    for name in LOSSES:
        assert type(eval(loss_code(name), {"nn": nn})) is LOSSES[name]  # noqa: S307
    assert set(TRAINING_LOSSES) <= set(LOSSES) and set(CURVE_LOSSES) <= set(LOSSES)
    assert (
        isinstance(curve_loss("smooth_l1", 0.5), LOSSES["smooth_l1"])
        and curve_loss("smooth_l1", 0.5).beta == 0.5
    )
    assert list(TRAINING_URL["loss"].values.values) == list(TRAINING_LOSSES)


def test_optimizers_are_the_real_torch_classes_and_the_arena_races_them():
    p = torch.nn.Parameter(torch.zeros(2))
    for name, cls in OPTIMIZERS.items():
        assert eval(optimizer_code(name, {"lr": 0.1}, "[p]"), {"torch": torch, "p": p}).__class__ is cls  # noqa: S307
    for racer in RACERS.values():
        assert isinstance(racer.build([p], OptimizerSettings()), OPTIMIZERS[racer.optimizer])
    assert set(TRAINING_URL["optimizer"].values.values) == set(OPTIMIZERS)


@pytest.mark.parametrize("name", list(ACTIVATIONS))
def test_the_playground_builds_the_same_activation_and_shows_the_same_code(name):
    from dlviz.playground.network import build_network, network_source

    network = build_network(2, (3,), 2, name)
    assert repr(network[1]) == repr(ACTIVATIONS[name].build())
    assert ACTIVATIONS[name].code() in network_source(2, (3,), 2, name, 0.0)


def test_the_playground_s_optimizers_and_losses_come_from_the_shared_registries():
    from dlviz.playground.network import OPTIMIZER_CHOICES, loss_function, make_optimizer

    model = nn.Linear(2, 2)
    for choice, (name, options) in OPTIMIZER_CHOICES.items():
        optimizer = make_optimizer(choice, model, 0.1)
        assert type(optimizer) is OPTIMIZERS[name] and all(
            optimizer.defaults[k] == v for k, v in options.items()
        )
    assert type(loss_function(3)) is LOSSES["cross_entropy"] and type(loss_function(0)) is LOSSES["mse"]
