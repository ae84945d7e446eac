"""The Playground's setting widgets, loaded from and written back to the URL's query string."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict

import streamlit as st

from dlviz.i18n import t
from dlviz.playground.features import FEATURE_LABELS, FEATURES, ordered_features
from dlviz.playground.settings import (
    ACTIVATION_NAMES,
    BATCH_SIZES,
    CLASS_COUNTS,
    DEFAULTS,
    DROPOUTS,
    LEARNING_RATES,
    MAX_HIDDEN_LAYERS,
    MAX_NEURONS,
    NOISE_RANGE,
    OPTIMIZER_NAMES,
    PLAYGROUND_DATASETS,
    REG_RATES,
    REGULARIZATIONS,
    SAMPLE_RANGE,
    TRAIN_PERCENT_RANGE,
    PlaygroundSettings,
    from_query,
    to_query,
)
from dlviz.ui.i18n import current_lang, tr
from dlviz.ui.sidebar import current_seed

PREFIX = "playground_"
SCALAR_FIELDS = (
    "dataset",
    "classes",
    "noise",
    "train_percent",
    "samples",
    "activation",
    "optimizer",
    "learning_rate",
    "regularization",
    "reg_rate",
    "batch_size",
    "dropout",
)
NEW_LAYER_WIDTH = 4
LAST_SETTINGS = PREFIX + "last_settings"


def _widget_values(settings: PlaygroundSettings) -> dict:
    """Return the widget key -> value pairs that show settings."""
    values = {PREFIX + name: value for name, value in asdict(settings).items() if name in SCALAR_FIELDS}
    values.update({f"{PREFIX}feature_{name}": name in settings.features for name in FEATURES})
    values[PREFIX + "layers"] = len(settings.hidden)
    values.update({f"{PREFIX}width_{i}": width for i, width in enumerate(settings.hidden)})
    return values


def load_url_state() -> list[str]:
    """Once per session, set the widgets from the URL's query string; return the parameters it rejected.

    Coming back from another page (whose run dropped these widgets' state), restore the last settings.
    """
    if PREFIX + "url_loaded" in st.session_state:
        last = st.session_state.get(LAST_SETTINGS)
        if last is not None and PREFIX + "dataset" not in st.session_state:
            for key, value in _widget_values(last).items():
                st.session_state[key] = value
        return []
    st.session_state[PREFIX + "url_loaded"] = True
    settings, rejected = from_query(st.query_params.to_dict())
    for key, value in _widget_values(settings).items():
        st.session_state[key] = value
    url_seed = st.query_params.get("seed")
    st.session_state[PREFIX + "sidebar_seed"] = current_seed()
    st.session_state[PREFIX + "seed"] = settings.seed if url_seed is not None else current_seed()
    return rejected


def labels_of(prefix: str, options) -> Callable:
    """Return a format_func: option -> its text in the session's language; anything else is shown as is.

    The language is bound now (format_func may be called outside the script run), and a text maps to
    itself so that tools which select by the shown text find it.
    """
    lang = current_lang()
    texts = {option: t(f"{prefix}.{option}", lang) for option in options}
    return lambda option: texts.get(option, option)


def _default(key: str, value) -> str:
    """Give a widget key its default value in session state (once); return the key."""
    if key not in st.session_state:
        st.session_state[key] = value
    return key


def effective_seed() -> int:
    """Return the seed of the run: the link's seed until the sidebar's seed is changed."""
    sidebar = current_seed()
    if st.session_state.get(PREFIX + "sidebar_seed") != sidebar or PREFIX + "seed" not in st.session_state:
        st.session_state[PREFIX + "sidebar_seed"] = sidebar
        st.session_state[PREFIX + "seed"] = sidebar
    return st.session_state[PREFIX + "seed"]


def hyperparameter_row() -> None:
    """Draw the training hyper-parameters in one row."""
    defaults = _widget_values(DEFAULTS)
    lang = current_lang()
    columns = st.columns(7)
    widgets = [
        ("learning_rate", LEARNING_RATES, lambda v: f"{v:g}"),
        ("activation", ACTIVATION_NAMES, labels_of("playground.opt.activation", ACTIVATION_NAMES)),
        ("optimizer", OPTIMIZER_NAMES, labels_of("playground.opt.optimizer", OPTIMIZER_NAMES)),
        ("regularization", REGULARIZATIONS, labels_of("playground.opt.reg", REGULARIZATIONS)),
        ("reg_rate", REG_RATES, lambda v: f"{v:g}"),
        ("batch_size", BATCH_SIZES, lambda v: t("playground.batch_full", lang) if v == 0 else str(v)),
        ("dropout", DROPOUTS, lambda v: f"{v:g}"),
    ]
    for column, (name, options, label) in zip(columns, widgets, strict=True):
        key = _default(PREFIX + name, defaults[PREFIX + name])
        column.selectbox(
            tr(f"playground.{name}"),
            options,
            format_func=label,
            key=key,
            help=tr("playground.reg_rate_help") if name == "reg_rate" else None,
        )


def data_controls() -> None:
    """Draw the dataset, its size, noise and split, and the input-feature toggles."""
    defaults = _widget_values(DEFAULTS)
    st.subheader(tr("playground.data"))
    st.selectbox(
        tr("playground.dataset"),
        PLAYGROUND_DATASETS,
        format_func=labels_of("playground.opt.dataset", PLAYGROUND_DATASETS),
        key=_default(PREFIX + "dataset", defaults[PREFIX + "dataset"]),
    )
    st.selectbox(
        tr("playground.classes"),
        CLASS_COUNTS,
        help=tr("playground.classes_help"),
        key=_default(PREFIX + "classes", defaults[PREFIX + "classes"]),
    )
    low, high, step = NOISE_RANGE
    st.slider(
        tr("playground.noise"),
        low,
        high,
        step=step,
        key=_default(PREFIX + "noise", defaults[PREFIX + "noise"]),
    )
    low, high, step = TRAIN_PERCENT_RANGE
    st.slider(
        tr("playground.train_percent"),
        low,
        high,
        step=step,
        key=_default(PREFIX + "train_percent", defaults[PREFIX + "train_percent"]),
    )
    low, high, step = SAMPLE_RANGE
    st.slider(
        tr("playground.samples"),
        low,
        high,
        step=step,
        key=_default(PREFIX + "samples", defaults[PREFIX + "samples"]),
    )
    st.markdown(f"**{tr('playground.features')}**", help=tr("playground.features_help"))
    halves = st.columns(2)
    for index, name in enumerate(FEATURES):
        key = _default(f"{PREFIX}feature_{name}", defaults[f"{PREFIX}feature_{name}"])
        halves[index % 2].checkbox(FEATURE_LABELS[name], key=key)


def network_controls() -> None:
    """Draw the number of hidden layers and one width input per layer."""
    defaults = _widget_values(DEFAULTS)
    layers_column, widths_column = st.columns([1, 3])
    layers = layers_column.slider(
        tr("playground.hidden_layers"),
        0,
        MAX_HIDDEN_LAYERS,
        key=_default(PREFIX + "layers", defaults[PREFIX + "layers"]),
    )
    if layers:
        for index, column in enumerate(widths_column.columns(MAX_HIDDEN_LAYERS)[:layers]):
            key = _default(f"{PREFIX}width_{index}", defaults.get(f"{PREFIX}width_{index}", NEW_LAYER_WIDTH))
            column.number_input(
                tr("playground.neurons_in_layer", n=index + 1),
                1,
                MAX_NEURONS,
                step=1,
                key=key,
                help=tr("playground.neurons_help"),
            )


def current_settings() -> PlaygroundSettings:
    """Return the settings the widgets show, with the run's seed."""
    state = st.session_state
    values = {name: state[PREFIX + name] for name in SCALAR_FIELDS}
    features = ordered_features(name for name in FEATURES if state.get(f"{PREFIX}feature_{name}"))
    hidden = tuple(int(state[f"{PREFIX}width_{i}"]) for i in range(state[PREFIX + "layers"]))
    return PlaygroundSettings(**values, features=features, hidden=hidden, seed=effective_seed())


def write_url_state(settings: PlaygroundSettings) -> None:
    """Put every setting into the query string, leaving other parameters (the language) alone."""
    st.session_state[LAST_SETTINGS] = settings
    for name, value in to_query(settings).items():
        if st.query_params.get(name) != value:
            st.query_params[name] = value
