"""User text is parsed with a whitelist: literals, shapes and index expressions; hostile input is refused, never run."""

import pytest
import torch

from dlviz.errors import UserFacingError
from dlviz.limits import LimitExceeded
from dlviz.tensors.indexing import apply_index, parse_index
from dlviz.tensors.parsing import parse_int_tuple, parse_literal, parse_shape

RAN = []


def error_key(function, *args) -> str:
    """Return the i18n key of the UserFacingError that function(*args) raises."""
    with pytest.raises(UserFacingError) as caught:
        function(*args)
    return caught.value.key


def test_nested_list_literal_gives_the_same_tensor_as_torch():
    assert torch.equal(torch.tensor(parse_literal("[[1, 2],[3, 4]]")), torch.tensor([[1, 2], [3, 4]]))


def test_arithmetic_on_numbers_is_allowed_and_computed():
    assert parse_literal("[2**3, -1.5, 1/4, +2]") == [8, -1.5, 0.25, 2]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("__import__('tests.test_tensors_parsing').RAN.append(1)", "tensors.err.dunder"),
        ("().__class__.__bases__[0].__subclasses__()", "tensors.err.dunder"),
        ("open('/tmp/tensors_pwned', 'w')", "tensors.err.call"),
        ("(lambda: RAN.append(1))()", "tensors.err.lambda"),
        ("[RAN.append(1) for _ in [0]]", "tensors.err.comprehension"),
        ("[x for x in range(3)]", "tensors.err.comprehension"),
        ("RAN.append", "tensors.err.attribute"),
        ("(y := 3)", "tensors.err.assignment"),
        ("[nan, 1]", "tensors.err.not_finite"),
        ("[1e999]", "tensors.err.not_finite"),
        ("[inf]", "tensors.err.not_finite"),
        ("[1e300 * 1e300]", "tensors.err.not_finite"),
        ("[[1, 2], [3]]", "tensors.err.ragged"),
        ("[[1, 2], 3]", "tensors.err.ragged"),
        ("[1, 'a']", "tensors.err.not_number"),
        ("[1, 2", "tensors.err.syntax"),
        ("", "tensors.err.empty"),
        ("[]", "tensors.err.empty_list"),
        ("[1j]", "tensors.err.complex"),
        ("[1 / 0]", "tensors.err.division_by_zero"),
        ("[1, 2] * 3", "tensors.err.list_arithmetic"),
        ("os", "tensors.err.name"),
    ],
)
def test_hostile_or_malformed_literals_give_their_message_and_run_nothing(text, key, tmp_path):
    assert error_key(parse_literal, text) == key
    assert RAN == []


def test_open_call_creates_no_file(tmp_path):
    target = tmp_path / "pwned"
    assert error_key(parse_literal, f"open({str(target)!r}, 'w')") == "tensors.err.call"
    assert not target.exists()


def test_enormous_exponent_hits_the_exponent_cap():
    with pytest.raises(LimitExceeded) as caught:
        parse_literal("9**9**9")
    assert caught.value.limit.name == "MAX_EXPONENT"


def test_huge_result_within_the_exponent_cap_is_too_large():
    assert error_key(parse_literal, "(10**60)**60") == "tensors.err.too_large"


def test_long_text_hits_the_text_cap():
    with pytest.raises(LimitExceeded) as caught:
        parse_literal("[" + "1, " * 2000 + "1]")
    assert caught.value.limit.name == "MAX_TEXT_INPUT_CHARS"


def test_deep_nesting_hits_the_dims_cap():
    with pytest.raises(LimitExceeded) as caught:
        parse_literal("[" * 200 + "1" + "]" * 200)
    assert caught.value.limit.name == "MAX_TENSOR_DIMS"


def test_long_chain_of_additions_is_refused_not_crashing():
    with pytest.raises(UserFacingError):
        parse_literal("1" + "+1" * 990)


def test_shape_parses_the_tutorials_trailing_comma_tuple():
    assert parse_shape("(2,3,)") == (2, 3)
    assert parse_shape("4,") == (4,)
    assert parse_shape("[2, 3]") == (2, 3)


def test_shape_refuses_zero_negative_and_floats():
    assert error_key(parse_shape, "(2, 0)") == "tensors.err.negative_size"
    assert error_key(parse_shape, "(2, -3)") == "tensors.err.negative_size"
    assert error_key(parse_shape, "(2.5, 3)") == "tensors.err.not_integer"


def test_huge_shape_hits_the_element_cap():
    with pytest.raises(LimitExceeded) as caught:
        parse_shape("(100000, 100000)")
    assert caught.value.limit.name == "MAX_TENSOR_ELEMENTS"


def test_shape_with_too_many_dims_hits_the_dims_cap():
    with pytest.raises(LimitExceeded):
        parse_shape("1, 1, 1, 1, 1, 1, 1, 1")


def test_reshape_shape_allows_one_minus_one():
    assert parse_shape("(-1, 2)", allow_minus_one=True) == (-1, 2)
    assert error_key(parse_shape, "(-1, -1)") == "tensors.err.negative_size"


def test_int_tuple_of_empty_text_is_empty():
    assert parse_int_tuple("  ") == ()


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("t.__class__", "tensors.err.dunder"),
        ("t[__import__('os')]", "tensors.err.dunder"),
        ("x[0]", "tensors.err.index_form"),
        ("t[0](1)", "tensors.err.call"),
        ("t[len(t)]", "tensors.err.call"),
        ("t[t.sum() > 1]", "tensors.err.attribute"),
        ("t[lambda: 0]", "tensors.err.lambda"),
        ("t[[i for i in [0]]]", "tensors.err.comprehension"),
        ("t[t + 1]", "tensors.err.mask_form"),
        ("t[t > t]", "tensors.err.name"),
        ("t[1.5]", "tensors.err.not_integer"),
        ("t[9**9**9]", "limits.exceeded"),
    ],
)
def test_hostile_index_expressions_are_refused(text, key):
    assert error_key(parse_index, text) == key


def test_out_of_range_index_is_a_translated_error():
    assert error_key(apply_index, (4, 4), "t[9]") == "tensors.err.index"
    assert error_key(apply_index, (4, 4), "t[0, 0, 0]") == "tensors.err.index"
    assert error_key(apply_index, (4, 4), "t[::-1]") == "tensors.err.index"
