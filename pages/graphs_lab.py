"""Dynamic vs static graphs: eager, torch.jit.script, torch.jit.trace and torch.export side by side."""

import streamlit as st

from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.graphs.common import deprecation_note
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

SECTIONS = [
    ("graphs.tab.eager", render_eager_section),
    ("graphs.tab.script", render_script_section),
    ("graphs.tab.trace", render_trace_section),
    ("graphs.tab.export", render_export_section),
    ("graphs.tab.loops", render_loop_section),
    ("graphs.tab.timing", render_timing_section),
]
# Only the open tab runs (its state is tracked, and kept in the URL as ?graphs_tab=), so a rerun never
# computes the hidden sections.
tabs = st.tabs([tr(key) for key, _ in SECTIONS], key="graphs_tab", on_change="rerun", bind="query-params")
for tab, (_, render) in zip(tabs, SECTIONS, strict=True):
    if tab.open is not False:
        with tab, section_guard():
            render()
