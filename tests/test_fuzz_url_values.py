"""Every URL value a link can carry, fuzzed: a valid setting or a named rejection, never an exception."""

import math

from hypothesis import given
from hypothesis import strategies as st

from dlviz.blocks.sequential import decode_shape, decode_specs, propagate_shapes
from dlviz.playground.settings import URL_NAMES, from_query, to_query
from dlviz.training.settings import TRAINING_URL
from dlviz.url_values import parse_choice, parse_flag, parse_in_range
from tests.fuzzing import outcome, seeded

NUMBER_TEXTS = [
    "0",
    "1",
    "-1",
    "0.5",
    "1e309",
    "-1e309",
    "nan",
    "inf",
    "-inf",
    "1e-320",
    "0x10",
    "1_000",
    "9" * 5000,
]
NUMBER_TEXTS += [
    "2**63",
    "  3  ",
    "",
    "+5",
    "1,2",
    "none",
    "True",
    "10" * 30,
    "8,8,8,8,8,8,8",
    "0,0",
    "16,17",
]
url_text = st.one_of(
    st.sampled_from(NUMBER_TEXTS),
    st.text(max_size=12),
    st.floats(allow_nan=True).map(str),
    st.integers().map(str),
)


def _only_value_errors(function, *args):
    """Return the value, or None when function raises ValueError (the parsers' one way of saying no)."""
    try:
        return function(*args)
    except ValueError:
        return None


@seeded(150)
@given(url_text)
def test_the_shared_parsers_return_a_widget_value_or_raise_value_error(text):
    choice = _only_value_errors(parse_choice, text, (0.001, 0.01, "adam", 3))
    assert choice is None or choice in (0.001, 0.01, "adam", 3)
    for bounds, kind in (((0.0, 1.0, 0.05), float), ((50, 5000, 50), int)):
        value = _only_value_errors(parse_in_range, text, bounds, kind)
        assert value is None or (isinstance(value, kind) and bounds[0] <= value <= bounds[1])
    assert _only_value_errors(parse_flag, text) in (None, True, False)


@seeded(150)
@given(st.dictionaries(st.sampled_from([*URL_NAMES.values(), "other"]), url_text, max_size=8))
def test_a_playground_link_gives_valid_settings_and_names_what_it_rejected(query):
    settings, rejected = from_query(query)
    assert set(rejected) <= set(query)
    again, rejected_again = from_query(to_query(settings))
    assert again == settings and rejected_again == []
    assert all(math.isfinite(value) for value in (settings.noise, settings.learning_rate, settings.reg_rate))


@seeded(150)
@given(
    st.dictionaries(
        st.sampled_from([*(s.name for s in TRAINING_URL.settings), "lang", "other"]), url_text, max_size=8
    )
)
def test_a_training_lab_link_gives_widget_values_and_names_what_it_rejected(query):
    values, rejected = TRAINING_URL.read(query)
    assert set(rejected) <= set(query)
    for setting in TRAINING_URL.settings:
        if setting.key in values:
            assert setting.parse(setting.text(values[setting.key])) == values[setting.key]


LAYER_TEXT = st.lists(
    st.tuples(
        st.sampled_from(
            ["Linear", "Conv2d", "ReLU", "Flatten", "MaxPool2d", "Dropout", "BatchNorm2d", "Nope"]
        ),
        st.lists(st.sampled_from(NUMBER_TEXTS) | st.integers(-3, 64).map(str), max_size=5),
    ).map(lambda t: t[0] + (":" + ",".join(t[1]) if t[1] else "")),
    max_size=6,
).map(";".join)


@seeded(150)
@given(
    LAYER_TEXT | st.text(max_size=30),
    st.sampled_from(NUMBER_TEXTS)
    | st.lists(st.integers(-2, 40)).map(lambda sizes: ",".join(map(str, sizes))),
)
def test_a_building_blocks_link_decodes_to_layers_and_a_shape_or_a_message(layers, shape):
    status, specs = outcome(decode_specs, layers)
    status_shape, input_shape = outcome(decode_shape, shape)
    if status == "ok" and status_shape == "ok":
        outcome(propagate_shapes, specs, input_shape)
