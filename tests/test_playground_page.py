"""The Playground page in AppTest: play, pause, step, reset, settings that reset, URL state, code, budgets, the line.

The live view is a canvas component: its buttons send their clicks as a trigger, which lands in
session state; these tests put the click there themselves, and read what the canvas was sent.
"""

import base64
import contextlib
import io
import itertools
import json
import time
from dataclasses import replace

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest

from dlviz import limits
from dlviz.i18n import t
from dlviz.jobs.admission import server_queue
from dlviz.limits import Limit
from dlviz.playground.experiment import PlaygroundExperiment
from dlviz.playground.settings import DEFAULTS, from_query
from tests.conftest import APP_TIMEOUT, LANGUAGES, ROOT, open_page, url_params

PAGE = "pages/playground.py"
RUNNER = "playground_runner"
CLICKS = itertools.count(1)
WAIT = 120.0


def open_with_query(query: dict[str, str]) -> AppTest:
    """Open the app on the Playground page as if from a link with query parameters."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    at.query_params.update({"lang": "en", **query})
    at.run()
    at.switch_page(PAGE)
    at.run()
    return at


def canvas(at: AppTest) -> dict:
    """Return the data the live canvas was last sent (a full run always sends its static part and base)."""
    element = at.get("bidi_component")[-1]
    return json.loads(element.proto.json)


def epoch(at: AppTest) -> int:
    return canvas(at)["base"]["e"]


def losses(at: AppTest) -> list:
    return canvas(at)["base"]["l"]


def press(at: AppTest, kind: str) -> AppTest:
    """Click one of the canvas's buttons (its trigger lands in session state) and rerun."""
    at.session_state["playground_action"] = {"kind": kind, "n": next(CLICKS), "epoch": None}
    return at.run()


def run_until(at: AppTest, done, timeout: float = WAIT) -> None:
    """Rerun the page (as the browser's ticks do) until done(at) holds."""
    deadline = time.monotonic() + timeout
    while not done(at):
        assert time.monotonic() < deadline, "the page never got there"
        time.sleep(0.2)
        at.run()


@pytest.fixture
def at():
    page = open_page(PAGE, "en")
    assert not page.exception, [e.value for e in page.exception]
    yield page
    page.session_state[RUNNER].close()


@pytest.mark.parametrize("lang", LANGUAGES)
def test_page_opens_untrained_with_all_sections(lang):
    page = open_page(PAGE, lang)
    assert not page.exception
    assert page.title[0].value == t("lab.playground.title", lang)
    data = canvas(page)
    assert data["static"]["texts"]["play"] == t("playground.play", lang)
    assert data["static"]["texts"]["epoch"] == t("playground.epoch", lang)
    assert data["static"]["sizes"] == [2, 8, 8, 2] and data["playing"] is False
    assert epoch(page) == 0 and losses(page) is None and data["base"]["curve"]["e"] == []
    assert "module" in canvas(page)  # a full run brings the drawing module along


def test_step_trains_one_epoch_then_the_chosen_number(at):
    press(at, "step")
    assert epoch(at) == 1 and losses(at)[0] > 0
    at.selectbox(key="playground_step_size").set_value(10).run()
    press(at, "step")
    assert epoch(at) == 11 and canvas(at)["base"]["curve"]["e"] == list(range(1, 12))


def test_the_canvas_receives_exactly_the_models_weights(at):
    at.selectbox(key="playground_step_size").set_value(10).run()
    press(at, "step")
    sent = np.frombuffer(base64.b64decode(canvas(at)["base"]["w"]), "<f4")
    assert np.array_equal(sent, at.session_state[RUNNER].state.weights)
    reference = PlaygroundExperiment(replace(DEFAULTS, seed=0))
    reference.step(10)
    assert np.array_equal(sent, reference.train_state().weights)  # the same seed, the same network
    assert losses(at)[0] == pytest.approx(reference.history.train_loss[-1], abs=1e-6)


def test_play_trains_and_pause_stops(at):
    press(at, "play")
    assert canvas(at)["playing"] is True
    note = t("playground.details_when_paused", "en")
    assert note in [c.value for c in at.caption]
    run_until(at, lambda page: epoch(page) > 1)
    press(at, "pause")
    assert canvas(at)["playing"] is False and note not in [c.value for c in at.caption]
    paused = epoch(at)
    time.sleep(0.5)
    at.run()
    assert epoch(at) == paused > 1
    assert canvas(at)["ack"] >= 2  # the canvas hears that its clicks were handled


def test_reset_starts_a_fresh_untrained_network(at):
    press(at, "step")
    press(at, "reset")
    assert epoch(at) == 0 and losses(at) is None


def test_any_setting_change_resets_and_playing_trains_the_new_network(at):
    at.selectbox(key="playground_step_size").set_value(100).run()
    press(at, "step")
    assert epoch(at) == 100
    at.slider(key="playground_noise").set_value(0.5).run()
    assert epoch(at) == 0
    press(at, "play")
    at.selectbox(key="playground_activation").set_value("relu").run()
    runner = at.session_state[RUNNER]
    assert runner.settings.activation == "relu" and runner.settings.noise == 0.5
    run_until(at, lambda page: epoch(page) > 0)
    assert at.session_state[RUNNER].mode == "playing" and canvas(at)["playing"] is True


def test_settings_are_written_to_the_url_keeping_the_language(at):
    at.selectbox(key="playground_dataset").set_value("circles").run()
    at.slider(key="playground_layers").set_value(3).run()
    at.number_input(key="playground_width_2").set_value(6).run()
    at.checkbox(key="playground_feature_x1x2").check().run()
    params = url_params(at)
    assert params["lang"] == "en"
    settings, rejected = from_query(params)
    assert rejected == []
    assert settings == at.session_state[RUNNER].settings
    assert settings.dataset == "circles" and settings.hidden == (8, 8, 6)
    assert settings.features == ("x1", "x2", "x1x2")
    assert canvas(at)["static"]["sizes"] == [3, 8, 8, 6, 2]


def test_settings_survive_a_visit_to_another_page(at):
    at.selectbox(key="playground_dataset").set_value("xor").run()
    at.slider(key="playground_layers").set_value(1).run()
    at.switch_page("pages/home.py").run()
    at.switch_page(PAGE).run()
    assert not at.exception
    assert at.selectbox(key="playground_dataset").value == "xor"
    assert at.session_state[RUNNER].settings.hidden == (8,)


def test_opening_a_link_reproduces_its_settings_and_seed():
    query = {
        "dataset": "gaussian",
        "classes": "3",
        "hidden": "4,2",
        "features": "x1,x2,sinx1",
        "lr": "0.1",
        "activation": "gelu",
        "optimizer": "sgd",
        "batch": "25",
        "reg": "l2",
        "reg_rate": "0.01",
        "dropout": "0.2",
        "seed": "5",
    }
    at = open_with_query(query)
    assert not at.exception
    expected, _ = from_query(query)
    assert at.session_state[RUNNER].settings == expected
    assert at.selectbox(key="playground_dataset").value == "gaussian"
    assert at.number_input(key="playground_width_1").value == 2
    captions = " ".join(c.value for c in at.caption)
    assert t("playground.seed_from_url", "en", seed=5) in captions
    press(at, "step")
    first = losses(at)
    again = open_with_query(query)
    press(again, "step")
    assert losses(again) == first
    assert canvas(again)["base"]["w"] == canvas(at)["base"]["w"]


def test_a_link_with_bad_values_says_which_ones_and_uses_defaults():
    at = open_with_query({"lr": "abc", "hidden": "8,99", "dataset": "spiral"})
    assert not at.exception
    assert at.warning[0].value == t("playground.url_rejected", "en", names="hidden, lr")
    assert at.session_state[RUNNER].settings.hidden == (8, 8)


def test_no_input_feature_shows_the_message_instead_of_a_network(at):
    at.checkbox(key="playground_feature_x1").uncheck().run()
    at.checkbox(key="playground_feature_x2").uncheck().run()
    assert not at.exception
    assert at.error[0].value == t("playground.err.no_features", "en")
    at.checkbox(key="playground_feature_x1").check().run()


def test_code_panel_reproduces_the_losses_on_screen(at):
    at.selectbox(key="playground_step_size").set_value(10).run()
    press(at, "step")
    code = at.code[0].value
    assert "EPOCHS = 10" in code
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<playground export>", "exec"), {"__name__": "__main__"})  # noqa: S102
    printed = out.getvalue()
    train, test, _ = losses(at)
    assert f"train loss {train:.4f}" in printed
    assert f"test loss {test:.4f}" in printed


def test_enlarging_a_neuron_and_gradient_norms(at):
    press(at, "step")
    assert len(at.get("plotly_chart")) == 1  # the gradient norms
    at.selectbox(key="playground_enlarge").set_value("1:0").run()
    static = canvas(at)["static"]
    name = t("playground.neuron_name", "en", layer=1, index=1)
    assert static["enlarge"] == [1, 0] and static["texts"]["enlarged"] == name
    assert at.selectbox(key="playground_enlarge").format_func("1:0") == name


def test_play_waits_in_the_servers_line_while_others_hold_every_slot_and_pause_leaves_it(at):
    queue = server_queue()
    others = [queue.join("training", 60.0) for _ in range(queue.slots)]
    try:
        press(at, "play")
        waiting = t("playground.waiting", "en", place=1, running=queue.slots, seconds="{s}").split("{s}")[0]
        assert any(info.value.startswith(waiting) for info in at.info)
        assert queue.others_waiting() == 1
        press(at, "pause")
        assert queue.others_waiting() == 0 and not any(info.value.startswith(waiting) for info in at.info)
    finally:
        for ticket in others:
            queue.leave(ticket)


def test_a_step_over_its_time_budget_stops_and_says_how_many_epochs_ran(monkeypatch):
    monkeypatch.setattr(limits, "MAX_PLAYGROUND_STEP_SECONDS", Limit("MAX_PLAYGROUND_STEP_SECONDS", 0.3))
    at = open_with_query(
        {"n": "2000", "ratio": "90", "batch": "1", "hidden": "16,16,16,16,16,16", "dropout": "0.5"}
    )
    at.selectbox(key="playground_step_size").set_value(100).run()
    press(at, "step")
    ran = epoch(at)
    assert 0 < ran < 100
    expected = t("playground.step_budget", "en", seconds="0.3", ran=ran, asked=100)
    assert expected in [info.value for info in at.info]
    at.session_state[RUNNER].close()
