"""Conv2d, MaxPool2d, Dropout and BatchNorm demos, against torch.nn.functional and the real output sizes."""

import pytest
import torch
import torch.nn.functional as F
from hypothesis import given, settings
from hypothesis import strategies as st

from dlviz.blocks.layers import (
    OutputSize,
    batchnorm_code,
    check_window,
    conv_code,
    dropout_code,
    resize_image,
    run_batchnorm,
    run_conv,
    run_dropout,
    run_maxpool,
)
from dlviz.errors import UserFacingError
from dlviz.i18n import t
from dlviz.limits import LimitExceeded
from tests.conftest import OTHER_LANGUAGES
from tests.test_blocks_support import open_section, run_code, texts


def image(side=28, seed=0):
    return torch.rand(1, 1, side, side, generator=torch.Generator().manual_seed(seed))


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 40), st.integers(1, 11), st.integers(1, 5), st.integers(0, 5))
def test_output_size_formula_matches_the_real_conv_output_or_both_refuse(size, kernel, stride, padding):
    x = image(size)
    try:
        real = F.conv2d(x, torch.ones(1, 1, kernel, kernel), stride=stride, padding=padding).shape[-1]
    except RuntimeError:
        real = None
    if real is None:
        with pytest.raises(UserFacingError) as error:
            check_window(size, kernel, stride, padding, "Conv2d")
        assert error.value.key == "blocks.err.kernel_too_big"
    else:
        assert check_window(size, kernel, stride, padding, "Conv2d").value == real


@settings(max_examples=60, deadline=None)
@given(st.integers(1, 40), st.integers(1, 11), st.integers(1, 5), st.integers(0, 5))
def test_output_size_formula_matches_the_real_pool_output_or_both_refuse(size, kernel, stride, padding):
    x = image(size)
    try:
        real = F.max_pool2d(x, kernel, stride=stride, padding=padding).shape[-1]
    except RuntimeError:
        real = None
    if real is None:
        with pytest.raises(UserFacingError):
            check_window(size, kernel, stride, padding, "MaxPool2d")
    else:
        assert check_window(size, kernel, stride, padding, "MaxPool2d").value == real


def test_formula_numbers():
    formula = OutputSize(size=28, kernel=5, stride=2, padding=1, dilation=1)
    assert formula.numerator == 28 + 2 - 4 - 1
    assert formula.value == 25 // 2 + 1 == 13


def test_conv_feature_maps_equal_functional_conv_with_its_kernels():
    x = image()
    result = run_conv(x, 4, 5, 2, 1, seed=3)
    expected = F.conv2d(x, result.weight, result.bias, stride=2, padding=1)
    torch.testing.assert_close(result.output, expected)
    assert tuple(result.output.shape) == (1, 4, result.formula.value, result.formula.value)


def test_kernel_larger_than_the_input_gives_a_clear_message():
    with pytest.raises(UserFacingError) as error:
        run_conv(image(4), 2, 7, 1, 1, seed=0)
    assert error.value.key == "blocks.err.kernel_too_big"
    assert error.value.params["padded"] == 6


def test_caps_on_channels_and_image_side():
    with pytest.raises(LimitExceeded):
        run_conv(image(), 1000, 3, 1, 0, seed=0)
    with pytest.raises(LimitExceeded):
        resize_image(image(), 10_000)


def test_maxpool_equals_functional_max_pool():
    x = image(20)
    result = run_maxpool(x, 3, 2, 1)
    torch.testing.assert_close(result.output, F.max_pool2d(x, 3, stride=2, padding=1))


def test_dropout_zeroes_and_rescales_in_train_mode_and_is_identity_in_eval_mode():
    x = image() + 0.1
    result = run_dropout(x, 0.3, seed=5)
    kept = result.train_output != 0
    torch.testing.assert_close(result.train_output[kept], x[kept] / 0.7)
    torch.manual_seed(5)
    torch.testing.assert_close(result.train_output, F.dropout(x, 0.3, training=True))
    assert torch.equal(result.eval_output, x)
    assert abs(result.zeroed_fraction - 0.3) < 0.06
    with pytest.raises(UserFacingError):
        run_dropout(x, 1.0, seed=0)


def test_batchnorm_running_statistics_follow_the_momentum_update():
    batches = torch.rand(4, 6, 1, 5, 5, generator=torch.Generator().manual_seed(2))
    run = run_batchnorm(batches, momentum=0.3)
    mean, var = 0.0, 1.0
    for batch, running_mean, running_var in zip(batches, run.running_means, run.running_vars, strict=True):
        mean = 0.7 * mean + 0.3 * float(batch.mean())
        var = 0.7 * var + 0.3 * float(batch.var(unbiased=True))
        assert running_mean == pytest.approx(mean, rel=1e-5)
        assert running_var == pytest.approx(var, rel=1e-5)
    last = batches[-1]
    torch.testing.assert_close(run.train_output, F.batch_norm(last, None, None, training=True))
    expected_eval = F.batch_norm(last, torch.tensor([mean]), torch.tensor([var]), training=False)
    torch.testing.assert_close(run.eval_output, expected_eval)


def test_code_panels_reproduce_the_demos():
    namespace = run_code(conv_code(20, 3, 5, 2, 1, seed=4))
    assert tuple(namespace["feature_maps"].shape) == (1, 3, 9, 9)
    namespace = run_code(dropout_code(0.5, seed=1))
    assert torch.equal(namespace["eval_output"], namespace["image"])
    namespace = run_code(batchnorm_code(4, 3, 0.2, seed=0))
    assert namespace["bn"].num_batches_tracked.item() == 3


def test_conv_page_fills_in_the_formula_and_checks_it_against_the_real_shape():
    at = open_section("layers")
    at.slider(key="blocks_conv_kernel").set_value(5).run()
    at.slider(key="blocks_conv_stride").set_value(2).run()
    at.slider(key="blocks_conv_padding").set_value(1).run()
    at.slider(key="blocks_conv_channels").set_value(3).run()
    assert not at.exception and not at.error
    assert r"\frac{28 + 2\cdot1 - 1\cdot(5-1) - 1}{2}" in at.latex[0].value
    assert "= 13" in at.latex[0].value
    assert "(1, 3, 13, 13)" in texts(at.markdown) and "✅" in texts(at.markdown)
    namespace = run_code(at.code[0].value)
    assert tuple(namespace["feature_maps"].shape) == (1, 3, 13, 13)


def test_conv_page_says_when_the_kernel_is_larger_than_the_image():
    at = open_section("layers")
    at.slider(key="blocks_conv_side").set_value(4).run()
    at.slider(key="blocks_conv_kernel").set_value(9).run()
    assert not at.exception
    assert "larger than the input" in at.error[0].value and "4×4" in at.error[0].value


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_pool_dropout_and_batchnorm_pages_show_their_numbers(lang):
    at = open_section("layers", lang)
    at.radio(key="blocks_layer").set_value("pool").run()
    at.slider(key="blocks_pool_kernel").set_value(3).run()
    assert "(1, 1, 13, 13)" in texts(at.markdown)
    at.radio(key="blocks_layer").set_value("dropout").run()
    at.slider(key="blocks_dropout_p").set_value(0.8).run()
    metrics = {m.label: m.value for m in at.metric}
    assert metrics[t("blocks.layers.scale", lang)] == "5"
    assert metrics[t("blocks.layers.eval_equal", lang)] == "✅"
    at.radio(key="blocks_layer").set_value("batchnorm").run()
    at.slider(key="blocks_bn_steps").set_value(3).run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert abs(float(metrics[t("blocks.layers.bn_train_mean", lang)])) < 1e-3
    namespace = run_code(at.code[0].value)
    assert f"{namespace['eval_output'].mean().item():.4f}" == metrics[t("blocks.layers.bn_eval_mean", lang)]
