"""Sections 1 and 2 of the Tensor Lab: create a tensor, and read (and convert) its attributes."""

from __future__ import annotations

import streamlit as st

from dlviz.tensors import conversion, creation
from dlviz.tensors.info import DTYPES, shares_memory_with_array
from dlviz.tensors.presets import DATA_PRESETS
from dlviz.ui.code_panel import code_panel
from dlviz.ui.i18n import tr
from dlviz.ui.sidebar import current_seed
from dlviz.ui.tensors.inputs import choice, literal_input, pick, preset_picker, shape_sliders
from dlviz.ui.tensors.viewer import array_viewer, shares_memory_badge, tensor_viewer

CREATE_MODES = ("data", "numpy", "like", "factory")


def render_create() -> None:
    """Draw section 1: the four ways to make a tensor, with the result and its code."""
    mode = choice("tensors.create.mode", CREATE_MODES, "tensors_create_mode", "tensors.create.mode")
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        if mode == "factory":
            made = _factory_controls()
        else:
            preset_picker(DATA_PRESETS, "tensors_data_preset", ("tensors_data",))
            data = literal_input(
                "tensors.create.data", "tensors_data", DATA_PRESETS["seed000_x_data"].texts[0]
            )
            if mode == "data":
                dtype = pick(
                    "tensors.dtype", (creation.AUTO_DTYPE, *DTYPES), "tensors_data_dtype", "tensors.dtype_opt"
                )
                made = creation.from_data(data, dtype)
            elif mode == "numpy":
                made = creation.from_numpy(data)
            else:
                function = pick("tensors.create.like", creation.LIKE_FUNCTIONS, "tensors_like_fn")
                dtype = pick(
                    "tensors.dtype", (creation.KEEP_DTYPE, *DTYPES), "tensors_like_dtype", "tensors.dtype_opt"
                )
                made = creation.from_other(data, function, dtype, current_seed())
        st.caption(tr(f"tensors.create.explain.{mode}"))
    with view:
        if made.array is not None:
            left, right = st.columns(2)
            with left:
                array_viewer(made.array, "np_array", key="tensors_create_array")
            with right:
                tensor_viewer(made.tensor, "x_np", key="tensors_create_tensor")
            shares_memory_badge(shares_memory_with_array(made.tensor, made.array), "x_np", "np_array")
        else:
            tensor_viewer(made.tensor, tr("tensors.result"), key="tensors_create_tensor")
        code_panel(made.code)


def _factory_controls() -> creation.Created:
    """Draw the factory controls (function, shape sliders, fill/range) and return the tensor made."""
    name = pick("tensors.create.factory", creation.FACTORIES, "tensors_factory")
    start = end = step = 0.0
    fill = 7.0
    if name == "arange":
        cols = st.columns(3)
        start = cols[0].number_input(
            tr("tensors.start"), -1000.0, 1000.0, 0.0, key="tensors_start", persist_state="page"
        )
        end = cols[1].number_input(
            tr("tensors.end"), -1000.0, 1000.0, 10.0, key="tensors_end", persist_state="page"
        )
        step = cols[2].number_input(
            tr("tensors.step"), -100.0, 100.0, 1.0, key="tensors_step", persist_state="page"
        )
        return creation.from_factory(name, (1,), start=start, end=end, step=step)
    if name == "linspace":
        cols = st.columns(2)
        start = cols[0].number_input(
            tr("tensors.start"), -1000.0, 1000.0, 0.0, key="tensors_start", persist_state="page"
        )
        end = cols[1].number_input(
            tr("tensors.end"), -1000.0, 1000.0, 1.0, key="tensors_end", persist_state="page"
        )
        steps = st.slider(tr("tensors.steps"), 1, 100, 5, key="tensors_steps", persist_state="page")
        return creation.from_factory(name, (steps,), start=start, end=end)
    if name == "eye":
        shape = shape_sliders("tensors_eye", (3, 3), max_dims=2)
        shape = shape if len(shape) == 2 else (shape[0], shape[0])
        return creation.from_factory(name, shape)
    shape = shape_sliders("tensors_shape", (2, 3))
    st.caption(tr("tensors.create.shape_is", shape=shape))
    if name == "full":
        fill = st.number_input(
            tr("tensors.fill"), -1000.0, 1000.0, 7.0, key="tensors_fill", persist_state="page"
        )
    return creation.from_factory(name, shape, seed=current_seed(), fill=fill)


def render_attributes() -> None:
    """Draw section 2: the attributes of a tensor, and what converting its dtype does to the values."""
    controls, view = st.columns([2, 3], gap="large")
    with controls:
        preset_picker(DATA_PRESETS, "tensors_attr_preset", ("tensors_attr_data",), "floats")
        data = literal_input("tensors.create.data", "tensors_attr_data", DATA_PRESETS["floats"].texts[0])
        requires_grad = st.checkbox(
            tr("tensors.attr.requires_grad"), key="tensors_attr_grad", persist_state="page"
        )
        target = pick(
            "tensors.attr.target",
            DTYPES,
            "tensors_attr_target",
            "tensors.dtype_opt",
            index=list(DTYPES).index("int32"),
        )
        result = conversion.convert(data, target, requires_grad)
        st.caption(tr("tensors.attr.explain"))
    with view:
        left, right = st.columns(2)
        with left:
            tensor_viewer(result.source, "x", key="tensors_attr_source")
        with right:
            tensor_viewer(result.converted, f"x.to(torch.{target})", key="tensors_attr_converted")
        st.markdown(
            tr(
                "tensors.attr.changed",
                changed=result.changed,
                total=result.source.numel(),
                max_change=f"{result.max_change:.6g}",
            )
        )
        for note in result.notes:
            st.markdown("- " + tr(note.key, **note.params))
        code_panel(result.code)
