"""Section 10 of the Tensor Lab, and the shape-error explainer other sections show when an operation fails."""

from __future__ import annotations

import streamlit as st

from dlviz.tensors.errors import ShapeError
from dlviz.tensors.parsing import parse_shape
from dlviz.tensors.shape_errors import PRESETS, SHAPE_OPS, Diagnosis, explain, line_source
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.tensors.inputs import init_state


def _cell(size: int | None, at_fault: bool) -> str:
    """Return one markdown table cell: blank for padding, red and bold at fault."""
    if size is None:
        return "·"
    return f":red[**{size}** ✗]" if at_fault else str(size)


def diagnosis_view(diagnosis: Diagnosis) -> None:
    """Draw the shapes aligned with the faulty dimension marked, the reason in plain words, and checked fixes."""
    width = len(diagnosis.rows[0])
    line = line_source(diagnosis.op, diagnosis.dim)
    if diagnosis.ok:
        st.success(tr("tensors.shape.works", line=line, shape=diagnosis.result_shape), icon="✅")
    else:
        st.error(tr(diagnosis.reason_key, **diagnosis.reason_params), icon="📐")
    header = "| | " + " | ".join(tr("tensors.shape.dim", dim=d - width) for d in range(width)) + " |"
    rows = [header, "|---" * (width + 1) + "|"]
    for name, sizes, fault in (
        ("a", diagnosis.rows[0], diagnosis.fault_a),
        ("b", diagnosis.rows[1], diagnosis.fault_b),
    ):
        rows.append(
            f"| **{name}** | " + " | ".join(_cell(size, i in fault) for i, size in enumerate(sizes)) + " |"
        )
    st.markdown("\n".join(rows))
    st.caption(tr(f"tensors.shape.rule.{_rule(diagnosis.op)}"))
    if diagnosis.torch_message:
        st.caption(tr("tensors.shape.torch_says", message=diagnosis.torch_message))
    if diagnosis.fixes:
        st.markdown(tr("tensors.shape.fixes"))
        for fix in diagnosis.fixes:
            st.markdown(f"- `{fix.code}` → `{fix.shape}` — " + tr(fix.key))
    elif not diagnosis.ok:
        st.markdown(tr("tensors.shape.no_fix"))
    code_panel(diagnosis.code)


def _rule(op: str) -> str:
    """Return which rule an operator follows: broadcast, matmul or cat."""
    return {"@": "matmul", "cat": "cat"}.get(op, "broadcast")


def explain_shape_error(error: ShapeError) -> None:
    """Draw the explainer for a ShapeError raised in another section."""
    diagnosis_view(explain(error.op, error.shape_a, error.shape_b, error.dim))


def _apply_preset() -> None:
    """Copy the chosen example into the operator and shape inputs (an on_change callback)."""
    op, a, b = PRESETS[st.session_state["tensors_shape_preset"]]
    st.session_state["tensors_shape_op"] = op
    st.session_state["tensors_shape_a"] = a
    st.session_state["tensors_shape_b"] = b


def render_shape_errors() -> None:
    """Draw section 10: two shapes and an operation; why it fails and what would fix it."""
    op, a, b = PRESETS["matmul"]
    init_state("tensors_shape_op", op)
    init_state("tensors_shape_a", a)
    init_state("tensors_shape_b", b)
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        st.selectbox(
            tr("tensors.preset"),
            list(PRESETS),
            format_func=option_label("tensors.shape.preset"),
            key="tensors_shape_preset",
            persist_state="page",
            on_change=_apply_preset,
        )
        op = st.selectbox(tr("tensors.shape.op"), SHAPE_OPS, key="tensors_shape_op", persist_state="page")
        shape_a = parse_shape(
            st.text_input(tr("tensors.shape.a"), key="tensors_shape_a", persist_state="page")
        )
        shape_b = parse_shape(
            st.text_input(tr("tensors.shape.b"), key="tensors_shape_b", persist_state="page")
        )
        dim = (
            st.number_input(tr("tensors.dim"), -3, 2, 0, key="tensors_shape_dim", persist_state="page")
            if op == "cat"
            else 0
        )
        st.caption(tr("tensors.shape.explain"))
    with view:
        diagnosis = explain(op, shape_a, shape_b, int(dim))
        diagnosis_view(diagnosis)
