"""The shared data setting: the one data folder every lab reads MNIST and FashionMNIST from."""

from __future__ import annotations

from pathlib import Path

import streamlit as st

from dlviz import limits
from dlviz.data.images import VISION_DATASETS, data_dir, dataset_present, load_vision_dataset, shown_folder
from dlviz.errors import UserFacingError
from dlviz.hosting import hosted_mode
from dlviz.ui.bound import bound
from dlviz.ui.errors import show_error
from dlviz.ui.i18n import tr

DATA_DIR_KEY = "shared_data_dir"


def current_data_root() -> Path:
    """Return the data folder the visitor chose (in hosted mode always the server's own)."""
    if hosted_mode():
        return data_dir()
    text = str(st.session_state.get(DATA_DIR_KEY, "")).strip()
    return Path(text).expanduser() if text else data_dir()


def render_data_folder() -> None:
    """Draw the data-folder box (none in hosted mode) and say which image datasets it holds."""
    if hosted_mode():
        st.caption(tr("images.folder_hosted"))
    else:
        st.text_input(
            tr("images.folder"),
            help=tr("images.folder_help"),
            max_chars=int(limits.MAX_TEXT_INPUT_CHARS.value),
            **bound(DATA_DIR_KEY, str(data_dir())),
        )
    root = current_data_root()
    states = [
        tr(
            "images.state",
            name=tr(f"images.name.{name}"),
            state=tr(f"images.found.{dataset_present(name, root)}"),
        )
        for name in VISION_DATASETS
    ]
    st.caption(" · ".join(states))


def offer_download(name: str, key: str) -> None:
    """Say that a dataset is not in the data folder and offer to download it there; errors become a message."""
    root = current_data_root()
    st.info(tr("images.missing", name=tr(f"images.name.{name}"), folder=shown_folder(root)), icon="🗂️")
    if st.button(tr("images.download", name=tr(f"images.name.{name}")), key=key, icon="⬇️"):
        with st.spinner(tr("images.downloading")):
            try:
                load_vision_dataset(name, root, download=True)
            except UserFacingError as error:
                show_error(error)
                return
        st.rerun()
