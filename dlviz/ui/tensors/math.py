"""Sections 5 and 6 of the Tensor Lab: arithmetic (broadcasting, matrix products, reductions) and the reshape family."""

from __future__ import annotations

import streamlit as st

from dlviz.tensors import arithmetic, reshaping
from dlviz.tensors.broadcasting import Broadcast
from dlviz.tensors.presets import COMBINE_PRESETS, DATA_PRESETS, REDUCE_PRESETS
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr
from dlviz.ui.tensors.inputs import choice, init_state, literal_input, preset_picker
from dlviz.ui.tensors.viewer import tensor_viewer

ARITHMETIC_PARTS = ("combine", "reduce")


def render_arithmetic() -> None:
    """Draw section 5: element-wise vs matrix products with broadcasting steps, or a reduction and .item()."""
    part = choice("tensors.arith.part", ARITHMETIC_PARTS, "tensors_arith_part", "tensors.arith.part")
    if part == "combine":
        _render_combine()
    else:
        _render_reduce()


def _render_combine() -> None:
    """Draw a <op> b for two typed tensors, with the broadcast drawn step by step."""
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        preset_picker(COMBINE_PRESETS, "tensors_combine_preset", ("tensors_a", "tensors_b", "tensors_op"))
        data_a = literal_input("tensors.arith.a", "tensors_a", COMBINE_PRESETS["seed001_add"].texts[0])
        data_b = literal_input("tensors.arith.b", "tensors_b", COMBINE_PRESETS["seed001_add"].texts[1])
        op = st.selectbox(
            tr("tensors.arith.op"), arithmetic.OPERATORS, key="tensors_op", persist_state="page"
        )
        kind = "elementwise" if op in arithmetic.ELEMENTWISE else "matrix"
        st.caption(tr(f"tensors.arith.explain.{kind}"))
    with view:
        combined = arithmetic.combine(data_a, data_b, op)
        left, middle, right = st.columns(3)
        with left:
            tensor_viewer(combined.a, "a", key="tensors_arith_a")
        with middle:
            tensor_viewer(combined.b, "b", key="tensors_arith_b")
        with right:
            tensor_viewer(combined.result, f"r = {arithmetic_expression(op)}", key="tensors_arith_r")
        if combined.broadcast is not None:
            broadcast_table(combined.broadcast)
            stretched_views(combined)
        else:
            st.markdown(
                tr(
                    "tensors.arith.matmul_rule",
                    a=tuple(combined.a.shape),
                    b=tuple(combined.b.shape),
                    result=tuple(combined.result.shape),
                )
            )
        for note in combined.notes:
            st.markdown("- " + tr(note))
        code_panel(combined.code)


def arithmetic_expression(op: str) -> str:
    """Return the source of a <op> b."""
    return f"torch.{op}(a, b)" if op in ("matmul", "mm") else f"a {op} b"


def broadcast_table(broadcast: Broadcast) -> None:
    """Draw the broadcast: shapes aligned from the right, padded with 1, size-1 dimensions stretched."""
    width = len(broadcast.columns)
    header = "| | " + " | ".join(tr("tensors.shape.dim", dim=d - width) for d in range(width)) + " |"
    rows = [header, "|---" * (width + 1) + "|"]
    rows.append(
        "| a | "
        + " | ".join(_size(c.a, c.padded_a, c.action == "stretch_a") for c in broadcast.columns)
        + " |"
    )
    rows.append(
        "| b | "
        + " | ".join(_size(c.b, c.padded_b, c.action == "stretch_b") for c in broadcast.columns)
        + " |"
    )
    rows.append("| **r** | " + " | ".join(f"**{c.result}**" for c in broadcast.columns) + " |")
    st.markdown(
        "\n".join(
            [
                "1. " + tr("tensors.arith.step_align", a=broadcast.shape_a, b=broadcast.shape_b),
                "2. " + tr("tensors.arith.step_pad", a=broadcast.padded_a, b=broadcast.padded_b),
                "3. " + tr("tensors.arith.step_stretch", result=broadcast.result_shape),
            ]
        )
    )
    st.markdown("\n".join(rows))
    st.caption(tr("tensors.arith.broadcast_legend"))


def stretched_views(combined: arithmetic.Combined) -> None:
    """Draw a and b stretched to the result shape with expand(): views whose stretched dims have stride 0."""
    shape = combined.broadcast.result_shape
    stretched = [
        (name, tensor)
        for name, tensor in (("a", combined.a), ("b", combined.b))
        if tuple(tensor.shape) != shape
    ]
    if not stretched:
        return
    st.markdown(tr("tensors.arith.stretched"))
    columns = st.columns(len(stretched))
    for column, (name, tensor) in zip(columns, stretched, strict=True):
        with column:
            call = f"{name}.expand{shape}" if len(shape) != 1 else f"{name}.expand({shape[0]})"
            tensor_viewer(tensor.expand(shape), call, key=f"tensors_arith_expand_{name}")


def _size(size: int, padded: bool, stretched: bool) -> str:
    """Return a cell of the broadcast table: padded 1s in italics, stretched ones with an arrow."""
    text = f"*{size}*" if padded else str(size)
    return f"{text} → ↔" if stretched else text


def _render_reduce() -> None:
    """Draw a reduction (sum, mean, max, min, prod) over all elements or one dim, and .item() when it applies."""
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        preset_picker(REDUCE_PRESETS, "tensors_reduce_preset", ("tensors_reduce_data", "tensors_reduce_how"))
        data = literal_input(
            "tensors.create.data", "tensors_reduce_data", REDUCE_PRESETS["seed000_sum"].texts[0]
        )
        how = st.selectbox(
            tr("tensors.reduce.how"), arithmetic.REDUCTIONS, key="tensors_reduce_how", persist_state="page"
        )
        dim = st.selectbox(
            tr("tensors.dim"),
            [arithmetic.ALL_DIMS, 0, 1, 2, -1],
            key="tensors_reduce_dim",
            persist_state="page",
            format_func=lambda d: str(d),
        )
        keepdim = st.checkbox(
            "keepdim", key="tensors_reduce_keepdim", persist_state="page", disabled=dim == arithmetic.ALL_DIMS
        )
        st.caption(tr("tensors.reduce.explain"))
    with view:
        reduced = arithmetic.reduce(data, how, dim, keepdim)
        left, right = st.columns(2)
        with left:
            tensor_viewer(reduced.source, "a", key="tensors_reduce_src")
        with right:
            tensor_viewer(reduced.values, tr("tensors.reduce.result", how=how), key="tensors_reduce_values")
            if reduced.indices is not None:
                tensor_viewer(reduced.indices, tr("tensors.reduce.indices"), key="tensors_reduce_indices")
        if reduced.corrected:
            st.info(tr("tensors.reduce.corrected"), icon="🩹")
        if reduced.item is not None:
            st.metric(tr("tensors.reduce.item"), repr(reduced.item))
        else:
            st.caption(tr("tensors.reduce.no_item", numel=reduced.values.numel()))
        code_panel(reduced.code)


def _apply_reshape_default() -> None:
    """Put the chosen operation's usual argument in the argument box (an on_change callback)."""
    st.session_state["tensors_reshape_arg"] = reshaping.DEFAULT_ARGUMENTS[
        st.session_state["tensors_reshape_op"]
    ]


def render_reshape() -> None:
    """Draw section 6: a reshape-family op, its strides, whether it shares storage, and why view can fail."""
    init_state("tensors_reshape_arg", reshaping.DEFAULT_ARGUMENTS["reshape"])
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        preset_picker(DATA_PRESETS, "tensors_reshape_preset", ("tensors_reshape_data",), "seed001_c")
        data = literal_input(
            "tensors.create.data", "tensors_reshape_data", DATA_PRESETS["seed001_c"].texts[0]
        )
        transpose_first = st.checkbox(
            tr("tensors.reshape.transpose_first"), key="tensors_reshape_t", persist_state="page"
        )
        op = st.selectbox(
            tr("tensors.reshape.op"),
            reshaping.RESHAPES,
            key="tensors_reshape_op",
            persist_state="page",
            on_change=_apply_reshape_default,
        )
        argument = st.text_input(
            tr("tensors.reshape.argument"),
            key="tensors_reshape_arg",
            persist_state="page",
            help=tr("tensors.reshape.argument_help"),
        )
        st.caption(tr(f"tensors.reshape.explain.{op}"))
    with view:
        result = reshaping.apply_reshape(data, op, argument, transpose_first)
        left, right = st.columns(2)
        with left:
            tensor_viewer(result.source, "x.t()" if transpose_first else "x", key="tensors_reshape_src")
        with right:
            call = f"x.{op}({', '.join(str(a) for a in result.arguments)})"
            if result.view_error:
                st.error(
                    tr(
                        "tensors.reshape.view_failed",
                        stride=tuple(result.source.stride()),
                        shape=tuple(result.source.shape),
                    ),
                    icon="🧩",
                )
            else:
                tensor_viewer(result.result, call, key="tensors_reshape_result")
        if not result.view_error:
            verdict = "tensors.reshape.shares" if result.shares_storage else "tensors.reshape.copies"
            st.markdown(tr(verdict, call=call))
        code_panel(result.code)
