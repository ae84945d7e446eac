"""Module anatomy section: a tutorial's network on three images, layer by layer, through forward hooks."""

import pandas as pd
import streamlit as st
import torch

from dlviz.blocks.anatomy import (
    SEED_NETWORKS,
    SeedParameterModel,
    SeedTensorModel,
    anatomy_code,
    hook_firings,
    registration_check,
    run_anatomy,
)
from dlviz.blocks.figures import image_grid, matrix_heatmap
from dlviz.blocks.sequential import shape_text
from dlviz.figures.heatmap import tensor_heatmap
from dlviz.models.log_softmax_check import cross_entropy_after_log_softmax, log_softmax_params
from dlviz.rng import seeded
from dlviz.ui.blocks.data import cached_images, code_dataset, code_root, source_caption
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.sidebar import current_device, current_seed

BATCH = 3
MAPS_SHOWN = 8


def render_anatomy() -> None:
    """Draw the input, every layer's output, softmax, parameters, devices and the hook demo."""
    seed, device = current_seed(), current_device()
    sample = cached_images(BATCH, seed)
    network = st.selectbox(
        tr("blocks.anat.network"),
        list(SEED_NETWORKS),
        format_func=option_label("blocks.anat.network"),
        key="blocks_anat_network",
    )
    st.markdown(tr(f"blocks.anat.intro.{network}"))
    source_caption(sample)
    titles = [tr("blocks.anat.image_label", label=int(label)) for label in sample.labels]
    st.plotly_chart(image_grid(sample.images[:, 0], titles, height=220), key="blocks_anat_input")
    dim = st.radio(
        tr("blocks.anat.softmax_dim"),
        (1, 0),
        key="blocks_anat_dim",
        horizontal=True,
        format_func=lambda d: str(d) if str(d).startswith("dim=") else f"dim={d}",
    )
    run = _anatomy(network, seed, str(device), dim)

    st.subheader(tr("blocks.anat.layers_title"))
    for index, layer in enumerate(run.layers):
        heading = f"**{layer.name}** · `{layer.module}` → `{shape_text(tuple(layer.output.shape))}`"
        st.markdown(heading)
        st.plotly_chart(_layer_figure(layer.output), key=f"blocks_anat_layer_{index}")
    if network == "neural_network":
        st.caption(tr("blocks.anat.layers_note"))
    if network == "digit_recognizer":
        check = cross_entropy_after_log_softmax(run.logits, torch.as_tensor(sample.labels, dtype=torch.long))
        st.markdown(tr("blocks.anat.log_softmax_note", **log_softmax_params(check)))

    st.subheader(tr("blocks.anat.softmax_title", dim=dim))
    left, right = st.columns([3, 2])
    title = tr("blocks.anat.softmax_axes")
    left.plotly_chart(tensor_heatmap(run.probabilities, title, height=230), key="blocks_anat_softmax")
    sums = run.probabilities.sum(dim=dim)
    right.markdown(tr(f"blocks.anat.dim{dim}_note", sums=", ".join(f"{v:.4f}" for v in sums.tolist())))

    st.subheader(tr("blocks.anat.params_title"))
    table = pd.DataFrame(
        [
            {
                "name": r.name,
                "shape": shape_text(r.shape),
                "numel": r.count,
                "requires_grad": r.requires_grad,
                "device": r.device,
            }
            for r in run.parameters
        ]
    )
    st.dataframe(table, hide_index=True, key="blocks_anat_params")
    c1, c2 = st.columns(2)
    c1.metric(tr("blocks.anat.total"), f"{run.total_parameters:,}")
    c2.metric(tr("blocks.anat.device"), f"{run.device_before} → {run.device_after}")
    st.caption(tr("blocks.anat.device_note"))

    st.subheader(tr("blocks.anat.hooks_title"))
    st.markdown(tr("blocks.anat.hooks_intro"))
    firings = _hook_firings(network, seed)
    st.dataframe(
        pd.DataFrame(
            [
                {
                    tr("blocks.anat.module"): f.name,
                    "model(x)": f.through_call,
                    "model.forward(x)": f.through_forward,
                }
                for f in firings
            ]
        ),
        hide_index=True,
        key="blocks_anat_hooks",
    )
    own = next(f for f in firings if f.name == "model")
    st.markdown(tr("blocks.anat.hooks_note", call=own.through_call, forward=own.through_forward))
    code_panel(anatomy_code(BATCH, seed, str(device), dim, network, code_root(), code_dataset()))

    with st.expander(tr("blocks.anat.registration_title")):
        st.markdown(tr("blocks.anat.registration_intro"))
        left, right = st.columns(2)
        for column, model, key in (
            (left, SeedTensorModel(), "tensor"),
            (right, SeedParameterModel(), "parameter"),
        ):
            check = registration_check(model)
            column.markdown(tr(f"blocks.anat.registration_{key}"))
            rows = [{"name": r.name, "shape": shape_text(r.shape)} for r in check.parameters]
            column.markdown(tr("blocks.anat.registration_count", count=len(rows), output=check.output))
            if rows:
                column.dataframe(pd.DataFrame(rows), hide_index=True, key=f"blocks_anat_reg_{key}")
            if check.optimizer_error:
                column.warning(tr("blocks.anat.registration_error", message=check.optimizer_error))
            else:
                column.success(tr("blocks.anat.registration_ok"))
        st.markdown(tr("blocks.anat.registration_fixes"))


def _layer_figure(output):
    """Return a layer's output: (N, F) as a heatmap, one row per image; (N, C, H, W) as image 0's first maps."""
    if output.dim() == 4:
        maps = output[0, :MAPS_SHOWN]
        titles = [tr("blocks.anat.channel", n=c) for c in range(len(maps))]
        return image_grid(maps, titles, colorscale="RdBu_r", zmid=0.0, height=170)
    return matrix_heatmap(output, "", tr("blocks.anat.feature"), tr("blocks.anat.image"), height=170)


@st.cache_data(show_spinner=False, max_entries=64)
def _anatomy(network: str, seed: int, device: str, dim: int):
    """Return run_anatomy on the seeded sample, cached: the result depends only on these inputs."""
    return run_anatomy(cached_images(BATCH, seed).images, seed, device, dim, network)


@st.cache_data(show_spinner=False, max_entries=16)
def _hook_firings(network: str, seed: int):
    """Return the hook counts for model(x) vs model.forward(x), cached per network and seed."""
    with seeded(seed):
        model = SEED_NETWORKS[network][0]()
    return hook_firings(model, cached_images(BATCH, seed).images)
