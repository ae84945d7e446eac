"""Section 6: the datasets the app can use, offline and online, with a sample grid and class balance."""

from __future__ import annotations

import streamlit as st

from dlviz import limits
from dlviz.data.code import gallery_code
from dlviz.data.figures import class_balance_figure, image_grid_figure, scatter_figure
from dlviz.data.gallery import DOWNLOADABLE, GALLERY, GalleryView, fake_view, image_view, toy_view
from dlviz.data.images import code_folder, load_vision_dataset, shown_folder
from dlviz.data.toys import CLASSIFICATION
from dlviz.errors import UserFacingError
from dlviz.ui.code_panel import code_panel
from dlviz.ui.data.common import class_name
from dlviz.ui.data_folder import current_data_root
from dlviz.ui.errors import show_error
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.sidebar import current_seed


@st.cache_data(show_spinner=False, max_entries=16)
def cached_fake_view(size: int, count: int, seed: int) -> GalleryView:
    """Return FakeData's view (generating every item once is slow, so cache it)."""
    return fake_view(size, count, seed)


def download_button(name: str) -> None:
    """Offer to download a missing dataset; say clearly when the download fails."""
    if st.button(tr("data.gl.download", name=tr(f"data.gallery.{name}")), key="data_gl_download", icon="⬇️"):
        with st.spinner(tr("data.gl.downloading")):
            try:
                load_vision_dataset(name, current_data_root(), download=True)
            except UserFacingError as error:
                show_error(error)
                return
        st.success(tr("data.gl.downloaded", folder=shown_folder(current_data_root())))
        st.rerun()


def load_view(name: str, count: int, seed: int) -> GalleryView | None:
    """Draw the dataset-specific controls and return the view, or None after a shown error."""
    if name == "toys":
        left, right = st.columns(2)
        toy = left.selectbox(
            tr("data.gl.toy"), list(CLASSIFICATION), format_func=option_label("data.toy"), key="data_gl_toy"
        )
        size = right.slider(tr("data.gl.points"), 50, 2000, 400, step=50, key="data_gl_points")
        return toy_view(toy, size, seed)
    if name == "fake_data":
        size = st.slider(
            tr("data.gl.fake_size"),
            20,
            limits.MAX_DATA_FAKE_SAMPLES.value,
            100,
            step=20,
            key="data_gl_fake_size",
        )
        return cached_fake_view(size, count, seed)
    if name == "digits":
        return image_view(name, count, seed)
    train = st.radio(
        tr("data.gl.split"),
        [False, True],
        format_func=option_label("data.gl.train"),
        horizontal=True,
        key="data_gl_train",
    )
    try:
        return image_view(name, count, seed, current_data_root(), train)
    except UserFacingError as error:
        show_error(error)
        download_button(name)
        return None


def render_gallery() -> None:
    """Draw the dataset picker, then the chosen dataset's facts, sample grid and class balance."""
    st.markdown(tr("data.gl.intro"))
    left, right = st.columns(2)
    name = left.selectbox(
        tr("data.gl.dataset"), GALLERY, format_func=option_label("data.gallery"), key="data_gl_name"
    )
    count = right.slider(
        tr("data.gl.count"), 8, limits.MAX_DATA_GRID_IMAGES.value, 32, step=8, key="data_gl_count"
    )
    st.caption(tr(f"data.gl.about.{name}"))
    if name in DOWNLOADABLE:
        st.caption(tr("data.gl.seed_note"))
    seed = current_seed()
    view = load_view(name, count, seed)
    if view is None:
        return
    names = [class_name(name, c, view.classes) for c in range(len(view.classes))]
    a, b, c = st.columns(3)
    a.metric(tr("data.gl.length"), f"{view.length:,}")
    b.metric(tr("data.gl.shape"), str(tuple(view.sample_shape)))
    c.metric(tr("data.gl.classes"), len(view.classes))
    sample_column, balance_column = st.columns([3, 2])
    if view.images is not None:
        captions = [names[int(y)] for y in view.labels]
        sample_column.plotly_chart(image_grid_figure(view.images, captions, width_px=640), key="data_gl_grid")
    else:
        sample_column.plotly_chart(
            scatter_figure(view.points, view.labels, tr("data.gl.class")), key="data_gl_scatter"
        )
    balance_column.plotly_chart(
        class_balance_figure(view.counts, names, tr("data.gl.count_axis")), key="data_gl_balance"
    )
    balance_column.caption(tr("data.gl.balance_caption", low=min(view.counts), high=max(view.counts)))
    toy = st.session_state.get("data_gl_toy", "spiral")
    size = view.length
    train = bool(st.session_state.get("data_gl_train", False))
    code_panel(gallery_code(name, code_folder(current_data_root()), train, count, seed, toy, size))
    if name in DOWNLOADABLE:
        st.caption(tr("data.gl.folder_note", folder=shown_folder(current_data_root())))
