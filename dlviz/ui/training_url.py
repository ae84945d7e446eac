"""The Training Lab's settings in the URL's query string: read once per session, written back on every run."""

from __future__ import annotations

import math
from collections.abc import Callable

import streamlit as st

from dlviz import limits
from dlviz.models.registry import ACTIVATIONS, MODELS
from dlviz.training.components import LOSSES, OPTIMIZERS, SCHEDULERS
from dlviz.training.datasets import DATASETS
from dlviz.ui.training_controls import (
    BATCH_SIZES,
    LEARNING_RATES,
    MLP_WIDTHS,
    SIMPLE_NN_WIDTHS,
    WEIGHT_DECAYS,
)

LOADED_KEY = "training_url_loaded"
Parser = Callable[[str], object]


def as_text(value: object) -> str:
    """Return the URL text of a setting: 1/0 for flags, the shortest form for numbers."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def choice(options: Callable[[], list]) -> Parser:
    """Return a parser accepting exactly the text of one of options() (read when parsing: caps may change)."""

    def parse(text: str) -> object:
        for option in options():
            if as_text(option) == text:
                return option
        raise ValueError(text)

    return parse


def number(kind: type, low: float, high: Callable[[], float] | float) -> Parser:
    """Return a parser of an int or float in [low, high] (finite; high may be read when parsing)."""

    def parse(text: str) -> object:
        if len(text) > 20:
            raise ValueError(text)
        value = kind(text)
        top = high() if callable(high) else high
        if not math.isfinite(value) or not low <= value <= top:
            raise ValueError(text)
        return value

    return parse


def flag(text: str) -> bool:
    """Return True for '1', False for '0'."""
    if text not in ("0", "1"):
        raise ValueError(text)
    return text == "1"


FIELDS: dict[str, tuple[str, Parser]] = {
    "dataset": ("training_dataset", choice(lambda: DATASETS)),
    "points": ("training_points", number(int, 50, lambda: limits.MAX_TOY_SAMPLES.value)),
    "images": ("training_images", number(int, 200, lambda: limits.MAX_TRAINING_IMAGES.value)),
    "noise": ("training_noise", number(float, 0.0, 1.0)),
    "classes": ("training_classes", number(int, 2, 5)),
    "val": ("training_val", number(float, 0.1, 0.5)),
    "normalize": ("training_normalize", flag),
    "model": ("training_model", choice(lambda: list(MODELS))),
    "depth": ("training_depth", number(int, 1, lambda: limits.MAX_DEPTH.value)),
    "width": ("training_width", choice(lambda: [w for w in MLP_WIDTHS if w <= limits.MAX_LAYER_WIDTH.value])),
    "simple_width": ("training_simple_width", choice(lambda: SIMPLE_NN_WIDTHS)),
    "activation": ("training_activation", choice(lambda: list(ACTIVATIONS))),
    "dropout": ("training_dropout", number(float, 0.0, 0.8)),
    "batch_norm": ("training_batch_norm", flag),
    "loss": ("training_loss", choice(lambda: list(LOSSES))),
    "optimizer": ("training_optimizer", choice(lambda: list(OPTIMIZERS))),
    "lr": ("training_lr", choice(lambda: LEARNING_RATES)),
    "sgd_momentum": ("training_momentum_sgd", number(float, 0.0, 0.99)),
    "rmsprop_momentum": ("training_momentum_rmsprop", number(float, 0.0, 0.99)),
    "nesterov": ("training_nesterov", flag),
    "weight_decay": ("training_weight_decay", choice(lambda: WEIGHT_DECAYS)),
    "scheduler": ("training_scheduler", choice(lambda: list(SCHEDULERS))),
    "step_size": ("training_step_size", number(int, 1, 20)),
    "gamma": ("training_gamma", number(float, 0.1, 0.9)),
    "epochs": ("training_epochs", number(int, 1, lambda: limits.MAX_EPOCHS.value)),
    "batch": ("training_batch_size", choice(lambda: [b for b in BATCH_SIZES if b <= limits.MAX_BATCH_SIZE.value])),
    "shuffle": ("training_shuffle", flag),
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
    return {name: as_text(state[key]) for name, (key, _) in FIELDS.items() if key in state}


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
