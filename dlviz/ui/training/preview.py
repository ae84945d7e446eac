"""The model a Training Lab setting describes, before any run: its layers, output shapes and parameters."""

from __future__ import annotations

import streamlit as st
import torch

from dlviz.components.losses import NEEDS_LOG_SOFTMAX
from dlviz.models.registry import build_model, layer_output_shapes, parameter_count
from dlviz.training.datasets import input_shape, output_count
from dlviz.training.experiment import ExperimentConfig, check_config, data_spec_for
from dlviz.ui.i18n import tr


def layer_preview(config: ExperimentConfig) -> None:
    """Check the settings, then draw the layer table (built on the meta device: no memory, no random draws)."""
    check_config(config)
    spec = data_spec_for(config)
    with st.expander(tr("training.layers")):
        shape = input_shape(spec)
        with torch.device("meta"):
            preview = build_model(config.model, shape, output_count(spec), config.loss in NEEDS_LOG_SOFTMAX)
        st.metric(tr("training.param_count"), f"{parameter_count(preview):,}")
        st.dataframe(
            [
                {
                    tr("training.col.layer"): row.name,
                    tr("training.col.kind"): row.kind,
                    tr("training.col.shape"): "×".join(map(str, row.output_shape)),
                    tr("training.col.params"): row.parameters,
                }
                for row in layer_output_shapes(preview, shape)
            ],
            hide_index=True,
        )
    if config.loss in NEEDS_LOG_SOFTMAX:
        st.caption(tr("training.nll_note"))
