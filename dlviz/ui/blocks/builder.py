"""Sequential builder section: add, remove and reorder layers; watch shapes propagate and see where they break."""

import math

import streamlit as st

from dlviz import limits
from dlviz.blocks.sequential import (
    LAYER_KINDS,
    PRESETS,
    LayerSpec,
    decode_shape,
    decode_specs,
    encode_specs,
    flow_dot,
    make_spec,
    propagate_shapes,
    sequential_code,
    shape_text,
)
from dlviz.errors import UserFacingError
from dlviz.ui.code_panel import code_panel
from dlviz.ui.errors import show_error
from dlviz.ui.i18n import option_label, tr
from dlviz.ui.url_state import write_to_url
from dlviz.url_state import Custom, UrlSetting, UrlTable

LAYERS_KEY = "blocks_layers"
SHAPE_KEY = "blocks_input_shape"
DEFAULT_PRESET = "seed001_common_layers"


BUILDER_URL = UrlTable.of(
    [
        UrlSetting("layers", LAYERS_KEY, Custom(decode_specs, encode_specs)),
        UrlSetting("input", SHAPE_KEY, Custom(decode_shape, lambda shape: ",".join(str(n) for n in shape))),
    ]
)


def _state() -> tuple[list[LayerSpec], tuple[int, ...]]:
    """Return the session's layers and input shape: from the link the first time, else the default preset."""
    if LAYERS_KEY not in st.session_state:
        _load_preset(DEFAULT_PRESET)
        if "layers" in st.query_params and "input" in st.query_params:
            try:
                values, _ = BUILDER_URL.read(st.query_params.to_dict())
            except UserFacingError as error:
                show_error(error)
            else:
                _load(values[SHAPE_KEY], values[LAYERS_KEY])
    return st.session_state[LAYERS_KEY], st.session_state[SHAPE_KEY]


def _load_preset(name: str) -> None:
    """Replace the layers and input shape by a preset's."""
    shape, specs = PRESETS[name]
    _load(shape, specs)


def _load(shape: tuple[int, ...], specs: list[LayerSpec]) -> None:
    """Replace the layers and input shape, and the input widgets' values."""
    st.session_state[LAYERS_KEY] = list(specs)
    st.session_state[SHAPE_KEY] = shape
    rank = "image" if len(shape) == 4 else "features"
    st.session_state["blocks_in_rank"] = rank
    names = ("N", "C", "H", "W") if rank == "image" else ("N", "F")
    for dim_name, value in zip(names, shape, strict=True):
        st.session_state[f"blocks_in_{dim_name}"] = value
    st.session_state["blocks_new_position"] = len(specs)


def _move(index: int, offset: int) -> None:
    """Swap a layer with its neighbour."""
    layers = st.session_state[LAYERS_KEY]
    other = index + offset
    if 0 <= other < len(layers):
        layers[index], layers[other] = layers[other], layers[index]


def _remove(index: int) -> None:
    """Remove a layer."""
    del st.session_state[LAYERS_KEY][index]
    st.session_state["blocks_new_position"] = len(st.session_state[LAYERS_KEY])


def _add(kind: str) -> None:
    """Insert a layer built from the add-layer widgets at the chosen position."""
    args = [st.session_state[f"blocks_new_{kind}_{p.name}"] for p in LAYER_KINDS[kind].params]
    layers = st.session_state[LAYERS_KEY]
    position = min(int(st.session_state.get("blocks_new_position", len(layers))), len(layers))
    layers.insert(position, make_spec(kind, *args))
    st.session_state["blocks_new_position"] = len(layers)


def _input_shape() -> tuple[int, ...]:
    """Draw the input-shape widgets and return the shape."""
    saved = st.session_state[SHAPE_KEY]
    if "blocks_in_rank" not in st.session_state:
        st.session_state["blocks_in_rank"] = "image" if len(saved) == 4 else "features"
    rank = st.radio(
        tr("blocks.seq.rank"),
        ("image", "features"),
        format_func=option_label("blocks.seq.rank"),
        key="blocks_in_rank",
        horizontal=True,
    )
    names = ("N", "C", "H", "W") if rank == "image" else ("N", "F")
    highs = {"N": 64, "C": 64, "H": 128, "W": 128, "F": 65_536}
    defaults = {"N": 8, "C": 1, "H": 28, "W": 28, "F": 784}
    columns = st.columns(len(names))
    shape = []
    for column, name in zip(columns, names, strict=True):
        key = f"blocks_in_{name}"
        if key not in st.session_state:
            matches = len(saved) == len(names)
            st.session_state[key] = saved[names.index(name)] if matches else defaults[name]
        shape.append(column.number_input(name, 1, highs[name], step=1, key=key))
    return tuple(int(n) for n in shape)


def _add_layer_form() -> None:
    """Draw the add-layer picker with the chosen kind's arguments and an Add button."""
    kind = st.selectbox(tr("blocks.seq.kind"), list(LAYER_KINDS), key="blocks_new_kind")
    params = LAYER_KINDS[kind].params
    columns = st.columns(max(len(params), 1))
    for column, param in zip(columns, params, strict=False):
        column.number_input(
            param.name,
            param.lo,
            param.hi,
            param.default,
            step=0.05 if param.is_float else 1,
            key=f"blocks_new_{kind}_{param.name}",
        )
    count = len(st.session_state[LAYERS_KEY])
    positions = list(range(count + 1))
    if st.session_state.get("blocks_new_position") not in positions:
        st.session_state["blocks_new_position"] = count
    position_col, button_col = st.columns([2, 1], vertical_alignment="bottom")
    end = tr("blocks.seq.end")
    position_col.selectbox(
        tr("blocks.seq.position"),
        positions,
        key="blocks_new_position",
        format_func=lambda n: f"{n} {end}" if n == count else str(n),
    )
    full = count >= limits.MAX_SEQUENTIAL_LAYERS.value
    button_col.button(
        tr("blocks.seq.add"), on_click=_add, args=(kind,), key="blocks_add", icon="➕", disabled=full
    )
    if full:
        st.caption(tr("blocks.seq.full", cap=limits.MAX_SEQUENTIAL_LAYERS.value))


def render_builder() -> None:
    """Draw presets, input shape, the editable layer list, the shape flow and the code."""
    layers, _ = _state()
    st.markdown(tr("blocks.seq.intro"))
    if "blocks_preset" not in st.session_state:
        st.session_state["blocks_preset"] = DEFAULT_PRESET
    st.selectbox(
        tr("blocks.seq.preset"),
        list(PRESETS),
        format_func=option_label("blocks.seq.preset"),
        key="blocks_preset",
        on_change=lambda: _load_preset(st.session_state["blocks_preset"]),
    )
    shape = _input_shape()
    st.session_state[SHAPE_KEY] = shape
    write_to_url(BUILDER_URL)  # the session holds these layers and shape: a link reproduces the network
    steps = propagate_shapes(layers, shape)

    broken = next((step for step in steps if step.out_shape is None), None)
    if broken is not None:
        message = tr("blocks.seq.broken_at", index=broken.index, layer=broken.spec.label)
        message += " " + tr(broken.problem, **broken.problem_params)
        if broken.hint:
            message += "\n\n" + tr(broken.hint, **broken.hint_params)
        st.error(message, icon="🧱")
    elif layers:
        total = sum(step.parameters for step in steps)
        st.success(
            tr(
                "blocks.seq.ok",
                shape=shape_text(steps[-1].out_shape),
                total=f"{total:,}",
                elements=f"{math.prod(steps[-1].out_shape):,}",
            )
        )
    left, right = st.columns([3, 2])
    with left:
        st.markdown(tr("blocks.seq.layers_title", count=len(layers)))
        for index, spec in enumerate(layers):
            step = steps[index] if index < len(steps) else None
            out = "—" if step is None else ("✗" if step.out_shape is None else shape_text(step.out_shape))
            row = st.columns([6, 1, 1, 1], vertical_alignment="center")
            row[0].markdown(f"`{index}` `{spec.label}` → **{out}**")
            row[1].button(
                "↑",
                key=f"blocks_up_{index}",
                on_click=_move,
                args=(index, -1),
                disabled=index == 0,
                help=tr("blocks.seq.up"),
            )
            row[2].button(
                "↓",
                key=f"blocks_down_{index}",
                on_click=_move,
                args=(index, 1),
                disabled=index == len(layers) - 1,
                help=tr("blocks.seq.down"),
            )
            row[3].button(
                "✕",
                key=f"blocks_remove_{index}",
                on_click=_remove,
                args=(index,),
                help=tr("blocks.seq.remove"),
            )
        with st.container(border=True):
            _add_layer_form()
    with right:
        st.graphviz_chart(flow_dot(steps, shape, tr("blocks.seq.input")))

    code_panel(sequential_code(layers, shape))
