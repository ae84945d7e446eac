"""Issue 16's everyday inputs, typed as a visitor types them: the right result or a translated message, in every language.

No traceback, the input kept in its box, the message naming the problem and how to fix it.
"""

import io

import pytest
import torch

from dlviz.i18n import LANGUAGES, t
from dlviz.models.seed_models import SimpleNN
from tests.conftest import OTHER_LANGUAGES, open_page

TENSORS = "pages/tensor_lab.py"
AUTOGRAD = "pages/autograd_lab.py"


def _section(page: str, radio: str, section: str, lang: str):
    at = open_page(page, lang)
    at.radio(key=radio).set_value(section).run()
    return at


def _typed(at, key: str, text: str):
    at.text_input(key=key).set_value(text).run()
    assert not at.exception, at.exception[0].value
    assert at.text_input(key=key).value == text
    return at


def _errors(at) -> str:
    return "\n".join(error.value for error in at.error)


@pytest.mark.parametrize("lang", list(LANGUAGES))
@pytest.mark.parametrize(
    ("mode", "data", "dtype", "value"),
    [
        ("data", "[10**30]", None, "1e+30 (31 digits)"),
        ("data", "[2**63]", None, "9223372036854775808"),
        ("numpy", "[2**63]", None, "9223372036854775808"),
        ("like", "[10**30]", None, "1e+30 (31 digits)"),
        ("data", "[300, -1]", "uint8", "300"),
        ("data", "[300, -1]", "int8", "300"),
        ("data", "[1e300]", "int64", "1e+300"),
    ],
)
def test_numbers_that_do_not_fit_their_dtype_are_named_with_the_range(lang, mode, data, dtype, value):
    at = _section(TENSORS, "tensors_section", "create", lang)
    at.radio(key="tensors_create_mode").set_value(mode).run()
    if dtype:
        at.selectbox(key="tensors_data_dtype").set_value(dtype).run()
    _typed(at, "tensors_data", data)
    assert value in _errors(at)
    assert ("255" if dtype == "uint8" else "127" if dtype == "int8" else "9223372036854775807") in _errors(at)


def test_attributes_name_the_overflowing_number():
    at = _section(TENSORS, "tensors_section", "attributes", "en")
    _typed(at, "tensors_attr_data", "[2**63]")
    assert "9223372036854775808 does not fit in int64" in _errors(at)


@pytest.mark.parametrize("expression", ["t[:, 20:]", "t[2:2]", "t[t > 10**30]"])
def test_an_empty_selection_is_drawn_as_an_empty_grid_with_its_shape(expression):
    at = _section(TENSORS, "tensors_section", "index", "en")
    _typed(at, "tensors_index_expr", expression)
    expected = tuple(torch.arange(16).reshape(4, 4)[{"t[:, 20:]": (slice(None), slice(20, None)),
                                                     "t[2:2]": slice(2, 2),
                                                     "t[t > 10**30]": torch.zeros(4, 4, dtype=torch.bool)}[expression]].shape)  # fmt: skip
    assert not at.error
    assert t("tensors.viewer.empty", "en", shape=expected) in [caption.value for caption in at.caption]


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_three_hundred_nones_are_refused_by_the_dimension_cap(lang):
    at = _section(TENSORS, "tensors_section", "index", lang)
    _typed(at, "tensors_index_expr", "t[" + ", ".join(["None"] * 300) + "]")
    assert "302" in _errors(at) and t("limits.max_tensor_dims", lang) in _errors(at)


@pytest.mark.parametrize(("a", "b", "op", "key"), [("[True]", "[True]", "-", "tensors.err.bool_sub"),
                                                   ("[[True]]", "[[True]]", "@", "tensors.err.bool_matmul")])  # fmt: skip
def test_bool_arithmetic_is_explained_as_pytorch_explains_it(a, b, op, key):
    at = _section(TENSORS, "tensors_section", "arithmetic", "en")
    at.selectbox(key="tensors_op").set_value(op).run()
    _typed(at, "tensors_a", a)
    _typed(at, "tensors_b", b)
    assert _errors(at) == t(key, "en")


def test_bool_subtraction_message_keeps_pytorchs_advice():
    message = t("tensors.err.bool_sub", "en")
    assert "logical_xor" in message and "^" in message and "~" in message


def test_permuting_a_scalar_is_explained():
    at = _section(TENSORS, "tensors_section", "reshape", "en")
    at.selectbox(key="tensors_reshape_op").set_value("permute").run()
    _typed(at, "tensors_reshape_data", "5")
    _typed(at, "tensors_reshape_arg", "0")
    assert _errors(at) == t("tensors.err.permutation", "en", dims=(0,), rank=0)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_a_complex_constant_is_explained(lang):
    at = open_page(AUTOGRAD, lang)
    _typed(at, "autograd_expr", "(-1)**0.5")
    assert "(-1)**0.5" in _errors(at) and "nan" in _errors(at)


def test_a_variable_of_one_followed_by_400_zeros_is_named():
    at = open_page(AUTOGRAD, "en")
    _typed(at, "autograd_expr", "x * 2")
    _typed(at, "autograd_var_value_x", "1" + "0" * 400)
    assert "x: 10000000… (401 digits) is too large for float32" in _errors(at)


def test_the_custom_sigmoid_refuses_a_number_too_large_for_a_float():
    at = _section(AUTOGRAD, "autograd_section", "custom", "en")
    _typed(at, "autograd_sigmoid_values", "1" + "0" * 400)
    assert "(401 digits) is too large to be a float" in _errors(at)


def test_running_out_of_memory_in_the_backward_recording_is_refused_before_it_starts():
    at = open_page(AUTOGRAD, "en")
    _typed(at, "autograd_var_value_x", "randn(100000)")
    at.selectbox(key="autograd_var_dtype_x").set_value("float64").run()
    _typed(at, "autograd_expr", "*".join(["x"] * 200))
    assert "64 MiB" in _errors(at) and "shorter expression" in _errors(at)


@pytest.mark.parametrize("lang", list(LANGUAGES))
def test_a_whole_pickled_model_message_keeps_the_advice(lang):
    from dlviz.errors import UserFacingError
    from dlviz.training.checkpoint import load_checkpoint

    buffer = io.BytesIO()
    torch.save(SimpleNN(4, 8, 3), buffer)
    with pytest.raises(UserFacingError) as error:
        load_checkpoint(buffer.getvalue(), SimpleNN(4, 8, 3))
    text = t(error.value.key, lang, **error.value.params)
    assert "\x1b" not in text and "state_dict()" in text and "weights_only=False" in text


def test_a_diverged_playground_network_is_drawn_not_raised():
    from tests.test_fuzz_pages import open_with_url

    query = {"dataset": "plane", "lr": "10", "optimizer": "sgd", "batch": "1", "activation": "relu"}
    from tests.test_playground_page import RUNNER, epoch, losses, press

    at = open_with_url("pages/playground.py", {"lang": "en", **query})
    try:
        press(at, "step")
        assert not at.exception, [e.value for e in at.exception]
        assert epoch(at) == 1 and losses(at)[0] is None  # the loss became nan: sent as null, drawn as a gap
    finally:
        at.session_state[RUNNER].close()
