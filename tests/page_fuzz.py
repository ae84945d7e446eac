"""A seeded random walk over a page's widgets, as a curious visitor would click and type, for the AppTest fuzz tests."""

from __future__ import annotations

import random

from streamlit.testing.v1 import AppTest

# The sidebar's widgets, drawn on every page: fuzzed on their own (the data folder box in tests/test_data_folder.py).
SHARED_KEYS = {"shared_lang_widget", "shared_device_widget", "shared_seed_widget", "shared_data_dir_widget"}
CHOICE_KINDS = ("selectbox", "radio", "select_slider")
WIDGET_KINDS = ("text_input", "number_input", *CHOICE_KINDS, "slider", "checkbox", "toggle", "multiselect")

# What visitors type: the examples, edge numbers, hostile text, other scripts, very long input.
NASTY = [
    "[10**30]", "[2**63]", "[300, -1]", "[1e300]", "[True] ", "[[True]]", "5", "[]", "", "   ", "[[1, 2], [3]]",
    "1" + "0" * 400, "(-1)**0.5", "t[:, 20:]", "t[2:2]", "t[t > 10**30]", "t[" + "None, " * 300 + "]",
    "nan", "inf", "1e309", "-0.0", "[1e-320]", "[[[[[[[1]]]]]]]", "[" * 200 + "]" * 200, "__import__('os')",
    "x" * 2000, "0", "-1", "2**64", "[-2**63 - 1]", "中文", "\x1b[1mbold\x1b[0m", "None", "randn(100000)",
    "zeros(0)", "randn(0)", "arange(10**9)", "x[5:].max()", "x.mm(x)", "*".join(["x"] * 250),
    "clamp(x.reshape(20000, 1), min=x.reshape(1, 20000))", "1, 2, 3, 4, 5, 6, 7", "0, 0", "-1, -1", "10**30",
    "[1.5, 2.5]", "[[1, 2], [3, 4]]", "x ** 0.5", "x / 0", "[3.4e38 * 10]", "t[::10**30]", "t[[9]]", "t[t % 0 > 1]",
]  # fmt: skip
TOKENS = ["[", "]", "(", ")", ",", ":", "1", "0", "-", "+", "*", "**", "/", ".", "e", "5", "True", "None", "t", "x",
          "w", "sum()", "1e308", "2**63", " ", "sin(", "max(", "...", "t > 3", "randn(", "10**30"]  # fmt: skip


def generated_texts(rng: random.Random, count: int) -> list[str]:
    """Return count strings of random tokens (a deterministic stream for a given rng)."""
    return ["".join(rng.choice(TOKENS) for _ in range(rng.randint(1, 14))) for _ in range(count)]


def _widgets(at: AppTest, skip: set[str], clicks: tuple[str, ...] = ()) -> list:
    """Return the page's widgets a visitor can change, except the skipped keys, and the buttons named by clicks."""
    found = [button for button in at.button if clicks and (button.key or "").startswith(clicks)]
    for kind in WIDGET_KINDS:
        found += [
            widget
            for widget in getattr(at, kind)
            if widget.key and widget.key not in skip and not getattr(widget.proto, "disabled", False)
        ]
    return found


def _stands_for_itself(widget, label: str) -> bool:
    """Return whether the widget's format function maps this label to itself (then the label can be picked)."""
    try:
        return widget.format_func(label) == label
    except (TypeError, ValueError, KeyError):
        return False


def _label(widget, rng: random.Random):
    """Return an option label to pick as a browser would, or None when the labels cannot stand for the values."""
    labels = [label for label in widget.options if _stands_for_itself(widget, label)]
    return rng.choice(labels) if labels else None


def _new_value(widget, rng: random.Random, texts: list[str]):
    """Return a value a visitor could give this widget (None: leave it alone)."""
    kind = widget.type
    if kind == "button":
        return None if widget.proto.disabled else "click"
    if kind == "text_input":
        return rng.choice(texts)
    if kind in CHOICE_KINDS:
        return None if isinstance(widget.value, (list, tuple)) else _label(widget, rng)
    if kind in ("number_input", "slider"):
        proto = widget.proto
        if isinstance(widget.value, (list, tuple)):
            return None
        low = proto.min if kind == "slider" or proto.has_min else -1e6
        high = proto.max if kind == "slider" or proto.has_max else 1e6
        value = rng.choice([low, high, low + (high - low) * rng.random()])
        step = proto.step or 1
        value = low + round((value - low) / step) * step
        return int(value) if proto.data_type == 0 else float(value)
    if kind in ("checkbox", "toggle"):
        return not widget.value
    if kind == "multiselect":
        labels = [label for label in widget.options if _stands_for_itself(widget, label)]
        return rng.sample(labels, rng.randint(0, len(labels))) if labels else None
    return None


def random_walk(
    at: AppTest,
    rng: random.Random,
    steps: int,
    texts: list[str],
    skip: set[str] = frozenset(),
    clicks: tuple[str, ...] = (),
) -> list:
    """Change a random widget `steps` times (text boxes twice as often), clicking the buttons whose keys start
    with clicks, asserting after each run that no exception element appears; return the (key, value) path."""
    path = []
    for _ in range(steps):
        widgets = _widgets(at, SHARED_KEYS | set(skip), clicks)
        boxes = [widget for widget in widgets if widget.type == "text_input"]
        widget = rng.choice(boxes if boxes and rng.random() < 0.5 else widgets)
        value = _new_value(widget, rng, texts)
        if value is None:
            continue
        path.append((widget.key, value))
        (widget.click() if value == "click" else widget.set_value(value)).run()
        assert not at.exception, (path[-6:], at.exception[0].value, at.exception[0].stack_trace[-3:])
    return path


def type_into_every_box(at: AppTest, rng: random.Random, texts: list[str], per_box: int) -> None:
    """Type per_box texts into each text box on the page (restoring it after), asserting no exception appears."""
    for key in [box.key for box in at.text_input if box.key and box.key not in SHARED_KEYS]:
        boxes = [box for box in at.text_input if box.key == key]
        if not boxes:
            continue
        original = boxes[0].value
        for text in rng.sample(texts, per_box):
            at.text_input(key=key).set_value(text).run()
            assert not at.exception, (key, text, at.exception[0].value, at.exception[0].stack_trace[-3:])
        if any(box.key == key for box in at.text_input):
            at.text_input(key=key).set_value(original).run()
