"""Training Lab presets: the tutorials' setups in one picker, and a warning with a fix for settings known to spoil a model."""

from __future__ import annotations

import streamlit as st

from dlviz.training.presets import PRESETS, checked_values, known_bad_for_model, matching_preset
from dlviz.ui.i18n import option_label, tr

PICKER_KEY = "training_preset"
REJECTED_KEY = "training_preset_rejected"


def apply_changes(changes: dict[str, object]) -> None:
    """Set these widgets (session key -> value) as far as their ranges allow; the rest are named next run."""
    values, rejected = checked_values(changes)
    st.session_state.update(values)
    if rejected:
        st.session_state[REJECTED_KEY] = rejected


def _apply_picked() -> None:
    """Set every widget to the picked preset, then empty the picker (so it can be picked again)."""
    name = st.session_state.get(PICKER_KEY)
    if name in PRESETS:
        apply_changes(PRESETS[name].values)
    st.session_state[PICKER_KEY] = None


def preset_picker() -> None:
    """Draw the preset picker, and name any preset value this server's caps did not allow."""
    st.selectbox(
        tr("presets.picker"),
        list(PRESETS),
        index=None,
        key=PICKER_KEY,
        placeholder=tr("presets.placeholder"),
        format_func=option_label("presets.name"),
        on_change=_apply_picked,
        help=tr("presets.picker_help"),
    )
    rejected = st.session_state.pop(REJECTED_KEY, None)
    if rejected:
        st.warning(tr("presets.rejected", names=", ".join(rejected)))


def preset_notes() -> None:
    """Name the preset the settings match; warn, with a fix, when the optimizer is known to spoil the model."""
    state = st.session_state.to_dict()
    preset = matching_preset(state)
    if preset is not None:
        st.caption(tr("presets.matches", name=option_label("presets.name")(preset.key)))
    bad = known_bad_for_model(state)
    if bad is None:
        return
    optimizer = state["training_optimizer"]
    st.warning(
        tr(
            "presets.known_bad",
            model=option_label("training.opt.model")(bad.model),
            optimizer=option_label("training.opt.optimizer")(optimizer),
            lr=f"{state['training_lr']:g}",
            limit=f"{bad.max_lr[optimizer]:g}",
            recipe_lr=f"{bad.values['training_lr']:g}",
        ),
        icon="⚠️",
    )
    st.button(
        tr("presets.fix.use_recipe", preset=option_label("presets.name")(bad.key)),
        key="training_use_recipe",
        on_click=apply_changes,
        args=(bad.recipe,),
    )
