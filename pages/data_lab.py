"""Data lab: Dataset, DataLoader and transforms on real images, batch by batch."""

import streamlit as st

from dlviz.ui.data.augment import render_augment
from dlviz.ui.data.compose import render_compose
from dlviz.ui.data.dataset import render_dataset
from dlviz.ui.data.gallery import render_gallery
from dlviz.ui.data.loader import render_loader
from dlviz.ui.data.transforms import render_transforms
from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr
from dlviz.ui.sections import section_selector

require_frame()

SECTIONS = {
    "dataset": render_dataset,
    "loader": render_loader,
    "transforms": render_transforms,
    "augment": render_augment,
    "compose": render_compose,
    "gallery": render_gallery,
}

st.title(tr("lab.data.title"))
st.markdown(tr("lab.data.summary"))
section = section_selector("data", list(SECTIONS))
st.divider()
with section_guard():
    SECTIONS[section]()
