"""Section 5: the same transforms in two orders, and what the order changes."""

from __future__ import annotations

import streamlit as st

from dlviz.data.code import compose_code
from dlviz.data.figures import image_figure
from dlviz.data.images import code_folder
from dlviz.data.lesson import lesson_dataset
from dlviz.data.pipelines import STEPS, StepSettings, compare, run_pipeline
from dlviz.data.pixel_transforms import SEED_MEAN, SEED_STD
from dlviz.errors import UserFacingError
from dlviz.ui.code_panel import code_panel
from dlviz.ui.data.common import index_input, ranged_slider, source_picker
from dlviz.ui.data_folder import current_data_root
from dlviz.ui.errors import show_error
from dlviz.ui.i18n import option_label, tr

FIRST_KEY = "data_cp_first"
SECOND_KEY = "data_cp_second"
PRESETS = {
    "rotate_normalize": (["to_tensor", "normalize", "rotate"], ["to_tensor", "rotate", "normalize"]),
    "crop_resize": (["center_crop", "resize", "to_tensor"], ["resize", "center_crop", "to_tensor"]),
    "flip_rotate": (["flip", "rotate", "to_tensor"], ["rotate", "flip", "to_tensor"]),
    "normalize_first": (["normalize", "to_tensor"], ["to_tensor", "normalize"]),
}


def apply_preset() -> None:
    """Put the chosen preset's two orders into the two step pickers."""
    first, second = PRESETS[st.session_state["data_cp_preset"]]
    st.session_state[FIRST_KEY] = list(first)
    st.session_state[SECOND_KEY] = list(second)


def run_side(column, title_key: str, image, steps: list[str], settings: StepSettings):
    """Run one pipeline into a column: its image, or its translated error; return the result or None."""
    try:
        result = run_pipeline(image, steps, settings)
    except UserFacingError as error:
        with column:
            show_error(error)
        return None
    column.plotly_chart(
        image_figure(result[0], tr(title_key, shape=tuple(result.shape))),
        key=f"data_cp_{title_key.rsplit('.', 1)[1]}",
    )
    return result


def render_compose() -> None:
    """Draw two step pickers, both results, and the largest difference between them."""
    st.markdown(tr("data.cp.intro"))
    if FIRST_KEY not in st.session_state:
        st.session_state[FIRST_KEY], st.session_state[SECOND_KEY] = map(list, PRESETS["rotate_normalize"])
    top_left, top_right = st.columns(2)
    with top_left:
        source = source_picker()
        index = index_input(len(source.labels))
    with top_right:
        st.selectbox(
            tr("data.cp.preset"),
            list(PRESETS),
            format_func=option_label("data.cp.preset"),
            key="data_cp_preset",
            on_change=apply_preset,
        )
        angle = st.slider(tr("data.cp.angle"), -180, 180, 30, key="data_cp_angle")
        side = source.images.shape[-1]
        crop = ranged_slider(st, tr("data.cp.crop"), 2, side, side * 5 // 7, "data_cp_crop")
        resize = ranged_slider(st, tr("data.cp.resize"), 2, 2 * side, side // 2, "data_cp_resize")
    label_of = option_label("data.step")
    first = st.multiselect(tr("data.cp.first"), STEPS, format_func=label_of, key=FIRST_KEY)
    second = st.multiselect(tr("data.cp.second"), STEPS, format_func=label_of, key=SECOND_KEY)
    st.caption(tr("data.cp.order_hint"))
    settings = StepSettings(SEED_MEAN, SEED_STD, float(angle), int(crop), int(resize))
    image, _ = lesson_dataset(source, to_tensor=False)[index]
    show_first, show_second = st.columns(2)
    result_a = run_side(show_first, "data.cp.result_a", image, first, settings)
    result_b = run_side(show_second, "data.cp.result_b", image, second, settings)
    if result_a is not None and result_b is not None:
        difference = compare(result_a, result_b)
        if difference is None:
            st.warning(tr("data.cp.shapes_differ", a=tuple(result_a.shape), b=tuple(result_b.shape)))
        elif difference < 1e-6:
            st.success(tr("data.cp.same"))
        else:
            st.info(tr("data.cp.different", difference=difference))
            st.plotly_chart(
                image_figure((result_a - result_b)[0], tr("data.cp.difference")), key="data_cp_difference"
            )
        code_panel(
            compose_code(source.name, code_folder(current_data_root()), index, first, second, settings)
        )
