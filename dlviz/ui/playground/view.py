"""The Playground's view options (test points, Step size, an enlarged neuron) and every text its canvas draws."""

from __future__ import annotations

import streamlit as st

from dlviz.playground.features import FEATURE_LABELS, ordered_features
from dlviz.playground.live_data import layer_sizes
from dlviz.playground.settings import PlaygroundSettings
from dlviz.ui.i18n import tr

SHOW_TEST = "playground_show_test"
ENLARGE = "playground_enlarge"
STEP_SIZE = "playground_step_size"
STEP_SIZES = (1, 10, 100)
CANVAS_TEXTS = ("play", "pause", "step", "reset", "epoch", "train_loss", "test_loss", "diagram", "output")


def _layer_names(settings: PlaygroundSettings) -> tuple[list[str], list[list[str]]]:
    """Return the diagram's column titles and each neuron's name, in the session's language."""
    sizes = layer_sizes(settings)
    columns = [tr("playground.column_inputs")]
    columns += [tr("playground.column_layer", n=i + 1, width=w) for i, w in enumerate(settings.hidden)]
    columns.append(tr("playground.column_output"))
    neurons = [[FEATURE_LABELS[name] for name in ordered_features(settings.features)]]
    neurons += [
        [tr("playground.neuron_name", layer=i + 1, index=j + 1) for j in range(w)]
        for i, w in enumerate(settings.hidden)
    ]
    neurons.append([tr("playground.output_name", index=j + 1) for j in range(sizes[-1])])
    return columns, neurons


def neuron_choices(settings: PlaygroundSettings) -> dict[str, str]:
    """Return option value 'column:index' -> label for every neuron, after a 'none' option."""
    choices = {"none": tr("playground.enlarge_none")}
    for column, names in enumerate(_layer_names(settings)[1]):
        for index, name in enumerate(names):
            choices[f"{column}:{index}"] = tr("playground.input_name", name=name) if column == 0 else name
    return choices


def view_controls(settings: PlaygroundSettings) -> None:
    """Draw the view options and the Step size (outside the live fragment: a change redraws the page)."""
    show, size, enlarge = st.columns([1, 1, 2], vertical_alignment="bottom")
    show.checkbox(tr("playground.show_test"), value=True, key=SHOW_TEST)
    size.selectbox(tr("playground.step_size"), STEP_SIZES, key=STEP_SIZE)
    choices = neuron_choices(settings)
    if st.session_state.get(ENLARGE) not in choices:
        st.session_state[ENLARGE] = "none"
    enlarge.selectbox(
        tr("playground.enlarge"), list(choices), format_func=lambda v: choices.get(v, v), key=ENLARGE
    )


def canvas_texts(settings: PlaygroundSettings, num_classes: int) -> dict:
    """Return every text the canvas draws, in the session's language."""
    columns, neurons = _layer_names(settings)
    caption = {0: "playground.boundary_caption_regression", 2: "playground.boundary_caption_2"}
    chosen = st.session_state.get(ENLARGE, "none")
    texts = {name: tr(f"playground.{name}") for name in CANVAS_TEXTS}
    texts.update(
        accuracy=tr("playground.test_accuracy"),
        diagram_caption=tr("playground.diagram_caption"),
        boundary_caption=tr(caption.get(num_classes, "playground.boundary_caption_k")),
        train=tr("playground.legend_train"),
        test=tr("playground.legend_test"),
        loss_axis=tr("playground.loss_axis"),
        epoch_axis=tr("playground.epoch_axis"),
        columns=columns,
        neurons=neurons,
        enlarged=neuron_choices(settings).get(chosen) if chosen != "none" else None,
    )
    return texts


def enlarged_neuron() -> tuple[int, int] | None:
    """Return (column, index) of the neuron chosen to be enlarged, or None."""
    chosen = st.session_state.get(ENLARGE, "none")
    if chosen == "none":
        return None
    column, index = (int(part) for part in chosen.split(":"))
    return column, index
