"""Playground: a 2-D dataset, a small network and its decision boundary, trained live."""

import streamlit as st

from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr
from dlviz.ui.playground.controls import (
    current_settings,
    data_controls,
    hyperparameter_row,
    load_url_state,
    network_controls,
    write_url_state,
)
from dlviz.ui.playground.live import run_live_panel, session_runner
from dlviz.ui.playground.view import view_controls
from dlviz.ui.sidebar import current_device, current_seed

require_frame()

st.title(tr("lab.playground.title"))
st.markdown(tr("playground.intro"))
rejected = load_url_state()
if rejected:
    st.warning(tr("playground.url_rejected", names=", ".join(rejected)))

hyperparameter_row()
data_column, network_column = st.columns([1, 3.4], gap="medium")
with data_column:
    data_controls()
with network_column:
    st.subheader(tr("playground.network"))
    network_controls()
    settings = current_settings()
    write_url_state(settings)
    view_controls(settings)
    if settings.seed != current_seed():
        st.caption(tr("playground.seed_from_url", seed=settings.seed))
    with section_guard():
        runner = session_runner(settings, current_device())
        run_live_panel(runner)
