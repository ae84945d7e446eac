"""Errors that carry a translation key, and the net that turns torch, NumPy and Python errors into them."""

from __future__ import annotations

import re
from contextlib import contextmanager

DETAIL_CHARS = 240
TERMINAL_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]")
# Errors that bad values make torch, NumPy and Python raise; anything else (KeyError, AttributeError...) is a bug.
VALUE_ERRORS = (ArithmeticError, ValueError, TypeError, RuntimeError, IndexError, MemoryError, RecursionError)


class UserFacingError(Exception):
    """An error whose message is an i18n key plus format parameters."""

    def __init__(self, key: str, **params):
        super().__init__(f"{key} {params}" if params else key)
        self.key = key
        self.params = params


def clean_message(error: BaseException | str, limit: int = DETAIL_CHARS) -> str:
    """Return an error's text on one line, without terminal escape codes, cut to limit characters."""
    text = error if isinstance(error, str) else str(error)
    text = " ".join(TERMINAL_ESCAPES.sub("", text).split())
    if not text and not isinstance(error, str):
        text = type(error).__name__
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_REASONS = (
    ("errors.out_of_memory", ("can't allocate memory", "not enough memory", "out of memory")),
    ("errors.overflow", ("overflow", "too large to convert", "int too big", "too big to convert")),
    ("errors.complex", ("'complex'", "complex number", "complexfloat", "complexdouble", "to complex")),
    ("errors.unsupported_dtype", ("not implemented for", "not supported", "unsupported")),
    ("errors.empty", ("numel() == 0", "zero-size", "empty")),
)


def reason_key(error: BaseException) -> str:
    """Return the i18n key naming why torch, NumPy or Python refused a value."""
    if isinstance(error, MemoryError):
        return "errors.out_of_memory"
    if isinstance(error, OverflowError):
        return "errors.overflow"
    if isinstance(error, ZeroDivisionError):
        return "errors.division_by_zero"
    if isinstance(error, RecursionError):
        return "errors.too_deep"
    text = str(error).lower()
    for key, fragments in _REASONS:
        if any(fragment in text for fragment in fragments):
            return key
    if isinstance(error, NotImplementedError):
        return "errors.unsupported_dtype"
    if isinstance(error, IndexError):
        return "errors.index"
    return "errors.invalid"


def as_user_error(error: BaseException) -> UserFacingError:
    """Return error as a UserFacingError: a translated reason plus torch's own text, cleaned, as the detail."""
    if isinstance(error, UserFacingError):
        return error
    return UserFacingError(reason_key(error), detail=clean_message(error))


@contextmanager
def value_errors():
    """Turn the errors bad values raise inside the block (or a decorated function) into UserFacingErrors."""
    try:
        yield
    except UserFacingError:
        raise
    except VALUE_ERRORS as error:
        raise as_user_error(error) from error
