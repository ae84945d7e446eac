"""Autograd Lab inputs: a preset picker, the expression, and each variable's value, dtype and requires_grad."""

from __future__ import annotations

import streamlit as st

from dlviz.autograd.expression import parse_expression
from dlviz.autograd.presets import DEFAULT_PRESET, PRESETS
from dlviz.autograd.variables import DTYPES, VariableSpec
from dlviz.errors import UserFacingError
from dlviz.tutorials import tutorial
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.url_state import load_from_url, write_to_url
from dlviz.url_state import Choice, UrlSetting, UrlTable

PRESET_KEY = "autograd_preset"
EXPRESSION_KEY = "autograd_expr"


def value_key(name: str) -> str:
    """Return the widget key of a variable's value text."""
    return f"autograd_var_value_{name}"


def grad_key(name: str) -> str:
    """Return the widget key of a variable's requires_grad checkbox."""
    return f"autograd_var_grad_{name}"


def dtype_key(name: str) -> str:
    """Return the widget key of a variable's dtype."""
    return f"autograd_var_dtype_{name}"


def apply_preset() -> None:
    """Copy the chosen preset's expression and variables into the widgets' state."""
    preset = PRESETS[st.session_state[PRESET_KEY]]
    st.session_state[EXPRESSION_KEY] = preset.expression
    for spec in preset.variables:
        st.session_state[value_key(spec.name)] = spec.value
        st.session_state[grad_key(spec.name)] = spec.requires_grad
        st.session_state[dtype_key(spec.name)] = spec.dtype


PRESET_URL = UrlTable.of([UrlSetting("autograd_preset", PRESET_KEY, Choice(tuple(PRESETS), DEFAULT_PRESET))])


def _initialise() -> None:
    """Start from the preset named in the URL, or the default one."""
    if EXPRESSION_KEY not in st.session_state:
        load_from_url(PRESET_URL, "autograd_preset_url_loaded")
        st.session_state.setdefault(PRESET_KEY, DEFAULT_PRESET)
        apply_preset()


def expression_inputs() -> tuple[str, list[VariableSpec]]:
    """Draw the preset picker, expression box and variable rows; return the expression and variable specs."""
    _initialise()
    left, right = st.columns([1, 2])
    left.selectbox(
        tr("autograd.preset"),
        list(PRESETS),
        key=PRESET_KEY,
        format_func=option_label("autograd.preset"),
        on_change=apply_preset,
    )
    write_to_url(PRESET_URL)
    source = right.text_input(
        tr("autograd.expression"), key=EXPRESSION_KEY, help=tr("autograd.expression_help")
    )
    preset = PRESETS[st.session_state[PRESET_KEY]]
    if preset.seed and preset.expression == source:
        st.caption(tr("autograd.from_seed", tutorial=tr(tutorial(preset.seed).title_key)))
        if preset.corrections:
            fixes = "\n".join(f"- {tr(key)}" for key in preset.corrections)
            st.info(f"{tr('autograd.preset_fixes')}\n{fixes}")
    try:
        names = parse_expression(source).names
    except UserFacingError:
        names = ()
    preset_order = {spec.name: index for index, spec in enumerate(preset.variables)}
    names = sorted(names, key=lambda name: preset_order.get(name, len(preset_order)))
    return source, [_variable_row(name) for name in names]


def _variable_row(name: str) -> VariableSpec:
    """Draw one variable's value, dtype and requires_grad widgets; return its spec."""
    st.session_state.setdefault(value_key(name), "1.0")
    st.session_state.setdefault(grad_key(name), True)
    st.session_state.setdefault(dtype_key(name), "float32")
    label, value, dtype, grad = st.columns([1, 4, 2, 2], vertical_alignment="bottom")
    label.markdown(f"**`{name}`**")
    text = value.text_input(
        tr("autograd.value", name=name), key=value_key(name), help=tr("autograd.value_help")
    )
    kind = dtype.selectbox(tr("autograd.dtype"), list(DTYPES), key=dtype_key(name))
    requires_grad = grad.checkbox("requires_grad", key=grad_key(name))
    return VariableSpec(name, text, requires_grad, kind)
