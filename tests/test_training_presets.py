"""The tutorials' presets: their values are the tutorials' own, every widget accepts them, the known-bad check."""

import pytest

from dlviz import limits
from dlviz.models.registry import MODELS
from dlviz.training.presets import (
    AUTO_KEY,
    DEFAULTS,
    PRESETS,
    checked_values,
    known_bad_for_model,
    matching_preset,
    preset_for_model,
)
from dlviz.training.settings import TRAINING_URL


@pytest.mark.parametrize("key", list(PRESETS))
def test_every_preset_sets_every_setting_to_a_value_its_widget_accepts(key):
    values = PRESETS[key].values
    assert {setting.key for setting in TRAINING_URL.settings} | {AUTO_KEY} == set(values)
    accepted, rejected = checked_values(values)
    assert rejected == [] and accepted == values


def test_the_spiral_preset_is_the_labs_default():
    assert PRESETS["spiral"].values == DEFAULTS
    assert DEFAULTS["training_lr"] == 0.03 and DEFAULTS["training_dataset"] == "spiral"


def test_every_model_of_the_lab_has_a_preset():
    assert {preset.model for preset in PRESETS.values()} == set(MODELS)


def test_digit_recognizer_preset_is_tutorial_001s_setup():
    values = PRESETS["digit_recognizer"].values
    assert PRESETS["digit_recognizer"].tutorial == "001"
    expected = {
        "training_dataset": "mnist",
        "training_normalize": True,  # Normalize((0.1307,), (0.3081,))
        "training_model": "digit_recognizer",
        "training_loss": "cross_entropy",
        "training_optimizer": "adam",
        "training_lr": 0.001,
        "training_batch_size": 64,
        "training_epochs": 10,
        "training_shuffle": True,
        "training_scheduler": "none",
        "training_weight_decay": 0.0,
    }
    assert {key: values[key] for key in expected} == expected


def test_neural_network_preset_is_tutorial_000s_setup():
    values = PRESETS["neural_network"].values
    expected = {
        "training_dataset": "fashion_mnist",
        "training_normalize": False,  # ToTensor() only
        "training_model": "neural_network",
        "training_loss": "cross_entropy",
        "training_optimizer": "sgd",
        "training_lr": 0.001,
        "training_momentum_sgd": 0.0,  # plain SGD(model.parameters(), lr=learning_rate)
        "training_nesterov": False,
        "training_batch_size": 64,
    }
    assert {key: values[key] for key in expected} == expected


def test_simple_nn_preset_is_tutorial_001s_training_example():
    values = PRESETS["simple_nn"].values
    expected = {
        "training_model": "simple_nn",
        "training_simple_width": 128,  # SimpleNN(input_size=784, hidden_size=128, output_size=10)
        "training_loss": "cross_entropy",
        "training_optimizer": "adam",
        "training_lr": 0.001,
        "training_epochs": 10,
    }
    assert {key: values[key] for key in expected} == expected


def test_a_lowered_cap_leaves_the_setting_out_and_names_it(monkeypatch):
    monkeypatch.setattr(limits, "MAX_TRAINING_IMAGES", limits.Limit("MAX_TRAINING_IMAGES", 5_000))
    accepted, rejected = checked_values(PRESETS["neural_network"].values)
    assert rejected == ["images"] and "training_images" not in accepted
    assert accepted["training_lr"] == 0.001


def test_preset_for_model_is_none_for_the_mlp_only():
    assert preset_for_model("mlp") is None
    assert preset_for_model("digit_recognizer") is PRESETS["digit_recognizer"]


def test_matching_preset_compares_the_settings_shown():
    state = {
        key: value for key, value in PRESETS["digit_recognizer"].values.items() if key != "training_points"
    }
    assert matching_preset(state) is PRESETS["digit_recognizer"]
    assert matching_preset({**state, "training_lr": 0.003}) is None
    assert matching_preset({}) is None


@pytest.mark.parametrize(
    ("model", "optimizer", "lr", "bad"),
    [
        ("digit_recognizer", "adam", 0.03, True),  # measured: loss 2.3 → 199 at step 2, 14% accuracy
        ("digit_recognizer", "adam", 0.01, True),  # measured: loss 2.3 → 20 at step 2, 14% accuracy
        ("digit_recognizer", "adam", 0.003, False),
        ("digit_recognizer", "adam", 0.001, False),
        ("digit_recognizer", "sgd", 0.03, False),  # not measured: no claim
        ("simple_nn", "adam", 0.03, False),  # measured: spikes, then 85% accuracy
        ("neural_network", "adam", 0.03, False),  # measured: spikes, then 80% accuracy
        ("mlp", "adam", 1.0, False),
    ],
)
def test_known_bad_settings_for_a_model(model, optimizer, lr, bad):
    state = {"training_model": model, "training_optimizer": optimizer, "training_lr": lr}
    assert (known_bad_for_model(state) is PRESETS[model]) if bad else known_bad_for_model(state) is None
