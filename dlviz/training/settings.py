"""Every Training Lab setting once: its URL name, its widget's key, its values and default.

The widgets (dlviz/ui/training/controls.py) take their ranges, options and defaults from here, and
links are parsed against the same entries, so a link can only set what a widget could show.
"""

from __future__ import annotations

from dlviz import limits
from dlviz.components.activations import ACTIVATIONS
from dlviz.components.optimizers import OPTIMIZERS
from dlviz.models.registry import MODELS
from dlviz.training.components import SCHEDULERS, TRAINING_LOSSES
from dlviz.training.datasets import TRAINING_DATASETS
from dlviz.url_state import Choice, Flag, Range, UrlSetting, UrlTable

LEARNING_RATES = (0.0001, 0.0003, 0.001, 0.003, 0.01, 0.03, 0.1, 0.3, 1.0)
BATCH_SIZES = (8, 16, 32, 64, 128, 256, 512, 1024)
MLP_WIDTHS = (2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)
SIMPLE_NN_WIDTHS = (8, 16, 32, 64, 128, 256, 512)
WEIGHT_DECAYS = (0.0, 1e-5, 1e-4, 1e-3, 1e-2, 1e-1)
TOY_DEFAULTS = {"training_lr": 0.03, "training_batch_size": 32, "training_epochs": 20}
IMAGE_DEFAULTS = {
    "training_lr": 0.001,
    "training_batch_size": 64,
    "training_epochs": 2,
    "training_auto": False,
}


def _capped(options, cap: limits.Limit):
    """Return options read when asked, those above the cap left out."""
    return lambda: [value for value in options if value <= cap.value]


TRAINING_URL = UrlTable.of(
    [
        UrlSetting("dataset", "training_dataset", Choice(TRAINING_DATASETS, "spiral")),
        UrlSetting(
            "points", "training_points", Range(50, lambda: limits.MAX_TOY_SAMPLES.value, 50, 500, int)
        ),
        UrlSetting(
            "images", "training_images", Range(200, lambda: limits.MAX_TRAINING_IMAGES.value, 100, 2000, int)
        ),
        UrlSetting("noise", "training_noise", Range(0.0, 1.0, 0.05, 0.2)),
        UrlSetting("classes", "training_classes", Range(2, 5, 1, 2, int)),
        UrlSetting("val", "training_val", Range(0.1, 0.5, 0.05, 0.2)),
        UrlSetting("normalize", "training_normalize", Flag(True)),
        UrlSetting("model", "training_model", Choice(tuple(MODELS), "mlp")),
        UrlSetting("depth", "training_depth", Range(1, lambda: limits.MAX_DEPTH.value, 1, 2, int)),
        UrlSetting("width", "training_width", Choice(_capped(MLP_WIDTHS, limits.MAX_LAYER_WIDTH), 32)),
        UrlSetting("simple_width", "training_simple_width", Choice(SIMPLE_NN_WIDTHS, 128)),
        UrlSetting("activation", "training_activation", Choice(tuple(ACTIVATIONS), "relu")),
        UrlSetting("dropout", "training_dropout", Range(0.0, 0.8, 0.05, 0.0)),
        UrlSetting("batch_norm", "training_batch_norm", Flag(False)),
        UrlSetting("loss", "training_loss", Choice(TRAINING_LOSSES, "cross_entropy")),
        UrlSetting("optimizer", "training_optimizer", Choice(tuple(OPTIMIZERS), "adam")),
        UrlSetting("lr", "training_lr", Choice(LEARNING_RATES, TOY_DEFAULTS["training_lr"])),
        UrlSetting("sgd_momentum", "training_momentum_sgd", Range(0.0, 0.99, 0.01, 0.9)),
        UrlSetting("rmsprop_momentum", "training_momentum_rmsprop", Range(0.0, 0.99, 0.01, 0.0)),
        UrlSetting("nesterov", "training_nesterov", Flag(False)),
        UrlSetting("weight_decay", "training_weight_decay", Choice(WEIGHT_DECAYS, 0.0)),
        UrlSetting("scheduler", "training_scheduler", Choice(SCHEDULERS, "none")),
        UrlSetting("step_size", "training_step_size", Range(1, 20, 1, 5, int)),
        UrlSetting("gamma", "training_gamma", Range(0.1, 0.9, 0.1, 0.5)),
        UrlSetting("epochs", "training_epochs", Range(1, lambda: limits.MAX_EPOCHS.value, 1, 20, int)),
        UrlSetting("batch", "training_batch_size", Choice(_capped(BATCH_SIZES, limits.MAX_BATCH_SIZE), 32)),
        UrlSetting("shuffle", "training_shuffle", Flag(True)),
    ]
)
