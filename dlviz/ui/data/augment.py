"""Section 4: random augmentations of one image, drawn with the sidebar's seed."""

from __future__ import annotations

import streamlit as st

from dlviz.data.augmentations import AugmentSettings, augmented_draws
from dlviz.data.code import augment_code
from dlviz.data.figures import image_figure, image_grid_figure
from dlviz.data.images import code_folder
from dlviz.data.lesson import lesson_dataset
from dlviz.ui.code_panel import code_panel
from dlviz.ui.data.common import index_input, source_picker
from dlviz.ui.data_folder import current_data_root
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed


def render_augment() -> None:
    """Draw the augmentation controls, the original image and a grid of seeded random draws."""
    st.markdown(tr("data.au.intro"))
    controls, original = st.columns([2, 1])
    with controls:
        pick_source, pick_index = st.columns(2)
        with pick_source:
            source = source_picker()
        with pick_index:
            index = index_input(len(source.labels))
        degrees = st.slider(tr("data.au.rotation"), 0, 180, 25, key="data_au_rotation")
        flip = st.slider(tr("data.au.flip"), 0.0, 1.0, 0.5, step=0.05, key="data_au_flip")
        scale = st.slider(tr("data.au.crop"), 0.2, 1.0, 0.6, step=0.05, key="data_au_crop")
        count = st.slider(tr("data.au.count"), 4, 32, 16, step=4, key="data_au_count")
    image, label = lesson_dataset(source, to_tensor=False)[index]
    seed = current_seed()
    settings = AugmentSettings(float(degrees), float(flip), float(scale))
    draws = augmented_draws(image, settings, count, seed)
    original.plotly_chart(
        image_figure(source.images[index], tr("data.au.original", index=index), zmin=0, zmax=255),
        key="data_au_original",
    )
    st.plotly_chart(
        image_grid_figure(draws, [f"{k + 1}" for k in range(count)], width_px=1000), key="data_au_grid"
    )
    st.caption(tr("data.au.caption", seed=seed))
    code_panel(augment_code(source.name, code_folder(current_data_root()), index, settings, count, seed))
