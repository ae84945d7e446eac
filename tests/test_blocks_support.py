"""Helpers shared by the Building blocks tests (this module holds no tests itself)."""

import base64

import numpy as np
import plotly.io as pio

from tests.conftest import open_page

PAGE = "pages/building_blocks.py"


def open_section(section: str, lang: str = "en"):
    """Open the Building blocks page on a section and return the AppTest."""
    at = open_page(PAGE, lang)
    at.radio(key="blocks_section").set_value(section).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def chart(at, key: str):
    """Return the plotly figure drawn under a widget key."""
    for element in at.get("plotly_chart"):
        if element.proto.id.endswith(f"-{key}"):
            return pio.from_json(element.proto.spec)
    raise AssertionError(f"no chart {key}")


def values(array) -> np.ndarray:
    """Return a trace array as numpy, decoding plotly's typed-array form."""
    if isinstance(array, dict) and "bdata" in array:
        data = np.frombuffer(base64.b64decode(array["bdata"]), dtype=np.dtype(array["dtype"])).copy()
        if "shape" in array:
            shape = array["shape"]
            shape = [int(n) for n in shape.split(",")] if isinstance(shape, str) else shape
            data = data.reshape(shape)
        return data
    plain = np.asarray(array)
    if plain.dtype == object:  # plotly before 6 keeps gaps as None: read them as nan, as 6's typed arrays do
        return np.array([[np.nan if v is None else v for v in row] for row in plain], dtype=float)
    return plain


def run_code(code: str) -> dict:
    """Execute a code panel's text (trusted: the app generated it) and return its namespace."""
    namespace: dict = {}
    exec(compile(code, "<code panel>", "exec"), namespace)  # noqa: S102
    return namespace


def texts(elements) -> str:
    """Return the values of markdown/caption/error elements joined."""
    return "\n".join(str(e.value) for e in elements)
