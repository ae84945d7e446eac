"""The sidebar every lab shares: language, device and random seed."""

import streamlit as st
import torch

from dlviz.device import AUTO, available_devices, device_label, resolve_device
from dlviz.i18n import LANGUAGES
from dlviz.ui.i18n import LANG_KEY, current_lang, tr

DEVICE_KEY = "shared_device"
SEED_KEY = "shared_seed"
DEFAULT_SEED = 0


def render_sidebar() -> None:
    """Draw the language, device and seed controls, and keep the language in the URL."""
    current_lang()
    with st.sidebar:
        st.selectbox(
            "Language / 语言", list(LANGUAGES), format_func=lambda code: LANGUAGES.get(code, code), key=LANG_KEY
        )
        st.query_params["lang"] = st.session_state[LANG_KEY]
        choices = [AUTO, *available_devices()]
        st.selectbox(
            tr("sidebar.device"),
            choices,
            format_func=_device_option_label(),
            key=DEVICE_KEY,
        )
        st.caption(tr("sidebar.device_in_use", name=device_label(current_device())))
        if not torch.cuda.is_available():
            st.caption(tr("sidebar.cpu_only"))
        st.number_input(
            tr("sidebar.seed"), min_value=0, max_value=2**31 - 1, value=DEFAULT_SEED, step=1, key=SEED_KEY
        )


def current_device() -> torch.device:
    """Return the device the sidebar selects (auto resolves to the best available)."""
    return resolve_device(st.session_state.get(DEVICE_KEY, AUTO))


def current_seed() -> int:
    """Return the sidebar's random seed."""
    return int(st.session_state.get(SEED_KEY, DEFAULT_SEED))


def _device_option_label():
    """Return a format_func naming the auto choice in the current language."""
    auto = tr("sidebar.device_auto")
    return lambda choice: auto if choice == AUTO else choice
