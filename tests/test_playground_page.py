"""The Playground page in AppTest: play, pause, step, reset, settings that reset, URL state, code and errors."""

import contextlib
import io

import pytest
from streamlit.testing.v1 import AppTest

from dlviz.i18n import t
from dlviz.playground.settings import from_query
from tests.conftest import APP_TIMEOUT, ROOT, open_page

PAGE = "pages/playground.py"


def open_with_query(query: dict[str, str]) -> AppTest:
    """Open the app on the Playground page as if from a link with query parameters."""
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=APP_TIMEOUT)
    at.query_params.update({"lang": "en", **query})
    at.run()
    at.switch_page(PAGE)
    at.run()
    return at


def epoch(at: AppTest) -> int:
    return int(at.metric[0].value)


def metric(at: AppTest, key: str) -> str:
    label = t(key, "en")
    return next(m.value for m in at.metric if m.label == label)


@pytest.fixture
def at() -> AppTest:
    page = open_page(PAGE, "en")
    assert not page.exception, [e.value for e in page.exception]
    return page


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_page_opens_untrained_with_all_sections(lang):
    page = open_page(PAGE, lang)
    assert not page.exception
    assert page.title[0].value == t("lab.playground.title", lang)
    assert page.metric[0].label == t("playground.epoch", lang) and epoch(page) == 0
    assert page.button(key="playground_play").label == t("playground.play", lang)
    assert len(page.get("plotly_chart")) == 3  # diagram, boundary, loss curves


def test_step_trains_one_epoch_then_the_chosen_number(at):
    at.button(key="playground_step").click().run()
    assert epoch(at) == 1
    assert float(metric(at, "playground.train_loss")) > 0
    at.selectbox(key="playground_step_size").set_value(10).run()
    at.button(key="playground_step").click().run()
    assert epoch(at) == 11


def test_play_trains_and_pause_stops(at):
    at.button(key="playground_play").click().run()
    played = epoch(at)
    assert played > 1
    assert at.button(key="playground_play").label == t("playground.pause", "en")
    note = t("playground.details_when_paused", "en")
    assert note in [c.value for c in at.caption]
    at.button(key="playground_play").click().run()
    assert at.button(key="playground_play").label == t("playground.play", "en")
    assert note not in [c.value for c in at.caption]
    paused = epoch(at)
    at.run()
    assert epoch(at) == paused >= played


def test_reset_starts_a_fresh_untrained_network(at):
    at.button(key="playground_step").click().run()
    at.button(key="playground_reset").click().run()
    assert epoch(at) == 0 and at.metric[1].value == "—"


def test_any_setting_change_resets_and_playing_trains_the_new_network(at):
    at.selectbox(key="playground_step_size").set_value(100).run()
    at.button(key="playground_step").click().run()
    assert epoch(at) == 100
    at.slider(key="playground_noise").set_value(0.5).run()
    assert epoch(at) == 0
    at.button(key="playground_play").click().run()
    at.selectbox(key="playground_activation").set_value("relu").run()
    experiment = at.session_state["playground_experiment"]
    assert experiment.settings.activation == "relu" and experiment.settings.noise == 0.5
    assert 0 < experiment.epoch == epoch(at) and at.session_state["playground_playing"]


def test_settings_are_written_to_the_url_keeping_the_language(at):
    at.selectbox(key="playground_dataset").set_value("circles").run()
    at.slider(key="playground_layers").set_value(3).run()
    at.number_input(key="playground_width_2").set_value(6).run()
    at.checkbox(key="playground_feature_x1x2").check().run()
    params = at.query_params
    assert params["lang"] == ["en"] or params["lang"] == "en"
    settings, rejected = from_query({k: (v[0] if isinstance(v, list) else v) for k, v in params.items()})
    assert rejected == []
    assert settings == at.session_state["playground_experiment"].settings
    assert settings.dataset == "circles" and settings.hidden == (8, 8, 6)
    assert settings.features == ("x1", "x2", "x1x2")


def test_settings_survive_a_visit_to_another_page(at):
    at.selectbox(key="playground_dataset").set_value("xor").run()
    at.slider(key="playground_layers").set_value(1).run()
    at.switch_page("pages/home.py").run()
    at.switch_page(PAGE).run()
    assert not at.exception
    assert at.selectbox(key="playground_dataset").value == "xor"
    assert at.session_state["playground_experiment"].settings.hidden == (8,)


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
        "seed": "5",
    }
    at = open_with_query(query)
    assert not at.exception
    expected, _ = from_query(query)
    assert at.session_state["playground_experiment"].settings == expected
    assert at.selectbox(key="playground_dataset").value == "gaussian"
    assert at.number_input(key="playground_width_1").value == 2
    captions = " ".join(c.value for c in at.caption)
    assert t("playground.seed_from_url", "en", seed=5) in captions
    at.button(key="playground_step").click().run()
    first = metric(at, "playground.train_loss")
    again = open_with_query(query)
    again.button(key="playground_step").click().run()
    assert metric(again, "playground.train_loss") == first


def test_a_link_with_bad_values_says_which_ones_and_uses_defaults():
    at = open_with_query({"lr": "abc", "hidden": "8,99", "dataset": "spiral"})
    assert not at.exception
    assert at.warning[0].value == t("playground.url_rejected", "en", names="hidden, lr")
    assert at.session_state["playground_experiment"].settings.hidden == (8, 8)


def test_no_input_feature_shows_the_message_instead_of_a_network(at):
    at.checkbox(key="playground_feature_x1").uncheck().run()
    at.checkbox(key="playground_feature_x2").uncheck().run()
    assert not at.exception
    assert at.error[0].value == t("playground.err.no_features", "en")


def test_code_panel_reproduces_the_losses_on_screen(at):
    at.selectbox(key="playground_step_size").set_value(10).run()
    at.button(key="playground_step").click().run()
    code = at.code[0].value
    assert "EPOCHS = 10" in code
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        exec(compile(code, "<playground export>", "exec"), {"__name__": "__main__"})  # noqa: S102
    printed = out.getvalue()
    assert f"train loss {metric(at, 'playground.train_loss')}" in printed
    assert f"test loss {metric(at, 'playground.test_loss')}" in printed


def test_enlarging_a_neuron_and_gradient_norms_add_charts(at):
    at.button(key="playground_step").click().run()
    charts = len(at.get("plotly_chart"))
    assert charts == 4  # diagram, boundary, losses, gradient norms
    at.selectbox(key="playground_enlarge").set_value("1:0").run()
    assert len(at.get("plotly_chart")) == charts + 1
    assert at.selectbox(key="playground_enlarge").format_func("1:0") == t(
        "playground.neuron_name", "en", layer=1, index=1
    )
