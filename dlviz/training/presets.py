"""The tutorials' own training setups as Training Lab presets: every setting, by its widget's key.

A preset is the table's defaults (dlviz.training.settings.TRAINING_URL) with the tutorial's changes.
Applying one goes through the same table a link does, so it can only set what a widget could show.
Each preset of a tutorial network also names the learning rates known to spoil that network
(`max_lr`, measured on MNIST: see tests/test_training_presets.py and the README).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from dlviz.training.settings import TRAINING_URL

AUTO_KEY = "training_auto"  # the auto-run switch: not in the URL, but a preset sets it too
DEFAULTS: dict[str, object] = {
    **{setting.key: setting.values.default for setting in TRAINING_URL.settings},
    AUTO_KEY: True,
}
RECIPE_KEYS = (  # the training recipe of a preset: what a fix copies while the data stay as they are
    "training_loss",
    "training_optimizer",
    "training_lr",
    "training_momentum_sgd",
    "training_momentum_rmsprop",
    "training_nesterov",
    "training_weight_decay",
    "training_scheduler",
    "training_batch_size",
)
IMAGE_SUBSET = 2000  # the tutorials train on all 60,000 images; a preset keeps the lab's quick default


@dataclass(frozen=True)
class TrainingPreset:
    """A tutorial's setup: its key, the tutorial it comes from, its changes and the learning rates too high for it."""

    key: str
    tutorial: str
    changes: Mapping[str, object] = field(default_factory=dict)
    max_lr: Mapping[str, float] = field(default_factory=dict)  # optimizer -> highest lr known to train

    @property
    def values(self) -> dict[str, object]:
        """Return every setting (session key -> value): the table's defaults with this preset's changes."""
        return {**DEFAULTS, **self.changes}

    @property
    def model(self) -> str:
        """Return the registry name of the preset's model."""
        return str(self.values["training_model"])

    @property
    def recipe(self) -> dict[str, object]:
        """Return the preset's loss, optimizer and batch settings."""
        values = self.values
        return {key: values[key] for key in RECIPE_KEYS}


_IMAGES = {"training_images": IMAGE_SUBSET, "training_normalize": True, AUTO_KEY: False}
_ADAM_1E3 = {"training_optimizer": "adam", "training_lr": 0.001, "training_batch_size": 64}

PRESETS: dict[str, TrainingPreset] = {
    preset.key: preset
    for preset in (
        TrainingPreset("spiral", ""),
        TrainingPreset(
            "simple_nn",
            "001",
            {
                **_IMAGES,
                **_ADAM_1E3,
                "training_dataset": "mnist",
                "training_model": "simple_nn",
                "training_simple_width": 128,
                "training_epochs": 10,
            },
        ),
        TrainingPreset(
            "neural_network",
            "000",
            {
                **_IMAGES,
                "training_dataset": "fashion_mnist",
                "training_normalize": False,
                "training_model": "neural_network",
                "training_optimizer": "sgd",
                "training_lr": 0.001,
                "training_momentum_sgd": 0.0,
                "training_batch_size": 64,
                "training_epochs": 5,
                "training_images": 10_000,
            },
        ),
        TrainingPreset(
            "digit_recognizer",
            "001",
            {
                **_IMAGES,
                **_ADAM_1E3,
                "training_dataset": "mnist",
                "training_model": "digit_recognizer",
                "training_epochs": 10,
            },
            {"adam": 0.003},
        ),
    )
}
DEFAULT_PRESET = "spiral"


def preset_for_model(model: str) -> TrainingPreset | None:
    """Return the preset of a tutorial network, or None for a model no tutorial trains (the MLP)."""
    return next((p for p in PRESETS.values() if p.tutorial and p.model == model), None)


def checked_values(values: Mapping[str, object]) -> tuple[dict[str, object], list[str]]:
    """Return the values a widget can show (read back through the URL table), and the URL names it rejected."""
    accepted, rejected = TRAINING_URL.read(TRAINING_URL.write(values))
    extra = {key: value for key, value in values.items() if key == AUTO_KEY}
    return {**accepted, **extra}, rejected


def matching_preset(state: Mapping[str, object]) -> TrainingPreset | None:
    """Return the preset whose settings equal state's (those state holds: a hidden widget has none), or None."""
    for preset in PRESETS.values():
        shown = [key for key in preset.values if key in state and key != AUTO_KEY]
        if shown and all(state[key] == preset.values[key] for key in shown):
            return preset
    return None


def known_bad_for_model(state: Mapping[str, object]) -> TrainingPreset | None:
    """Return the model's preset when state's optimizer runs above the learning rate known to spoil it, else None."""
    preset = preset_for_model(str(state.get("training_model")))
    if preset is None:
        return None
    limit = preset.max_lr.get(str(state.get("training_optimizer")))
    return preset if limit is not None and float(state.get("training_lr", 0.0)) > limit else None
