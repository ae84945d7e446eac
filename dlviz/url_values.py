"""Settings as URL query text and back: short number text, and parsers that accept only a widget's own values."""

from __future__ import annotations

import math


def number_text(value) -> str:
    """Return a short text for a setting: 1/0 for flags, 0.03, 1e-05, 8 for numbers, str() otherwise."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def parse_choice(text: str, choices):
    """Return the choice equal to text (numbers compared by value); raise ValueError if none."""
    for choice in choices:
        if isinstance(choice, str):
            if text == choice:
                return choice
        elif math.isclose(float(text), choice, rel_tol=1e-9, abs_tol=1e-12):
            return choice
    raise ValueError(text)


def parse_in_range(text: str, bounds: tuple, kind):
    """Return text as kind if it lies on the grid start..stop by step; raise ValueError otherwise."""
    start, stop, step = bounds
    number = float(text)
    if not math.isfinite(number):
        raise ValueError(text)
    value = kind(number)
    steps = (value - start) / step
    if not start <= value <= stop or not math.isclose(steps, round(steps), abs_tol=1e-6):
        raise ValueError(text)
    return round(value, 4) if kind is float else value


def parse_flag(text: str) -> bool:
    """Return True for '1', False for '0'; raise ValueError otherwise."""
    if text not in ("0", "1"):
        raise ValueError(text)
    return text == "1"
