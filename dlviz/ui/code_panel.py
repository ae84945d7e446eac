"""A panel with the plain PyTorch code that reproduces what is on screen: copy, .py and .ipynb downloads."""

from __future__ import annotations

import hashlib
import re
import sys

import streamlit as st

from dlviz.notebooks import to_notebook
from dlviz.ui.i18n import tr

UI_PACKAGE = "dlviz.ui."


def default_name(module: str) -> str:
    """Return a file name stem for panels drawn by a module: dlviz.ui.<lab>.<section> -> dlviz_<lab>_<section>."""
    parts = module.removeprefix(UI_PACKAGE).split(".") if module.startswith(UI_PACKAGE) else ["code"]
    return file_stem("_".join(parts))


def file_stem(name: str) -> str:
    """Return dlviz_<name> with only letters, digits and underscores (a safe file name on every system)."""
    cleaned = re.sub(r"[^0-9A-Za-z]+", "_", name).strip("_").lower() or "code"
    return cleaned if cleaned.startswith("dlviz_") else f"dlviz_{cleaned}"


def code_panel(code: str, expanded: bool = False, *, name: str | None = None) -> None:
    """Draw the code in an expander with copy, .py and .ipynb; name: file stem, by default the caller's lab_section."""
    stem = file_stem(name) if name else default_name(sys._getframe(1).f_globals.get("__name__", ""))
    key = f"code_panel_{stem}_{hashlib.sha1(code.encode()).hexdigest()[:10]}"
    title = tr("code_panel.notebook_title", name=f"{stem}.ipynb")
    with st.expander(tr("common.show_code"), expanded=expanded, icon="🐍"):
        st.caption(tr("code_panel.note"))
        st.code(code, language="python")
        left, right = st.columns(2)
        left.download_button(
            tr("code_panel.download_py"),
            data=lambda: code.encode("utf-8"),
            file_name=f"{stem}.py",
            mime="text/x-python",
            key=f"{key}_py",
            on_click="ignore",
            icon="📄",
        )
        right.download_button(
            tr("code_panel.download_ipynb"),
            data=lambda: to_notebook(code, title).encode("utf-8"),
            file_name=f"{stem}.ipynb",
            mime="application/x-ipynb+json",
            key=f"{key}_ipynb",
            on_click="ignore",
            icon="📓",
        )
