"""Shared pieces of the graphs lab page: caught warnings, the TorchScript deprecation note, missing-jit notes."""

from __future__ import annotations

import streamlit as st
import torch

from dlviz.graphs.jit_support import CaughtWarning, is_deprecation, torchscript_available
from dlviz.ui.graphs.cache import scripted_seed_model
from dlviz.ui.i18n import tr
from dlviz.ui.url_state import load_from_url, write_to_url
from dlviz.url_state import Choice, UrlSetting, UrlTable


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


TAB_KEY = "graphs_tab"  # the tabs widget: its state is the open tab's label, in the session's language
TAB_NAME_KEY = "graphs_tab_name"  # the open tab's name, whatever the language


def tab_table(names: list[str]) -> UrlTable:
    """Return the lab's URL setting: ?graphs_tab=<name>, the first tab by default."""
    return UrlTable.of([UrlSetting("graphs_tab", TAB_NAME_KEY, Choice(tuple(names), names[0]))])


def graph_tabs(names: list[str]) -> list:
    """Draw the lab's tabs (labels graphs.tab.<name>), opening the one the session or the URL names."""
    table = tab_table(names)
    load_from_url(table, "graphs_tab_url_loaded")
    labels = {name: tr(f"graphs.tab.{name}") for name in names}
    by_label = {label: name for name, label in labels.items()}
    name = by_label.get(st.session_state.get(TAB_KEY), st.session_state.get(TAB_NAME_KEY, names[0]))
    st.session_state[TAB_NAME_KEY] = name
    st.session_state[TAB_KEY] = labels[name]  # a language switch renames the tabs: the open one stays open
    tabs = st.tabs(list(labels.values()), key=TAB_KEY, on_change="rerun")
    write_to_url(table)
    return tabs
