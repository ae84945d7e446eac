"""Tensor Lab: build tensors and watch every operation of the tutorials act on them."""

import streamlit as st

from dlviz.tensors.errors import ShapeError
from dlviz.ui.errors import section_guard
from dlviz.ui.frame import require_frame
from dlviz.ui.i18n import tr
from dlviz.ui.sections import section_selector
from dlviz.ui.tensors.create import render_attributes, render_create
from dlviz.ui.tensors.math import render_arithmetic, render_reshape
from dlviz.ui.tensors.memory import render_bridge, render_devices, render_inplace
from dlviz.ui.tensors.select import render_index, render_join
from dlviz.ui.tensors.shapes import explain_shape_error, render_shape_errors

require_frame()

SECTIONS = {
    "create": render_create,
    "attributes": render_attributes,
    "index": render_index,
    "join": render_join,
    "arithmetic": render_arithmetic,
    "reshape": render_reshape,
    "inplace": render_inplace,
    "numpy": render_bridge,
    "devices": render_devices,
    "shape_errors": render_shape_errors,
}

st.title(tr("lab.tensors.title"))
st.markdown(tr("lab.tensors.summary"))
section = section_selector("tensors", list(SECTIONS), persist_state="page")
st.subheader(tr(f"tensors.section.{section}"), divider="blue")
st.caption(tr(f"tensors.intro.{section}"))
with section_guard():
    try:
        SECTIONS[section]()
    except ShapeError as error:
        explain_shape_error(error)
