"""The graphs lab's summary tab: TensorFlow 1.x graphs, PyTorch eager, torch.jit.script and torch.export compared."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dlviz.graphs.compare import ASPECTS, CODE, STYLES
from dlviz.ui.i18n import option_label, tr


def render_compare_section() -> None:
    """Draw the comparison table, then the same computation written in the chosen style."""
    st.markdown(tr("lessons.compare.intro"))
    table = pd.DataFrame(
        {
            tr(f"lessons.compare.style.{style}"): [tr(f"lessons.compare.{style}.{a}") for a in ASPECTS]
            for style in STYLES
        },
        index=[tr(f"lessons.compare.aspect.{aspect}") for aspect in ASPECTS],
    )
    st.table(table)
    style = st.radio(
        tr("lessons.compare.pick"),
        STYLES,
        format_func=option_label("lessons.compare.style"),
        horizontal=True,
        key="graphs_compare_style",
    )
    if style == "tf1":
        st.warning(tr("lessons.compare.tf1_label"), icon="📜")
    st.code(CODE[style], language="python")
    st.markdown(tr(f"lessons.compare.note.{style}"))
