"""Section 1: the lesson's custom Dataset, shown as code and indexed live."""

from __future__ import annotations

import inspect

import streamlit as st
import torch

from dlviz.data.code import dataset_code
from dlviz.data.figures import image_figure
from dlviz.data.images import code_folder
from dlviz.data.lesson import ImageLabelDataset, lesson_dataset
from dlviz.ui.code_panel import code_panel
from dlviz.ui.data.common import class_name, index_input, source_picker
from dlviz.ui.data_folder import current_data_root
from dlviz.ui.i18n import tr


def describe_image(image) -> str:
    """Return a one-line description of what __getitem__ returned as the image."""
    if isinstance(image, torch.Tensor):
        return tr(
            "data.ds.tensor_image",
            shape=tuple(image.shape),
            dtype=str(image.dtype).removeprefix("torch."),
            low=float(image.min()),
            high=float(image.max()),
        )
    return tr("data.ds.pil_image", mode=image.mode, width=image.size[0], height=image.size[1])


def render_dataset() -> None:
    """Draw the Dataset class, its options, and the item at the chosen index."""
    st.markdown(tr("data.ds.intro"))
    st.code(inspect.getsource(ImageLabelDataset), language="python")
    pick_source, pick_options, pick_index = st.columns(3)
    with pick_source:
        source = source_picker()
    to_tensor = pick_options.checkbox(tr("data.ds.to_tensor"), value=True, key="data_ds_to_tensor")
    one_hot = pick_options.checkbox(tr("data.ds.one_hot"), value=False, key="data_ds_one_hot")
    dataset = lesson_dataset(source, to_tensor=to_tensor, one_hot_labels=one_hot)
    with pick_index:
        index = index_input(len(dataset))
    image, label = dataset[index]
    item_column, image_column = st.columns([3, 2])
    with item_column:
        raw_label = int(source.labels[index])
        st.metric(tr("data.ds.length"), len(dataset))
        st.markdown(tr("data.ds.image_line", index=index, description=describe_image(image)))
        shown_label = str(label.tolist()) if isinstance(label, torch.Tensor) else str(label)
        st.markdown(
            tr(
                "data.ds.label_line",
                index=index,
                label=shown_label,
                name=class_name(source.name, raw_label, source.classes),
            )
        )
    pixels = image[0] if isinstance(image, torch.Tensor) else torch.as_tensor(source.images[index])
    top = 1.0 if isinstance(image, torch.Tensor) else 255
    image_column.plotly_chart(
        image_figure(pixels, tr("data.ds.figure_title", index=index), zmin=0, zmax=top),
        key="data_ds_image",
    )
    code_panel(
        dataset_code(
            source.name, code_folder(current_data_root()), index, to_tensor, one_hot, len(source.classes)
        )
    )
