"""The Sequential builder: shapes propagate as torch computes them, and breaks are explained."""

import pytest
import torch
from hypothesis import given, settings
from hypothesis import strategies as st
from torch import nn

from dlviz.blocks.sequential import (
    LAYER_KINDS,
    PRESETS,
    decode_shape,
    decode_specs,
    encode_specs,
    flow_dot,
    make_spec,
    propagate_shapes,
    sequential_code,
    shape_problem,
)
from dlviz.errors import UserFacingError
from dlviz.i18n import t
from dlviz.limits import LimitExceeded
from tests.conftest import OTHER_LANGUAGES, open_page, text_pattern
from tests.test_blocks_support import PAGE, open_section, run_code

SMALL = {
    "in_features": (1, 40),
    "out_features": (1, 12),
    "in_channels": (1, 4),
    "out_channels": (1, 4),
    "num_features": (1, 12),
    "kernel_size": (1, 6),
    "stride": (1, 3),
    "padding": (0, 3),
    "dim": (-1, 3),
}


@st.composite
def layer_specs(draw):
    kind = draw(st.sampled_from(list(LAYER_KINDS)))
    args = []
    for param in LAYER_KINDS[kind].params:
        if param.is_float:
            args.append(draw(st.sampled_from([0.0, 0.25, 0.5])))
        else:
            lo, hi = SMALL[param.name]
            args.append(draw(st.integers(lo, hi)))
    return make_spec(kind, *args)


def real_shapes(specs, shape):
    """Run the layers on real CPU zeros; return the output shapes, stopping at the first error."""
    x, shapes = torch.zeros(shape), []
    for spec in specs:
        try:
            x = LAYER_KINDS[spec.kind].build(*spec.args).train()(x)
        except (RuntimeError, ValueError, IndexError):
            shapes.append(None)
            break
        shapes.append(tuple(x.shape))
    return shapes


@settings(max_examples=150, deadline=None)
@given(
    st.lists(layer_specs(), min_size=1, max_size=5),
    st.sampled_from([(2, 1, 8, 8), (1, 3, 6, 5), (3, 2, 12, 12), (4, 12), (1, 6), (2, 40)]),
)
def test_propagated_shapes_equal_torch_and_every_break_is_explained_by_our_rules(specs, shape):
    steps = propagate_shapes(specs, shape)
    assert [s.out_shape for s in steps] == real_shapes(specs, shape)
    for step in steps:
        if step.out_shape is None:
            assert step.problem != "blocks.shape.torch", (step.spec.label, step.in_shape)


def test_seed_networks_give_their_known_shapes_and_parameter_counts():
    shape, specs = PRESETS["seed000_neural_network"]
    steps = propagate_shapes(specs, shape)
    assert steps[-1].out_shape == (8, 10)
    assert sum(s.parameters for s in steps) == 669_706
    shape, specs = PRESETS["seed001_digit_recognizer"]
    steps = propagate_shapes(specs, shape)
    assert steps[6].out_shape == (8, 64 * 12 * 12)
    assert steps[-1].out_shape == (8, 10)
    shape, specs = PRESETS["seed002_simple_net"]
    assert propagate_shapes(specs, shape)[-1].out_shape == (5, 1)


def test_common_layers_chained_break_at_the_linear_and_suggest_flatten():
    shape, specs = PRESETS["seed001_common_layers"]
    steps = propagate_shapes(specs, shape)
    broken = steps[-1]
    assert broken.index == 2 and broken.out_shape is None
    assert broken.problem == "blocks.shape.linear_in"
    assert broken.problem_params["actual"] == 15 and broken.problem_params["expected"] == 100
    assert broken.hint == "blocks.hint.flatten" and broken.hint_params["flat"] == 16 * 15 * 15


@pytest.mark.parametrize(
    ("spec", "shape", "problem"),
    [
        (make_spec("Conv2d", 1, 4, 3, 1, 0), (8, 784), "blocks.shape.needs_image"),
        (make_spec("Conv2d", 3, 4, 3, 1, 0), (8, 1, 28, 28), "blocks.shape.channels"),
        (make_spec("Conv2d", 1, 4, 9, 1, 0), (8, 1, 6, 6), "blocks.shape.window"),
        (make_spec("MaxPool2d", 2, 2, 2), (8, 1, 6, 6), "blocks.shape.pool_padding"),
        (make_spec("BatchNorm1d", 10), (1, 10), "blocks.shape.bn_batch"),
        (make_spec("BatchNorm2d", 4), (8, 4), "blocks.shape.needs_image"),
        (make_spec("BatchNorm1d", 4), (8, 4, 2, 2), "blocks.shape.needs_features"),
        (make_spec("Softmax", 3), (8, 10), "blocks.shape.dim"),
        (make_spec("Linear", 20, 3), (8, 10), "blocks.shape.linear_in"),
    ],
)
def test_each_kind_of_break_is_named(spec, shape, problem):
    assert shape_problem(spec, shape)[0] == problem
    model = LAYER_KINDS[spec.kind].build(*spec.args)
    with pytest.raises((RuntimeError, ValueError, IndexError)):
        model(torch.zeros(shape))


def test_out_of_range_arguments_and_caps_are_refused():
    with pytest.raises(UserFacingError) as error:
        make_spec("Linear", 0, 10)
    assert error.value.key == "blocks.err.param_range"
    with pytest.raises(UserFacingError):
        make_spec("Nope")
    with pytest.raises(LimitExceeded):
        propagate_shapes([make_spec("ReLU")] * 100, (2, 3))
    with pytest.raises(LimitExceeded):
        propagate_shapes([make_spec("ReLU")], (2, 10**6))
    with pytest.raises(UserFacingError):
        propagate_shapes([make_spec("ReLU")], (2, 3, 4))


def test_code_panel_builds_the_same_network():
    shape, specs = PRESETS["seed001_digit_recognizer"]
    namespace = run_code(sequential_code(specs, shape))
    model = namespace["model"]
    assert isinstance(model, nn.Sequential) and len(model) == len(specs)
    assert tuple(namespace["x"].shape) == propagate_shapes(specs, shape)[-1].out_shape
    assert sum(p.numel() for p in model.parameters()) == sum(
        s.parameters for s in propagate_shapes(specs, shape)
    )


def test_flow_graph_marks_the_broken_layer():
    shape, specs = PRESETS["seed001_common_layers"]
    dot = flow_dot(propagate_shapes(specs, shape), shape, "input")
    assert 'l2 [label="2: Linear(100, 50)", fillcolor="#fde2e1"]' in dot
    assert "(8, 16, 15, 15)" in dot


def test_page_explains_the_break_then_inserting_flatten_and_fixing_in_features_repairs_it():
    at = open_section("sequential")
    assert "layer 2" in at.error[0].value and "3600" in at.error[0].value
    at.selectbox(key="blocks_new_kind").set_value("Flatten").run()
    at.selectbox(key="blocks_new_position").set_value(2).run()
    at.button(key="blocks_add").click().run()
    assert "layer 3" in at.error[0].value and "Set in_features to 3600" in at.error[0].value
    at.button(key="blocks_remove_3").click().run()
    at.selectbox(key="blocks_new_kind").set_value("Linear").run()
    at.number_input(key="blocks_new_Linear_in_features").set_value(3600).run()
    at.number_input(key="blocks_new_Linear_out_features").set_value(50).run()
    at.selectbox(key="blocks_new_position").set_value(3).run()
    at.button(key="blocks_add").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert "(8, 50)" in at.success[0].value
    namespace = run_code(at.code[0].value)
    assert tuple(namespace["x"].shape) == (8, 50)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_page_moves_layers_and_loads_presets(lang):
    at = open_section("sequential", lang)
    at.selectbox(key="blocks_preset").set_value("seed002_simple_net").run()
    assert at.radio(key="blocks_in_rank").value == "features"
    assert "(5, 1)" in at.success[0].value
    at.button(key="blocks_down_0").click().run()
    assert "nn.ReLU(),\n    nn.Linear(10, 50)" in at.code[0].value
    assert not at.exception
    at.number_input(key="blocks_in_F").set_value(12).run()
    assert text_pattern("blocks.seq.broken_at", lang, index=1).search(at.error[0].value)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_page_caps_the_input_size_with_a_translated_message(lang):
    at = open_section("sequential", lang)
    at.number_input(key="blocks_in_C").set_value(64).run()
    at.number_input(key="blocks_in_H").set_value(128).run()
    at.number_input(key="blocks_in_W").set_value(128).run()
    assert not at.exception
    assert t("limits.max_layer_features", lang) in at.error[0].value and "65536" in at.error[0].value


def test_page_stops_adding_layers_at_the_cap():
    at = open_section("sequential")
    at.selectbox(key="blocks_new_kind").set_value("ReLU").run()
    for _ in range(10):
        at.button(key="blocks_add").click().run()
    assert not at.exception
    assert at.button(key="blocks_add").disabled
    assert "at most 16 layers" in "\n".join(c.value for c in at.caption)
    assert len([b for b in at.button if b.key and b.key.startswith("blocks_remove_")]) == 16


@pytest.mark.parametrize("name", list(PRESETS))
def test_url_text_round_trips_every_preset(name):
    shape, specs = PRESETS[name]
    assert decode_specs(encode_specs(specs)) == specs
    assert decode_shape(",".join(map(str, shape))) == shape


@pytest.mark.parametrize(
    "text", ["Linear:abc,3", "Nope:1", "Linear:1e999,3", "Linear:1,2,3", "Conv2d:1,8,99,1,0", "ReLU;" * 2000]
)
def test_hostile_url_layers_give_a_clear_error(text):
    with pytest.raises(UserFacingError):
        decode_specs(text)


def test_a_link_reproduces_the_network():
    at = open_page(PAGE)
    at.query_params["section"] = "sequential"
    at.query_params["layers"] = "Flatten;Linear:784,32;Tanh"
    at.query_params["input"] = "4,1,28,28"
    at.radio(key="blocks_section").set_value("sequential").run()
    assert not at.exception and not at.error
    assert "(4, 32)" in at.success[0].value
    assert "nn.Tanh()" in at.code[0].value


def test_a_broken_link_says_so_and_shows_the_default():
    at = open_page(PAGE)
    at.query_params["layers"] = "Linear:x"
    at.query_params["input"] = "4,10"
    at.radio(key="blocks_section").set_value("sequential").run()
    assert not at.exception
    assert "could not be read" in at.error[0].value
