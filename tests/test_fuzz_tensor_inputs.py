"""Every Tensor Lab input grammar, fuzzed: each case gives torch's own result or a translated refusal, nothing else."""

import numpy as np
import torch
from hypothesis import given
from hypothesis import strategies as st

from dlviz.tensors import arithmetic, bridge, conversion, creation, inplace, reshaping
from dlviz.tensors.indexing import apply_index
from dlviz.tensors.info import DTYPES
from dlviz.tensors.parsing import parse_int_tuple, parse_literal, parse_shape
from dlviz.tensors.shape_errors import SHAPE_OPS, explain
from tests.fuzzing import assert_same_tensor, literal_text, nested_lists, outcome, reference, seeded

TOKENS = list("[](),.+-*/ 0123456789eTrueFalsNnij_jx") + ["**", "1e309", "None", "2**63", "10**30", "1e-320"]
LITERAL_TEXT = st.lists(st.sampled_from(TOKENS), max_size=30).map("".join)


@seeded(150)
@given(st.one_of(nested_lists().map(literal_text), LITERAL_TEXT, st.text(max_size=30)))
def test_any_literal_text_parses_to_its_value_or_is_refused(text):
    status, value = outcome(parse_literal, text)
    if status == "ok":
        assert isinstance(value, (list, int, float, bool))


@seeded(120)
@given(nested_lists(), st.sampled_from(["auto", *DTYPES]))
def test_create_from_data_matches_torch_tensor(data, dtype):
    status, made = outcome(lambda: creation.from_data(parse_literal(literal_text(data)), dtype))
    expected = reference(torch.tensor, data, dtype=None if dtype == "auto" else DTYPES[dtype])
    if expected is None:
        assert status == "refused"
    elif status == "ok":
        assert_same_tensor(made.tensor, expected)


@seeded(60)
@given(nested_lists())
def test_create_from_numpy_matches_torch_from_numpy(data):
    status, made = outcome(creation.from_numpy, data)
    expected = reference(lambda: torch.from_numpy(np.array(data)))
    if expected is None:
        assert status == "refused"
    elif status == "ok":
        assert_same_tensor(made.tensor, expected)


@seeded(60)
@given(nested_lists(), st.sampled_from(creation.LIKE_FUNCTIONS), st.sampled_from(["keep", *DTYPES]))
def test_create_like_keeps_the_shape_and_picks_the_dtype_torch_picks(data, function, dtype):
    status, made = outcome(creation.from_other, data, function, dtype)
    source = reference(torch.tensor, data)
    if source is None:
        assert status == "refused"
    elif status == "ok":
        assert made.tensor.shape == source.shape
        assert made.tensor.dtype == (source.dtype if dtype == "keep" else DTYPES[dtype])


@seeded(80)
@given(nested_lists(), st.sampled_from(list(DTYPES)), st.booleans())
def test_attribute_conversion_matches_tensor_to(data, target, requires_grad):
    status, result = outcome(conversion.convert, data, target, requires_grad)
    source = reference(torch.tensor, data)
    if source is None:
        assert status == "refused"
    elif status == "ok":
        assert_same_tensor(result.converted.detach(), source.to(DTYPES[target]))


OPS = {"+": torch.add, "-": torch.sub, "*": torch.mul, "/": torch.div, "**": torch.pow}
OPS |= {"@": torch.matmul, "matmul": torch.matmul, "mm": torch.mm}
small_numbers = st.one_of(st.integers(-5, 5), st.floats(-4, 4, allow_nan=False), st.booleans())


@seeded(150)
@given(
    nested_lists(small_numbers) | nested_lists(),
    nested_lists(small_numbers) | nested_lists(),
    st.sampled_from(arithmetic.OPERATORS),
)
def test_arithmetic_matches_torch(a, b, op):
    status, combined = outcome(arithmetic.combine, a, b, op)
    expected = reference(lambda: OPS[op](torch.tensor(a), torch.tensor(b)))
    if expected is None:
        assert status == "refused"
    elif status == "ok":
        assert_same_tensor(combined.result, expected)


@seeded(100)
@given(
    nested_lists(),
    st.sampled_from(arithmetic.REDUCTIONS),
    st.sampled_from([arithmetic.ALL_DIMS, 0, 1, 2, -1]),
    st.booleans(),
)
def test_reductions_match_torch(data, how, dim, keepdim):
    status, reduced = outcome(arithmetic.reduce, data, how, dim, keepdim)
    source = reference(torch.tensor, data)
    if source is None:
        assert status == "refused"
        return
    if how == "mean" and not source.is_floating_point():
        source = source.float()
    call = (lambda: getattr(source, how)()) if dim == "all" else (lambda: getattr(source, how)(dim, keepdim))
    expected = reference(call)
    if expected is None:
        assert status == "refused"
    elif status == "ok":
        expected = expected.values if isinstance(expected, tuple) else expected
        assert_same_tensor(reduced.values, expected)


arguments = st.lists(st.integers(-4, 4) | st.sampled_from([10**20, -(2**63)]), max_size=4)


@seeded(150)
@given(nested_lists(), st.sampled_from(reshaping.RESHAPES), arguments, st.booleans())
def test_reshape_family_matches_torch(data, op, args, transpose_first):
    text = ", ".join(str(a) for a in args)
    status, result = outcome(reshaping.apply_reshape, data, op, text, transpose_first)
    source = reference(torch.tensor, data)
    if source is None:
        assert status == "refused"
        return
    if transpose_first and source.dim() == 2:
        source = source.t()
    expected = reference(lambda: getattr(source, op)(*args))
    if expected is None:
        assert status == "refused" or result.view_error
    elif status == "ok" and not result.view_error:
        assert_same_tensor(result.result, expected)


@st.composite
def index_items(draw):
    """Draw one index item as (text, value for a tensor t): int, slice, None, ..., list, or a mask on t."""
    number = st.integers(-6, 6) | st.sampled_from([0, 2**31, 2**63, 10**30])
    kind = draw(st.sampled_from(["int", "slice", "none", "ellipsis", "list", "mask"]))
    if kind == "int":
        value = draw(number)
        return str(value), value
    if kind == "slice":
        parts = [draw(st.none() | number) for _ in range(3)]
        text = ":".join("" if p is None else str(p) for p in parts)
        return text, slice(*parts)
    if kind == "none":
        return "None", None
    if kind == "ellipsis":
        return "...", Ellipsis
    if kind == "list":
        values = draw(st.lists(number, min_size=1, max_size=4))
        return str(values), values
    bound = draw(st.integers(-3, 20) | st.sampled_from([10**30, -(10**30), 2**63, 2.5, 1e300]))
    comparison = draw(st.sampled_from([">", "<", ">=", "<=", "==", "!="]))
    return f"t {comparison} {bound}", ("mask", comparison, bound)


COMPARE = {">": torch.gt, "<": torch.lt, ">=": torch.ge, "<=": torch.le, "==": torch.eq, "!=": torch.ne}


def _reference_index(t: torch.Tensor, items: list) -> object:
    """Return the index objects for t, turning ('mask', op, bound) into a boolean tensor as Python would compare."""
    values = []
    for value in items:
        if isinstance(value, tuple) and value and value[0] == "mask":
            _, comparison, bound = value
            bound = float(bound) if isinstance(bound, int) and abs(bound) >= 2**63 else bound
            values.append(COMPARE[comparison](t, bound))
        else:
            values.append(value)
    return values


@seeded(200)
@given(
    st.lists(st.integers(0, 5), min_size=1, max_size=3),
    st.lists(index_items(), min_size=1, max_size=4) | st.integers(5, 300).map(lambda n: [("None", None)] * n),
)
def test_index_expressions_match_torch(shape, items):
    text = "t[" + ", ".join(text for text, _ in items) + "]"
    status, indexed = outcome(apply_index, tuple(shape), text)
    t = torch.arange(int(np.prod(shape))).reshape(shape)
    index = _reference_index(t, [value for _, value in items])
    expected = reference(lambda: t[tuple(index)])
    if expected is None:
        assert status == "refused"
    elif status == "ok":
        assert_same_tensor(indexed.result, expected)


@seeded(60)
@given(st.text(max_size=40))
def test_any_index_text_is_read_or_refused(text):
    outcome(apply_index, (3, 4), text)
    outcome(apply_index, (3, 4), f"t[{text}]")


@seeded(60)
@given(LITERAL_TEXT | st.lists(st.integers() | st.sampled_from([-1, 0])).map(str))
def test_shape_and_argument_texts_parse_or_are_refused(text):
    outcome(parse_int_tuple, text)
    status, shape = outcome(parse_shape, text, True)
    if status == "ok":
        assert all(size > 0 or size == -1 for size in shape)


@seeded(100)
@given(
    st.sampled_from(SHAPE_OPS),
    st.lists(st.integers(1, 5), max_size=4),
    st.lists(st.integers(1, 5), max_size=4),
    st.integers(-3, 2),
)
def test_the_shape_error_explainer_agrees_with_torch(op, shape_a, shape_b, dim):
    status, diagnosis = outcome(explain, op, tuple(shape_a), tuple(shape_b), dim)
    if status == "ok":
        a, b = torch.empty(shape_a, device="meta"), torch.empty(shape_b, device="meta")
        run = {"@": torch.matmul, "cat": lambda x, y: torch.cat([x, y], dim)}.get(op, OPS.get(op))
        assert diagnosis.ok == (reference(run, a, b) is not None)


@seeded(60)
@given(
    nested_lists(),
    st.sampled_from(inplace.INPLACE_OPS),
    st.floats(-10, 10),
    st.sampled_from(inplace.AUTOGRAD_CASES),
)
def test_inplace_sections_match_torch_or_refuse(data, op, value, case):
    status, result = outcome(inplace.apply_inplace, data, op, value)
    expected = reference(torch.tensor, data, dtype=torch.float32)
    if expected is not None and expected.dim() > 0 and status == "ok":
        getattr(expected, op)(*([] if op == "zero_" else [value]))
        assert_same_tensor(result.observers[0].after, expected)
    outcome(inplace.autograd_case, data, case, op, value)


@seeded(60)
@given(nested_lists(), st.sampled_from(bridge.DIRECTIONS), st.sampled_from(bridge.SIDES), st.floats(-5, 5))
def test_numpy_bridge_adds_where_torch_adds_or_refuses(data, direction, side, amount):
    status, result = outcome(bridge.bridge, data, direction, side, amount)
    if status == "ok" and result.shares_memory:
        assert np.array_equal(result.tensor_after.numpy(), result.array_after, equal_nan=True)
