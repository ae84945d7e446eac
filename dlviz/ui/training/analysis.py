"""After-run views of the Training Lab: metrics, confusion matrix, mistakes, norms, checkpoints, export."""

from __future__ import annotations

import pandas as pd
import streamlit as st
import torch

from dlviz.data.figures import image_grid_figure
from dlviz.training.checkpoint import cpu_state_dict, read_state_dict, state_dict_bytes
from dlviz.training.engine import predicted_classes
from dlviz.training.experiment import GRAD_NORM_STEPS
from dlviz.training.export import export_script
from dlviz.training.figures import confusion_figure, norms_figure
from dlviz.training.history import RunRecord
from dlviz.training.metrics import check_overfitting, confusion_matrix, sklearn_comparison
from dlviz.training.trained import TrainedModel
from dlviz.ui.code_panel import code_panel
from dlviz.ui.errors import user_errors
from dlviz.ui.i18n import tr
from dlviz.ui.training.live import BEST_KEY

PREDICTIONS_KEY = "training_predictions"
LOADED_KEY = "training_loaded_file"
MAX_MISTAKES_SHOWN = 16


def validation_outputs(trained: TrainedModel, run: RunRecord) -> torch.Tensor:
    """Return the model's validation outputs, computed once per run and weights version."""
    version = (id(run), run.step_count, st.session_state.get(LOADED_KEY))
    cached = st.session_state.get(PREDICTIONS_KEY)
    if cached is None or cached[0] != version:
        cached = (version, trained.validation_outputs())
        st.session_state[PREDICTIONS_KEY] = cached
    return cached[1]


def overfitting_box(run: RunRecord) -> None:
    """Show the overfitting flag or the best epoch."""
    complete = [e for e in run.epochs if not e.partial]
    if not complete or complete[0].val_loss is None:
        return
    report = check_overfitting([e.train_loss for e in complete], [e.val_loss for e in complete])
    if report.overfitting:
        st.warning(
            tr("training.overfitting", since=report.since_epoch + 1, best=report.best_epoch + 1), icon="📈"
        )
    else:
        st.success(tr("training.no_overfitting", best=report.best_epoch + 1), icon="✅")


def metrics_tab(trained: TrainedModel, run: RunRecord, outputs: torch.Tensor) -> None:
    """Show headline metrics and the torch-vs-scikit-learn table."""
    last = run.epochs[-1] if run.epochs else None
    columns = st.columns(4)
    if last is not None:
        columns[0].metric(tr("training.metric.train_loss"), f"{last.train_loss:.4f}")
        if last.val_loss is not None:
            columns[1].metric(tr("training.metric.val_loss"), f"{last.val_loss:.4f}")
    overfitting_box(run)
    if trained.data.is_regression:
        st.info(tr("training.classification_only"))
        return
    predicted = predicted_classes(outputs)
    rows = sklearn_comparison(trained.data.val_y.cpu(), predicted)
    columns[2].metric(tr("training.metric.accuracy"), f"{rows[0][1]:.2%}")
    table = pd.DataFrame(
        [(tr(f"training.metric.{name}"), ours, theirs) for name, ours, theirs in rows],
        columns=[tr("training.col.metric"), tr("training.col.ours"), tr("training.col.sklearn")],
    )
    st.dataframe(
        table,
        hide_index=True,
        column_config={
            tr("training.col.ours"): st.column_config.NumberColumn(format="%.4f"),
            tr("training.col.sklearn"): st.column_config.NumberColumn(format="%.4f"),
        },
    )
    st.caption(tr("training.metrics_caption"))


def confusion_tab(trained: TrainedModel, outputs: torch.Tensor) -> None:
    matrix = confusion_matrix(trained.data.val_y.cpu(), predicted_classes(outputs), trained.data.num_classes)
    st.plotly_chart(
        confusion_figure(matrix, trained.data.class_names, (tr("training.actual"), tr("training.predicted"))),
        key="training_confusion",
    )


def mistakes_tab(trained: TrainedModel, outputs: torch.Tensor) -> None:
    if not trained.data.is_image:
        st.info(tr("training.images_only"))
        return
    actual = trained.data.val_y.cpu()
    predicted = predicted_classes(outputs)
    wrong = (predicted != actual).nonzero().flatten()
    if len(wrong) == 0:
        st.success(tr("training.no_mistakes"))
        return
    shown = wrong[:MAX_MISTAKES_SHOWN]
    names = trained.data.class_names
    st.caption(tr("training.mistakes_caption", count=len(wrong), total=len(actual), shown=len(shown)))
    captions = [f"{names[actual[i]]} → {names[predicted[i]]}" for i in shown.tolist()]
    images = trained.data.pixels(trained.data.val_x[shown].cpu())
    st.plotly_chart(image_grid_figure(images, captions), key="training_mistakes")


def checkpoint_tab(trained: TrainedModel) -> None:
    """Download the last and best weights; upload weights and load them safely."""
    columns = st.columns(2)
    model = trained.model
    columns[0].download_button(  # the bytes are made on the click: a session holds no copy of them
        tr("training.download_last"),
        lambda: state_dict_bytes(cpu_state_dict(model)),
        "last_state_dict.pt",
        key="training_download_last",
        on_click="ignore",
    )
    if BEST_KEY in st.session_state:
        best = st.session_state[BEST_KEY]
        columns[1].download_button(
            tr("training.download_best"),
            lambda: state_dict_bytes(best),
            "best_state_dict.pt",
            key="training_download_best",
            on_click="ignore",
        )
    upload = st.file_uploader(tr("training.upload"), type=["pt", "pth"], key="training_upload")
    st.caption(tr("training.safe_load_note"))
    if upload is not None:
        with user_errors():
            if st.session_state.get(LOADED_KEY) != upload.file_id:
                trained.load_state(read_state_dict(upload.getvalue()))
                st.session_state[LOADED_KEY] = upload.file_id
                st.rerun()
            loss, _ = trained.evaluate()
            st.success(tr("training.loaded", count=len(trained.model.state_dict()), loss=f"{loss:.4f}"))


def export_tab(trained: TrainedModel, device: str) -> None:
    script = export_script(trained.config, trained.data.input_shape, trained.data.outputs, device)
    st.caption(tr("training.export_caption"))
    st.download_button(
        tr("training.download_script"),
        script,
        "dlviz_training_run.py",
        mime="text/x-python",
        key="training_download_script",
        on_click="ignore",
    )
    code_panel(script, expanded=True)


def analysis(trained: TrainedModel, run: RunRecord) -> None:
    """Draw the after-run tabs for the last run."""
    st.subheader(tr("training.analysis"))
    outputs = validation_outputs(trained, run)
    tabs = st.tabs(
        [
            tr(f"training.tab.{name}")
            for name in ("metrics", "confusion", "mistakes", "norms", "save", "export")
        ]
    )
    with tabs[0]:
        metrics_tab(trained, run, outputs)
    with tabs[1]:
        if trained.data.is_regression:
            st.info(tr("training.classification_only"))
        else:
            confusion_tab(trained, outputs)
    with tabs[2]:
        mistakes_tab(trained, outputs)
    with tabs[3]:
        st.caption(tr("training.norms_caption", steps=GRAD_NORM_STEPS))
        if run.epochs:
            st.plotly_chart(
                norms_figure(
                    run,
                    (tr("training.chart.grad_norms"), tr("training.chart.weight_norms")),
                    tr("training.chart.epoch"),
                ),
                key="training_norms",
            )
    with tabs[4]:
        checkpoint_tab(trained)
    with tabs[5]:
        export_tab(trained, torch.device(trained.device).type)
