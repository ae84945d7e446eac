"""The sidebar every lab shares: language, device, random seed and the data folder."""

import streamlit as st
import torch

from dlviz.device import AUTO, available_devices, device_label, resolve_device
from dlviz.i18n import LANGUAGES, language_picker_label
from dlviz.ui.bound import bound as _bound
from dlviz.ui.data_folder import render_data_folder
from dlviz.ui.i18n import LANG_KEY, LANGUAGE_URL, current_lang, tr
from dlviz.ui.url_state import write_to_url

DEVICE_KEY = "shared_device"
SEED_KEY = "shared_seed"
DEFAULT_SEED = 0


def render_sidebar() -> None:
    """Draw the language, device, seed and data-folder controls, and keep the language in the URL."""
    with st.sidebar:
        st.selectbox(
            language_picker_label(),
            list(LANGUAGES),
            format_func=lambda code: LANGUAGES.get(code, code),
            **_bound(LANG_KEY, current_lang()),
        )
        write_to_url(LANGUAGE_URL)
        st.selectbox(
            tr("sidebar.device"),
            [AUTO, *available_devices()],
            format_func=_device_option_label(),
            **_bound(DEVICE_KEY, AUTO),
        )
        st.caption(tr("sidebar.device_in_use", name=device_label(current_device())))
        if not torch.cuda.is_available():
            st.caption(tr("sidebar.cpu_only"))
        st.number_input(
            tr("sidebar.seed"), min_value=0, max_value=2**31 - 1, step=1, **_bound(SEED_KEY, DEFAULT_SEED)
        )
        render_data_folder()


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
