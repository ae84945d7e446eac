"""Sections 3 and 4 of the Tensor Lab: indexing and slicing, and joining with cat or stack."""

from __future__ import annotations

import streamlit as st

from dlviz.tensors.indexing import INDEX_PRESETS, apply_index
from dlviz.tensors.joining import JOINS, join
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr
from dlviz.ui.tensors.inputs import choice, init_state, shape_sliders
from dlviz.ui.tensors.viewer import tensor_viewer

MAX_JOIN_SIDE = 8


def _apply_index_preset() -> None:
    """Copy the chosen example expression into the expression box (an on_change callback)."""
    st.session_state["tensors_index_expr"] = st.session_state["tensors_index_preset"]


def render_index() -> None:
    """Draw section 3: a slicing expression on t, the cells it reads highlighted, and whether it is a view."""
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        shape = shape_sliders("tensors_index_shape", (4, 4), max_side=12)
        init_state("tensors_index_expr", INDEX_PRESETS[0])
        st.selectbox(
            tr("tensors.index.examples"),
            INDEX_PRESETS,
            key="tensors_index_preset",
            persist_state="page",
            on_change=_apply_index_preset,
        )
        expression = st.text_input(
            tr("tensors.index.expression"),
            key="tensors_index_expr",
            persist_state="page",
            help=tr("tensors.index.help"),
        )
        result = apply_index(shape, expression)
        st.caption(tr("tensors.index.explain"))
    with view:
        left, right = st.columns(2)
        with left:
            tensor_viewer(
                result.source, tr("tensors.index.source"), highlight=result.selected, key="tensors_index_src"
            )
        with right:
            tensor_viewer(result.result, result.expression, key="tensors_index_result")
        verdict = "tensors.index.view" if result.is_view else "tensors.index.copy"
        st.markdown(tr(verdict, expression=result.expression, count=int(result.selected.sum())))
        code_panel(result.code)


def render_join() -> None:
    """Draw section 4: torch.cat versus torch.stack of two tensors along a chosen dimension."""
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        how = choice("tensors.join.how", JOINS, "tensors_join_how")
        st.markdown(tr("tensors.join.a"))
        shape_a = shape_sliders("tensors_join_a", (2, 3), max_dims=2, max_side=MAX_JOIN_SIDE)
        st.markdown(tr("tensors.join.b"))
        shape_b = shape_sliders("tensors_join_b", (2, 3), max_dims=2, max_side=MAX_JOIN_SIDE)
        dim = st.select_slider(
            tr("tensors.dim"), list(range(-3, 3)), value=0, key="tensors_join_dim", persist_state="page"
        )
        st.caption(tr(f"tensors.join.explain.{how}"))
    with view:
        joined = join(shape_a, shape_b, how, dim)
        left, right = st.columns(2)
        with left:
            tensor_viewer(joined.a, "a", key="tensors_join_view_a")
            tensor_viewer(joined.b, "b", key="tensors_join_view_b")
        with right:
            tensor_viewer(joined.result, f"torch.{how}([a, b], dim={dim})", key="tensors_join_view_r")
        st.markdown(
            tr(
                "tensors.join.shapes",
                how=how,
                a=tuple(joined.a.shape),
                b=tuple(joined.b.shape),
                dim=dim,
                result=tuple(joined.result.shape),
            )
        )
        code_panel(joined.code)
