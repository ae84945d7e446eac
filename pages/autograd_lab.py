"""Autograd Lab: type a computation, see its autograd graph, walk backward through it."""

import streamlit as st

from dlviz.ui.autograd.by_hand import by_hand_section
from dlviz.ui.autograd.demos import custom_section, descent_section, seeds_section, tracking_section
from dlviz.ui.autograd.input import expression_inputs
from dlviz.ui.autograd.sections import (
    accumulate_section,
    check_section,
    expression_section,
    graph_section,
    steps_section,
)
from dlviz.ui.autograd.state import session_run
from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr
from dlviz.ui.sections import section_selector
from dlviz.ui.sidebar import current_seed

require_frame()

EXPRESSION_SECTIONS = {
    "expression": expression_section,
    "graph": graph_section,
    "steps": lambda run, seed: steps_section(run),
    "check": check_section,
    "accumulate": accumulate_section,
    "tracking": tracking_section,
}
OWN_SECTIONS = {
    "custom": custom_section,
    "descent": descent_section,
    "by_hand": by_hand_section,
    "seeds": seeds_section,
}
SECTIONS = [*EXPRESSION_SECTIONS, *OWN_SECTIONS]

st.title(tr("lab.autograd.title"))
st.caption(tr("lab.autograd.summary"))
section = section_selector("autograd", SECTIONS, url_key="autograd_section")
st.markdown(tr(f"autograd.intro.{section}"))
seed = current_seed()

with section_guard():
    if section in EXPRESSION_SECTIONS:
        with st.container(border=True):
            source, specs = expression_inputs()
        run = session_run(source, specs, seed)
        EXPRESSION_SECTIONS[section](run, seed)
    else:
        OWN_SECTIONS[section]()
