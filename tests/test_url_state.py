"""One URL mechanism for every lab: tables of settings whose values parse only what a widget could show."""

import pytest

from dlviz.url_state import Choice, Custom, Flag, Range, UrlSetting, UrlTable

CAP = {"value": 10}
TABLE = UrlTable.of(
    [
        UrlSetting("n", "lab_n", Range(2, lambda: CAP["value"], 2, 4, int)),
        UrlSetting("rate", "lab_rate", Range(0.0, 1.0, 0.25, 0.5)),
        UrlSetting("kind", "lab_kind", Choice(("a", "b"), "a")),
        UrlSetting("size", "lab_size", Choice(lambda: [s for s in (8, 16, 32) if s <= CAP["value"] * 2], 8)),
        UrlSetting("on", "lab_on", Flag(True)),
        UrlSetting(
            "shape",
            "lab_shape",
            Custom(lambda t: tuple(int(p) for p in t.split(",")), lambda v: ",".join(map(str, v))),
        ),
    ]
)


def test_values_round_trip_through_the_query():
    state = {
        "lab_n": 6,
        "lab_rate": 0.75,
        "lab_kind": "b",
        "lab_size": 16,
        "lab_on": False,
        "lab_shape": (1, 28, 28),
    }
    query = TABLE.write(state)
    assert query == {"n": "6", "rate": "0.75", "kind": "b", "size": "16", "on": "0", "shape": "1,28,28"}
    assert TABLE.read(query) == (state, [])


@pytest.mark.parametrize(
    "name, text",
    [
        ("n", "3"),
        ("n", "12"),
        ("n", "nan"),
        ("rate", "0.3"),
        ("rate", "inf"),
        ("kind", "c"),
        ("size", "32"),
        ("on", "yes"),
        ("shape", "1,x"),
    ],
)
def test_values_off_the_grid_outside_the_options_or_above_a_cap_are_named(name, text):
    assert TABLE.read({name: text}) == ({}, [name])


def test_a_cap_is_read_when_parsing():
    CAP["value"] = 20
    try:
        assert TABLE.read({"n": "12", "size": "32"}) == ({"lab_n": 12, "lab_size": 32}, [])
    finally:
        CAP["value"] = 10


def test_other_parameters_are_left_alone_and_names_must_be_unique():
    assert TABLE.read({"lang": "zh", "other": "1"}) == ({}, [])
    with pytest.raises(ValueError):
        UrlTable.of([UrlSetting("x", "a", Flag()), UrlSetting("x", "b", Flag())])
    assert TABLE["kind"].key == "lab_kind"
