"""The Playground's live part: play/pause/step/reset and a fragment that trains a chunk and redraws."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

import streamlit as st
import torch

from dlviz import limits
from dlviz.i18n import t
from dlviz.playground.code_export import playground_code
from dlviz.playground.diagram import DiagramLabels, network_diagram_figure
from dlviz.playground.experiment import Experiment, one_cpu_thread
from dlviz.playground.features import FEATURE_LABELS
from dlviz.playground.figures import boundary_figure, grad_norm_figure, loss_figure, neuron_figure
from dlviz.playground.grid import (
    BOUNDARY_RESOLUTION,
    NEURON_RESOLUTION,
    boundary_values,
    neuron_values,
    plane_extent,
    plane_grid,
)
from dlviz.playground.network import linear_layers
from dlviz.playground.settings import PlaygroundSettings
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import current_lang, tr

EXPERIMENT = "playground_experiment"
PLAYING = "playground_playing"
STEP_REQUEST = "playground_step_request"
SHOW_TEST = "playground_show_test"
ENLARGE = "playground_enlarge"
FULL_RUN = "playground_full_run"
TICK_SECONDS = 0.15  # one train-and-redraw cycle while playing: about what a browser draws per second
MIN_CHUNK_SECONDS = 0.02  # training time per cycle at least, however long drawing takes
PLAY_BURST_SECONDS = 10.0  # longest a fragment run keeps training and redrawing before the next one
REDRAW_SECONDS = 0.1  # how soon the browser starts the next fragment run after one ends
STEP_SIZES = (1, 10, 100)
CHART_CONFIG = {"displayModeBar": False}


def _toggle_play() -> None:
    st.session_state[PLAYING] = not st.session_state.get(PLAYING, False)


def _request_step() -> None:
    st.session_state[PLAYING] = False
    st.session_state[STEP_REQUEST] = True


def _reset() -> None:
    st.session_state.pop(EXPERIMENT, None)


def transport_controls() -> None:
    """Draw play/pause, step (with its size) and reset."""
    playing = st.session_state.get(PLAYING, False)
    play, step, size, reset = st.columns([1, 1, 1.2, 1], vertical_alignment="bottom")
    play.button(
        tr("playground.pause" if playing else "playground.play"),
        key="playground_play",
        on_click=_toggle_play,
        type="primary",
        width="stretch",
    )
    step.button(tr("playground.step"), key="playground_step", on_click=_request_step, width="stretch")
    size.selectbox(tr("playground.step_size"), STEP_SIZES, key="playground_step_size")
    reset.button(tr("playground.reset"), key="playground_reset", on_click=_reset, width="stretch")


def session_experiment(settings: PlaygroundSettings, device: torch.device) -> Experiment:
    """Return the session's experiment; any change of settings or device rebuilds it (one reset)."""
    experiment = st.session_state.get(EXPERIMENT)
    if experiment is None or experiment.settings != settings or experiment.device != device:
        experiment = Experiment(settings, device)
        st.session_state[EXPERIMENT] = experiment
    if st.session_state.pop(STEP_REQUEST, False):
        experiment.step(st.session_state.get("playground_step_size", 1))
    return experiment


def _metrics(experiment: Experiment, slots: list) -> None:
    """Fill the four metric slots: epoch, latest train and test loss, and (for classes) test accuracy."""
    history = experiment.history
    slots[0].metric(tr("playground.epoch"), experiment.epoch)
    values = [history.train_loss[-1], history.test_loss[-1]] if history.epochs else [math.nan, math.nan]
    slots[1].metric(tr("playground.train_loss"), "—" if math.isnan(values[0]) else f"{values[0]:.4f}")
    slots[2].metric(tr("playground.test_loss"), "—" if math.isnan(values[1]) else f"{values[1]:.4f}")
    if experiment.data.num_classes and history.epochs:
        slots[3].metric(tr("playground.test_accuracy"), f"{history.test_accuracy[-1]:.1%}")


def _diagram_labels(experiment: Experiment, column_sizes: list[int]) -> DiagramLabels:
    """Return the column titles and neuron hover names of the diagram in the session's language."""
    settings = experiment.settings
    columns = [tr("playground.column_inputs")]
    columns += [tr("playground.column_layer", n=i + 1, width=w) for i, w in enumerate(settings.hidden)]
    columns.append(tr("playground.column_output"))
    neurons = [[FEATURE_LABELS[name] for name in settings.features]]
    neurons += [
        [tr("playground.neuron_name", layer=i + 1, index=j + 1) for j in range(w)]
        for i, w in enumerate(settings.hidden)
    ]
    neurons.append([tr("playground.output_name", index=j + 1) for j in range(column_sizes[-1])])
    return DiagramLabels(columns, neurons)


def _column_sizes(experiment: Experiment) -> list[int]:
    """Return how many neurons each diagram column has: inputs, each hidden layer, outputs."""
    layers = linear_layers(experiment.model)
    return [layers[0].in_features] + [layer.out_features for layer in layers]


def _neuron_choices(experiment: Experiment) -> dict[str, str]:
    """Return option value 'column:index' -> label for every neuron, after a 'none' option."""
    labels = _diagram_labels(experiment, _column_sizes(experiment))
    choices = {"none": tr("playground.enlarge_none")}
    for column, names in enumerate(labels.neurons):
        for index, name in enumerate(names):
            shown = tr("playground.input_name", name=name) if column == 0 else name
            choices[f"{column}:{index}"] = shown
    return choices


def view_controls(experiment: Experiment) -> None:
    """Draw the view options (test points, enlarged neuron); outside the fragment, so they interrupt playing."""
    show, enlarge = st.columns([1, 2], vertical_alignment="bottom")
    show.checkbox(tr("playground.show_test"), value=True, key=SHOW_TEST)
    choices = _neuron_choices(experiment)
    if st.session_state.get(ENLARGE) not in choices:
        st.session_state[ENLARGE] = "none"
    enlarge.selectbox(
        tr("playground.enlarge"),
        list(choices),
        format_func=lambda v: choices.get(v, v),
        key=ENLARGE,
    )


@dataclass
class LiveSlots:
    """The places the live panel redraws in place while playing."""

    metrics: list[Any]
    diagram: Any
    neuron: Any | None
    boundary: Any
    losses: Any


def _layout(experiment: Experiment) -> LiveSlots:
    """Draw the panel's fixed titles and captions; return empty slots for what changes as it trains."""
    metrics = [column.empty() for column in st.columns(4)]
    if experiment.at_cap:
        st.info(tr("playground.at_cap", cap=limits.MAX_PLAYGROUND_EPOCHS.value))
    diagram_column, output_column = st.columns([1.1, 1])
    with diagram_column:
        st.markdown(f"**{tr('playground.diagram')}**")
        diagram = st.container(key="playground_diagram_chart").empty()
        st.caption(tr("playground.diagram_caption"))
        enlarged = st.session_state.get(ENLARGE, "none") != "none"
        neuron = st.container(key="playground_neuron_chart").empty() if enlarged else None
    with output_column:
        st.markdown(f"**{tr('playground.output')}**")
        boundary = st.container(key="playground_boundary_chart").empty()
        caption = {0: "playground.boundary_caption_regression", 2: "playground.boundary_caption_2"}
        st.caption(tr(caption.get(experiment.data.num_classes, "playground.boundary_caption_k")))
        losses = st.container(key="playground_loss_chart").empty()
    return LiveSlots(metrics, diagram, neuron, boundary, losses)


def _draw_diagram(experiment: Experiment, extent: float, slots: LiveSlots, tick: int) -> None:
    """Redraw the network diagram and, when one is chosen, the enlarged neuron."""
    settings = experiment.settings
    columns = neuron_values(experiment.model, settings.features, plane_grid(extent, NEURON_RESOLUTION))
    weights = [layer.weight.detach().cpu() for layer in linear_layers(experiment.model)]
    labels = _diagram_labels(experiment, [len(column) for column in columns])
    figure = network_diagram_figure(columns, weights, labels)
    slots.diagram.plotly_chart(figure, key=f"playground_diagram_{tick}", config=CHART_CONFIG, theme=None)
    chosen = st.session_state.get(ENLARGE, "none")
    if slots.neuron is None or chosen == "none":
        return
    column, index = (int(part) for part in chosen.split(":"))
    grid = plane_grid(extent, BOUNDARY_RESOLUTION)
    values = neuron_values(experiment.model, settings.features, grid)[column][index]
    title = _neuron_choices(experiment)[chosen]
    slots.neuron.plotly_chart(
        neuron_figure(values, grid, title), key=f"playground_neuron_{tick}", config=CHART_CONFIG, theme=None
    )


def _draw_output(experiment: Experiment, extent: float, slots: LiveSlots, tick: int) -> None:
    """Redraw the decision boundary with the points, and the loss curves."""
    data = experiment.data
    boundary = boundary_values(
        experiment.model,
        experiment.settings.features,
        data.num_classes,
        plane_grid(extent, BOUNDARY_RESOLUTION),
    )
    figure = boundary_figure(
        boundary,
        data.num_classes,
        (data.train_points, data.train_y),
        (data.test_points, data.test_y) if st.session_state.get(SHOW_TEST, True) else None,
        (tr("playground.legend_train"), tr("playground.legend_test")),
    )
    slots.boundary.plotly_chart(figure, key=f"playground_boundary_{tick}", config=CHART_CONFIG, theme=None)
    history = experiment.history
    labels = {
        "train": tr("playground.train_loss"),
        "test": tr("playground.test_loss"),
        "epoch": tr("playground.epoch_axis"),
        "loss": tr("playground.loss_axis"),
    }
    slots.losses.plotly_chart(
        loss_figure(history.epochs, history.train_loss, history.test_loss, labels),
        key=f"playground_losses_{tick}",
        config=CHART_CONFIG,
    )


def _grad_norms(experiment: Experiment) -> None:
    """Draw the per-layer gradient norms recorded so far."""
    with st.expander(tr("playground.grad_title"), icon="📉"):
        st.caption(tr("playground.grad_caption"))
        if not experiment.grad_norm_epochs:
            st.info(tr("playground.grad_empty"))
            return
        labels = {
            "layer": t("playground.grad_layer", current_lang(), n="{n}"),
            "epoch": tr("playground.epoch_axis"),
            "norm": tr("playground.grad_norm_axis"),
        }
        st.plotly_chart(
            grad_norm_figure(experiment.grad_norm_epochs, experiment.layer_grad_norms, labels),
            key="playground_grad_chart",
            config=CHART_CONFIG,
        )


def live_panel() -> None:
    """Draw counters, diagram, boundary and losses; while playing, train and redraw them in place.

    In a full run (Play, Step, any change) it trains one chunk and draws once. In the fragment's own
    reruns it keeps training and redrawing for up to PLAY_BURST_SECONDS inside the run: updates then
    stream to the browser without waiting for its timer, and any click outside the fragment ends it.
    """
    experiment: Experiment = st.session_state[EXPERIMENT]
    looping = st.session_state.get(PLAYING, False) and not st.session_state.get(FULL_RUN, False)
    with one_cpu_thread(experiment.device):
        data = experiment.data
        extent = plane_extent(torch.cat([data.train_points, data.test_points]))
        slots = _layout(experiment)
        deadline = time.monotonic() + PLAY_BURST_SECONDS
        tick, drawing = 0, 0.0
        while True:
            if st.session_state.get(PLAYING):
                experiment.train_for(max(MIN_CHUNK_SECONDS, TICK_SECONDS - drawing))
                if experiment.at_cap:
                    st.session_state[PLAYING] = False
                    st.rerun()
            started = time.perf_counter()
            _metrics(experiment, slots.metrics)
            _draw_diagram(experiment, extent, slots, tick)
            _draw_output(experiment, extent, slots, tick)
            drawing = time.perf_counter() - started
            tick += 1
            if not looping or time.monotonic() >= deadline:
                break


def experiment_details() -> None:
    """Draw the gradient norms and the code of the run so far (on full reruns: pause, step, reset, changes)."""
    experiment: Experiment = st.session_state[EXPERIMENT]
    if st.session_state.get(PLAYING):
        st.caption(tr("playground.details_when_paused"))
    _grad_norms(experiment)
    st.caption(tr("playground.code_note"))
    code_panel(playground_code(experiment.settings, experiment.epoch))


def run_live_panel() -> None:
    """Run the live panel as a fragment that the browser reruns every REDRAW_SECONDS while playing."""
    interval = REDRAW_SECONDS if st.session_state.get(PLAYING) else None
    st.session_state[FULL_RUN] = True
    try:
        st.fragment(live_panel, run_every=interval)()
    finally:
        st.session_state[FULL_RUN] = False
