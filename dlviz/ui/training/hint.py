"""A finished run's hint when it diverged or is stuck: the cause in words, and a one-click fix."""

from __future__ import annotations

import streamlit as st

from dlviz.training.diagnosis import Diagnosis, diagnose_run
from dlviz.training.fixes import Fix, suggest_fix
from dlviz.training.history import RunRecord
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.training.presets import apply_changes

FIX_KEY = "training_fix"
FIXED_RUN_KEY = "training_fixed_run"  # the number of the run whose fix was applied (its hint then says so)


def _number(value: float) -> str:
    """Return a loss for a sentence: three significant digits, or as Python writes inf and nan."""
    return f"{value:.3g}"


def hint_text(diagnosis: Diagnosis, lr: float) -> str:
    """Return the hint in the session's language: what went wrong, the accuracy against chance, the learning rate."""
    params = {
        "start": _number(diagnosis.start),
        "peak": _number(diagnosis.peak),
        "step": diagnosis.peak_step,
        "last": _number(diagnosis.last),
        "epochs": diagnosis.epochs,
    }
    parts = [tr(f"presets.hint.{diagnosis.state}"), tr(f"presets.hint.cause.{diagnosis.cause}", **params)]
    if (
        diagnosis.accuracy is not None
        and diagnosis.chance is not None
        and diagnosis.cause in ("spike", "chance")
    ):
        parts.append(
            tr(
                "presets.hint.accuracy",
                accuracy=f"{diagnosis.accuracy:.1%}",
                chance=f"{diagnosis.chance:.0%}",
            )
        )
    parts.append(tr(f"presets.hint.lr.{diagnosis.lr_hint or 'other'}", lr=f"{lr:g}"))
    return " ".join(parts)


def fix_label(fix: Fix) -> str:
    """Return the fix button's text, a preset named by its label."""
    params = dict(fix.params)
    if "preset" in params:
        params["preset"] = option_label("presets.name")(params["preset"])
    return tr(fix.key, **params)


def run_hint(run: RunRecord, classes: int) -> None:
    """Under a finished run, say why it diverged or is stuck, with a button that changes the settings to fix it."""
    diagnosis = diagnose_run(run, classes)
    if diagnosis.fine:
        return
    st.warning(hint_text(diagnosis, run.config.optimizer.lr), icon="🧭")
    if st.session_state.get(FIXED_RUN_KEY) == run.number:
        st.caption(tr("presets.fix.applied"))
        return
    fix = suggest_fix(diagnosis, st.session_state.to_dict())
    if fix is not None:
        st.button(fix_label(fix), key=FIX_KEY, icon="🩹", on_click=_apply_fix, args=(fix.changes, run.number))


def _apply_fix(changes: dict[str, object], number: int) -> None:
    """Set the fix's settings and remember which run it fixed."""
    apply_changes(changes)
    st.session_state[FIXED_RUN_KEY] = number
