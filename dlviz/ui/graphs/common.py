"""Shared pieces of the graphs lab page: caught warnings, the TorchScript deprecation note, missing-jit notes."""

from __future__ import annotations

import streamlit as st
import torch

from dlviz.graphs.jit_support import CaughtWarning, is_deprecation, torchscript_available
from dlviz.ui.graphs.cache import scripted_seed_model
from dlviz.ui.i18n import tr


def show_caught_warnings(warnings: list[CaughtWarning]) -> None:
    """Draw each warning a compile step raised, as caught (category and message)."""
    for warning in warnings:
        icon = "⏳" if is_deprecation(warning) else "⚠️"
        st.warning(tr("graphs.caught_warning", category=warning.category, message=warning.message), icon=icon)


def require_torchscript() -> bool:
    """Return whether TorchScript exists; if not, draw a note saying what to use instead."""
    if torchscript_available():
        return True
    st.info(tr("graphs.jit_missing", version=torch.__version__), icon="ℹ️")
    return False


def deprecation_note() -> None:
    """Draw the TorchScript deprecation explanation, with the warning this torch really raises."""
    with st.container(border=True):
        st.markdown(tr("graphs.deprecation"))
        if not torchscript_available():
            st.info(tr("graphs.jit_missing", version=torch.__version__), icon="ℹ️")
            return
        caught = [w for w in scripted_seed_model().warnings if is_deprecation(w)]
        if caught:
            for warning in caught:
                st.caption(
                    tr(
                        "graphs.deprecation_caught",
                        version=torch.__version__,
                        category=warning.category,
                        message=warning.message,
                    )
                )
        else:
            st.caption(tr("graphs.deprecation_none", version=torch.__version__))
