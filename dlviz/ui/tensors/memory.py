"""Sections 7, 8 and 9 of the Tensor Lab: in-place operations, the NumPy bridge, and moving tensors between devices."""

from __future__ import annotations

import streamlit as st
import torch

from dlviz.device import device_label
from dlviz.tensors import bridge, devices, inplace
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_device
from dlviz.ui.tensors.inputs import choice, literal_input, pick
from dlviz.ui.tensors.viewer import array_viewer, shares_memory_badge, tensor_viewer

INPLACE_DEFAULT = "[[1., 2.], [3., 4.]]"


def render_inplace() -> None:
    """Draw section 7: t.add_/mul_/zero_, who sees the change, and the autograd cases."""
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        data = literal_input("tensors.create.data", "tensors_inplace_data", INPLACE_DEFAULT)
        op = choice("tensors.inplace.op", inplace.INPLACE_OPS, "tensors_inplace_op")
        value = st.slider(
            tr("tensors.inplace.value"),
            -10.0,
            10.0,
            5.0,
            0.5,
            key="tensors_inplace_value",
            persist_state="page",
            disabled=op == "zero_",
        )
        case = pick(
            "tensors.inplace.case", inplace.AUTOGRAD_CASES, "tensors_inplace_case", "tensors.inplace.case"
        )
        st.caption(tr("tensors.inplace.explain"))
    with view:
        result = inplace.apply_inplace(data, op, value)
        columns = st.columns(len(result.observers))
        for column, observer in zip(columns, result.observers, strict=True):
            with column:
                tensor_viewer(
                    observer.after,
                    tr(f"tensors.inplace.who.{observer.name}"),
                    key=f"tensors_inplace_{observer.name}",
                )
                state = "changed" if observer.changed else "unchanged"
                memory = "shared" if observer.shares_memory else "own"
                st.markdown(tr(f"tensors.inplace.{state}") + " · " + tr(f"tensors.inplace.{memory}"))
        code_panel(result.code)
        st.subheader(tr("tensors.inplace.autograd"), divider="gray")
        outcome = inplace.autograd_case(data, case, op, value)
        st.caption(tr(f"tensors.inplace.case_explain.{case}"))
        if outcome.error:
            st.error(tr("tensors.inplace.refused", message=outcome.error), icon="🛑")
        else:
            st.success(tr("tensors.inplace.allowed"), icon="✅")
        code_panel(outcome.code)


def render_bridge() -> None:
    """Draw section 8: a tensor and a NumPy array, connected three ways; change one and look at the other."""
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        data = literal_input("tensors.create.data", "tensors_bridge_data", "[1., 1., 1., 1., 1.]")
        direction = pick(
            "tensors.bridge.direction",
            bridge.DIRECTIONS,
            "tensors_bridge_direction",
            "tensors.bridge.direction",
        )
        side = choice("tensors.bridge.side", bridge.SIDES, "tensors_bridge_side", "tensors.bridge.side")
        amount = st.slider(
            tr("tensors.bridge.amount"),
            -5.0,
            5.0,
            1.0,
            0.5,
            key="tensors_bridge_amount",
            persist_state="page",
        )
        st.caption(tr(f"tensors.bridge.explain.{direction}"))
    with view:
        result = bridge.bridge(data, direction, side, amount)
        shares_memory_badge(result.shares_memory, "t", "n")
        before, after = st.columns(2)
        with before:
            st.markdown(tr("tensors.bridge.before"))
            tensor_viewer(result.tensor_before, "t", key="tensors_bridge_t0")
            array_viewer(result.array_before, "n", key="tensors_bridge_n0")
        with after:
            st.markdown(tr("tensors.bridge.after", side=tr(f"tensors.bridge.side.{side}")))
            tensor_viewer(result.tensor_after, "t", key="tensors_bridge_t1")
            array_viewer(result.array_after, "n", key="tensors_bridge_n1")
        code_panel(result.code)


def render_devices() -> None:
    """Draw section 9: x.to(device) with the sidebar's device, and what the move did."""
    device = current_device()
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        data = literal_input("tensors.create.data", "tensors_device_data", "[1, 2, 3]")
        st.markdown(tr("tensors.device.target", name=device_label(device)))
        if not torch.cuda.is_available():
            st.info(tr("tensors.device.cpu_only"), icon="💻")
        st.caption(tr("tensors.device.explain"))
    with view:
        moved = devices.move(data, device)
        left, right = st.columns(2)
        with left:
            tensor_viewer(moved.source, "x", key="tensors_device_src")
        with right:
            tensor_viewer(moved.moved, f"x.to('{device}')", key="tensors_device_moved")
        verdict = "tensors.device.same_object" if moved.same_object else "tensors.device.copied"
        st.markdown(tr(verdict, device=str(device)))
        shares_memory_badge(moved.shares_memory, "x", "x_moved")
        code_panel(moved.code)
