"""Building blocks: nn.Module anatomy, a Sequential builder, layers, activations and losses on real data."""

import streamlit as st

from dlviz.ui.blocks_activations import render_activations
from dlviz.ui.blocks_anatomy import render_anatomy
from dlviz.ui.blocks_builder import render_builder
from dlviz.ui.blocks_layers import render_layers
from dlviz.ui.blocks_losses import render_losses
from dlviz.ui.errors import user_errors
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import option_label, tr

require_frame()

SECTIONS = {
    "anatomy": render_anatomy,
    "sequential": render_builder,
    "layers": render_layers,
    "activations": render_activations,
    "losses": render_losses,
}

if "blocks_section" not in st.session_state and st.query_params.get("section") in SECTIONS:
    st.session_state["blocks_section"] = st.query_params["section"]

st.title(tr("lab.blocks.title"))
st.markdown(tr("lab.blocks.summary"))
section = st.radio(
    tr("blocks.section"),
    list(SECTIONS),
    format_func=option_label("blocks.section"),
    key="blocks_section",
    horizontal=True,
)
st.query_params["section"] = section
if section != "sequential":
    for name in ("layers", "input"):
        st.query_params.pop(name, None)
st.divider()
with user_errors():
    SECTIONS[section]()
