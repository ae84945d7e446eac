"""Section 2: a seeded DataLoader, its batches across epochs, and one batch's images."""

from __future__ import annotations

import streamlit as st

from dlviz import limits
from dlviz.data.batching import batch_indices, batch_of_each_sample, batch_table
from dlviz.data.code import loader_code
from dlviz.data.figures import batch_map_figure, image_grid_figure
from dlviz.data.images import code_folder
from dlviz.data.lesson import lesson_dataset
from dlviz.data.loader_view import batch_by_indexing
from dlviz.ui.code_panel import code_panel
from dlviz.ui.data.common import class_name, ranged_slider, source_picker
from dlviz.ui.data_folder import current_data_root
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed

MAX_BATCH_SHOWN = 64


def render_loader() -> None:
    """Draw the DataLoader controls, the batch map and table, and the chosen batch as a grid."""
    st.markdown(tr("data.ld.intro"))
    source = source_picker()
    seed = current_seed()
    cap = min(limits.MAX_DATA_LOADER_SAMPLES.value, len(source.labels))
    left, middle, right = st.columns(3)
    size = ranged_slider(left, tr("data.ld.size"), 4, cap, 20, "data_ld_size")
    batch_size = ranged_slider(
        middle, tr("data.ld.batch_size"), 1, min(MAX_BATCH_SHOWN, size), 6, "data_ld_batch_size"
    )
    epochs = right.slider(tr("data.ld.epochs"), 1, limits.MAX_DATA_EPOCHS.value, 3, key="data_ld_epochs")
    shuffle = left.checkbox(tr("data.ld.shuffle"), value=True, key="data_ld_shuffle")
    drop_last = middle.checkbox(tr("data.ld.drop_last"), value=False, key="data_ld_drop_last")
    right.caption(tr("data.ld.seed_note", seed=seed))

    epochs_batches = batch_indices(size, batch_size, shuffle, drop_last, seed, epochs)
    per_epoch = len(epochs_batches[0])
    dropped = size - sum(len(b) for b in epochs_batches[0])
    a, b, c = st.columns(3)
    a.metric(tr("data.ld.len_dataset"), size)
    b.metric(tr("data.ld.len_loader"), per_epoch)
    c.metric(tr("data.ld.dropped"), dropped)
    if per_epoch == 0:
        st.warning(tr("data.ld.no_batches"))
        return

    st.plotly_chart(
        batch_map_figure(
            batch_of_each_sample(epochs_batches, size),
            tr("data.ld.sample_index"),
            tr("data.ld.epoch"),
            tr("data.ld.dropped_cell"),
        ),
        key="data_ld_map",
    )
    st.caption(tr("data.ld.map_caption"))
    st.dataframe(batch_table(epochs_batches, tr("data.ld.batch"), tr("data.ld.epoch")), width="stretch")

    pick_epoch, pick_batch = st.columns(2)
    epoch = (
        pick_epoch.selectbox(tr("data.ld.show_epoch"), list(range(1, epochs + 1)), key="data_ld_epoch") - 1
    )
    number = pick_batch.selectbox(tr("data.ld.show_batch"), list(range(per_epoch)), key="data_ld_batch_no")
    dataset = lesson_dataset(source, to_tensor=True)
    indices = epochs_batches[epoch][number]
    images, labels = batch_by_indexing(dataset, indices)
    st.markdown(tr("data.ld.batch_line", shape=tuple(images.shape), labels=labels.tolist()))
    captions = [
        f"#{i} · {class_name(source.name, int(y), source.classes)}"
        for i, y in zip(indices, labels, strict=True)
    ]
    st.plotly_chart(
        image_grid_figure(images[:MAX_BATCH_SHOWN], captions[:MAX_BATCH_SHOWN], columns=8, width_px=1000),
        key="data_ld_grid",
    )
    code_panel(
        loader_code(
            source.name,
            code_folder(current_data_root()),
            size,
            batch_size,
            shuffle,
            drop_last,
            seed,
            epochs,
            (epoch, number),
        )
    )
