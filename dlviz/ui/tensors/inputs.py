"""Inputs of the Tensor Lab: a literal box with the tutorials' presets, shape sliders, and option selectors."""

from __future__ import annotations

import streamlit as st

from dlviz import limits
from dlviz.tensors.parsing import parse_literal
from dlviz.tensors.presets import Preset
from dlviz.ui.i18n import option_label, tr

MAX_SIDE = 40


def init_state(key: str, value) -> None:
    """Give a widget its first value once per session (later reruns keep the user's value)."""
    if key not in st.session_state:
        st.session_state[key] = value


def _apply_preset(presets: dict[str, Preset], preset_key: str, target_keys: tuple[str, ...]) -> None:
    """Copy the chosen preset's texts into the target widgets (an on_change callback)."""
    preset = presets[st.session_state[preset_key]]
    for key, text in zip(target_keys, preset.texts, strict=True):
        st.session_state[key] = text


def preset_picker(
    presets: dict[str, Preset], preset_key: str, target_keys: tuple[str, ...], default: str | None = None
) -> Preset:
    """Draw a preset selectbox that fills target widgets (first from the default preset); return the chosen preset."""
    names = list(presets)
    default = default or names[0]
    for key, text in zip(target_keys, presets[default].texts, strict=True):
        init_state(key, text)
    choice = st.selectbox(
        tr("tensors.preset"),
        names,
        index=names.index(default),
        format_func=option_label("tensors.preset"),
        key=preset_key,
        persist_state="page",
        on_change=_apply_preset,
        args=(presets, preset_key, target_keys),
    )
    preset = presets[choice]
    if preset.correction_key and all(
        st.session_state.get(k) == t for k, t in zip(target_keys, preset.texts, strict=True)
    ):
        st.info(tr(preset.correction_key), icon="🩹")
    return preset


def literal_input(label_key: str, key: str, default: str):
    """Draw a text box for a nested-list literal and return the parsed value (errors raise UserFacingError)."""
    init_state(key, default)
    text = st.text_input(
        tr(label_key),
        key=key,
        persist_state="page",
        max_chars=limits.MAX_TEXT_INPUT_CHARS.value,
        help=tr("tensors.literal_help"),
    )
    return parse_literal(text)


def shape_sliders(
    key: str, default: tuple[int, ...], max_dims: int = 3, max_side: int = MAX_SIDE
) -> tuple[int, ...]:
    """Draw a dims slider and one size slider per dim; return the shape."""
    dims = st.slider(tr("tensors.dims"), 1, max_dims, len(default), key=f"{key}_dims", persist_state="page")
    columns = st.columns(max_dims)
    shape = []
    for dim in range(dims):
        with columns[dim]:
            value = default[dim] if dim < len(default) else 2
            shape.append(
                st.slider(
                    tr("tensors.size_of_dim", dim=dim),
                    1,
                    max_side,
                    value,
                    key=f"{key}_{dim}",
                    persist_state="page",
                )
            )
    return tuple(shape)


def choice(
    label_key: str,
    options,
    key: str,
    option_prefix: str | None = None,
    horizontal: bool = True,
    index: int = 0,
):
    """Draw a radio (few options) whose labels are translated (or shown as-is without option_prefix)."""
    kwargs = {"format_func": option_label(option_prefix)} if option_prefix else {}
    return st.radio(
        tr(label_key),
        list(options),
        key=key,
        persist_state="page",
        horizontal=horizontal,
        index=index,
        **kwargs,
    )


def pick(label_key: str, options, key: str, option_prefix: str | None = None, index: int = 0):
    """Draw a selectbox whose labels are translated (or shown as-is without option_prefix)."""
    kwargs = {"format_func": option_label(option_prefix)} if option_prefix else {}
    return st.selectbox(tr(label_key), list(options), key=key, persist_state="page", index=index, **kwargs)
