"""The last run once it has ended: the full plotly curves, its status line, a hint if it went wrong, the analysis."""

from __future__ import annotations

import streamlit as st

from dlviz.training.figures import curves_figure
from dlviz.training.status import run_best_epoch, status_line
from dlviz.ui.i18n import tr
from dlviz.ui.training.analysis import analysis
from dlviz.ui.training.hint import run_hint
from dlviz.ui.training.live import MODEL_KEY, RUNS_KEY, chart_texts, label_runs


def show_last_run(chart_slot, progress_slot) -> None:
    """Draw the last run where the live chart was and its status where the progress bar was; or a hint."""
    runs = st.session_state.get(RUNS_KEY, [])
    if not runs or MODEL_KEY not in st.session_state:
        chart_slot.info(tr("training.press_train"))
        return
    run, trained = runs[-1], st.session_state[MODEL_KEY]
    titles, names = chart_texts()
    label_runs(runs)
    figure = curves_figure(run, runs[-4:-1], titles, names, run_best_epoch(run))
    chart_slot.plotly_chart(figure, key="training_curves")
    key, params = status_line(run, trained.device)
    progress_slot.info(tr(key, **params))
    run_hint(run, trained.data.num_classes)
    analysis(trained, run)
