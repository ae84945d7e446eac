"""Every number and every 'shares memory' claim of the Tensor Lab's logic, checked against torch itself."""

import numpy as np
import pytest
import torch

from dlviz.errors import UserFacingError
from dlviz.tensors import arithmetic, bridge, conversion, creation, devices, inplace, joining, reshaping
from dlviz.tensors.broadcasting import broadcast_steps
from dlviz.tensors.errors import ShapeError
from dlviz.tensors.indexing import INDEX_PRESETS, apply_index
from dlviz.tensors.info import shares_memory, shares_memory_with_array, tensor_info


def storage(t: torch.Tensor) -> int:
    return t.untyped_storage().data_ptr()


def test_tensor_info_reads_torch_attributes():
    t = torch.zeros(3, 4, dtype=torch.float64).t()
    info = tensor_info(t)
    assert info.shape == (4, 3) and info.stride == (1, 4) and not info.is_contiguous
    assert info.element_size == 8 and info.nbytes == 96 and info.storage_nbytes == 96


def test_shares_memory_agrees_with_data_ptr():
    t = torch.arange(6)
    assert shares_memory(t, t.view(2, 3)) == (storage(t) == storage(t.view(2, 3))) is True
    assert shares_memory(t, t.clone()) is False


def test_from_data_matches_torch_tensor_and_dtype_override():
    assert torch.equal(creation.from_data([[1, 2], [3, 4]]).tensor, torch.tensor([[1, 2], [3, 4]]))
    assert creation.from_data([1, 2], "float64").tensor.dtype == torch.float64


def test_from_numpy_shares_memory_with_the_array():
    made = creation.from_numpy([[1, 2], [3, 4]])
    assert made.tensor.dtype == torch.from_numpy(np.array([[1, 2], [3, 4]])).dtype
    assert shares_memory_with_array(made.tensor, made.array)
    made.array[0, 0] = 99
    assert made.tensor[0, 0] == 99


def test_rand_like_matches_seeded_torch_rand_like():
    made = creation.from_other([[1, 2], [3, 4]], "rand_like", "float32", seed=5)
    torch.manual_seed(5)
    assert torch.equal(made.tensor, torch.rand_like(torch.tensor([[1, 2], [3, 4]]), dtype=torch.float32))


def test_ones_like_keeps_dtype_and_shape():
    made = creation.from_other([[1, 2], [3, 4]], "ones_like")
    assert torch.equal(made.tensor, torch.ones_like(torch.tensor([[1, 2], [3, 4]])))


def test_rand_like_on_integers_explains_the_float_dtype():
    with pytest.raises(UserFacingError) as caught:
        creation.from_other([[1, 2], [3, 4]], "rand_like", "keep")
    assert caught.value.key == "tensors.err.random_needs_float"


@pytest.mark.parametrize("name", ["rand", "randn"])
def test_seeded_factories_match_torch_manual_seed(name):
    made = creation.from_factory(name, (2, 3), seed=7)
    torch.manual_seed(7)
    assert torch.equal(made.tensor, getattr(torch, name)(2, 3))


def test_constant_factories_match_torch():
    assert torch.equal(creation.from_factory("full", (2, 3), fill=7.0).tensor, torch.full((2, 3), 7.0))
    assert torch.equal(creation.from_factory("eye", (3, 4)).tensor, torch.eye(3, 4))
    assert torch.equal(
        creation.from_factory("linspace", (5,), start=0.0, end=1.0).tensor, torch.linspace(0, 1, 5)
    )
    assert torch.equal(
        creation.from_factory("arange", (1,), start=0.0, end=5.0, step=2.0).tensor,
        torch.arange(0.0, 5.0, 2.0),
    )


def test_arange_with_zero_step_or_wrong_direction_is_explained():
    with pytest.raises(UserFacingError, match="tensors.err.zero_step"):
        creation.from_factory("arange", (1,), start=0.0, end=5.0, step=0.0)
    with pytest.raises(UserFacingError, match="tensors.err.empty_range"):
        creation.from_factory("arange", (1,), start=5.0, end=0.0, step=1.0)


def test_conversion_float_to_int_truncates_like_torch():
    result = conversion.convert([[1.5, -2.7], [3.0, 0.1]], "int32")
    assert torch.equal(result.converted, torch.tensor([[1.5, -2.7], [3.0, 0.1]]).to(torch.int32))
    assert result.changed == 3
    assert "tensors.conv.truncated" in [note.key for note in result.notes]


def test_conversion_to_int8_reports_out_of_range():
    result = conversion.convert([300, 5], "int8")
    assert torch.equal(result.converted, torch.tensor([300, 5]).to(torch.int8))
    assert "tensors.conv.overflow" in [note.key for note in result.notes]


def test_conversion_to_float16_rounds_and_counts_changes():
    result = conversion.convert([0.1, 0.5], "float16")
    expected = torch.tensor([0.1, 0.5]).to(torch.float16).double() != torch.tensor([0.1, 0.5]).double()
    assert result.changed == int(expected.sum()) == 1


def test_requires_grad_on_integers_is_explained():
    with pytest.raises(UserFacingError, match="tensors.err.grad_needs_float"):
        conversion.convert([1, 2], "float32", requires_grad=True)


@pytest.mark.parametrize("expression", INDEX_PRESETS)
def test_index_presets_match_torch_and_view_claims_match_data_ptr(expression):
    result = apply_index((4, 4), expression)
    t = torch.arange(16).reshape(4, 4)
    expected = {
        "t[1:, ::2]": t[1:, ::2],
        "t[..., 0]": t[..., 0],
        "t[:, 1]": t[:, 1],
        "t[0]": t[0],
        "t[t > 5]": t[t > 5],
        "t[(t % 2 == 0) | (t < 3)]": t[(t % 2 == 0) | (t < 3)],
        "t[[0, 2]]": t[[0, 2]],
    }[expression]
    assert torch.equal(result.result, expected)
    assert result.is_view == (storage(result.result) == storage(result.source))
    assert torch.equal(result.source[result.selected].sort().values, expected.flatten().sort().values)


def test_basic_slice_is_a_view_and_mask_is_a_copy():
    assert apply_index((4, 4), "t[1:, ::2]").is_view
    assert not apply_index((4, 4), "t[t > 5]").is_view


@pytest.mark.parametrize(("how", "dim"), [("cat", 0), ("cat", 1), ("cat", -1), ("stack", 0), ("stack", 2)])
def test_join_matches_torch(how, dim):
    result = joining.join((2, 3), (2, 3), how, dim)
    a, b = torch.arange(6).reshape(2, 3), 100 + torch.arange(6).reshape(2, 3)
    assert torch.equal(result.result, getattr(torch, how)([a, b], dim=dim))


def test_cat_mismatch_raises_a_shape_error_for_the_explainer():
    with pytest.raises(ShapeError) as caught:
        joining.join((2, 3), (2, 4), "cat", 0)
    assert (caught.value.shape_a, caught.value.shape_b, caught.value.dim) == ((2, 3), (2, 4), 0)
    assert (
        torch.cat([torch.zeros(2, 3), torch.zeros(2, 4)], dim=1).shape
        == joining.join((2, 3), (2, 4), "cat", 1).result.shape
    )


def test_stack_of_different_shapes_is_explained():
    with pytest.raises(UserFacingError, match="tensors.err.stack_shapes"):
        joining.join((2, 3), (3, 3), "stack", 0)


@pytest.mark.parametrize(
    ("a", "b"),
    [((2, 3), (3,)), ((2, 1), (1, 4)), ((5, 1, 3), (4, 1)), ((3,), (3,)), ((), (2, 2)), ((2, 3), (4,))],
)
def test_broadcast_steps_agree_with_torch_broadcast_shapes(a, b):
    steps = broadcast_steps(a, b)
    try:
        expected = tuple(torch.broadcast_shapes(a, b))
    except RuntimeError:
        expected = None
    assert steps.result_shape == expected


@pytest.mark.parametrize("op", arithmetic.ELEMENTWISE)
def test_elementwise_operators_match_torch(op):
    a, b = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], [2.0, 1.0, 0.5]
    result = arithmetic.combine(a, b, op)
    ta, tb = torch.tensor(a), torch.tensor(b)
    expected = {"+": ta + tb, "-": ta - tb, "*": ta * tb, "/": ta / tb, "**": ta**tb}[op]
    assert torch.equal(result.result, expected)
    assert result.broadcast.result_shape == (2, 3)


@pytest.mark.parametrize(
    ("a", "b"), [((2, 3), (3, 2)), ((2, 2), (2,)), ((3,), (3, 4)), ((2, 3, 4), (4, 5)), ((3, 4), (3, 5))]
)
def test_matmul_shape_rule_agrees_with_torch(a, b):
    try:
        expected = tuple(torch.matmul(torch.zeros(a), torch.zeros(b)).shape)
    except RuntimeError:
        expected = None
    assert arithmetic.matmul_shape(a, b) == expected


def test_seed003_matmul_corrected_matches_torch():
    result = arithmetic.combine([[2.0, 0.0], [2.0, 0.0]], [1.0, 2.0], "matmul")
    assert torch.equal(
        result.result, torch.matmul(torch.tensor([[2.0, 0.0], [2.0, 0.0]]), torch.tensor([1.0, 2.0]))
    )


def test_matmul_shape_mismatch_raises_a_shape_error():
    with pytest.raises(ShapeError):
        arithmetic.combine([[1, 2, 3]], [[1, 2, 3]], "@")


def test_mm_on_vectors_and_mixed_dtypes_are_explained():
    with pytest.raises(UserFacingError, match="tensors.err.mm_2d"):
        arithmetic.combine([1, 2], [1, 2], "mm")
    with pytest.raises(UserFacingError, match="tensors.err.matmul_dtype"):
        arithmetic.combine([[1, 2]], [[1.0], [2.0]], "@")


def test_negative_integer_power_and_huge_exponent_are_explained():
    with pytest.raises(UserFacingError, match="tensors.err.negative_int_power"):
        arithmetic.combine([2, 3], [-1, 1], "**")
    with pytest.raises(UserFacingError, match="limits.exceeded"):
        arithmetic.combine([2.0], [1000.0], "**")


@pytest.mark.parametrize("how", arithmetic.REDUCTIONS)
@pytest.mark.parametrize("dim", ["all", 0, 1])
def test_reductions_match_torch(how, dim):
    data = [[3.0, 7.0, 1.0], [9.0, 2.0, 8.0]]
    result = arithmetic.reduce(data, how, dim, keepdim=True)
    t = torch.tensor(data)
    expected = getattr(t, how)() if dim == "all" else getattr(t, how)(dim=dim, keepdim=True)
    if isinstance(expected, tuple):
        assert torch.equal(result.indices, expected.indices)
        expected = expected.values
    assert torch.equal(result.values, expected)


def test_item_of_a_sum_is_the_python_number():
    result = arithmetic.reduce([[1, 0], [1, 1]], "sum")
    assert result.item == torch.tensor([[1, 0], [1, 1]]).sum().item() == 3


def test_mean_of_integers_runs_the_corrected_float_form():
    result = arithmetic.reduce([1, 2, 3], "mean")
    assert result.corrected and result.item == pytest.approx(torch.tensor([1, 2, 3]).float().mean().item())
    with pytest.raises(RuntimeError):
        torch.tensor([1, 2, 3]).mean()


@pytest.mark.parametrize(
    ("op", "argument", "transpose"),
    [
        ("reshape", "3, 2", False),
        ("reshape", "3, 2", True),
        ("view", "3, 2", False),
        ("squeeze", "", False),
        ("unsqueeze", "0", False),
        ("flatten", "", False),
        ("permute", "1, 0", False),
        ("transpose", "0, 1", False),
        ("contiguous", "", False),
        ("contiguous", "", True),
    ],
)
def test_reshape_family_matches_torch_and_sharing_matches_data_ptr(op, argument, transpose):
    data = [[1, 2, 3], [4, 5, 6]]
    result = reshaping.apply_reshape(data, op, argument, transpose)
    x = torch.tensor(data)
    x = x.t() if transpose else x
    arguments = [int(a) for a in argument.split(",") if a.strip()]
    expected = getattr(x, op)(*arguments)
    assert torch.equal(result.result, expected)
    assert result.shares_storage == (storage(result.result) == storage(result.source))


def test_reshape_of_transposed_copies_but_view_fails():
    assert not reshaping.apply_reshape([[1, 2, 3], [4, 5, 6]], "reshape", "6", True).shares_storage
    failed = reshaping.apply_reshape([[1, 2, 3], [4, 5, 6]], "view", "6", True)
    assert failed.view_error and failed.result is None
    with pytest.raises(RuntimeError):
        torch.tensor([[1, 2, 3], [4, 5, 6]]).t().view(6)


@pytest.mark.parametrize(
    ("op", "argument", "key"),
    [
        ("reshape", "4, 2", "tensors.err.reshape_count"),
        ("permute", "0, 0", "tensors.err.permutation"),
        ("unsqueeze", "5", "tensors.err.dim_range"),
        ("transpose", "0", "tensors.err.argument_count"),
    ],
)
def test_reshape_mistakes_are_explained(op, argument, key):
    with pytest.raises(UserFacingError) as caught:
        reshaping.apply_reshape([[1, 2, 3], [4, 5, 6]], op, argument)
    assert caught.value.key == key


@pytest.mark.parametrize("op", inplace.INPLACE_OPS)
def test_inplace_change_is_seen_through_shared_memory_only(op):
    result = inplace.apply_inplace([[1.0, 2.0], [3.0, 4.0]], op, 5.0)
    by_name = {o.name: o for o in result.observers}
    t = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
    getattr(t, op)(*([] if op == "zero_" else [5.0]))
    assert torch.equal(by_name["t"].after, t)
    assert torch.equal(by_name["v"].after, t[0]) and by_name["v"].changed and by_name["v"].shares_memory
    assert torch.equal(by_name["n"].after, t) and by_name["n"].shares_memory
    assert not by_name["c"].changed and not by_name["c"].shares_memory
    assert tensor_info(by_name["v"].after).storage_nbytes == t.untyped_storage().nbytes()
    assert storage(by_name["v"].after) == storage(by_name["t"].after)


def test_autograd_refuses_inplace_on_leaf_and_saved_tensor_but_not_under_no_grad():
    assert "leaf Variable" in inplace.autograd_case([1.0, 2.0], "leaf", "add_", 1.0).error
    assert "modified by an inplace operation" in inplace.autograd_case([1.0, 2.0], "saved", "add_", 1.0).error
    allowed = inplace.autograd_case([1.0, 2.0], "no_grad", "add_", 1.0)
    assert allowed.error is None and torch.equal(allowed.gradient, torch.tensor([2.0, 4.0]))


@pytest.mark.parametrize(("direction", "shared"), [("numpy", True), ("from_numpy", True), ("tensor", False)])
@pytest.mark.parametrize("side", bridge.SIDES)
def test_numpy_bridge_shares_exactly_when_torch_says(direction, shared, side):
    result = bridge.bridge([1.0, 1.0, 1.0], direction, side, 1.0)
    assert result.shares_memory is shared
    changed_tensor = side == "tensor" or shared
    changed_array = side == "array" or shared
    assert torch.equal(result.tensor_after, torch.full((3,), 2.0 if changed_tensor else 1.0))
    assert np.array_equal(result.array_after, np.full(3, 2.0 if changed_array else 1.0, dtype=np.float32))


def test_to_cpu_returns_the_same_tensor():
    moved = devices.move([1, 2, 3], "cpu")
    assert moved.same_object and moved.shares_memory
    assert moved.moved is moved.source


@pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")
def test_to_cuda_copies():
    moved = devices.move([1, 2, 3], "cuda")
    assert not moved.same_object and not moved.shares_memory and moved.moved.device.type == "cuda"
    assert torch.equal(moved.moved.cpu(), moved.source)
