"""Each code panel's program runs as plain PyTorch and prints exactly what the lab computed."""

import contextlib
import io
import runpy

import numpy as np
import pytest
import torch

from dlviz.tensors import arithmetic, bridge, conversion, creation, devices, inplace, joining, reshaping
from dlviz.tensors.indexing import INDEX_PRESETS, apply_index
from dlviz.tensors.shape_errors import explain


def printed(code: str, tmp_path) -> str:
    """Return what a program prints when run as a script file."""
    script = tmp_path / "panel.py"
    script.write_text(code)
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        runpy.run_path(str(script), run_name="__main__")
    return output.getvalue()


def lines(*values) -> str:
    return "".join(str(value) + "\n" for value in values)


@pytest.mark.parametrize("dtype", ["auto", "float64", "int8"])
def test_from_data_code(dtype, tmp_path):
    made = creation.from_data([[1, 2], [3, 4]], dtype)
    assert printed(made.code, tmp_path) == lines(made.tensor)


def test_from_numpy_code(tmp_path):
    made = creation.from_numpy([[1.5, 2], [3, 4]])
    assert printed(made.code, tmp_path) == lines(made.tensor)


@pytest.mark.parametrize(
    ("function", "dtype"), [("ones_like", "keep"), ("rand_like", "float32"), ("randn_like", "float64")]
)
def test_from_other_code(function, dtype, tmp_path):
    made = creation.from_other([[1, 2], [3, 4]], function, dtype, seed=3)
    assert printed(made.code, tmp_path) == lines(made.tensor)


@pytest.mark.parametrize("name", creation.FACTORIES)
def test_factory_code(name, tmp_path):
    made = creation.from_factory(name, (2, 3), seed=11, fill=2.5, start=1.0, end=4.0, step=0.5)
    assert printed(made.code, tmp_path) == lines(made.tensor)


@pytest.mark.parametrize(("target", "grad"), [("int32", False), ("float16", True), ("bool", False)])
def test_conversion_code(target, grad, tmp_path):
    result = conversion.convert([[1.5, -2.7], [300.25, 0.1]], target, grad)
    x = result.source
    header = f"{x.dtype} {x.shape} {x.stride()} {x.is_contiguous()} {x.element_size()} {x.requires_grad}"
    assert printed(result.code, tmp_path) == lines(header, result.converted)


@pytest.mark.parametrize("expression", INDEX_PRESETS)
def test_index_code(expression, tmp_path):
    result = apply_index((4, 5), expression)
    assert printed(result.code, tmp_path) == lines(result.result, result.is_view)


@pytest.mark.parametrize(("how", "dim"), [("cat", 0), ("stack", 1)])
def test_join_code(how, dim, tmp_path):
    result = joining.join((2, 3), (2, 3), how, dim)
    assert printed(result.code, tmp_path) == lines(result.result.shape, result.result)


@pytest.mark.parametrize("op", arithmetic.OPERATORS)
def test_combine_code(op, tmp_path):
    b = [[1.0, 0.5], [2.0, 1.0]]
    result = arithmetic.combine([[1.0, 2.0], [3.0, 4.0]], b, op)
    assert printed(result.code, tmp_path) == lines(result.result.shape, result.result)


@pytest.mark.parametrize(("how", "dim"), [("sum", "all"), ("mean", 0), ("max", 1), ("max", "all")])
def test_reduce_code(how, dim, tmp_path):
    result = arithmetic.reduce([[3, 7, 1], [9, 2, 8]], how, dim)
    expected = [result.values] + ([result.indices] if result.indices is not None else [])
    expected += [result.item] if result.item is not None else []
    assert printed(result.code, tmp_path) == lines(*expected)


@pytest.mark.parametrize(
    ("op", "argument", "transpose"), [("reshape", "3, 2", True), ("permute", "1, 0", False)]
)
def test_reshape_code(op, argument, transpose, tmp_path):
    result = reshaping.apply_reshape([[1, 2, 3], [4, 5, 6]], op, argument, transpose)
    r = result.result
    header = f"{r.shape} {r.stride()} {r.is_contiguous()}"
    assert printed(result.code, tmp_path) == lines(header, result.shares_storage, r)


def test_failed_view_code_prints_the_failure(tmp_path):
    result = reshaping.apply_reshape([[1, 2, 3], [4, 5, 6]], "view", "6", True)
    output = printed(result.code, tmp_path).splitlines()
    assert output[0] == f"{False} {result.source.stride()}"
    assert output[1].startswith("view failed:")


@pytest.mark.parametrize("op", inplace.INPLACE_OPS)
def test_inplace_code(op, tmp_path):
    result = inplace.apply_inplace([[1.0, 2.0], [3.0, 4.0]], op, 2.5)
    assert printed(result.code, tmp_path) == lines(*(o.after for o in result.observers))


@pytest.mark.parametrize("case", inplace.AUTOGRAD_CASES)
def test_autograd_case_code(case, tmp_path):
    outcome = inplace.autograd_case([1.0, 2.0], case, "mul_", 2.0)
    expected = (
        lines(outcome.error)
        if outcome.error
        else lines("ok", *([outcome.gradient] if case == "no_grad" else []))
    )
    assert printed(outcome.code, tmp_path) == expected


@pytest.mark.parametrize("direction", bridge.DIRECTIONS)
def test_bridge_code(direction, tmp_path):
    result = bridge.bridge([1.0, 2.0, 3.0], direction, "array", 1.0)
    assert printed(result.code, tmp_path) == lines(
        result.tensor_after, result.array_after, result.shares_memory
    )
    assert isinstance(result.array_after, np.ndarray)


def test_devices_code(tmp_path):
    moved = devices.move([1, 2, 3], "cpu")
    assert printed(moved.code, tmp_path) == lines(moved.moved.device, moved.same_object, moved.moved.cpu())


@pytest.mark.parametrize(("op", "a", "b"), [("@", (3, 4), (3, 5)), ("+", (2, 3), (4,)), ("@", (2, 2), (2,))])
def test_shape_error_code(op, a, b, tmp_path):
    diagnosis = explain(op, a, b)
    first = torch.Size(diagnosis.result_shape) if diagnosis.ok else None
    output = printed(diagnosis.code, tmp_path).splitlines()
    assert output[0] == (str(first) if first is not None else diagnosis.torch_message)
    assert output[1:] == [str(torch.Size(fix.shape)) for fix in diagnosis.fixes]
