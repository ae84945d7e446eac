"""Each lab, fuzzed through its widgets and its URL (seeded, a fixed number of steps): no exception element ever appears.

Every text box gets the issue's inputs and generated ones; the other widgets are changed at random in between, so
the inputs meet every dtype, operator and section. The section guard re-raises in tests (DLVIZ_RAISE_UNEXPECTED),
so anything it would catch for a visitor fails here.
"""

import random

import pytest
from streamlit.testing.v1 import AppTest

from tests.conftest import APP_TIMEOUT, OTHER_LANGUAGES, ROOT
from tests.page_fuzz import NASTY, generated_texts, random_walk, type_into_every_box

TENSOR_SECTIONS = ["create", "attributes", "index", "join", "arithmetic", "reshape", "inplace", "numpy"]
TENSOR_SECTIONS += ["devices", "shape_errors"]
AUTOGRAD_SECTIONS = ["expression", "graph", "steps", "check", "accumulate", "tracking", "custom", "descent"]


def open_with_url(page: str, query: dict[str, str]) -> AppTest:
    """Run the app on a page as a link with this query string opens it."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    for name, value in query.items():
        at.query_params[name] = value
    at.run()
    at.switch_page(page)
    at.run()
    assert not at.exception, at.exception[0].value
    return at


def texts_for(seed: int, generated: int = 12) -> tuple[random.Random, list[str]]:
    """Return a seeded generator and the texts to type: the fixed nasty ones and generated ones."""
    rng = random.Random(seed)
    return rng, NASTY + generated_texts(rng, generated)


def test_tensor_lab_every_box_in_every_section():
    rng, texts = texts_for(16)
    at = open_with_url("pages/tensor_lab.py", {"lang": "en"})
    for section in TENSOR_SECTIONS:
        at.radio(key="tensors_section").set_value(section).run()
        type_into_every_box(at, rng, texts, per_box=4)
        random_walk(at, rng, 8, texts, skip={"tensors_section"})


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_autograd_lab_every_box_in_every_section(lang):
    rng, texts = texts_for(17)
    at = open_with_url("pages/autograd_lab.py", {"lang": lang})
    for section in AUTOGRAD_SECTIONS:
        at.radio(key="autograd_section").set_value(section).run()
        type_into_every_box(at, rng, texts, per_box=3)
        random_walk(at, rng, 6, texts, skip={"autograd_section"})


BLOCK_BUTTONS = ("blocks_add", "blocks_up_", "blocks_down_", "blocks_remove_")


@pytest.mark.parametrize(
    ("page", "lang", "query", "steps", "clicks"),
    [
        *[("pages/graphs_lab.py", lang, {"graphs_tab": "no such tab"}, 20, ()) for lang in OTHER_LANGUAGES],
        ("pages/building_blocks.py", "en", {"section": "sequential", "layers": "Linear:1e309;Conv2d:-1,0",
                                            "input": "0,0"}, 40, BLOCK_BUTTONS),
        *[("pages/data_lab.py", lang, {"section": "gallery'; drop"}, 30, ()) for lang in OTHER_LANGUAGES],
        ("pages/optimizer_arena.py", "en", {"section": "\x1b[1m"}, 30, ()),
        ("pages/playground.py", "en", {"hidden": "16,17", "n": "inf", "seed": "-1", "lr": "nan", "features": ""}, 20,
         ("playground_reset",)),
        *[("pages/training_lab.py", lang, {"lr": "nan", "epochs": "1e309", "batch": "-1", "points": "9" * 5000}, 15, ())
          for lang in OTHER_LANGUAGES],
    ],
)  # fmt: skip
def test_every_other_lab_through_its_url_and_widgets(page, lang, query, steps, clicks):
    rng, texts = texts_for(len(page) + steps)
    at = open_with_url(page, {"lang": lang, **query})
    if page == "pages/training_lab.py":
        at.toggle(key="training_auto").set_value(False).run()
    type_into_every_box(at, rng, texts, per_box=3)
    random_walk(at, rng, steps, texts, skip={"training_auto"}, clicks=clicks)


@pytest.mark.parametrize(
    ("page", "query"),
    [
        ("pages/tensor_lab.py", {"section": "index", "lang": "xx"}),
        ("pages/autograd_lab.py", {"autograd_section": "custom", "autograd_preset": "\x1b[1m" + "9" * 3000}),
    ],
)
def test_links_with_unknown_values_open_the_default(page, query):
    open_with_url(page, query)
