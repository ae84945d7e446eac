"""Shared hypothesis strategies and checks for the input-grammar property tests (seeded, a fixed number of examples)."""

from __future__ import annotations

import torch
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from dlviz.errors import UserFacingError
from dlviz.i18n import catalog


def seeded(examples: int):
    """Return hypothesis settings: deterministic (derandomized), a fixed number of examples, no deadline."""
    return settings(
        max_examples=examples,
        deadline=None,
        derandomize=True,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


EDGE_INTEGERS = [
    0,
    1,
    -1,
    127,
    128,
    -129,
    255,
    256,
    2**31,
    2**53 + 1,
    2**63 - 1,
    2**63,
    -(2**63),
    -(2**63) - 1,
]
EDGE_INTEGERS += [2**64, 10**30, -(10**30), 10**300]
EDGE_FLOATS = [0.0, -0.0, 0.5, -2.5, 1e-320, 5e-324, 1e-45, 65504.0, 65520.0, 3.5e38, 1e300, 1.7e308, -1e308]

numbers = st.one_of(
    st.sampled_from(EDGE_INTEGERS),
    st.sampled_from(EDGE_FLOATS),
    st.integers(-300, 300),
    st.floats(allow_nan=False, allow_infinity=False, width=64),
    st.booleans(),
)


@st.composite
def nested_lists(draw, elements=numbers, max_dims: int = 3, max_side: int = 3):
    """Draw a rectangular nested list (or a single number) with sides of 1..max_side."""
    shape = draw(st.lists(st.integers(1, max_side), max_size=max_dims))

    def fill(dims):
        if not dims:
            return draw(elements)
        return [fill(dims[1:]) for _ in range(dims[0])]

    return fill(shape)


def literal_text(value) -> str:
    """Return the text a visitor would type for a nested list of numbers."""
    return repr(value)


def assert_user_facing(error: UserFacingError) -> None:
    """Check that a refusal is translated: its key (and every *_key parameter) is in the catalog."""
    assert error.key in catalog(), error.key
    for name, value in error.params.items():
        if name.endswith("_key"):
            assert value in catalog(), value


def outcome(function, *args, **kwargs):
    """Return ('ok', result) or ('refused', error) for a UserFacingError; any other exception fails the test."""
    try:
        return "ok", function(*args, **kwargs)
    except UserFacingError as error:
        assert_user_facing(error)
        return "refused", error


def reference(function, *args, **kwargs):
    """Return torch's own result, or None when torch (or Python) raises."""
    try:
        return function(*args, **kwargs)
    except Exception:
        return None


def assert_same_tensor(ours: torch.Tensor, theirs: torch.Tensor) -> None:
    """Assert two tensors are equal in shape, dtype and value (NaN equal to NaN)."""
    assert ours.dtype == theirs.dtype, (ours.dtype, theirs.dtype)
    assert ours.shape == theirs.shape, (ours.shape, theirs.shape)
    torch.testing.assert_close(ours, theirs, rtol=0, atol=0, equal_nan=True)
