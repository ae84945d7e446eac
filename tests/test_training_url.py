"""The Training Lab's settings round-trip through the URL; bad or hostile values are named and ignored."""

import pytest
from streamlit.testing.v1 import AppTest

from dlviz.i18n import t
from dlviz.training.settings import TRAINING_URL
from dlviz.ui.training.live import RUNS_KEY
from dlviz.url_values import number_text
from tests.conftest import APP_TIMEOUT, ROOT, url_params

STATES = [
    {
        "training_dataset": "moons",
        "training_points": 300,
        "training_noise": 0.25,
        "training_lr": 0.1,
        "training_epochs": 5,
        "training_batch_size": 64,
        "training_shuffle": False,
        "training_width": 8,
    },
    {
        "training_dataset": "digits",
        "training_images": 800,
        "training_normalize": True,
        "training_model": "digit_recognizer",
        "training_optimizer": "sgd",
        "training_momentum_sgd": 0.9,
        "training_nesterov": True,
        "training_weight_decay": 1e-4,
        "training_scheduler": "step",
        "training_step_size": 3,
        "training_gamma": 0.3,
        "training_loss": "nll",
    },
]
HOSTILE = [
    "",
    "abc",
    "nan",
    "inf",
    "-inf",
    "1e309",
    "-1",
    "99999999999999999999999",
    "<script>",
    "__import__('os')",
]


@pytest.mark.parametrize("state", STATES)
def test_settings_round_trip_through_the_query_string(state):
    values, rejected = TRAINING_URL.read(TRAINING_URL.write(state))
    assert rejected == [] and values == state


@pytest.mark.parametrize("name", [setting.name for setting in TRAINING_URL.settings])
@pytest.mark.parametrize("text", HOSTILE)
def test_every_parameter_rejects_hostile_text(name, text):
    values, rejected = TRAINING_URL.read({name: text})
    assert values == {} and rejected == [name]


def test_unknown_parameters_and_the_language_are_left_alone():
    assert TRAINING_URL.read({"lang": "zh", "section": "x", "evil": "1"}) == ({}, [])


def test_caps_bound_what_a_link_may_ask():
    _, rejected = TRAINING_URL.read(
        {"epochs": "1000000", "points": "10000000", "batch": "1000000", "width": "4096"}
    )
    assert sorted(rejected) == ["batch", "epochs", "points", "width"]


def test_flags_and_numbers_are_written_short():
    assert [number_text(v) for v in (True, False, 0.25, 1e-4, 64, "adam")] == [
        "1",
        "0",
        "0.25",
        "0.0001",
        "64",
        "adam",
    ]


def open_training(query: dict[str, str]) -> AppTest:
    """Open the app on the Training Lab with these query parameters, as a shared link would."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    at.query_params.update({"lang": "en", **query})
    at.switch_page("pages/training_lab.py")
    return at.run()


def test_a_link_sets_the_widgets_and_auto_run_trains_that_experiment():
    at = open_training({"dataset": "moons", "points": "200", "lr": "0.1", "epochs": "3", "width": "8"})
    assert at.selectbox(key="training_dataset").value == "moons"
    assert at.slider(key="training_points").value == 200
    assert at.select_slider(key="training_lr").value == 0.1
    assert at.select_slider(key="training_width").value == 8
    config = at.session_state[RUNS_KEY][-1].config
    assert (config.data.name, config.data.samples, config.optimizer.lr, config.model.width) == (
        "moons",
        200,
        0.1,
        8,
    )
    assert config.epochs == 3


def test_a_bad_parameter_is_named_and_the_rest_still_apply():
    at = open_training({"noise": "7", "epochs": "4"})
    assert t("training.url_rejected", "en", names="noise") in [w.value for w in at.warning]
    assert at.slider(key="training_noise").value == 0.2
    assert at.slider(key="training_epochs").value == 4


def test_changing_a_widget_writes_the_url_and_keeps_the_language():
    at = open_training({})
    at.slider(key="training_epochs").set_value(7).run()
    params = url_params(at)
    assert params["epochs"] == "7" and params["lang"] == "en"
    assert TRAINING_URL.read(params)[1] == []
