"""Section 3: ToTensor, Normalize and the one-hot Lambda on one image, with histograms."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from dlviz.data.code import transforms_code
from dlviz.data.figures import class_balance_figure, histogram_figure, image_figure, value_grid_figure
from dlviz.data.images import code_folder
from dlviz.data.lesson import image_source, lesson_dataset, one_hot
from dlviz.data.pixel_transforms import (
    SEED_MEAN,
    SEED_STD,
    brightest_window,
    normalize_view,
    pixel_mean_std,
    to_tensor_view,
    window,
)
from dlviz.ui.code_panel import code_panel
from dlviz.ui.data.common import class_name, index_input, source_picker
from dlviz.ui.data_folder import current_data_root
from dlviz.ui.i18n import tr


@st.cache_data(show_spinner=False, max_entries=8)
def source_mean_std(name: str, folder: str) -> tuple[float, float]:
    """Return the pixel mean and std of a whole source (cached per source and data folder)."""
    return pixel_mean_std(image_source(name, Path(folder)).images)


@dataclass(frozen=True)
class ToTensorFigures:
    """The four ToTensor figures of one image and where its most-inked 8×8 patch starts."""

    pil_values: go.Figure
    tensor_values: go.Figure
    pil_histogram: go.Figure
    tensor_histogram: go.Figure
    top: int
    left: int


@st.cache_data(show_spinner=False, max_entries=32)
def to_tensor_figures(
    name: str, folder: str, index: int, x_255: str, x_1: str, y_title: str
) -> ToTensorFigures:
    """Return the ToTensor figures of one image (cached: they do not change with the Normalize sliders)."""
    image, _ = lesson_dataset(image_source(name, Path(folder)), to_tensor=False)[index]
    view = to_tensor_view(image)
    top, left = brightest_window(view.pil_pixels)
    return ToTensorFigures(
        value_grid_figure(window(view.pil_pixels, top, left), ".0f", 255),
        value_grid_figure(window(view.tensor[0].numpy(), top, left), ".2f", 1.0),
        histogram_figure({"PIL": view.pil_pixels}, x_255, y_title),
        histogram_figure({"ToTensor()": view.tensor}, x_1, y_title),
        top,
        left,
    )


def render_transforms() -> None:
    """Draw ToTensor's pixel values and histograms, Normalize's before/after, and the one-hot label."""
    st.markdown(tr("data.tf.intro"))
    pick, numbers = st.columns([1, 2])
    with pick:
        source = source_picker()
        index = index_input(len(source.labels))
    image, label = lesson_dataset(source, to_tensor=False)[index]
    view = to_tensor_view(image)
    dataset_mean, dataset_std = source_mean_std(source.name, str(current_data_root()))
    figures = to_tensor_figures(
        source.name,
        str(current_data_root()),
        index,
        tr("data.tf.value_255"),
        tr("data.tf.value_1"),
        tr("data.tf.count"),
    )
    with numbers:
        st.markdown(tr("data.tf.to_tensor_title", top=figures.top, left=figures.left))
        before, after = st.columns(2)
        before.caption(tr("data.tf.pil_window"))
        before.plotly_chart(figures.pil_values, key="data_tf_pil_values")
        after.caption(tr("data.tf.tensor_window"))
        after.plotly_chart(figures.tensor_values, key="data_tf_tensor_values")
    hist_before, hist_after = st.columns(2)
    hist_before.plotly_chart(figures.pil_histogram, key="data_tf_hist_pil")
    hist_after.plotly_chart(figures.tensor_histogram, key="data_tf_hist_tensor")

    st.markdown(tr("data.tf.normalize_title"))
    st.caption(
        tr(
            "data.tf.dataset_stats",
            mean=dataset_mean,
            std=dataset_std,
            seed_mean=SEED_MEAN,
            seed_std=SEED_STD,
        )
    )
    controls, images_column = st.columns([1, 2])
    mean = controls.slider(
        tr("data.tf.mean"), 0.0, 1.0, SEED_MEAN, step=0.0001, format="%.4f", key="data_tf_mean"
    )
    std = controls.slider(
        tr("data.tf.std"), 0.01, 1.0, SEED_STD, step=0.0001, format="%.4f", key="data_tf_std"
    )
    normalized = normalize_view(view.tensor, mean, std)
    stats = normalized.stats()
    controls.dataframe(
        pd.DataFrame(
            stats,
            index=[
                tr("data.tf.stat_mean"),
                tr("data.tf.stat_std"),
                tr("data.tf.stat_min"),
                tr("data.tf.stat_max"),
            ],
        )
        .rename(columns={"before": tr("data.tf.before"), "after": tr("data.tf.after")})
        .round(4),
        width="stretch",
    )
    controls.caption(tr("data.tf.formula", mean=mean, std=std, zero=(0 - mean) / std, one=(1 - mean) / std))
    images_column.plotly_chart(
        histogram_figure(
            {tr("data.tf.before"): normalized.before, tr("data.tf.after"): normalized.after},
            tr("data.tf.value"),
            tr("data.tf.count"),
        ),
        key="data_tf_hist_norm",
    )
    images_column.plotly_chart(
        image_figure(normalized.after[0], tr("data.tf.normalized_image")), key="data_tf_norm_image"
    )

    st.markdown(tr("data.tf.lambda_title"))
    vector = one_hot(len(source.classes))(label)
    names = [class_name(source.name, c, source.classes) for c in range(len(source.classes))]
    st.markdown(tr("data.tf.lambda_line", label=label, name=names[label], vector=vector.tolist()))
    st.plotly_chart(
        class_balance_figure(vector.int().tolist(), names, tr("data.tf.one_hot_value")), key="data_tf_one_hot"
    )
    code_panel(
        transforms_code(source.name, code_folder(current_data_root()), index, mean, std, len(source.classes))
    )
