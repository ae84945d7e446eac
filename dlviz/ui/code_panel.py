"""A panel with the plain PyTorch code that reproduces what is on screen."""

import streamlit as st

from dlviz.ui.i18n import tr


def code_panel(code: str, expanded: bool = False) -> None:
    """Draw an expander holding code for the current settings."""
    with st.expander(tr("common.show_code"), expanded=expanded, icon="🐍"):
        st.code(code, language="python")
