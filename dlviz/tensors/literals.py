"""torch.tensor and np.array of a parsed literal: a number its dtype cannot hold is named in a translated error."""

from __future__ import annotations

import numpy as np
import torch

from dlviz.errors import UserFacingError, as_user_error
from dlviz.tensors.info import dtype_name

FLOAT_HINT = "tensors.hint.float_literal"
WIDER_HINT = "tensors.hint.wider_dtype"


def literal_tensor(data, dtype: torch.dtype | None = None) -> torch.Tensor:
    """Return torch.tensor(data, dtype=dtype); a value torch refuses becomes a UserFacingError naming it."""
    try:
        return torch.tensor(data, dtype=dtype)
    except (RuntimeError, ValueError, TypeError, OverflowError) as error:
        refused = _out_of_range(
            data, dtype or _inferred_dtype(data), FLOAT_HINT if dtype is None else WIDER_HINT
        )
        raise (refused or as_user_error(error)) from error


def literal_array(data) -> np.ndarray:
    """Return np.array(data) when NumPy makes it a number type torch can share (int64, float64, bool)."""
    array = np.array(data)
    if array.dtype.kind not in "bif" or array.dtype == np.uint64:
        refused = _out_of_range(data, torch.int64, FLOAT_HINT)
        raise refused or UserFacingError("errors.invalid", detail=f"NumPy made an array of {array.dtype}")
    return array


def _numbers(data):
    """Yield the numbers of a nested list, iteratively."""
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        else:
            yield item


def _inferred_dtype(data) -> torch.dtype:
    """Return the dtype torch.tensor infers: bool for bools only, float32 with any float, else int64."""
    numbers = list(_numbers(data))
    if all(isinstance(number, bool) for number in numbers):
        return torch.bool
    if any(isinstance(number, float) for number in numbers):
        return torch.get_default_dtype()
    return torch.int64


def _out_of_range(data, dtype: torch.dtype, hint_key: str) -> UserFacingError | None:
    """Return the error naming the first number outside an integer dtype's range, or None if all fit."""
    if dtype.is_floating_point or dtype.is_complex or dtype == torch.bool:
        return None
    info = torch.iinfo(dtype)
    for number in _numbers(data):
        if not info.min <= number <= info.max or (info.min == 0 and number < 0):
            return UserFacingError(
                "tensors.err.out_of_range",
                value=_short(number),
                dtype=dtype_name(dtype),
                low=info.min,
                high=info.max,
                hint_key=hint_key,
            )
    return None


def _short(number) -> str:
    """Return a number as short text: huge integers by their first digits and their length."""
    text = str(number)
    if len(text) <= 24:
        return text
    digits = len(text.lstrip("-"))
    return f"{float(number):.3g} ({digits} digits)" if digits < 300 else f"{text[:8]}… ({digits} digits)"
