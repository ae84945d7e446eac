"""Training Lab: pick data and a model, train with live curves, stop any time, then look inside the result; transfer learning."""

import streamlit as st

from dlviz.training.settings import TRAINING_URL
from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr
from dlviz.ui.sections import section_selector
from dlviz.ui.sidebar import current_device, current_seed
from dlviz.ui.training import live_chart
from dlviz.ui.training.controls import experiment_controls
from dlviz.ui.training.live import collect_run, run_buttons, train_if_asked
from dlviz.ui.training.presets import preset_notes, preset_picker
from dlviz.ui.training.preview import layer_preview
from dlviz.ui.training.results import show_last_run
from dlviz.ui.training.transfer import render_transfer
from dlviz.ui.url_state import clear_from_url, load_from_url, write_to_url

require_frame()

st.title(tr("lab.training.title"))
st.markdown(tr("training.intro"))
if section_selector("training", ("train", "transfer")) == "transfer":
    clear_from_url(TRAINING_URL)
    with section_guard():
        render_transfer(current_seed())
    st.stop()
rejected = load_from_url(TRAINING_URL, "training_url_loaded")
if rejected:
    st.warning(tr("training.url_rejected", names=", ".join(rejected)))
with section_guard():
    preset_picker()
config = experiment_controls(current_seed())
write_to_url(TRAINING_URL)
with section_guard():
    preset_notes()
with section_guard():
    layer_preview(config)

pressed, auto = run_buttons()
collect_run()
live_chart.page_style()
progress_slot, chart_slot = st.empty(), st.empty()  # the run's status replaces its progress bar
with section_guard():
    train_if_asked(config, current_device(), pressed, auto, chart_slot, progress_slot)
with section_guard():
    show_last_run(chart_slot, progress_slot)
