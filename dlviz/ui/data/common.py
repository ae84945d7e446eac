"""Widgets shared by the Data lab's sections: the image source, the item index, class names."""

from __future__ import annotations

import streamlit as st

from dlviz.data.images import dataset_present
from dlviz.data.lesson import SOURCES, ImageSource, image_source
from dlviz.errors import UserFacingError
from dlviz.ui.data_folder import current_data_root, offer_download
from dlviz.ui.i18n import option_label, tr

SOURCE_KEY = "data_source"
INDEX_KEY = "data_index"


def default_source() -> str:
    """Return MNIST when its files are in the shared data folder, else scikit-learn's digits."""
    return "mnist" if dataset_present("mnist", current_data_root()) else "digits"


def source_picker() -> ImageSource:
    """Draw the image-source selectbox and return the chosen source's pixels and labels."""
    if SOURCE_KEY not in st.session_state:
        st.session_state[SOURCE_KEY] = default_source()
    name = st.selectbox(tr("data.source"), SOURCES, format_func=option_label("data.source"), key=SOURCE_KEY)
    try:
        return image_source(name, current_data_root())
    except UserFacingError:
        offer_download(name, "data_source_download")
        st.caption(tr("data.source_hint"))
        raise


def index_input(length: int) -> int:
    """Draw the item index input (kept inside 0..length-1 when the source changes) and return it."""
    clamp_state(INDEX_KEY, 0, length - 1)
    value = {} if INDEX_KEY in st.session_state else {"value": 0}
    label = tr("data.index", last=length - 1)
    return int(st.number_input(label, min_value=0, max_value=length - 1, key=INDEX_KEY, **value))


def class_name(source: str, label: int, classes: list[str]) -> str:
    """Return a class's display name: translated for FashionMNIST, the digit otherwise."""
    if source == "fashion_mnist":
        return tr(f"data.fashion.{label}")
    return classes[label] if label < len(classes) else str(label)


def clamp_state(key: str, low: float, high: float) -> None:
    """Keep a widget's stored value inside its current range (ranges move when other inputs change)."""
    if key in st.session_state:
        value = st.session_state[key]
        if not low <= value <= high:
            st.session_state[key] = min(max(value, low), high)


def ranged_slider(container, label: str, low, high, default, key: str, **options):
    """Draw a slider whose range depends on other inputs: its stored value is kept inside the range."""
    clamp_state(key, low, high)
    value = {} if key in st.session_state else {"value": min(max(default, low), high)}
    return container.slider(label, low, high, key=key, **value, **options)
