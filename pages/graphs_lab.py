"""Dynamic vs static graphs: eager, torch.jit.script, torch.jit.trace and torch.export side by side."""

import streamlit as st

from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.graphs.common import deprecation_note, graph_tabs
from dlviz.ui.graphs.compare import render_compare_section
from dlviz.ui.graphs.eager import render_eager_section
from dlviz.ui.graphs.export import render_export_section
from dlviz.ui.graphs.loops import render_loop_section
from dlviz.ui.graphs.script import render_script_section
from dlviz.ui.graphs.timing import render_timing_section
from dlviz.ui.graphs.trace import render_trace_section
from dlviz.ui.i18n import tr

require_frame()

st.title(tr("lab.graphs.title"))
st.markdown(tr("graphs.intro"))
deprecation_note()

SECTIONS = {
    "eager": render_eager_section,
    "script": render_script_section,
    "trace": render_trace_section,
    "export": render_export_section,
    "loops": render_loop_section,
    "timing": render_timing_section,
    "compare": render_compare_section,
}
# Only the open tab runs (its name is kept in the URL as ?graphs_tab=), so a rerun never computes the others.
for tab, render in zip(graph_tabs(list(SECTIONS)), SECTIONS.values(), strict=True):
    if tab.open is not False:
        with tab, section_guard():
            render()
