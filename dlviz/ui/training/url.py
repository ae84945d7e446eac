"""The Training Lab's settings in the URL's query string: read once per session, written back on every run."""

from __future__ import annotations

from collections.abc import Callable

import streamlit as st

from dlviz import limits
from dlviz.models.registry import ACTIVATIONS, MODELS
from dlviz.training.components import LOSSES, OPTIMIZERS, SCHEDULERS
from dlviz.training.datasets import DATASETS
from dlviz.ui.training.controls import (
    BATCH_SIZES,
    LEARNING_RATES,
    MLP_WIDTHS,
    SIMPLE_NN_WIDTHS,
    WEIGHT_DECAYS,
)
from dlviz.url_values import number_text, parse_choice, parse_flag, parse_in_range

LOADED_KEY = "training_url_loaded"
Parser = Callable[[str], object]


def choice(options: Callable[[], list]) -> Parser:
    """Return a parser of one of options(), read when parsing (caps may change)."""
    return lambda text: parse_choice(text, options())


def grid(kind: type, start: float, stop: Callable[[], float] | float, step: float) -> Parser:
    """Return a parser of a slider value on start..stop by step (stop may be a cap read when parsing)."""
    return lambda text: parse_in_range(text, (start, stop() if callable(stop) else stop, step), kind)


FIELDS: dict[str, tuple[str, Parser]] = {
    "dataset": ("training_dataset", choice(lambda: DATASETS)),
    "points": ("training_points", grid(int, 50, lambda: limits.MAX_TOY_SAMPLES.value, 50)),
    "images": ("training_images", grid(int, 200, lambda: limits.MAX_TRAINING_IMAGES.value, 100)),
    "noise": ("training_noise", grid(float, 0.0, 1.0, 0.05)),
    "classes": ("training_classes", grid(int, 2, 5, 1)),
    "val": ("training_val", grid(float, 0.1, 0.5, 0.05)),
    "normalize": ("training_normalize", parse_flag),
    "model": ("training_model", choice(lambda: list(MODELS))),
    "depth": ("training_depth", grid(int, 1, lambda: limits.MAX_DEPTH.value, 1)),
    "width": ("training_width", choice(lambda: [w for w in MLP_WIDTHS if w <= limits.MAX_LAYER_WIDTH.value])),
    "simple_width": ("training_simple_width", choice(lambda: SIMPLE_NN_WIDTHS)),
    "activation": ("training_activation", choice(lambda: list(ACTIVATIONS))),
    "dropout": ("training_dropout", grid(float, 0.0, 0.8, 0.05)),
    "batch_norm": ("training_batch_norm", parse_flag),
    "loss": ("training_loss", choice(lambda: list(LOSSES))),
    "optimizer": ("training_optimizer", choice(lambda: list(OPTIMIZERS))),
    "lr": ("training_lr", choice(lambda: LEARNING_RATES)),
    "sgd_momentum": ("training_momentum_sgd", grid(float, 0.0, 0.99, 0.01)),
    "rmsprop_momentum": ("training_momentum_rmsprop", grid(float, 0.0, 0.99, 0.01)),
    "nesterov": ("training_nesterov", parse_flag),
    "weight_decay": ("training_weight_decay", choice(lambda: WEIGHT_DECAYS)),
    "scheduler": ("training_scheduler", choice(lambda: list(SCHEDULERS))),
    "step_size": ("training_step_size", grid(int, 1, 20, 1)),
    "gamma": ("training_gamma", grid(float, 0.1, 0.9, 0.1)),
    "epochs": ("training_epochs", grid(int, 1, lambda: limits.MAX_EPOCHS.value, 1)),
    "batch": ("training_batch_size", choice(lambda: [b for b in BATCH_SIZES if b <= limits.MAX_BATCH_SIZE.value])),
    "shuffle": ("training_shuffle", parse_flag),
}


def parse_query(query: dict[str, str]) -> tuple[dict[str, object], list[str]]:
    """Return (widget key -> value) for the query's valid settings, and the names of the invalid ones."""
    values, rejected = {}, []
    for name, text in query.items():
        if name not in FIELDS:
            continue
        key, parse = FIELDS[name]
        try:
            values[key] = parse(text)
        except (ValueError, OverflowError):
            rejected.append(name)
    return values, rejected


def to_query(state: dict) -> dict[str, str]:
    """Return the query parameters of the settings found in state (widget key -> value)."""
    return {name: number_text(state[key]) for name, (key, _) in FIELDS.items() if key in state}


def load_url_settings() -> list[str]:
    """Once per session, set the widgets from the URL's query string; return the parameters it rejected."""
    if st.session_state.get(LOADED_KEY):
        return []
    st.session_state[LOADED_KEY] = True
    values, rejected = parse_query(st.query_params.to_dict())
    for key, value in values.items():
        st.session_state[key] = value
    return rejected


def write_url_settings() -> None:
    """Put the current settings into the query string, leaving other parameters (the language) alone."""
    for name, text in to_query(st.session_state.to_dict()).items():
        if st.query_params.get(name) != text:
            st.query_params[name] = text
