"""Cached inputs of the Building blocks lab: the sample images."""

import streamlit as st

from dlviz.data.images import ImageSample, sample_images
from dlviz.ui.i18n import tr


@st.cache_data(show_spinner=False, max_entries=32)
def cached_images(count: int, seed: int) -> ImageSample:
    """Return count seeded sample images (real MNIST when available), cached per (count, seed)."""
    return sample_images(count, seed=seed)


def source_caption(sample: ImageSample) -> None:
    """Say where the images came from."""
    st.caption(tr(f"blocks.source.{sample.source}"))
