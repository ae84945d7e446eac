"""Training Lab: pick data and a model, train with live curves, stop any time, then look inside the result."""

import streamlit as st
import torch

from dlviz import limits
from dlviz.models.registry import build_model, layer_output_shapes, parameter_count
from dlviz.training.components import NEEDS_LOG_SOFTMAX
from dlviz.training.datasets import input_shape, output_count
from dlviz.training.experiment import check_config, data_spec_for
from dlviz.training.figures import curves_figure
from dlviz.training.metrics import best_epoch
from dlviz.training.settings import TRAINING_URL
from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_device, current_seed
from dlviz.ui.training import live_chart
from dlviz.ui.training.analysis import analysis
from dlviz.ui.training.controls import experiment_controls
from dlviz.ui.training.live import (
    MODEL_KEY,
    RUNS_KEY,
    chart_texts,
    collect_run,
    label_runs,
    new_run,
    train_live,
)
from dlviz.ui.url_state import load_from_url, write_to_url

require_frame()

st.title(tr("lab.training.title"))
st.markdown(tr("training.intro"))
device = current_device()
rejected = load_from_url(TRAINING_URL, "training_url_loaded")
if rejected:
    st.warning(tr("training.url_rejected", names=", ".join(rejected)))
config = experiment_controls(current_seed())
write_to_url(TRAINING_URL)

with section_guard():
    check_config(config)
    spec = data_spec_for(config)
    with st.expander(tr("training.layers")):
        shape = input_shape(spec)
        with torch.device("meta"):  # shapes and counts only: no memory, no random draws
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

with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
    train_clicked = st.button(tr("training.train"), type="primary", key="training_train", icon="▶️")
    st.button(tr("training.stop"), key="training_stop", icon="⏹️")  # any click ends a running script run
    auto = st.toggle(tr("training.auto_run"), key="training_auto")
if auto:
    st.caption(
        tr(
            "training.auto_run_help",
            epochs=limits.MAX_AUTO_RUN_EPOCHS.value,
            seconds=limits.MAX_AUTO_RUN_SECONDS.value,
        )
    )

collect_run()
runs = st.session_state.get(RUNS_KEY, [])
live_chart.page_style()
progress_slot, chart_slot = st.empty(), st.empty()  # the run's status replaces its progress bar
auto_due = auto and (not runs or runs[-1].config != config)

with section_guard():
    if train_clicked or auto_due:
        epochs = config.epochs if train_clicked else min(config.epochs, int(limits.MAX_AUTO_RUN_EPOCHS.value))
        seconds = limits.MAX_TRAIN_SECONDS.value if train_clicked else limits.MAX_AUTO_RUN_SECONDS.value
        run = new_run(config, runs[-1] if runs else None, epochs)
        label_runs([*runs, run])
        train_live(config, device, run, runs[-3:], epochs, seconds, chart_slot, progress_slot)
        runs = st.session_state[RUNS_KEY]

if not (runs and MODEL_KEY in st.session_state):
    chart_slot.info(tr("training.press_train"))
    st.stop()
with section_guard():
    run, trained = runs[-1], st.session_state[MODEL_KEY]
    complete = [e for e in run.epochs if not e.partial]
    best = best_epoch([e.train_loss for e in complete], [e.val_loss for e in complete]) if complete else None
    titles, names = chart_texts()
    label_runs(runs)
    chart_slot.plotly_chart(curves_figure(run, runs[-4:-1], titles, names, best), key="training_curves")
    done = {
        "epochs": len(complete),
        "steps": run.step_count,
        "seconds": f"{run.seconds:.2f}" if run.seconds < 10 else f"{run.seconds:.1f}",
        "device": trained.device,
    }
    progress_slot.info(
        tr(f"training.status.{run.status}", **done)
        if run.status != "time_limit"
        else tr("training.status.time_limit", epochs=len(complete), seconds=f"{run.seconds:.0f}")
    )
    analysis(trained, run)
