"""The tensor viewer: an annotated heatmap plus shape, dtype, device, strides, contiguity and storage size."""

from __future__ import annotations

import numpy as np
import streamlit as st
import torch

from dlviz.figures.heatmap import heatmap_plan, tensor_heatmap
from dlviz.tensors.info import tensor_info
from dlviz.ui.i18n import tr

PLOT_CONFIG = {"displayModeBar": False, "staticPlot": False}


def attributes_text(tensor: torch.Tensor) -> str:
    """Return one translated line with the tensor's shape, dtype, device, strides, contiguity and sizes."""
    info = tensor_info(tensor)
    return tr(
        "tensors.viewer.attributes",
        shape=info.shape,
        dtype=info.dtype,
        device=info.device,
        stride=info.stride,
        contiguous=tr("tensors.yes") if info.is_contiguous else tr("tensors.no"),
        element_size=info.element_size,
        nbytes=info.nbytes,
        storage=info.storage_nbytes,
        grad=tr("tensors.yes") if info.requires_grad else tr("tensors.no"),
    )


def bold(text: str) -> str:
    """Return text as bold markdown, with markdown's special characters escaped (titles hold code like a * b)."""
    escaped = "".join("\\" + char if char in "\\`*_[]()|<>#+-.!{}" else char for char in text)
    return f"**{escaped}**"


def tensor_viewer(
    tensor: torch.Tensor, title: str, highlight: torch.Tensor | None = None, key: str | None = None
) -> None:
    """Draw a tensor's name, its heatmap and its attributes underneath, noting when it is summarized."""
    st.markdown(bold(title))
    st.plotly_chart(tensor_heatmap(tensor, highlight=highlight), config=PLOT_CONFIG, key=key)
    st.caption(attributes_text(tensor))
    if tensor.numel() == 0:
        st.caption(tr("tensors.viewer.empty", shape=tuple(tensor.shape)))
        return
    plan = heatmap_plan(tuple(tensor.shape))
    if plan.summarized:
        st.caption(
            tr("tensors.viewer.summarized", step=plan.step, shown=plan.shown_slices, slices=plan.slices)
        )


def array_viewer(array: np.ndarray, title: str, key: str | None = None) -> None:
    """Draw a NumPy array's name, heatmap, dtype, shape and strides in bytes."""
    st.markdown(bold(title))
    st.plotly_chart(tensor_heatmap(torch.from_numpy(array.copy())), config=PLOT_CONFIG, key=key)
    st.caption(tr("tensors.viewer.array", shape=array.shape, dtype=str(array.dtype), strides=array.strides))


def shares_memory_badge(shared: bool, first: str, second: str) -> None:
    """Draw a green or grey line saying whether two objects share memory (checked with untyped_storage().data_ptr())."""
    if shared:
        st.markdown(tr("tensors.shared.yes", a=first, b=second))
    else:
        st.markdown(tr("tensors.shared.no", a=first, b=second))
