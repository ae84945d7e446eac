"""Cached inputs of the Building blocks lab: the sample images, from the dataset the visitor picks."""

from pathlib import Path

import streamlit as st

from dlviz.data.images import VISION_DATASETS, ImageSample, code_folder, sample_images
from dlviz.ui.data_folder import current_data_root, offer_download
from dlviz.ui.i18n import option_label, tr

IMAGES_KEY = "blocks_images"


@st.cache_data(show_spinner=False, max_entries=32)
def _cached(count: int, seed: int, name: str, root: str) -> ImageSample:
    """Return count seeded sample images of a dataset in root (upscaled digits when absent)."""
    return sample_images(count, Path(root), seed=seed, name=name)


def image_picker() -> str:
    """Draw the image-dataset selectbox of the image sections and return the choice."""
    return st.selectbox(
        tr("images.dataset"), list(VISION_DATASETS), format_func=option_label("images.name"), key=IMAGES_KEY
    )


def cached_images(count: int, seed: int) -> ImageSample:
    """Return count seeded sample images of the picked dataset from the shared data folder, cached."""
    name = st.session_state.get(IMAGES_KEY, "mnist")
    return _cached(count, seed, name, str(current_data_root()))


def code_root() -> str:
    """Return the data folder as code panels write it (the sidebar's folder; 'data' in hosted mode)."""
    return str(code_folder(current_data_root()))


def code_dataset() -> str:
    """Return the torchvision class name of the picked dataset, as code panels load it."""
    return VISION_DATASETS[st.session_state.get(IMAGES_KEY, "mnist")].__name__


def source_caption(sample: ImageSample) -> None:
    """Say where the images came from; when the picked dataset is absent, offer to download it."""
    wanted = st.session_state.get(IMAGES_KEY, "mnist")
    if sample.source == "digits":
        st.caption(tr("images.fallback", name=tr(f"images.name.{wanted}")))
        offer_download(wanted, "blocks_images_download")
    else:
        st.caption(tr(f"images.source.{sample.source}"))
