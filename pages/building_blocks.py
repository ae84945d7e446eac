"""Building blocks: nn.Module anatomy, a Sequential builder, layers, activations and losses on real data."""

import streamlit as st

from dlviz.ui.blocks.activations import render_activations
from dlviz.ui.blocks.anatomy import render_anatomy
from dlviz.ui.blocks.builder import BUILDER_URL, render_builder
from dlviz.ui.blocks.data import image_picker
from dlviz.ui.blocks.layers import render_layers
from dlviz.ui.blocks.losses import render_losses
from dlviz.ui.blocks.one_step import render_one_step
from dlviz.ui.blocks.residual import render_residual
from dlviz.ui.blocks.saving import render_saving
from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr
from dlviz.ui.sections import section_selector
from dlviz.ui.url_state import clear_from_url

require_frame()

SECTIONS = {
    "anatomy": render_anatomy,
    "sequential": render_builder,
    "layers": render_layers,
    "activations": render_activations,
    "losses": render_losses,
    "one_step": render_one_step,
    "residual": render_residual,
    "saving": render_saving,
}
IMAGE_SECTIONS = ("anatomy", "layers", "losses")

st.title(tr("lab.blocks.title"))
st.markdown(tr("lab.blocks.summary"))
section = section_selector("blocks", list(SECTIONS))
if section != "sequential":
    clear_from_url(BUILDER_URL)
st.divider()
with section_guard():
    if section in IMAGE_SECTIONS:
        image_picker()
    SECTIONS[section]()
