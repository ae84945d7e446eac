"""Optimizer arena: real torch.optim optimizers on loss surfaces, hand-written updates, schedules, batch size."""

import streamlit as st

from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr
from dlviz.ui.optimizers.arena import show_arena
from dlviz.ui.optimizers.batch import show_batch
from dlviz.ui.optimizers.manual import show_manual
from dlviz.ui.optimizers.schedules import show_schedules
from dlviz.ui.sections import section_selector

require_frame()

SECTIONS = {"arena": show_arena, "manual": show_manual, "schedules": show_schedules, "batch": show_batch}

st.title(tr("lab.optimizers.title"))
st.markdown(tr("lab.optimizers.summary"))
section = section_selector("optimizers", list(SECTIONS), label_visibility="collapsed")
st.caption(tr("optimizers.cpu_note"))
with section_guard():
    SECTIONS[section]()
