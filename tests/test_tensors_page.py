"""The Tensor Lab page, driven with AppTest: each section's widgets change what is shown."""

import pytest
import torch
from streamlit.testing.v1 import AppTest

from dlviz.i18n import t
from dlviz.limits import MAX_TENSOR_ELEMENTS
from tests.conftest import APP_TIMEOUT, OTHER_LANGUAGES, ROOT, open_page, url_params

PAGE = "pages/tensor_lab.py"


def open_section(section: str, lang: str = "en"):
    at = open_page(PAGE, lang)
    if section != "create":
        at.radio(key="tensors_section").set_value(section).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(elements) -> str:
    return "\n".join(str(e.value) for e in elements)


def code(at) -> str:
    return texts(at.code)


def test_create_defaults_to_the_tutorial_x_data_with_its_code_and_attributes():
    at = open_section("create")
    assert "x_data = torch.tensor([[1, 2], [3, 4]])" in code(at)
    assert "shape (2, 2) · dtype int64" in texts(at.caption)


def test_create_from_numpy_says_the_tensor_shares_the_arrays_memory():
    at = open_section("create")
    at.radio(key="tensors_create_mode").set_value("numpy").run()
    assert t("tensors.shared.yes", "en", a="x_np", b="np_array") in texts(at.markdown)
    assert "torch.from_numpy(np_array)" in code(at)


def test_rand_like_on_integer_data_explains_the_dtype_instead_of_failing():
    at = open_section("create")
    at.radio(key="tensors_create_mode").set_value("like").run()
    at.selectbox(key="tensors_like_fn").set_value("rand_like").run()
    assert at.error[0].value == t(
        "tensors.err.random_needs_float", "en", function="rand_like", dtype="torch.int64"
    )
    at.selectbox(key="tensors_like_dtype").set_value("float32").run()
    assert not at.error and "torch.rand_like(x_data, dtype=torch.float32)" in code(at)


def test_factory_shape_sliders_and_sidebar_seed_drive_the_code():
    at = open_section("create")
    at.radio(key="tensors_create_mode").set_value("factory").run()
    at.selectbox(key="tensors_factory").set_value("rand").run()
    at.slider(key="tensors_shape_1").set_value(4).run()
    assert "x = torch.rand(2, 4)" in code(at) and "torch.manual_seed(0)" in code(at)
    at.session_state["shared_seed"] = 3
    at.run()
    assert "torch.manual_seed(3)" in code(at)


def test_hostile_literal_shows_the_message_and_runs_nothing(tmp_path):
    target = tmp_path / "pwned"
    at = open_section("create")
    at.text_input(key="tensors_data").set_value(f"__import__('os').system('touch {target}')").run()
    assert at.error[0].value == t("tensors.err.dunder", "en", name="__import__")
    assert not target.exists() and not at.exception


def test_ragged_and_nan_literals_are_explained():
    at = open_section("create")
    at.text_input(key="tensors_data").set_value("[[1, 2], [3]]").run()
    assert at.error[0].value == t("tensors.err.ragged", "en", position=1, expected="(2,)", got="(1,)")
    at.text_input(key="tensors_data").set_value("[nan, 1]").run()
    assert at.error[0].value == t("tensors.err.not_finite", "en")


def test_preset_fills_the_box_and_names_the_correction():
    at = open_section("create")
    at.selectbox(key="tensors_data_preset").set_value("seed003_w1").run()
    assert at.text_input(key="tensors_data").value == "[[2., 0.], [2., 0.]]"
    assert t("tensors.correction.seed003_w1", "en") in texts(at.info)


def test_attributes_converting_to_int8_reports_truncation_and_overflow():
    at = open_section("attributes")
    at.selectbox(key="tensors_attr_target").set_value("int8").run()
    shown = texts(at.markdown)
    assert t("tensors.conv.truncated", "en") in shown
    assert t("tensors.conv.overflow", "en", low=-128, high=127) in shown
    assert "y = x.to(torch.int8)" in code(at)


def test_index_mask_is_a_copy_and_slice_is_a_view():
    at = open_section("index")
    assert t("tensors.index.view", "en", expression="t[1:, ::2]", count=6) in texts(at.markdown)
    at.text_input(key="tensors_index_expr").set_value("t[t > 5]").run()
    assert t("tensors.index.copy", "en", expression="t[t > 5]", count=10) in texts(at.markdown)


def test_index_hostile_expression_is_refused():
    at = open_section("index")
    at.text_input(key="tensors_index_expr").set_value("t.__class__.__init__").run()
    assert at.error[0].value == t("tensors.err.dunder", "en", name="__init__")


def test_join_cat_mismatch_shows_the_explainer_with_a_checked_fix():
    at = open_section("join")
    at.slider(key="tensors_join_b_1").set_value(4).run()
    assert at.error[0].value == t("tensors.shape.cat_mismatch", "en", dim=0, bad=1)
    assert "`torch.cat([a, b], dim=1)` → `(2, 7)`" in texts(at.markdown)
    at.select_slider(key="tensors_join_dim").set_value(1).run()
    assert not at.error
    assert "torch.cat: a (2, 3) and b (2, 4) along dim=1 → **(2, 7)**" in texts(at.markdown)


def test_arithmetic_seed003_preset_runs_the_corrected_matmul():
    at = open_section("arithmetic")
    at.selectbox(key="tensors_combine_preset").set_value("seed003_matmul").run()
    assert t("tensors.correction.seed003_matmul", "en") in texts(at.info)
    assert "r = torch.matmul(a, b)" in code(at)
    expected = torch.matmul(torch.tensor([[2.0, 0.0], [2.0, 0.0]]), torch.tensor([1.0, 2.0]))
    assert f"→ **{tuple(expected.shape)}**" in texts(at.markdown)


def test_arithmetic_broadcast_steps_and_clash():
    at = open_section("arithmetic")
    at.selectbox(key="tensors_combine_preset").set_value("broadcast_row").run()
    assert t("tensors.arith.step_pad", "en", a=(2, 3), b=(1, 3)) in texts(at.markdown)
    at.selectbox(key="tensors_combine_preset").set_value("shape_error").run()
    assert at.error[0].value == t("tensors.shape.broadcast_clash", "en", a=3, b=4, dim=-1)


def test_reduction_of_integers_mean_is_corrected_and_item_shown():
    at = open_section("arithmetic")
    at.radio(key="tensors_arith_part").set_value("reduce").run()
    at.selectbox(key="tensors_reduce_preset").set_value("seed001_mean").run()
    assert t("tensors.correction.seed001_mean", "en") in texts(at.info)
    assert at.metric[0].value == repr(torch.tensor([1, 2, 3]).float().mean().item())


def test_reshape_view_after_transpose_explains_the_failure():
    at = open_section("reshape")
    assert "`x.reshape(3, 2)` **shares storage**" in texts(at.markdown)
    at.checkbox(key="tensors_reshape_t").check().run()
    at.selectbox(key="tensors_reshape_op").set_value("view").run()
    assert at.text_input(key="tensors_reshape_arg").value == "3, 2"
    at.text_input(key="tensors_reshape_arg").set_value("6").run()
    assert at.error[0].value.startswith("view() fails here")
    assert "view failed:" not in texts(at.markdown) and "except RuntimeError" in code(at)


def test_inplace_shows_who_changed_and_the_autograd_refusal():
    at = open_section("inplace")
    shown = texts(at.markdown)
    assert shown.count(t("tensors.inplace.changed", "en")) == 3
    assert "leaf Variable" in at.error[0].value
    at.selectbox(key="tensors_inplace_case").set_value("no_grad").run()
    assert at.success[0].value == t("tensors.inplace.allowed", "en")


def test_numpy_bridge_copy_does_not_share():
    at = open_section("numpy")
    assert t("tensors.shared.yes", "en", a="t", b="n") in texts(at.markdown)
    at.selectbox(key="tensors_bridge_direction").set_value("tensor").run()
    assert t("tensors.shared.no", "en", a="t", b="n") in texts(at.markdown)


def test_devices_uses_the_sidebar_device():
    at = open_section("devices")
    assert "x_moved = x.to(device)" in code(at)
    if not torch.cuda.is_available():
        assert t("tensors.device.cpu_only", "en") in texts(at.info)
        assert t("tensors.device.same_object", "en", device="cpu") in texts(at.markdown)


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_devices_copies_to_the_gpu_chosen_in_the_sidebar():
    at = open_section("devices")
    at.session_state["shared_device"] = "cuda:0"
    at.run()
    assert t("tensors.device.copied", "en", device="cuda:0") in texts(at.markdown)
    assert t("tensors.shared.no", "en", a="x", b="x_moved") in texts(at.markdown)


def test_shape_errors_default_proposes_transpose_and_caps_huge_shapes():
    at = open_section("shape_errors")
    assert at.error[0].value == t("tensors.shape.matmul_inner", "en", k_a=4, k_b=3)
    assert "`a.mT @ b` → `(4, 5)`" in texts(at.markdown)
    at.text_input(key="tensors_shape_a").set_value("(100000, 100000)").run()
    assert str(MAX_TENSOR_ELEMENTS.value) in at.error[0].value


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_shape_errors_preset_broadcast_in_another_language(lang):
    at = open_section("shape_errors", lang)
    at.selectbox(key="tensors_shape_preset").set_value("broadcast").run()
    assert at.error[0].value == t("tensors.shape.broadcast_clash", lang, a=3, b=4, dim=-1)
    assert at.subheader[0].value == t("tensors.section.shape_errors", lang)


def test_section_round_trips_through_the_url():
    at = open_section("join")
    assert url_params(at)["section"] == "join"
    shared = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    shared.query_params["lang"] = "en"
    shared.query_params["section"] = "shape_errors"
    shared.switch_page(PAGE).run()
    assert shared.subheader[0].value == t("tensors.section.shape_errors", "en")


def test_broadcast_is_drawn_in_three_steps_with_stride_zero_views():
    at = open_section("arithmetic")
    at.selectbox(key="tensors_combine_preset").set_value("broadcast_column").run()
    shown = texts(at.markdown)
    assert t("tensors.arith.step_pad", "en", a=(2, 1), b=(1, 3)) in shown
    assert t("tensors.arith.step_stretch", "en", result=(2, 3)) in shown
    expected_a = torch.tensor([[1], [2]]).expand(2, 3)
    expected_b = torch.tensor([10, 20, 30]).expand(2, 3)
    captions = texts(at.caption)
    assert f"stride {expected_a.stride()}" in captions and f"stride {expected_b.stride()}" in captions


def test_inputs_survive_a_visit_to_another_section():
    at = open_section("create")
    at.text_input(key="tensors_data").set_value("[7, 8, 9]").run()
    at.radio(key="tensors_section").set_value("join").run()
    at.radio(key="tensors_section").set_value("create").run()
    assert at.text_input(key="tensors_data").value == "[7, 8, 9]"
    assert "x_data = torch.tensor([7, 8, 9])" in code(at)
