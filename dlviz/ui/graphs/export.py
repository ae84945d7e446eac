"""Section 4 of the graphs lab: torch.fx and torch.export on the tutorial's if, and torch.cond exported."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dlviz.graphs.code import export_code
from dlviz.graphs.exporting import ToolFailure, compare_with_eager
from dlviz.ui.code_panel import code_panel
from dlviz.ui.graphs.cache import export_results
from dlviz.ui.graphs.common import show_caught_warnings
from dlviz.ui.i18n import tr

THRESHOLD = 5.0
CHECK_INPUTS = ([1.0, 2.0, 3.0], [0.5, 0.5, 0.5])


def render_export_section() -> None:
    """Draw the fx failure, the export failure on the plain if, and the exported torch.cond program."""
    st.markdown(tr("graphs.export.intro"))
    with st.spinner(tr("graphs.export.working")):
        fx_failure, export_failure, exported = export_results(THRESHOLD)
    st.markdown(tr("graphs.export.fx_title"))
    _show_failure(fx_failure)
    st.markdown(tr("graphs.export.plain_title"))
    _show_failure(export_failure)
    st.markdown(tr("graphs.export.cond_title"))
    show_caught_warnings(exported.warnings)
    st.metric(tr("graphs.export.has_cond"), tr("graphs.yes") if exported.has_cond else tr("graphs.no"))
    st.code(exported.graph_code, language="python")
    rows = [
        {"x": str(x), tr("graphs.export.col_eager"): str(eager), tr("graphs.export.col_exported"): str(out)}
        for x, eager, out in compare_with_eager(exported, [list(x) for x in CHECK_INPUTS], THRESHOLD)
    ]
    st.dataframe(pd.DataFrame(rows), hide_index=True, key="graphs_export_table")
    with st.expander(tr("graphs.export.program_title")):
        st.code(exported.program_text, language=None)
    code_panel(export_code(THRESHOLD, [list(x) for x in CHECK_INPUTS]))


def _show_failure(failure: ToolFailure | None) -> None:
    """Draw a tool's real error as the lesson (or say that it unexpectedly succeeded)."""
    if failure is None:
        st.success(tr("graphs.export.no_failure"), icon="ℹ️")
        return
    st.error(f"{failure.error_type}: {failure.headline}", icon="🚫")
    if failure.full_text != failure.headline:
        with st.expander(tr("graphs.export.full_error")):
            st.code(failure.full_text, language=None)
