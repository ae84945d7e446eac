"""One-click fixes for a run that diverges or is stuck: the settings to change, and the button's text."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from dlviz.training.diagnosis import Diagnosis
from dlviz.training.presets import preset_for_model
from dlviz.training.settings import LEARNING_RATES

LR_FACTOR = 10.0  # a fix moves the learning rate by about ten times, to the grid's value on that side


@dataclass(frozen=True)
class Fix:
    """The i18n key of a fix's button, its parameters, and the settings (session key -> value) it sets."""

    key: str
    params: dict[str, object] = field(default_factory=dict)
    changes: dict[str, object] = field(default_factory=dict)


def lower_lr(lr: float) -> float | None:
    """Return the largest grid learning rate at most lr / LR_FACTOR (the smallest if none), or None at the bottom."""
    below = [value for value in LEARNING_RATES if value < lr]
    if not below:
        return None
    return max((value for value in below if value <= lr / LR_FACTOR * (1 + 1e-9)), default=min(below))


def raise_lr(lr: float) -> float | None:
    """Return the smallest grid learning rate at least lr × LR_FACTOR (the largest if none), or None at the top."""
    above = [value for value in LEARNING_RATES if value > lr]
    if not above:
        return None
    return min((value for value in above if value >= lr * LR_FACTOR * (1 - 1e-9)), default=max(above))


def suggest_fix(diagnosis: Diagnosis, state: Mapping[str, object]) -> Fix | None:
    """Return the fix for a diagnosed run with these settings: the model's tutorial recipe, or a learning rate."""
    if diagnosis.fine or not diagnosis.lr_hint:
        return None
    preset = preset_for_model(str(state.get("training_model")))
    if diagnosis.lr_hint == "lower" and preset is not None:
        recipe = preset.recipe
        if any(key in state and state[key] != value for key, value in recipe.items()):
            return Fix("presets.fix.use_recipe", {"preset": preset.key}, recipe)
    lr = float(state.get("training_lr", 0.0))
    new = lower_lr(lr) if diagnosis.lr_hint == "lower" else raise_lr(lr)
    if new is None:
        return None
    return Fix(f"presets.fix.{diagnosis.lr_hint}_lr", {"lr": f"{new:g}"}, {"training_lr": new})
